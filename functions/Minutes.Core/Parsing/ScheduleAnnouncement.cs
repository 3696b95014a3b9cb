using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A line that announces the coming meeting dates with a label-like word, a period and a colon: "Mötesdatum hösten
/// 2026: 9 september, 14 oktober …", "Sammanträdesdagar våren 2027:", "Mötesdatum 2027 (onsdagar kl. 14.00–16.00): …", "Mötesdatum 2027, samtliga torsdagar kl. 9.30–12.00 i Regionhuset:" over the list. It starts like the header's "Mötesdatum" field,
/// but a header field gives the meeting's own date straight after the label, not a season and a year. So does a line
/// on a season's meetings: "Träffar våren 2027: 11/2, 15/4 och 10/6", "Höstens möten: onsdagarna 15/9 och 10/11"; and
/// a label over several days ("Mötestider: Gruppen möts … den 20 maj, 16 september och 2 december").
/// </summary>
public static partial class ScheduleAnnouncement
{
    public static bool Is(string line) =>
        Announcement().IsMatch(line) || SeasonsMeetings().IsMatch(line) || LabelledList().IsMatch(line) && DayAndMonth().Count(line) >= 2;

    // "Mötestider: Gruppen möts under resten av 2026 den 20 maj, 16 september och …": two days or more after the label
    // are a list, where a field gives the one day of the meeting.
    [GeneratedRegex($@"^\s*(?:{Vocabulary.ScheduleWords})\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledList();

    [GeneratedRegex($@"\b\d{{1,2}}\s+(?:{Vocabulary.MonthNames})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayAndMonth();

    [GeneratedRegex($@"^\s*(?:{Vocabulary.ScheduleWords})\s+(?:(?:{Vocabulary.Seasons}|för|under|året)\s+)*20\d{{2}}(?:\s*\([^()]*\))?(?:\s*:|,[^:]{{1,80}}:$)", RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();

    // "Träffar våren 2027:", "Möten hösten 2026:", "Höstens möten:", "Vårens träffar:": the meetings of a season, with a
    // colon and dates after it.
    [GeneratedRegex($@"^\s*(?:(?:{Vocabulary.MeetingPlurals})\s+(?:{Vocabulary.Seasons})(?:\s+20\d{{2}})?|(?:{Vocabulary.SeasonsGenitive})\s+(?:{Vocabulary.MeetingPlurals}))\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex SeasonsMeetings();
}
