using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A line that announces the coming meeting dates with a label-like word, a period and a colon: "Mötesdatum hösten
/// 2026: 9 september, 14 oktober …", "Sammanträdesdagar våren 2027:". It starts like the header's "Mötesdatum" field,
/// but a header field gives the meeting's own date straight after the label, not a season and a year.
/// </summary>
public static partial class ScheduleAnnouncement
{
    public static bool Is(string line) => Announcement().IsMatch(line);

    [GeneratedRegex($@"^\s*(?:{Vocabulary.ScheduleWords})\s+(?:(?:{Vocabulary.Seasons}|för|under|året)\s+)*20\d{{2}}\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();
}
