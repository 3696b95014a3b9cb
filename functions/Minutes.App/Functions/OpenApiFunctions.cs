using Microsoft.Azure.Functions.Worker;

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
        // The file names no server; the address asked at is the one to call. Behind a proxy that says where it was
        // asked (X-Forwarded-Proto, X-Forwarded-Host), that address.
        var scheme = First(request, "X-Forwarded-Proto") is "http" or "https" ? First(request, "X-Forwarded-Proto")! : request.Scheme;
        var host = First(request, "X-Forwarded-Host") ?? request.Host.Value;
        document["servers"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["url"] = $"{scheme}://{host}", ["description"] = "The address this document was asked at." });
        return TypedResults.Text(document.ToJsonString(), "application/json; charset=utf-8");
    }

    /// <summary>The first value of a header that may list several (a chain of proxies), or null.</summary>
    private static string? First(HttpRequest request, string header) =>
        request.Headers[header].FirstOrDefault()?.Split(',')[0].Trim() is { Length: > 0 } value ? value : null;
}
