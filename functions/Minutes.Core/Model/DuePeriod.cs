using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Model;

/// <summary>
/// The first and last day of an action item's due: "2025-Q4" → 2025-10-01 … 2025-12-31, "2026-03" → 2026-03-01 … 2026-03-31,
/// an ISO week "2026-W42" → its Monday … Sunday, a date → itself.
/// </summary>
public static partial class DuePeriod
{
    /// <summary>The last day of a dated due; null for none, "next-meeting", or what is not a period.</summary>
    public static DateOnly? End(string? due)
    {
        if (Start(due) is not { } start) return null;
        return due!.Length switch
        {
            10 => start,                                  // a date: that day
            8 => start.AddDays(6),                        // an ISO week: Monday to Sunday
            7 when due[5] == 'Q' => start.AddMonths(3).AddDays(-1),
            7 when due[5] == 'H' => start.AddMonths(6).AddDays(-1),
            7 => start.AddMonths(1).AddDays(-1),          // a month
            _ => start.AddYears(1).AddDays(-1),           // a year
        };
    }

    public static DateOnly? Start(string? due)
    {
        if (due is null) return null;
        if (DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        var m = Quarter().Match(due);
        if (m.Success) return new DateOnly(int.Parse(m.Groups[1].Value), (int.Parse(m.Groups[2].Value) - 1) * 3 + 1, 1);
        m = Month().Match(due);
        if (m.Success) return new DateOnly(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), 1);
        m = Week().Match(due);
        if (m.Success && (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)) is var (weekYear, week) && week <= ISOWeek.GetWeeksInYear(weekYear))
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday));
        m = Half().Match(due);
        if (m.Success) return new DateOnly(int.Parse(m.Groups[1].Value), m.Groups[2].Value == "1" ? 1 : 7, 1);
        m = Year().Match(due);
        return m.Success ? new DateOnly(int.Parse(m.Groups[1].Value), 1, 1) : null;
    }

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$")] private static partial Regex Quarter();
    [GeneratedRegex(@"^(\d{4})-(0[1-9]|1[0-2])$")] private static partial Regex Month();
    [GeneratedRegex(@"^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$")] private static partial Regex Week();
    [GeneratedRegex(@"^(\d{4})-H([12])$")] private static partial Regex Half();
    [GeneratedRegex(@"^(\d{4})$")] private static partial Regex Year();
}
