using System.Net;
using System.Net.Http.Json;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Tests.Api;

[Collection(LocalStackCollection.Name)]
public class ActionItemsApiTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private Ingestion _stored = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        _stored = await _app.IngestAsync("001.pdf");
        Assert.Equal(IngestionStatus.Stored, _stored.Status);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Patch_with_the_current_etag_changes_the_item_and_a_stale_etag_gets_412()
    {
        var item = (await ListAsync($"series={_stored.SeriesId}")).Items[0];
        var read = await _app.Http.GetAsync($"/api/action-items/{item.Id}");
        var etag = read.Headers.ETag!.Tag;

        var patched = await _app.Http.SendAsync(ApiClient.Patch($"/api/action-items/{item.Id}", new { status = "done", owner = "Petri Salonen" }, etag));
        var updated = await patched.JsonAsync<ActionItemDocument>();
        Assert.Equal((ActionStatus.Done, "Petri Salonen"), (updated.Status, updated.Owner));
        Assert.NotEqual(etag, patched.Headers.ETag!.Tag);

        var stale = await _app.Http.SendAsync(ApiClient.Patch($"/api/action-items/{item.Id}", new { status = "open" }, etag));
        await stale.ProblemAsync(412);
        var now = await (await _app.Http.GetAsync($"/api/action-items/{item.Id}")).JsonAsync<ActionItemDocument>();
        Assert.Equal(ActionStatus.Done, now.Status);
    }

    [Fact]
    public async Task Patch_without_if_match_is_428_and_unknown_status_or_malformed_json_is_400()
    {
        var item = (await ListAsync($"series={_stored.SeriesId}")).Items[0];
        var etag = (await _app.Http.GetAsync($"/api/action-items/{item.Id}")).Headers.ETag!.Tag;

        await (await _app.Http.SendAsync(ApiClient.Patch($"/api/action-items/{item.Id}", new { status = "done" }, null))).ProblemAsync(428);
        var unknown = await (await _app.Http.SendAsync(ApiClient.Patch($"/api/action-items/{item.Id}", new { status = "finished" }, etag))).ProblemAsync(400);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("status", out var statusErrors));
        // The message names every status PATCH takes, reported among them.
        Assert.Contains("open, reported, done or dropped", statusErrors[0].GetString());
        await (await _app.Http.SendAsync(ApiClient.Patch($"/api/action-items/{item.Id}", new { due = "snart" }, etag))).ProblemAsync(400);

        var malformed = new HttpRequestMessage(HttpMethod.Patch, $"/api/action-items/{item.Id}")
        { Content = new StringContent("{\"status\": ", System.Text.Encoding.UTF8, "application/json") };
        malformed.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await _app.Http.SendAsync(malformed)).ProblemAsync(400);
        await (await _app.Http.GetAsync($"/api/action-items?series={_stored.SeriesId}&status=finished")).ProblemAsync(400);
    }

    [Fact]
    public async Task A_due_set_to_an_iso_week_is_kept_and_filtered_by_its_monday_and_a_week_the_year_lacks_is_400()
    {
        var item = (await ListAsync($"series={_stored.SeriesId}")).Items[0];
        var etag = (await _app.Http.GetAsync($"/api/action-items/{item.Id}")).Headers.ETag!.Tag;

        await (await _app.Http.SendAsync(ApiClient.Patch($"/api/action-items/{item.Id}", new { due = "2027-W53" }, etag))).ProblemAsync(400);
        (await _app.Http.SendAsync(ApiClient.Patch($"/api/action-items/{item.Id}", new { due = "2026-W42" }, etag))).EnsureSuccessStatusCode();

        var after = await (await _app.Http.GetAsync($"/api/action-items/{item.Id}")).JsonAsync<ActionItemDocument>();
        Assert.Equal("2026-W42", after.Due);
        Assert.Contains(item.Id, (await ListAsync($"series={_stored.SeriesId}&dueBefore=2026-10-13")).Items.Select(i => i.Id));
        Assert.DoesNotContain(item.Id, (await ListAsync($"series={_stored.SeriesId}&dueBefore=2026-10-12")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Reingesting_the_same_document_keeps_what_people_changed()
    {
        var item = (await ListAsync($"series={_stored.SeriesId}")).Items[0];
        var etag = (await _app.Http.GetAsync($"/api/action-items/{item.Id}")).Headers.ETag!.Tag;
        (await _app.Http.SendAsync(ApiClient.Patch($"/api/action-items/{item.Id}", new { status = "dropped", due = "2026-03" }, etag))).EnsureSuccessStatusCode();
        var untouched = (await ListAsync($"series={_stored.SeriesId}")).Items[^1];

        var again = await _app.IngestAsync("001.pdf");

        Assert.Equal((IngestionStatus.Stored, _stored.MeetingId), (again.Status, again.MeetingId));
        var after = await (await _app.Http.GetAsync($"/api/action-items/{item.Id}")).JsonAsync<ActionItemDocument>();
        Assert.Equal((ActionStatus.Dropped, "2026-03", item.Text), (after.Status, after.Due, after.Text));
        // The same file again changes nothing on the items nobody touched.
        var untouchedAfter = await (await _app.Http.GetAsync($"/api/action-items/{untouched.Id}")).JsonAsync<ActionItemDocument>();
        Assert.Equal(untouched.ETag, untouchedAfter.ETag);
        var meeting = await (await _app.Http.GetAsync($"/api/meetings/{_stored.MeetingId}")).JsonAsync<Meeting>();
        Assert.Equal(ActionStatus.Dropped, meeting.ActionItems.Single(a => a.Id == item.Id).Status);
        Assert.Equal((await ListAsync($"series={_stored.SeriesId}&pageSize=200")).Items.Count, meeting.ActionItems.Count);
    }

    [Fact]
    public async Task Filters_by_status_owner_and_due_before_and_pages_through_everything()
    {
        var all = (await ListAsync($"series={_stored.SeriesId}&pageSize=200")).Items;
        Assert.NotEmpty(all);
        var first = all[0];
        var etag = (await _app.Http.GetAsync($"/api/action-items/{first.Id}")).Headers.ETag!.Tag;
        (await _app.Http.SendAsync(ApiClient.Patch($"/api/action-items/{first.Id}", new { status = "done", owner = "Testägare", due = "2025-01-15" }, etag))).EnsureSuccessStatusCode();

        Assert.Equal([first.Id], (await ListAsync($"series={_stored.SeriesId}&status=done")).Items.Select(i => i.Id));
        Assert.DoesNotContain(first.Id, (await ListAsync($"series={_stored.SeriesId}&status=open&pageSize=200")).Items.Select(i => i.Id));
        Assert.Equal([first.Id], (await ListAsync($"series={_stored.SeriesId}&owner=TESTÄGARE")).Items.Select(i => i.Id));
        Assert.Contains(first.Id, (await ListAsync($"series={_stored.SeriesId}&dueBefore=2025-02-01")).Items.Select(i => i.Id));
        Assert.DoesNotContain(first.Id, (await ListAsync($"series={_stored.SeriesId}&dueBefore=2025-01-15")).Items.Select(i => i.Id));
        // Without a series the same filter runs over every series.
        Assert.Equal([first.Id], (await ListAsync("owner=testägare")).Items.Select(i => i.Id));

        var paged = new List<string>();
        string? token = null;
        do
        {
            var page = await ListAsync($"series={_stored.SeriesId}&pageSize=2" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token)));
            Assert.True(page.Items.Count <= 2);
            paged.AddRange(page.Items.Select(i => i.Id));
            token = page.ContinuationToken;
        } while (token is not null);
        Assert.Equal(all.Select(i => i.Id), paged);
        await (await _app.Http.GetAsync($"/api/action-items?series={_stored.SeriesId}&continuationToken=%%%")).ProblemAsync(400);
    }

    private async Task<Page<ActionItemDocument>> ListAsync(string query) =>
        await (await _app.Http.GetAsync("/api/action-items?" + query)).JsonAsync<Page<ActionItemDocument>>();
}
