using Microsoft.Azure.Functions.Worker;
using Minutes.Api;

namespace Minutes.Functions;

public sealed class OpenApiFunctions
{
    /// <summary>The API's OpenAPI document, with the address it was asked at as its server.</summary>
    [Function("GetOpenApi")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "openapi.json")] HttpRequest request, CancellationToken cancellationToken)
    {
        await using var stream = typeof(OpenApiFunctions).Assembly.GetManifestResourceStream("openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded in the build");
        var document = await System.Text.Json.Nodes.JsonNode.ParseAsync(stream, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("openapi.json is empty");
        // The file names no server; the address asked at is the one to call (behind a proxy, the one it was asked at).
        document["servers"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["url"] = request.AddressAskedAt(), ["description"] = "The address this document was asked at." });
        return TypedResults.Text(document.ToJsonString(), "application/json; charset=utf-8");
    }
}
