using Minutes.Parsing;

namespace Minutes.Agenda;

/// <summary>Dates as a Swedish agenda writes them ("12 juni 2025"), without depending on the machine's culture data.</summary>
public static class SwedishText
{
    private static readonly string[] Months = Vocabulary.Months;

    // Indexed by DayOfWeek, which counts from Sunday; the vocabulary lists Monday first.
    private static readonly string[] Days = [Vocabulary.Weekdays[6], .. Vocabulary.Weekdays[..6]];

    public static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static string DayAndDate(DateOnly date) =>
        $"{char.ToUpperInvariant(Days[(int)date.DayOfWeek][0])}{Days[(int)date.DayOfWeek][1..]}en den {Date(date)}";

    public static string DayMonth(DateOnly date) => $"{date.Day} {Months[date.Month - 1]}";

    public static string Time(TimeOnly? start, TimeOnly? end) =>
        start is null ? "" : end is null ? $"kl. {start:HH\\:mm}" : $"kl. {start:HH\\:mm}–{end:HH\\:mm}";
}
