using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// The meeting's day, time and place run together on one line under the title, without labels, wrapping onto the
/// next: "Onsdag 20 maj 2026, kl. 13.00–15.00, Kungsängens vårdcentral," / "konferensrummet plan 2". The place is
/// what follows the time, or the line under it when the time ends the line ("Tisdagen den 25 maj 2027, kl. 13.00–14.45"
/// over "Lindhagensgatan 98, rum Fjällen").
/// </summary>
public static partial class MeetingLine
{
    /// <summary>The place on the first such line in <paramref name="text"/>, with its wrapped continuation; null when none.</summary>
    public static string? Place(IReadOnlyList<string> text)
    {
        for (var i = 0; i < text.Count; i++)
        {
            var m = DateTimePlace().Match(text[i]);
            // "Tisdagen den 25 maj 2027, kl. 13.00–14.45" over "Lindhagensgatan 98, rum Fjällen": the place on a line of its own.
            if (!m.Success && DateTime().IsMatch(text[i]) && i + 1 < text.Count && IsPlaceLine(text[i + 1])) return text[i + 1].Trim().TrimEnd(',');
            if (!m.Success) continue;
            var place = m.Groups["place"].Value.Trim();
            // A line ending in a comma goes on on the next, when that is no label of its own.
            if (place.EndsWith(',') && i + 1 < text.Count && text[i + 1].Length > 0 && Labels.Match(text[i + 1]) is null)
                place = place + " " + text[i + 1].Trim();
            return place.TrimEnd(',', '.', ' ');
        }
        return null;
    }

    /// <summary>A day with its year opening a line: "Onsdag 20 maj 2026", "Onsdag 14/10 2026", "2026-10-14".</summary>
    public const string Day = $@"^(?:{Vocabulary.Weekday}|(?:{Vocabulary.WeekdayStems})dag)?\s*(?:den\s+)?(?:\d{{1,2}}\s+(?:{Vocabulary.MonthNames})\s+20\d{{2}}|\d{{1,2}}/\d{{1,2}}(?:\s+|-)20\d{{2}}|20\d{{2}}-\d{{2}}-\d{{2}})";

    // The day and the time: "Onsdag 20 maj 2026, kl. 13.00–15.00"; after "kl" the hour alone ("kl 14–15.30").
    private const string DayAndTime = Day + $@"\s{{0,3}},?\s{{0,3}}(?:kl\.?\s{{0,3}}\d{{1,2}}(?:[.:]\d{{2}})?|\d{{1,2}}[.:]\d{{2}})\s{{0,3}}(?:[-–]\s{{0,3}}\d{{1,2}}(?:[.:]\d{{2}})?)?";

    [GeneratedRegex($@"{DayAndTime}\s{{0,3}},\s{{0,3}}(?<place>\p{{L}}.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateTimePlace();

    // A place line: not a label, a date, a sentence or a list of people; short, and opening with a capital.
    private static bool IsPlaceLine(string line)
    {
        var t = line.Trim();
        return t.Length is > 3 and < 80 && char.IsUpper(t[0]) && !t.EndsWith('.') && Labels.Match(t) is null
               && SwedishDates.FirstDate(t) is null && !Labels.IsAttendeeLabel(t) && (t.Any(char.IsDigit) || t.Contains(','));
    }

    [GeneratedRegex($@"{DayAndTime}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateTime();
}
