using System.Globalization;
using System.Text;

namespace Minutes.Model;

/// <summary>
/// Deterministic ids. A meeting id starts with its series id, so the partition key (the series)
/// can be told from any id and every read stays a single-partition point read.
/// </summary>
public static class MeetingIds
{
    private const int MaxSlugLength = 80;

    /// <summary>"Samverkan mellan … hälso- och sjukvårdsförvaltningen" → "samverkan-mellan-…-halso-och-sjukvardsforvaltningen".</summary>
    public static string SeriesFromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return "unknown";
        var folded = title.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        if (text.Length > MaxSlugLength) text = text[..MaxSlugLength].TrimEnd('-');
        return text.Length == 0 ? "unknown" : text;
    }

    /// <summary>"{series}.{yyyy-MM-dd}"; a document without a date gets a key of its content instead.</summary>
    public static string Meeting(string seriesId, DateOnly? date, string fallbackKey) =>
        $"{seriesId}.{(date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : fallbackKey)}";

    /// <summary>"{meetingId}.a{item}-{ordinal}", ordinal counting from 1 within the item.</summary>
    public static string ActionItem(string meetingId, string? agendaItemNumber, int ordinal) =>
        $"{meetingId}.a{(agendaItemNumber ?? "0").Replace('.', '-')}-{ordinal}";

    /// <summary>The series (partition key) of a meeting or action item id.</summary>
    public static string SeriesOf(string id)
    {
        var dot = id.IndexOf('.');
        return dot < 0 ? id : id[..dot];
    }
}
