using System.Net;
using System.Net.Http.Json;
using System.Text;
using Minutes.Storage;

namespace Minutes.Tests.Api;

/// <summary>GET /api/series/{seriesId}/calendar.ics through the runner, as a calendar that subscribes to it reads it.</summary>
[Collection(LocalStackCollection.Name)]
public class CalendarApiTests : IAsyncLifetime
{
    private const string SeriesId = "styrgruppen-for-kalendern";
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(triggers: false);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_schedule_is_served_as_an_icalendar_feed_with_stable_uids()
    {
        var put = await _app.Http.PutAsJsonAsync($"/api/series/{SeriesId}/schedule", new
        {
            title = "Styrgruppen, IT; kalender",
            location = "Regionens hus, rum 3",
            meetings = new object[]
            {
                new { date = "2026-02-12", startTime = "13:00", endTime = "14:30" },
                new { date = "2026-03-31" },
            },
        });
        await put.JsonAsync<SeriesDocument>();

        var response = await _app.Http.GetAsync($"/api/series/{SeriesId}/calendar.ics");
        var ics = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, ics);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        OpenApiDocument.AssertConforms(response);

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", ""));
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var lines = ics.Replace("\r\n ", "").Split("\r\n");
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Contains($"UID:{SeriesId}.2026-02-12@minutes", lines);
        Assert.Contains($"UID:{SeriesId}.2026-03-31@minutes", lines);
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20260212T130000", lines);
        Assert.Contains("DTEND;TZID=Europe/Stockholm:20260212T143000", lines);
        Assert.Contains("DTSTART;VALUE=DATE:20260331", lines);
        Assert.Contains(@"SUMMARY:Styrgruppen\, IT\; kalender", lines);
        Assert.Contains(@"LOCATION:Regionens hus\, rum 3", lines);
        Assert.Contains(lines, l => l.StartsWith("DTSTAMP:") && l.EndsWith('Z'));
        Assert.Contains($"URL:{_app.Http.BaseAddress!.GetLeftPart(UriPartial.Authority)}/api/agendas/{SeriesId}.2026-02-12/markdown", lines);

        // Read again, the same schedule is the same feed: a subscribing calendar sees nothing change.
        Assert.Equal(ics, await _app.Http.GetStringAsync($"/api/series/{SeriesId}/calendar.ics"));
    }

    [Fact]
    public async Task An_unknown_series_is_404_and_the_feed_needs_a_key_which_a_calendar_sends_as_code()
    {
        await (await _app.Http.GetAsync("/api/series/no-such-series/calendar.ics")).ProblemAsync(404);

        await (await _app.Http.PutAsJsonAsync($"/api/series/{SeriesId}/schedule", new { meetings = new[] { new { date = "2026-02-12" } } }))
            .JsonAsync<SeriesDocument>();
        using var anonymous = new HttpClient { BaseAddress = _app.Http.BaseAddress };
        await (await anonymous.GetAsync($"/api/series/{SeriesId}/calendar.ics")).ProblemAsync(401);
        var withCode = await anonymous.GetAsync($"/api/series/{SeriesId}/calendar.ics?code={_app.ApiKey}");
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.Contains($"UID:{SeriesId}.2026-02-12@minutes\r\n", await withCode.Content.ReadAsStringAsync());
    }
}
