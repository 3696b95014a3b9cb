using System.Text.Json;
using Microsoft.AspNetCore.Routing;


namespace Minutes.Tests.Api;

[Collection(LocalStackCollection.Name)]
public class OpenApiTests : IAsyncLifetime
{
    private const string OpenApiPath = "/api/openapi.json";
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_mapped_api_route_and_method_is_in_the_openapi_document()
    {
        var document = await (await _app.Http.GetAsync(OpenApiPath)).JsonAsync<JsonElement>();
        var paths = document.GetProperty("paths");
        var mapped = _app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/") && raw != OpenApiPath)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Path: e.RoutePattern.RawText!, Method: m)))
            .ToList();

        Assert.True(mapped.Count >= 15, $"only {mapped.Count} routes mapped");
        foreach (var (path, method) in mapped)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
            Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out _), $"{method} {path} is not in the OpenAPI document");
        }
    }
}
