using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minutes.Agenda;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Tests.Api;

/// <summary>One app with one stored meeting for the contract tests; each test works in a series of its own where it writes.</summary>
public sealed class ContractFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;
    public Ingestion Stored { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        Stored = await App.IngestAsync("001.pdf");
        Assert.Equal(IngestionStatus.Stored, Stored.Status);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>What the issue on the contract found: problem details that name the fault, limits, retries, and the loose ends.</summary>
[Collection(LocalStackCollection.Name)]
public class ContractTests(ContractFixture fixture) : IClassFixture<ContractFixture>
{
    private TestApp App => fixture.App;

    private async Task<string> NewSeriesAsync(params string[] dates)
    {
        var id = "kontrakt-" + Guid.NewGuid().ToString("N")[..10];
        var put = await App.Http.PutAsJsonAsync($"/api/series/{id}/schedule", new { meetings = dates.Select(d => new { date = d }), title = "Kontraktsrådet" });
        await put.JsonAsync<SeriesDocument>();
        return id;
    }

    private async Task<string> ActionItemIdAsync() =>
        (await (await App.Http.GetAsync($"/api/action-items?series={fixture.Stored.SeriesId}")).JsonAsync<Page<ActionItemDocument>>()).Items[0].Id;

    private static HttpRequestMessage Request(HttpMethod method, string url, string? body = null, string contentType = "application/json",
        params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    [Fact]
    public async Task Every_bad_request_answers_problem_details_whose_detail_names_the_field_or_header()
    {
        var item = await ActionItemIdAsync();
        var series = fixture.Stored.SeriesId;
        var cases = new (HttpRequestMessage Request, int Status, string Names)[]
        {
            (Request(HttpMethod.Get, "/api/meetings?pageSize=0"), 400, "pageSize"),
            (Request(HttpMethod.Get, "/api/meetings?pageSize=many"), 400, "pageSize"),
            (Request(HttpMethod.Get, "/api/meetings?from=2025-13-01"), 400, "from"),
            (Request(HttpMethod.Get, "/api/meetings?from=2026-01-01&to=2025-01-01"), 400, "from"),
            (Request(HttpMethod.Get, "/api/meetings?series=" + series + "&continuationToken=not-a-token"), 400, "token"),
            (Request(HttpMethod.Get, "/api/action-items?dueBefore=yesterday"), 400, "dueBefore"),
            (Request(HttpMethod.Get, "/api/action-items?status=finished"), 400, "status"),
            (Request(HttpMethod.Get, "/api/action-items?pageSize=501"), 400, "pageSize"),
            (Request(HttpMethod.Patch, $"/api/action-items/{item}", "{not json", headers: ("If-Match", "*")), 400, "body"),
            (Request(HttpMethod.Patch, $"/api/action-items/{item}", """{"owner": 12}""", headers: ("If-Match", "*")), 400, "owner"),
            (Request(HttpMethod.Patch, $"/api/action-items/{item}", """{"due": "someday"}""", headers: ("If-Match", "*")), 400, "due"),
            (Request(HttpMethod.Patch, $"/api/action-items/{item}", "{}", headers: ("If-Match", "*")), 400, "status"),
            (Request(HttpMethod.Patch, $"/api/action-items/{item}", """{"status": "done"}"""), 428, "If-Match"),
            (Request(HttpMethod.Patch, $"/api/action-items/{item}", """{"status": "done"}""", headers: ("If-Match", "\"stale\"")), 412, "If-Match"),
            (Request(HttpMethod.Patch, $"/api/action-items/{item}", "status=done", "text/plain", ("If-Match", "*")), 415, "Content-Type"),
            (Request(HttpMethod.Put, $"/api/series/{series}/schedule", """{"meetings": [{"date": "2026-13-45"}]}"""), 400, "date"),
            (Request(HttpMethod.Put, $"/api/series/{series}/schedule", """{"meetings": [{"date": "2026-02-12", "startTime": "14:00", "endTime": "13:00"}]}"""), 400, "endTime"),
            (Request(HttpMethod.Put, $"/api/series/{series}/schedule", "{}"), 400, "meetings"),
            (Request(HttpMethod.Put, "/api/series/Not_An_Id/schedule", """{"meetings": []}"""), 400, "seriesId"),
            (Request(HttpMethod.Post, $"/api/series/{series}/proposed-items", """{"title": " "}"""), 400, "title"),
            (Request(HttpMethod.Post, $"/api/series/{series}/proposed-items", """{"title": "x", "forDate": "soon"}"""), 400, "forDate"),
            (Request(HttpMethod.Post, $"/api/series/{series}/agendas/2026-99-99"), 400, "date"),
            (Request(HttpMethod.Post, "/api/documents", "%PDF-1.4", "application/pdf"), 400, "fileName"),
            (Request(HttpMethod.Post, "/api/documents?fileName=..", "%PDF-1.4", "application/pdf"), 400, "fileName"),
            (Request(HttpMethod.Post, "/api/documents?fileName=a.txt", "hello", "text/plain"), 415, "Content-Type"),
            (Request(HttpMethod.Get, "/api/meetings/no-such-meeting"), 404, "no-such-meeting"),
            (Request(HttpMethod.Get, $"/api/series/{series}/proposed-items/no-such-item"), 404, "no-such-item"),
            (Request(HttpMethod.Get, "/api/agendas/no-such-draft/docx"), 404, "no-such-draft"),
            (Request(HttpMethod.Get, "/api/no-such-route"), 404, "/api/no-such-route"),
            (Request(HttpMethod.Delete, "/api/meetings/x"), 405, "DELETE"),
        };
        foreach (var (request, status, names) in cases)
        {
            var what = $"{request.Method} {request.RequestUri}";
            var problem = await (await App.Http.SendAsync(request)).ProblemAsync(status);
            Assert.True(problem.GetProperty("detail").GetString()!.Contains(names, StringComparison.OrdinalIgnoreCase),
                $"{what}: the detail does not name {names}: {problem}");
        }

        using var anonymous = new HttpClient { BaseAddress = App.Http.BaseAddress };
        var refused = await (await anonymous.GetAsync("/api/series")).ProblemAsync(401);
        Assert.Contains("x-functions-key", refused.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_405_of_a_route_names_the_methods_it_takes()
    {
        var problem = await (await App.Http.DeleteAsync("/api/meetings/x")).ProblemAsync(405);
        Assert.Contains("GET", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Text_longer_than_its_limit_is_refused_with_the_field_and_the_limit()
    {
        var item = await ActionItemIdAsync();
        var series = await NewSeriesAsync("2026-02-12");
        var twoMegabytes = new string('x', 2 * 1024 * 1024);
        var cases = new (HttpRequestMessage Request, string Field, int Limit)[]
        {
            (ApiClient.Patch($"/api/action-items/{item}", new { owner = twoMegabytes }, "*"), "owner", 200),
            (ApiClient.Patch($"/api/action-items/{item}", new { due = new string('9', 33) }, "*"), "due", 32),
            (ApiClient.Patch($"/api/action-items/{item}", new { status = new string('d', 17) }, "*"), "status", 16),
            (Request(HttpMethod.Post, $"/api/series/{series}/proposed-items", JsonSerializer.Serialize(new { title = new string('t', 301) })), "title", 300),
            (Request(HttpMethod.Post, $"/api/series/{series}/proposed-items", JsonSerializer.Serialize(new { title = "Tandvård", proposedBy = twoMegabytes })), "proposedBy", 200),
            (Request(HttpMethod.Put, $"/api/series/{series}/schedule", JsonSerializer.Serialize(new { meetings = Array.Empty<object>(), location = new string('l', 201) })), "location", 200),
            (Request(HttpMethod.Put, $"/api/series/{series}/schedule", JsonSerializer.Serialize(new { meetings = Array.Empty<object>(), title = twoMegabytes })), "title", 300),
            (Request(HttpMethod.Get, "/api/meetings?q=" + new string('q', 201)), "q", 200),
            (Request(HttpMethod.Get, "/api/action-items?owner=" + new string('o', 201)), "owner", 200),
            (Request(HttpMethod.Post, "/api/documents?fileName=" + new string('f', 252) + ".pdf", "%PDF-1.4", "application/pdf"), "fileName", 255),
        };
        foreach (var (request, field, limit) in cases)
        {
            var problem = await (await App.Http.SendAsync(request)).ProblemAsync(400);
            var detail = problem.GetProperty("detail").GetString()!;
            Assert.True(detail.Contains(field) && detail.Contains(limit.ToString()), $"{request.Method} {request.RequestUri}: {detail}");
            Assert.True(detail.Length < 1000, "the detail echoes the value");
        }
        var stored = await (await App.Http.GetAsync($"/api/action-items/{item}")).JsonAsync<ActionItemDocument>();
        Assert.True(stored.Owner is null || stored.Owner.Length <= 200);
    }

    [Fact]
    public async Task Parallel_writes_without_if_match_all_succeed()
    {
        var series = await NewSeriesAsync("2026-02-12");
        var posts = await Task.WhenAll(Enumerable.Range(1, 6).Select(n =>
            App.Http.PostAsJsonAsync($"/api/series/{series}/proposed-items", new { title = $"Förslag {n}" })));
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Created, p.StatusCode));
        var items = await (await App.Http.GetAsync($"/api/series/{series}/proposed-items")).JsonAsync<List<ProposedItem>>();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"Förslag {n}").Order(), items.Select(i => i.Title).Order());

        var deletes = await Task.WhenAll(items.Select(i => App.Http.DeleteAsync($"/api/series/{series}/proposed-items/{i.Id}")));
        Assert.All(deletes, d => Assert.Equal(HttpStatusCode.NoContent, d.StatusCode));
        Assert.Empty(await (await App.Http.GetAsync($"/api/series/{series}/proposed-items")).JsonAsync<List<ProposedItem>>());

        var dates = Enumerable.Range(1, 6).Select(n => $"2026-03-{n:00}").ToList();
        var puts = await Task.WhenAll(dates.Select(d => App.Http.PutAsJsonAsync($"/api/series/{series}/schedule", new { meetings = new[] { new { date = d } } })));
        Assert.All(puts, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        var fresh = "kontrakt-" + Guid.NewGuid().ToString("N")[..10]; // creating one series from six requests at once
        var creates = await Task.WhenAll(dates.Select(d => App.Http.PutAsJsonAsync($"/api/series/{fresh}/schedule", new { meetings = new[] { new { date = d } } })));
        Assert.All(creates, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
    }

    [Fact]
    public async Task The_location_of_a_proposed_item_answers_get()
    {
        var series = await NewSeriesAsync("2026-02-12");
        var created = await App.Http.PostAsJsonAsync($"/api/series/{series}/proposed-items", new { title = "Tandvårdsstödet", proposedBy = "PRO" });
        var item = await created.JsonAsync<ProposedItem>();
        var read = await (await App.Http.GetAsync(created.Headers.Location)).JsonAsync<ProposedItem>();
        Assert.Equal(item, read);
    }

    [Fact]
    public async Task The_schedule_is_one_shape_both_ways_and_put_still_takes_the_bare_array()
    {
        var series = await NewSeriesAsync("2026-02-12");
        var url = $"/api/series/{series}/schedule";
        var read = await (await App.Http.GetAsync(url)).JsonAsync<JsonElement>();
        Assert.Equal("2026-02-12", read.GetProperty("meetings")[0].GetProperty("date").GetString());

        // What GET answered goes back as it is.
        await (await App.Http.PutAsync(url, new StringContent(read.GetRawText(), Encoding.UTF8, "application/json"))).JsonAsync<SeriesDocument>();
        await (await App.Http.PutAsJsonAsync(url, new[] { new { date = "2026-04-23", startTime = "13:00" } })).JsonAsync<SeriesDocument>();
        var schedule = await (await App.Http.GetAsync(url)).JsonAsync<JsonElement>();
        Assert.Equal("""[{"date":"2026-04-23","startTime":"13:00","endTime":null}]""",
            JsonSerializer.Serialize(schedule.GetProperty("meetings")));
    }

    [Fact]
    public async Task A_draft_is_built_only_for_a_scheduled_date_and_a_final_one_is_not_rebuilt()
    {
        var series = await NewSeriesAsync("2026-02-12");
        var unscheduled = await (await App.Http.PostAsync($"/api/series/{series}/agendas/2026-02-13", null)).ProblemAsync(409);
        Assert.Contains("2026-02-13", unscheduled.GetProperty("detail").GetString());
        Assert.Empty(await (await App.Http.GetAsync($"/api/series/{series}/agendas")).JsonAsync<List<AgendaDraft>>());

        var draft = await (await App.Http.PostAsync($"/api/series/{series}/agendas/2026-02-12", null)).JsonAsync<AgendaDraft>();
        foreach (var format in new[] { "", "/markdown", "/docx" })
        {
            var answer = await App.Http.GetAsync($"/api/agendas/{draft.Id}{format}");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            OpenApiDocument.AssertConforms(answer);
        }
        Assert.True((await (await App.Http.PostAsync($"/api/agendas/{draft.Id}/final", null)).JsonAsync<AgendaDraft>()).Final);
        var final = await (await App.Http.PostAsync($"/api/series/{series}/agendas/2026-02-12", null)).ProblemAsync(409);
        Assert.Contains("final", final.GetProperty("detail").GetString());
        Assert.Contains(draft.Id, final.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task If_match_star_changes_an_action_item_whatever_it_holds()
    {
        var item = await ActionItemIdAsync();
        var patched = await App.Http.SendAsync(ApiClient.Patch($"/api/action-items/{item}", new { due = "2026-Q2" }, "*"));
        Assert.Equal("2026-Q2", (await patched.JsonAsync<ActionItemDocument>()).Due);
        Assert.NotNull(patched.Headers.ETag);
    }

    [Fact]
    public async Task The_served_document_names_the_address_it_was_asked_at_and_answers_the_other_operations_as_documented()
    {
        var document = await (await App.Http.GetAsync("/api/openapi.json")).JsonAsync<JsonElement>();
        Assert.Equal(App.Http.BaseAddress!.GetLeftPart(UriPartial.Authority), document.GetProperty("servers")[0].GetProperty("url").GetString());
        var proxied = await (await App.Http.SendAsync(Request(HttpMethod.Get, "/api/openapi.json",
            headers: [("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "minutes.example.org")]))).JsonAsync<JsonElement>();
        Assert.Equal("https://minutes.example.org", proxied.GetProperty("servers")[0].GetProperty("url").GetString());
        foreach (var url in new[] { "/api/health", "/api/series", $"/api/series/{fixture.Stored.SeriesId}", $"/api/meetings/{fixture.Stored.MeetingId}",
                     $"/api/meetings?series={fixture.Stored.SeriesId}&pageSize=1", $"/api/ingestions/{fixture.Stored.Id}" })
            await (await App.Http.GetAsync(url)).JsonAsync<JsonElement>();
        var upload = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(ApiClient.Sample("001.pdf"))) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", "001.pdf" } };
        var accepted = await App.Http.PostAsync("/api/documents", upload);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await accepted.JsonAsync<Ingestion>();
    }
}
