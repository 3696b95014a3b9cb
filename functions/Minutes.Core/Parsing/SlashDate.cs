using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A day and month written with a slash and no year, in a list of meeting dates: "10/9 och 12/11" (day first, as
/// Swedish writes it). The year comes from the list's announcement or the meeting.
/// </summary>
public static partial class SlashDate
{
    /// <summary>The pattern of one such date, for a rule to build its list from.</summary>
    public const string Pattern = @"\b\d{1,2}/\d{1,2}\b(?!\s*\d{4})(?!/)";

    public static DateOnly? Read(string text, DateOnly? reference, YearDirection direction)
    {
        var m = DayMonth().Match(text);
        if (!m.Success) return null;
        var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? SwedishDates.Complete(month, day, reference, direction) : null;
    }

    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})\b(?!\s*\d{4})(?!/)")]
    private static partial Regex DayMonth();
}
