using System.Globalization;
using System.Text;
using Minutes.Agenda;
using Minutes.Model;

namespace Minutes.Calendar;

/// <summary>A series as its calendar shows it: title, place and the scheduled meetings.</summary>
public sealed record CalendarSeries(string SeriesId, string? Title, string? Location, IReadOnlyList<ScheduledMeeting> Meetings);

/// <summary>
/// A series' schedule as an iCalendar feed (RFC 5545), for the secretariat's and members' calendars to subscribe to.
/// Times in the schedule are Swedish local time, so events carry TZID=Europe/Stockholm with the zone's VTIMEZONE
/// (EU summer time: last Sunday of March to last Sunday of October); a meeting without a start time is an all-day event.
/// Each meeting's UID is "{seriesId}.{yyyy-MM-dd}@minutes" (a series meets at most once a day), so a calendar that
/// reads the feed again updates the event instead of adding another. Lines end in CRLF and are folded at 75 octets;
/// text values are escaped.
/// </summary>
public static class CalendarFeed
{
    public const string TimeZoneId = "Europe/Stockholm";
    public const string ContentType = "text/calendar; charset=utf-8";
    private const int MaxOctets = 75;

    /// <summary>
    /// The feed. <paramref name="stamp"/> is DTSTAMP (when the schedule was last revised); <paramref name="agendaLink"/>,
    /// when given, is the address of a meeting's agenda draft, put in URL and DESCRIPTION.
    /// </summary>
    public static string Render(CalendarSeries series, DateTimeOffset stamp, Func<DateOnly, string?>? agendaLink = null)
    {
        var name = string.IsNullOrWhiteSpace(series.Title) ? series.SeriesId : series.Title;
        var ics = new StringBuilder();
        void Line(string line) => ics.Append(Fold(line)).Append("\r\n");

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Minutes//Minutes calendar feed//SV");
        Line("CALSCALE:GREGORIAN");
        Line("X-WR-CALNAME:" + Escape(name));
        Line("X-WR-TIMEZONE:" + TimeZoneId);
        foreach (var line in StockholmTimeZone) Line(line);

        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var meeting in series.Meetings.DistinctBy(m => m.Date).OrderBy(m => m.Date))
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{Uid(series.SeriesId, meeting.Date)}");
            Line("DTSTAMP:" + dtstamp);
            if (meeting.StartTime is { } start)
            {
                Line($"DTSTART;TZID={TimeZoneId}:{LocalTime(meeting.Date, start)}");
                if (meeting.EndTime is { } end && end > start) Line($"DTEND;TZID={TimeZoneId}:{LocalTime(meeting.Date, end)}");
            }
            else
            {
                Line("DTSTART;VALUE=DATE:" + Day(meeting.Date));
                Line("DTEND;VALUE=DATE:" + Day(meeting.Date.AddDays(1)));
            }
            Line("SUMMARY:" + Escape(name));
            if (!string.IsNullOrWhiteSpace(series.Location)) Line("LOCATION:" + Escape(series.Location));
            if (agendaLink?.Invoke(meeting.Date) is { Length: > 0 } link)
            {
                Line("DESCRIPTION:" + Escape("Dagordning (utkast): " + link));
                Line("URL:" + link);
            }
            Line("TRANSP:OPAQUE");
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>"{seriesId}.{yyyy-MM-dd}@minutes": the meeting's id, the same whenever the feed is read.</summary>
    public static string Uid(string seriesId, DateOnly date) => MeetingIds.Meeting(seriesId, date, "") + "@minutes";

    /// <summary>
    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped with a backslash, every line break
    /// (CRLF, LF or CR) as \n; other control characters, which TEXT does not allow, left out (a lone surrogate as U+FFFD).
    /// </summary>
    public static string Escape(string text)
    {
        var clean = OutputText.ForXml(text).Replace("\r\n", "\n").Replace('\r', '\n');
        var escaped = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
            escaped.Append(c switch
            {
                '\\' => @"\\",
                ';' => @"\;",
                ',' => @"\,",
                '\n' => @"\n",
                '\u007F' => "",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }

    /// <summary>
    /// A content line folded as RFC 5545 3.1 asks: no line longer than 75 octets of UTF-8 (CRLF not counted), each
    /// continuation starting with a space; a character's bytes (or a surrogate pair) are never split.
    /// </summary>
    public static string Fold(string line)
    {
        if (Encoding.UTF8.GetByteCount(line) <= MaxOctets) return line;
        var folded = new StringBuilder(line.Length + line.Length / 64 * 3);
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var pair = char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]);
            var length = pair ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + length > MaxOctets)
            {
                folded.Append("\r\n ");
                octets = 1;
            }
            folded.Append(line[i]);
            if (pair) folded.Append(line[++i]);
            octets += length;
        }
        return folded.ToString();
    }

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string LocalTime(DateOnly date, TimeOnly time) =>
        Day(date) + "T" + time.ToString("HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Europe/Stockholm as the EU's rules have had it since 1996: CET, and CEST from March's last Sunday to October's.</summary>
    private static readonly string[] StockholmTimeZone =
    [
        "BEGIN:VTIMEZONE",
        "TZID:" + TimeZoneId,
        "X-LIC-LOCATION:" + TimeZoneId,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19960331T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];
}
