using System.Text.Json;
using System.Text.RegularExpressions;

namespace Minutes.Tests.Api;

/// <summary>
/// The contract, read from functions/Minutes.App/Api/openapi.json: its operations, and whether an answer the tests
/// saw is one the document promises (a status it lists for the operation, in a content type it lists for that status).
/// </summary>
internal static class OpenApiDocument
{
    public static string Path { get; } = System.IO.Path.Combine(LocalStack.RepoRoot, "functions", "Minutes.App", "Api", "openapi.json");

    private static readonly Lazy<JsonElement> Root = new(() => JsonDocument.Parse(File.ReadAllText(Path)).RootElement.Clone());

    public static JsonElement Document => Root.Value;

    /// <summary>Every (path, method) the document lists, the method in lower case.</summary>
    public static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        Document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .Where(m => m.Name is "get" or "put" or "post" or "delete" or "patch")
            .Select(m => (p.Name, m.Name, m.Value)));

    /// <summary>The operation serving a request path, when the document has one for the method.</summary>
    public static JsonElement? Find(string method, string path)
    {
        foreach (var (template, m, operation) in Operations())
            if (m == method.ToLowerInvariant() && Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^/]+?}", "[^/]+") + "$"))
                return operation;
        return null;
    }

    /// <summary>A $ref inside the document, followed; anything else as it is.</summary>
    public static JsonElement Resolve(JsonElement element)
    {
        while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
        {
            element = Document;
            foreach (var segment in reference.GetString()!.TrimStart('#', '/').Split('/')) element = element.GetProperty(segment);
        }
        return element;
    }

    /// <summary>
    /// Fails the test when an answer from an /api route the document lists is not one it promises. Answers of routes
    /// or methods it does not list (a deliberate 404 or 405) are not the operations' to describe.
    /// </summary>
    public static void AssertConforms(HttpResponseMessage response)
    {
        if (response.RequestMessage is not { RequestUri: { } uri } request) return;
        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
        if (Find(request.Method.Method, path) is not { } operation) return;
        var status = ((int)response.StatusCode).ToString();
        var responses = operation.GetProperty("responses");
        Assert.True(responses.TryGetProperty(status, out var documented) || responses.TryGetProperty(status[0] + "XX", out documented),
            $"{request.Method} {path} answered {status}, which the OpenAPI document does not list for {operation.GetProperty("operationId")}");
        documented = Resolve(documented);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (!documented.TryGetProperty("content", out var content))
        {
            Assert.True(mediaType is null || response.Content.Headers.ContentLength == 0, $"{request.Method} {path} {status} has a body ({mediaType}) the document does not describe");
            return;
        }
        Assert.True(mediaType is not null && content.TryGetProperty(mediaType, out _),
            $"{request.Method} {path} {status} answered {mediaType ?? "no content type"}; the document lists {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}");
    }
}
