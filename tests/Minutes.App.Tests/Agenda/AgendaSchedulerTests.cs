using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Agenda;
using Minutes.Model;
using Microsoft.Azure.Functions.Worker;
using Minutes.Functions;
using Minutes.Storage;

namespace Minutes.Tests.Agenda;

/// <summary>Drafts built from the sample minutes ingested in order, by the timer's invocation, on the real local stack.</summary>
[Collection(LocalStackCollection.Name)]
public class AgendaSchedulerTests
{
    private const string Series = "samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen";

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async Task<TestApp> StartWithSamplesAsync(DateTimeOffset now)
    {
        var app = await TestApp.StartAsync(triggers: false, s => s.AddSingleton<TimeProvider>(new FixedClock(now)));
        foreach (var sample in new[] { "001.pdf", "002.pdf" })
        {
            var blob = await app.DropAsync(Path.Combine("samples", sample), sample);
            await app.Function<IngestDocument>().RunAsync(blob, sample, CancellationToken.None);
        }
        Assert.Empty(await app.BlobNamesAsync(app.Inbox));
        return app;
    }

    private static async Task<int> FireTimerAsync(TestApp app)
    {
        await app.Function<DraftAgendas>().RunAsync(new TimerInfo(), CancellationToken.None);
        return (await app.Service<AgendaDraftStore>().ListAsync(Series)).Count;
    }

    [Fact]
    public async Task Timer_drafts_the_next_meeting_from_the_series_history_once_however_often_it_runs()
    {
        await using var app = await StartWithSamplesAsync(new DateTimeOffset(2026, 1, 20, 5, 0, 0, TimeSpan.Zero));

        Assert.Equal(1, await FireTimerAsync(app));
        Assert.Equal(1, await FireTimerAsync(app));

        var draft = Assert.Single(await app.Service<AgendaDraftStore>().ListAsync(Series));
        Assert.Equal(new DateOnly(2026, 2, 5), draft.Date);
        Assert.Equal(new TimeOnly(13, 0), draft.StartTime);
        Assert.Equal("Inledning", draft.Items[0].Title);
        Assert.Equal("Mötesanteckningar från sammanträdet den 4 december", draft.Items[1].Title);
        var watch = draft.Items[2];
        Assert.Equal("Aktuellt vid förvaltningen/bevakningslista", watch.Title);
        // Open action items of earlier meetings, with where they came from.
        Assert.Contains(watch.Lines, l => l.Contains("kvartal 4, 2025") && l.Contains("mötet 12 juni 2025, punkt 3"));
        Assert.Contains(watch.Lines, l => l.StartsWith("Pensionärsrådet ombeds") && l.Contains("mötet 4 december 2025, punkt 7"));
        // Promised at the meeting before: an item of its own.
        Assert.Contains(draft.Items, i => i.Title == "Förvaltningen återkommer kring satsning på specialistsjuksköterskor");
        Assert.Equal("Övriga frågor", draft.Items[^1].Title);
        Assert.Contains(draft.Invited, a => a.Name == "Anders Ahlsson");
    }

    [Fact]
    public async Task A_draft_marked_final_survives_a_later_run()
    {
        await using var app = await StartWithSamplesAsync(new DateTimeOffset(2026, 1, 20, 5, 0, 0, TimeSpan.Zero));
        await FireTimerAsync(app);
        var id = $"{Series}.2026-02-05";
        (await app.Http.PostAsync($"/api/agendas/{id}/final", null)).EnsureSuccessStatusCode();
        var proposal = await app.Http.PostAsJsonAsync($"/api/series/{Series}/proposed-items", new { title = "Tandvård för äldre" });
        proposal.EnsureSuccessStatusCode();

        await FireTimerAsync(app);

        var draft = (await app.Service<AgendaDraftStore>().FindAsync(id))!;
        Assert.True(draft.Final);
        Assert.DoesNotContain(draft.Items, i => i.Title == "Tandvård för äldre");
        var docx = await app.Http.GetAsync($"/api/agendas/{id}/docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Contains("1. Inledning", await app.Http.GetStringAsync($"/api/agendas/{id}/markdown"));
    }
}
