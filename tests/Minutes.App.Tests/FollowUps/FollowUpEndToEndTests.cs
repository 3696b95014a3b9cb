using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Agenda;
using Minutes.FollowUps;
using Minutes.Model;
using Minutes.Parsing;
using Minutes.Storage;
using Minutes.Tests.Api;
using Minutes.Text;

namespace Minutes.Tests.FollowUps;

/// <summary>
/// Three meetings of one series (tests/samples/followups/pensionarsrad, parsed as the app parses a .txt) stored as the
/// pipeline stores a meeting, and the follow-ups they make followed through the API and into the next agenda, on the
/// real local stack.
/// </summary>
[Collection(LocalStackCollection.Name)]
public class FollowUpEndToEndTests
{
    private static readonly DateTimeOffset Today = new(2026, 4, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly NextMeeting = new(2026, 5, 20);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static Meeting Parse(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "followups", "pensionarsrad", file));
        var pages = text.Split('\f').Select((page, i) => new TextPage(i + 1, page.Split('\n').Select(l => new TextLine(l.TrimEnd('\r'))).ToList(), "text"));
        return MinutesParser.Parse(PageCleaner.Clean(new DocumentText(pages.ToList())));
    }

    /// <summary>What IngestionPipeline does once a meeting is parsed: the meeting, its series, its follow-ups.</summary>
    private static async Task StoreAsync(TestApp app, Meeting meeting)
    {
        await app.Service<MeetingStore>().SaveAsync(meeting);
        await app.Service<SeriesStore>().RecordMeetingAsync(meeting);
        await app.Service<FollowUpRecorder>().RecordAsync(meeting, CancellationToken.None);
    }

    private static ActionItem Action(Meeting meeting, string text) =>
        meeting.ActionItems.Single(a => a.Text.Contains(text, StringComparison.Ordinal));

    private static async Task<(ActionItemDocument Item, string ETag)> GetAsync(TestApp app, string id)
    {
        var response = await app.Http.GetAsync($"/api/action-items/{id}");
        return (await response.JsonAsync<ActionItemDocument>(), response.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> DecideAsync(TestApp app, string id, int n, string decision, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/action-items/{id}/follow-ups/{n}/{decision}");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return app.Http.SendAsync(request);
    }

    [Fact]
    public async Task An_item_is_linked_confirmed_and_gone_from_the_next_agenda_and_one_never_reported_is_flagged_overdue()
    {
        await using var app = await TestApp.StartAsync(triggers: false, s => s.AddSingleton<TimeProvider>(new FixedClock(Today)));
        var (september, november, march) = (Parse("01.txt"), Parse("02.txt"), Parse("03.txt"));
        var statistics = Action(september, "statistik över hur länge patienter över 80 år");
        var aids = Action(september, "sammanställning av de nya hjälpmedelsavgifterna");
        var vaccinated = Action(november, "andel som vaccinerats i varje stadsdel");
        var geriatrics = Action(november, "motsvarande siffror för de geriatriska klinikerna");

        await StoreAsync(app, september);
        await StoreAsync(app, november);

        // Linked: reported back at November's item 4, a suggestion to confirm.
        var (linked, etag) = await GetAsync(app, statistics.Id);
        Assert.Equal(ActionStatus.Reported, linked.Status);
        var followUp = Assert.Single(linked.FollowUps, f => f.Stands);
        Assert.Equal((november.Id, november.Date, "4", FollowUpDecision.Suggested), (followUp.MeetingId, followUp.MeetingDate, followUp.AgendaItemNumber, followUp.Decision));
        Assert.True(followUp.Confidence >= FollowUpLinker.ReportedThreshold);
        Assert.False(string.IsNullOrWhiteSpace(followUp.Excerpt));

        // Confirmed through the API, with the item's ETag.
        await (await DecideAsync(app, statistics.Id, followUp.Number, "confirm", null)).ProblemAsync(428);
        await (await DecideAsync(app, statistics.Id, followUp.Number, "confirm", "\"stale\"")).ProblemAsync(412);
        await (await DecideAsync(app, statistics.Id, 99, "confirm", etag)).ProblemAsync(404);
        var confirmedResponse = await DecideAsync(app, statistics.Id, followUp.Number, "confirm", etag);
        var confirmed = await confirmedResponse.JsonAsync<ActionItemDocument>();
        Assert.Equal(ActionStatus.Done, confirmed.Status);
        Assert.NotEqual(etag, confirmedResponse.Headers.ETag!.Tag);
        // And another rejected: the hjälpmedel sammanställning goes back to open.
        var (aidsItem, aidsETag) = await GetAsync(app, aids.Id);
        Assert.Equal(ActionStatus.Reported, aidsItem.Status);
        var rejected = await (await DecideAsync(app, aids.Id, aidsItem.FollowUps.Single(f => f.Stands).Number, "reject", aidsETag)).JsonAsync<ActionItemDocument>();
        Assert.Equal(ActionStatus.Open, rejected.Status);

        await StoreAsync(app, march);
        // Ingested again, both earlier meetings keep what people decided.
        await StoreAsync(app, september);
        await StoreAsync(app, november);

        var (afterConfirm, _) = await GetAsync(app, statistics.Id);
        Assert.Equal(ActionStatus.Done, afterConfirm.Status);
        Assert.Equal(FollowUpDecision.Confirmed, afterConfirm.FollowUps.Single(f => f.Number == followUp.Number).Decision);
        var (afterReject, _) = await GetAsync(app, aids.Id);
        Assert.Equal(ActionStatus.Open, afterReject.Status);
        Assert.Equal(FollowUpDecision.Rejected, afterReject.FollowUps.Single(f => f.MeetingId == november.Id).Decision);
        Assert.Equal(ActionStatus.Done, (await app.Service<MeetingStore>().FindAsync(september.Id))!.ActionItems.Single(a => a.Id == statistics.Id).Status);

        // The next agenda: the confirmed item is gone, March's report is shown, the geriatrics figures are overdue.
        var draft = (await app.Service<AgendaBuilder>().BuildAsync(september.SeriesId, NextMeeting))!;
        var watch = draft.Items.Single(i => i.Title == "Aktuellt vid förvaltningen/bevakningslista").Lines;
        Assert.DoesNotContain(watch, l => l.Contains("statistik över hur länge"));
        Assert.Contains(watch, l => l.StartsWith(vaccinated.Text) && l.Contains("återrapporterad vid mötet 11 mars 2026, punkt 3"));
        Assert.Contains(watch, l => l.StartsWith($"Försenad: {geriatrics.Text}"));
        Assert.Contains(watch, l => l.StartsWith($"Försenad: {aids.Text}"));
        Assert.DoesNotContain(watch, l => l.Contains(vaccinated.Text) && l.StartsWith("Försenad"));
        // The same through the API, as the secretariat reads it. March's minutes name no next meeting, and a draft is
        // built only for a date on the schedule (409 otherwise), so the secretariat puts it there first.
        (await app.Http.PutAsJsonAsync($"/api/series/{september.SeriesId}/schedule", new { meetings = new[] { new { date = "2026-05-20", startTime = "13:00" } } }))
            .EnsureSuccessStatusCode();
        (await app.Http.PostAsync($"/api/series/{september.SeriesId}/agendas/2026-05-20", null)).EnsureSuccessStatusCode();
        var markdown = await (await app.Http.GetAsync($"/api/agendas/{draft.Id}/markdown")).Content.ReadAsStringAsync();
        Assert.Contains("Försenad: ", markdown);
        Assert.DoesNotContain("statistik över hur länge", markdown);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync($"/api/agendas/{draft.Id}/docx")).StatusCode);

        // Listed as overdue through the API: open, due ended before today, no follow-up standing.
        var overdue = await (await app.Http.GetAsync($"/api/action-items?series={september.SeriesId}&overdue=true")).JsonAsync<Page<ActionItemDocument>>();
        // The two never reported are there, the reported and the confirmed ones are not; whatever else the parser
        // found in these minutes is listed only if it is open and its due has ended.
        Assert.Contains(aids.Id, overdue.Items.Select(i => i.Id));
        Assert.Contains(geriatrics.Id, overdue.Items.Select(i => i.Id));
        Assert.DoesNotContain(vaccinated.Id, overdue.Items.Select(i => i.Id));
        Assert.All(overdue.Items, i => Assert.Equal(ActionStatus.Open, i.Status));
        Assert.All(overdue.Items, i => Assert.True(i.DueEnd < DateOnly.FromDateTime(Today.DateTime), $"{i.Id} is due {i.DueEnd}"));
        await (await app.Http.GetAsync($"/api/action-items?series={september.SeriesId}&overdue=maybe")).ProblemAsync(400);
    }
}
