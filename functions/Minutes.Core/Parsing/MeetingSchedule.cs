using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// Future meeting dates listed one to a line ("Torsdagen 5 februari 13:00-14:30"), usually under a line that names
/// the year ("… sammanträder nedan tider 2026:"). A line counts only when a date (and a time) is all it says.
/// </summary>
public static partial class MeetingSchedule
{
    public static List<ScheduledMeeting> Read(IReadOnlyList<SourceLine> lines, DateOnly? meetingDate)
    {
        var meetings = new List<ScheduledMeeting>();
        int? year = null;
        foreach (var line in lines)
        {
            if (Announcement().Match(line.Text) is { Success: true } a) year = int.Parse(a.Groups["year"].Value);
            var m = DateLine().Match(line.Text);
            if (!m.Success) continue;
            var reference = year is { } y ? new DateOnly(y, 1, 1) : meetingDate;
            var direction = year is null ? YearDirection.Future : YearDirection.Nearest;
            var date = SwedishDates.FirstDate(m.Groups["date"].Value, reference, direction);
            if (date is null) continue;
            var (start, end) = SwedishDates.TimeRange(m.Groups["time"].Value);
            if (meetings.All(x => x.Date != date)) meetings.Add(new ScheduledMeeting(date.Value, start, end));
        }
        return meetings;
    }

    [GeneratedRegex(@"^(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)?(?<date>\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?)\s*(?:,\s*)?(?:kl\.?\s*)?(?<time>\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?:tider|datum|sammanträder|möten)\b.*?\b(?<year>20\d{2})\b|\b(?<year>20\d{2})\b.*(?:tider|sammanträder)", RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();
}
