using System.Net;
using System.Net.Http.Json;
using Minutes.Functions;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Tests.Api;

[Collection(LocalStackCollection.Name)]
public class SeriesApiTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private Ingestion _stored = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        _stored = await _app.IngestAsync("001.pdf");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_stored_meeting_makes_its_series_with_the_next_meeting_in_its_schedule()
    {
        var series = await (await _app.Http.GetAsync("/api/series")).JsonAsync<List<SeriesDocument>>();
        var one = Assert.Single(series);
        Assert.Equal(_stored.SeriesId, one.Id);
        var meeting = await (await _app.Http.GetAsync($"/api/meetings/{_stored.MeetingId}")).JsonAsync<Meeting>();
        Assert.Equal(meeting.Title, one.Title);
        var schedule = (await (await _app.Http.GetAsync($"/api/series/{one.Id}/schedule")).JsonAsync<SeriesFunctions.Schedule>()).Meetings;
        if (meeting.NextMeeting?.Date is { } next) Assert.Contains(schedule, m => m.Date == next);
    }

    [Fact]
    public async Task Schedule_is_replaced_and_read_back_and_a_bad_one_is_refused()
    {
        var put = await _app.Http.PutAsJsonAsync($"/api/series/{_stored.SeriesId}/schedule",
            new { meetings = new[] { new { date = "2026-02-12", startTime = "13:00", endTime = (string?)"14:30" }, new { date = "2025-11-20", startTime = "13:00", endTime = (string?)null } } });
        await put.JsonAsync<SeriesDocument>();

        var schedule = (await (await _app.Http.GetAsync($"/api/series/{_stored.SeriesId}/schedule")).JsonAsync<SeriesFunctions.Schedule>()).Meetings;
        Assert.Equal([new DateOnly(2025, 11, 20), new DateOnly(2026, 2, 12)], schedule.Select(m => m.Date));
        Assert.Equal(new TimeOnly(14, 30), schedule[1].EndTime);

        await (await _app.Http.PutAsJsonAsync($"/api/series/{_stored.SeriesId}/schedule", new { meetings = new[] { new { startTime = "13:00" } } })).ProblemAsync(400);
        await (await _app.Http.PutAsJsonAsync($"/api/series/{_stored.SeriesId}/schedule", new { meetings = new[] { new { date = "2026-13-45" } } })).ProblemAsync(400);
    }

    [Fact]
    public async Task Schedule_put_with_the_current_etag_succeeds_and_with_a_stale_one_gets_412()
    {
        var url = $"/api/series/{_stored.SeriesId}/schedule";
        var read = await _app.Http.GetAsync(url);
        var etag = read.Headers.ETag?.ToString();
        Assert.NotNull(etag);

        var first = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { meetings = new[] { new { date = "2026-02-12" } } }) };
        first.Headers.TryAddWithoutValidation("If-Match", etag);
        var saved = await _app.Http.SendAsync(first);
        await saved.JsonAsync<SeriesDocument>();
        Assert.NotEqual(etag, saved.Headers.ETag?.ToString());

        var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { meetings = new[] { new { date = "2026-04-23" } } }) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await _app.Http.SendAsync(stale)).ProblemAsync(412);

        var schedule = (await (await _app.Http.GetAsync(url)).JsonAsync<SeriesFunctions.Schedule>()).Meetings;
        Assert.Equal([new DateOnly(2026, 2, 12)], schedule.Select(m => m.Date));
    }

    [Fact]
    public async Task Proposed_items_are_added_listed_and_removed()
    {
        var created = await _app.Http.PostAsJsonAsync($"/api/series/{_stored.SeriesId}/proposed-items",
            new { title = "Tandvårdsstödet för äldre", proposedBy = "SPF Seniorerna", forDate = "2025-09-25" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = await created.JsonAsync<ProposedItem>();

        var listed = await (await _app.Http.GetAsync($"/api/series/{_stored.SeriesId}/proposed-items")).JsonAsync<List<ProposedItem>>();
        Assert.Equal(("Tandvårdsstödet för äldre", "SPF Seniorerna", new DateOnly(2025, 9, 25)), (listed.Single().Title, listed.Single().ProposedBy, listed.Single().ForDate));

        Assert.Equal(HttpStatusCode.NoContent, (await _app.Http.DeleteAsync($"/api/series/{_stored.SeriesId}/proposed-items/{item.Id}")).StatusCode);
        Assert.Empty(await (await _app.Http.GetAsync($"/api/series/{_stored.SeriesId}/proposed-items")).JsonAsync<List<ProposedItem>>());
        await (await _app.Http.DeleteAsync($"/api/series/{_stored.SeriesId}/proposed-items/{item.Id}")).ProblemAsync(404);
        await (await _app.Http.PostAsJsonAsync($"/api/series/{_stored.SeriesId}/proposed-items", new { title = " " })).ProblemAsync(400);
        await (await _app.Http.PostAsJsonAsync("/api/series/no-such-series/proposed-items", new { title = "x" })).ProblemAsync(404);
    }
}
