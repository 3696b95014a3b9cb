using Microsoft.Azure.Functions.Worker;

namespace Minutes.Functions;

public sealed class HealthFunctions
{
    /// <summary>The app is up; no key needed.</summary>
    [Function("Health")]
    public IResult Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        TypedResults.Ok(new { status = "ok" });
}
