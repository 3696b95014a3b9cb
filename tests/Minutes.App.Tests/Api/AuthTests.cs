using System.Net;

namespace Minutes.Tests.Api;

[Collection(LocalStackCollection.Name)]
public class AuthTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/api/series")]
    [InlineData("/api/meetings/some-series.2025-06-12")]
    [InlineData("/api/openapi.json")]
    public async Task Api_routes_without_a_key_answer_401_problem_details(string path)
    {
        using var anonymous = new HttpClient { BaseAddress = _app.Http.BaseAddress };
        await (await anonymous.GetAsync(path)).ProblemAsync(401);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_the_code_query_parameter_is_taken_like_the_header()
    {
        using var anonymous = new HttpClient { BaseAddress = _app.Http.BaseAddress };
        anonymous.DefaultRequestHeaders.Add("x-functions-key", "not-" + _app.ApiKey);
        await (await anonymous.GetAsync("/api/series")).ProblemAsync(401);

        using var withCode = new HttpClient { BaseAddress = _app.Http.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await withCode.GetAsync($"/api/series?code={_app.ApiKey}")).StatusCode);
    }

    [Fact]
    public async Task Health_needs_no_key()
    {
        using var anonymous = new HttpClient { BaseAddress = _app.Http.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/health")).StatusCode);
    }
}
