using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Dates and times as Swedish minutes write them: "Torsdagen den 12 juni 2025", "12 juni", "2025-06-12",
/// "12/6 2025"; "Kl. 13:00-14:30", "13.00–14.30". A date without a year takes it from the meeting date.
/// </summary>
public static partial class SwedishDates
{
    public static int? Month(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('.');
        if (w.Length < 3) return null;
        var months = Vocabulary.Months;
        for (var i = 0; i < months.Length; i++)
            if (months[i] == w || (w.Length >= 3 && months[i].StartsWith(w, StringComparison.Ordinal) && w.Length <= months[i].Length))
                return i + 1;
        return null;
    }

    /// <summary>The first date in the text. Without a year: the year of <paramref name="reference"/>, moved to the next or last such day by <paramref name="direction"/>.</summary>
    public static DateOnly? FirstDate(string text, DateOnly? reference = null, YearDirection direction = YearDirection.Nearest)
    {
        var iso = Iso().Match(text);
        var named = Named().Match(text);
        var numeric = Numeric().Match(text);
        var candidates = new List<(int Index, DateOnly? Date)>();
        if (iso.Success) candidates.Add((iso.Index, Make(Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3]))));
        if (named.Success && Month(named.Groups[2].Value) is { } month)
        {
            var day = Int(named.Groups[1]);
            DateOnly? date = named.Groups[3].Success ? Make(Int(named.Groups[3]), month, day)
                : named.Groups[4].Success ? Make(2000 + Int(named.Groups[4]), month, day)
                : Complete(month, day, reference, direction);
            candidates.Add((named.Index, date));
        }
        if (numeric.Success) candidates.Add((numeric.Index, Make(Int(numeric.Groups[3]), Int(numeric.Groups[2]), Int(numeric.Groups[1]))));
        return candidates.Where(c => c.Date is not null).OrderBy(c => c.Index).Select(c => c.Date).FirstOrDefault();
    }

    public static DateOnly? Complete(int month, int day, DateOnly? reference, YearDirection direction)
    {
        if (reference is not { } r) return null;
        var date = Make(r.Year, month, day);
        if (date is not { } d) return null;
        return direction switch
        {
            YearDirection.Future when d <= r => Make(r.Year + 1, month, day),
            YearDirection.Past when d >= r => Make(r.Year - 1, month, day),
            _ => d,
        };
    }

    /// <summary>"13:00-14:30", "13.00–14.30", "kl. 10–11.30", "13:00".</summary>
    public static (TimeOnly? Start, TimeOnly? End) TimeRange(string text)
    {
        var range = Range().Match(text);
        if (range.Success) return (Time(range.Groups[1].Value, range.Groups[2].Value), Time(range.Groups[3].Value, range.Groups[4].Value));
        // "kl. 10–11.30", "kl. 10-12": whole hours after "kl."
        var hours = HourRange().Match(text);
        if (hours.Success) return (Time(hours.Groups[1].Value, ""), Time(hours.Groups[2].Value, hours.Groups[3].Value));
        var single = Single().Match(text);
        if (!single.Success) return (null, null);
        return single.Groups[3].Success ? (Time(single.Groups[3].Value, ""), null) : (Time(single.Groups[1].Value, single.Groups[2].Value), null);
    }

    private static TimeOnly? Time(string hours, string minutes)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = minutes.Length == 0 ? 0 : int.Parse(minutes, CultureInfo.InvariantCulture);
        return h is >= 0 and < 24 && m is >= 0 and < 60 ? new TimeOnly(h, m) : null;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is > 1900 and < 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b")]
    private static partial Regex Iso();

    // The year in full or short after a dash or an apostrophe: "3 mars 2026", "3 mars -26", "3 mars '26".
    [GeneratedRegex($@"\b(\d{{1,2}})(?::e|:a)?\s+({Vocabulary.MonthsOrAbbreviations})\.?(?:\s+(\d{{4}})|\s*[-'’](\d{{2}}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})[\s-]+(\d{4})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(\d{1,2})[:.](\d{2})\s*(?:-|–|—|till)\s*(\d{1,2})[:.]?(\d{2})?\b")]
    private static partial Regex Range();

    // "kl. 10–12", and written out: "Klockan 9–12".
    [GeneratedRegex(@"\b(?:kl\.?|klockan)\s*(\d{1,2})\s*(?:-|–|—)\s*(\d{1,2})(?:[:.](\d{2}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex HourRange();

    // "13:00", "kl. 13.00", and a whole hour after "kl": "kl 13".
    [GeneratedRegex(@"(?:\bkl\.?\s*|\b)(\d{1,2})[:.](\d{2})\b|\bkl\.?\s*(\d{1,2})\b(?![:.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Single();
}

public enum YearDirection { Nearest, Future, Past }
