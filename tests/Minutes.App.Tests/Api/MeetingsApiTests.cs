using System.Text.Json;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Tests.Api;

[Collection(LocalStackCollection.Name)]
public class MeetingsApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Stored_meeting_is_served_whole_and_listed_under_its_series_with_filters()
    {
        var stored = await _app.IngestAsync("001.pdf");

        var meeting = await (await _app.Http.GetAsync($"/api/meetings/{stored.MeetingId}")).JsonAsync<Meeting>();
        Assert.Equal(stored.MeetingId, meeting.Id);
        Assert.Equal(stored.SeriesId, meeting.SeriesId);
        Assert.NotEmpty(meeting.AgendaItems);
        Assert.Equal("001.pdf", meeting.Source!.FileName);
        Assert.Equal(stored.Sha256, meeting.Source.Sha256);

        var all = await List($"series={meeting.SeriesId}");
        Assert.Equal([meeting.Id], all.Items.Select(m => m.Id));
        var word = meeting.Title!.Split(' ')[0].ToUpperInvariant();
        Assert.Single((await List($"series={meeting.SeriesId}&q={Uri.EscapeDataString(word)}")).Items);
        Assert.Empty((await List($"series={meeting.SeriesId}&q=zzzz-no-such-title")).Items);
        var day = meeting.Date!.Value;
        Assert.Single((await List($"series={meeting.SeriesId}&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}")).Items);
        Assert.Empty((await List($"series={meeting.SeriesId}&from={day.AddDays(1):yyyy-MM-dd}")).Items);
    }

    [Fact]
    public async Task Listing_pages_with_a_continuation_token()
    {
        await _app.IngestAsync("000.pdf");
        await _app.IngestAsync("001.pdf");
        await _app.IngestAsync("002.pdf");
        var series = (await (await _app.Http.GetAsync("/api/series")).JsonAsync<List<SeriesDocument>>())
            .Select(s => s.Id).ToList();
        var bySeries = new Dictionary<string, int>();
        foreach (var s in series) bySeries[s] = 0;

        foreach (var s in series)
        {
            string? token = null;
            var ids = new List<string>();
            do
            {
                var page = await List($"series={s}&pageSize=1" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token)));
                Assert.True(page.Items.Count <= 1);
                ids.AddRange(page.Items.Select(m => m.Id));
                token = page.ContinuationToken;
            } while (token is not null && ids.Count < 10);
            Assert.Equal(ids.Distinct(), ids);
            bySeries[s] = ids.Count;
        }
        Assert.Equal(3, bySeries.Values.Sum());

        // Without a series: every series in turn, pages running on from one series into the next.
        foreach (var size in new[] { 1, 2 })
        {
            string? token = null;
            var everything = new List<Meeting>();
            do
            {
                var page = await List($"pageSize={size}" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token)));
                Assert.True(page.Items.Count <= size);
                everything.AddRange(page.Items);
                token = page.ContinuationToken;
            } while (token is not null && everything.Count < 10);
            Assert.Equal(3, everything.Select(m => m.Id).Distinct().Count());
            Assert.Equal(everything.Select(m => m.SeriesId).Order(StringComparer.Ordinal), everything.Select(m => m.SeriesId));
        }
    }

    [Fact]
    public async Task Listing_with_a_bad_date_page_size_or_token_is_a_400()
    {
        await (await _app.Http.GetAsync("/api/meetings?series=x&from=12-juni")).ProblemAsync(400);
        await (await _app.Http.GetAsync("/api/meetings?continuationToken=%25%25not-ours")).ProblemAsync(400);
        await (await _app.Http.GetAsync("/api/meetings?series=x&pageSize=0")).ProblemAsync(400);
    }

    [Fact]
    public async Task A_meeting_read_costs_at_most_two_point_reads_and_one_query_and_says_so_in_server_timing()
    {
        var ingestion = await _app.IngestAsync("001.pdf");

        using var response = await _app.Http.GetAsync($"/api/meetings/{ingestion.MeetingId}");

        response.EnsureSuccessStatusCode();
        var timing = string.Join(", ", response.Headers.GetValues("Server-Timing"));
        var match = System.Text.RegularExpressions.Regex.Match(timing,
            @"app;dur=(?<app>[\d.]+), cosmos;dur=(?<cosmos>[\d.]+);desc=""reads=(?<reads>\d+) queries=(?<queries>\d+) writes=(?<writes>\d+)""");
        Assert.True(match.Success, timing);
        Assert.InRange(int.Parse(match.Groups["reads"].Value), 1, 2);
        Assert.InRange(int.Parse(match.Groups["queries"].Value), 0, 1);
        Assert.Equal("0", match.Groups["writes"].Value);
        // The database's time is part of the request's.
        Assert.True(double.Parse(match.Groups["cosmos"].Value, System.Globalization.CultureInfo.InvariantCulture)
            <= double.Parse(match.Groups["app"].Value, System.Globalization.CultureInfo.InvariantCulture), timing);
    }

    [Fact]
    public async Task A_token_forged_or_from_another_series_is_a_400()
    {
        var ingestion = await _app.IngestAsync("001.pdf");
        string Token(string json) => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(json));

        var forged = Token($$"""{"Series":"{{ingestion.SeriesId}}","Cosmos":"[{\"token\":\"not one\"}]"}""");
        await (await _app.Http.GetAsync($"/api/meetings?series={ingestion.SeriesId}&continuationToken={forged}")).ProblemAsync(400);
        await (await _app.Http.GetAsync($"/api/meetings?continuationToken={forged}")).ProblemAsync(400);
        var elsewhere = Token("""{"Series":"another-series","Cosmos":null}""");
        await (await _app.Http.GetAsync($"/api/meetings?series={ingestion.SeriesId}&continuationToken={elsewhere}")).ProblemAsync(400);
    }

    [Fact]
    public async Task Unknown_meeting_answers_404_problem_details()
    {
        var problem = await (await _app.Http.GetAsync("/api/meetings/no-such-series.2025-01-01")).ProblemAsync(404);
        Assert.Equal(JsonValueKind.String, problem.GetProperty("title").ValueKind);
    }

    private async Task<Page<Meeting>> List(string query) =>
        await (await _app.Http.GetAsync("/api/meetings?" + query)).JsonAsync<Page<Meeting>>();
}
