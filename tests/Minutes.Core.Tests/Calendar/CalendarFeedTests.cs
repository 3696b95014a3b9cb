using System.Text;
using Minutes.Calendar;
using Minutes.Model;

namespace Minutes.Tests.Calendar;

public class CalendarFeedTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 1, 15, 9, 30, 0, TimeSpan.FromHours(1));

    private static CalendarSeries Series(params ScheduledMeeting[] meetings) =>
        new("samverkan-halso-och-sjukvard", "Samverkan hälso- och sjukvård", "Regionens hus, rum 3", meetings);

    /// <summary>The feed's lines with folding undone, as a reader unfolds them.</summary>
    private static List<string> Unfolded(string ics) => ics.Replace("\r\n ", "").Split("\r\n").ToList();

    private static List<List<string>> Events(string ics)
    {
        var events = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in Unfolded(ics))
            if (line == "BEGIN:VEVENT") current = [];
            else if (line == "END:VEVENT") { events.Add(current!); current = null; }
            else current?.Add(line);
        return events;
    }

    [Fact]
    public void A_timed_meeting_is_in_stockholm_time_with_the_series_title_place_and_stamp()
    {
        var ics = CalendarFeed.Render(Series(new ScheduledMeeting(new DateOnly(2026, 2, 12), new TimeOnly(13, 0), new TimeOnly(14, 30))), Stamp);
        var lines = Unfolded(ics);

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal(["END:VCALENDAR", ""], lines[^2..]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:"));
        Assert.Contains("TZID:Europe/Stockholm", lines);
        Assert.Contains("BEGIN:VTIMEZONE", lines);
        var e = Assert.Single(Events(ics));
        Assert.Contains("UID:samverkan-halso-och-sjukvard.2026-02-12@minutes", e);
        Assert.Contains("DTSTAMP:20260115T083000Z", e);
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20260212T130000", e);
        Assert.Contains("DTEND;TZID=Europe/Stockholm:20260212T143000", e);
        Assert.Contains("SUMMARY:Samverkan hälso- och sjukvård", e);
        Assert.Contains(@"LOCATION:Regionens hus\, rum 3", e);
    }

    [Fact]
    public void A_meeting_without_times_is_an_all_day_event()
    {
        var e = Assert.Single(Events(CalendarFeed.Render(Series(new ScheduledMeeting(new DateOnly(2026, 3, 31), null, null)), Stamp)));
        Assert.Contains("DTSTART;VALUE=DATE:20260331", e);
        Assert.Contains("DTEND;VALUE=DATE:20260401", e);
        Assert.DoesNotContain(e, l => l.Contains("TZID"));
    }

    [Fact]
    public void A_meeting_with_a_start_and_no_end_has_no_dtend()
    {
        var e = Assert.Single(Events(CalendarFeed.Render(Series(new ScheduledMeeting(new DateOnly(2026, 3, 31), new TimeOnly(9, 0), null)), Stamp)));
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20260331T090000", e);
        Assert.DoesNotContain(e, l => l.StartsWith("DTEND"));
    }

    [Fact]
    public void Uids_are_stable_per_meeting_and_differ_between_meetings()
    {
        var a = new ScheduledMeeting(new DateOnly(2026, 2, 12), new TimeOnly(13, 0), null);
        var b = new ScheduledMeeting(new DateOnly(2026, 4, 23), null, null);
        var first = CalendarFeed.Render(Series(a, b), Stamp);
        // Read again later, with the times of one meeting moved: the same events, by the same UIDs.
        var again = CalendarFeed.Render(Series(b, a with { StartTime = new TimeOnly(10, 0) }), Stamp.AddDays(3));

        static List<string> Uids(string ics) => Unfolded(ics).Where(l => l.StartsWith("UID:")).ToList();
        Assert.Equal(["UID:samverkan-halso-och-sjukvard.2026-02-12@minutes", "UID:samverkan-halso-och-sjukvard.2026-04-23@minutes"], Uids(first));
        Assert.Equal(Uids(first), Uids(again));
        Assert.Equal(CalendarFeed.Uid("samverkan-halso-och-sjukvard", new DateOnly(2026, 2, 12)), Uids(first)[0][4..]);
    }

    [Fact]
    public void Every_line_ends_in_crlf_and_no_bare_line_feed_or_carriage_return_is_left()
    {
        var ics = CalendarFeed.Render(Series(new ScheduledMeeting(new DateOnly(2026, 2, 12), null, null)) with { Title = "Rad ett\nrad två\r\nrad tre\r" }, Stamp);
        Assert.EndsWith("\r\n", ics);
        var withoutCrlf = ics.Replace("\r\n", "");
        Assert.DoesNotContain('\n', withoutCrlf);
        Assert.DoesNotContain('\r', withoutCrlf);
        Assert.Contains(@"SUMMARY:Rad ett\nrad två\nrad tre\n", Unfolded(ics));
    }

    [Theory]
    [InlineData(@"a,b", @"a\,b")]
    [InlineData(@"a;b", @"a\;b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\nb")]
    [InlineData("a\rb", @"a\nb")]
    [InlineData(@"\,;", @"\\\,\;")]
    [InlineData("a\u0001\u007Fb\tc", "ab\tc")]
    [InlineData("Möte: kl. 13", "Möte: kl. 13")]
    public void Text_values_are_escaped(string text, string expected) =>
        Assert.Equal(expected, CalendarFeed.Escape(text));

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_a_character()
    {
        var title = string.Concat(Enumerable.Repeat("Överenskommelse om hälso- och sjukvård för äldre 🙂 ", 6));
        var ics = CalendarFeed.Render(Series(new ScheduledMeeting(new DateOnly(2026, 2, 12), null, null)) with { Title = title, Location = new string('å', 120) }, Stamp);

        foreach (var line in ics.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}");
            // Each physical line is whole UTF-8 on its own: no character (nor surrogate pair) broken over a fold.
            Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(line)));
        }
        Assert.Contains("SUMMARY:" + title, Unfolded(ics));
        Assert.Contains("LOCATION:" + new string('å', 120), Unfolded(ics));
        Assert.Contains("\r\n ", ics);
    }

    [Fact]
    public void A_short_line_is_not_folded_and_a_long_one_continues_with_a_space()
    {
        Assert.Equal(new string('x', 75), CalendarFeed.Fold(new string('x', 75)));
        Assert.Equal(new string('x', 75) + "\r\n " + new string('x', 74) + "\r\n x", CalendarFeed.Fold(new string('x', 150)));
    }

    [Fact]
    public void The_agenda_link_goes_in_url_and_description_and_a_series_without_a_title_is_named_by_its_id()
    {
        var series = new CalendarSeries("styrgruppen", null, null, [new ScheduledMeeting(new DateOnly(2026, 5, 7), new TimeOnly(13, 0), new TimeOnly(15, 0))]);
        var ics = CalendarFeed.Render(series, Stamp, d => $"https://example.org/api/agendas/styrgruppen.{d:yyyy-MM-dd}/markdown");
        var e = Assert.Single(Events(ics));
        Assert.Contains("SUMMARY:styrgruppen", e);
        Assert.Contains("URL:https://example.org/api/agendas/styrgruppen.2026-05-07/markdown", e);
        Assert.Contains(@"DESCRIPTION:Dagordning (utkast): https://example.org/api/agendas/styrgruppen.2026-05-07/markdown", e);
        Assert.DoesNotContain(e, l => l.StartsWith("LOCATION"));
    }

    [Fact]
    public void An_empty_schedule_is_a_calendar_without_events()
    {
        var ics = CalendarFeed.Render(Series(), Stamp);
        Assert.Empty(Events(ics));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
    }
}
