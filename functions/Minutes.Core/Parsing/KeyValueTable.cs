using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A header set as a ruled two-column table, label left, value right:
/// <code>
/// +--------+-------------+
/// | Datum  | 2026-04-21  |
/// +--------+-------------+
/// </code>
/// Each row whose left cell is a header label reads as the labelled line "Datum: 2026-04-21", and the rules around
/// such rows as blank lines. Other bordered tables (an attendee table's "| Namn | Organisation |") are left as they are.
/// </summary>
public static partial class KeyValueTable
{
    public static List<string> Unrule(IReadOnlyList<string> lines)
    {
        var rows = lines.Select(AsField).ToList();
        var text = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (rows[i] is { } field) text.Add(field);
            // A rule counts as blank when it borders a converted row.
            else if (Rule().IsMatch(lines[i]) && (i > 0 && rows[i - 1] is not null || i + 1 < lines.Count && rows[i + 1] is not null)) text.Add("");
            else text.Add(lines[i]);
        }
        return text;
    }

    /// <summary>"| Tid | Klockan 9–12 |" → "Tid: Klockan 9–12" when the left cell is a label; else null.</summary>
    private static string? AsField(string line)
    {
        var m = TwoCells().Match(line.Trim());
        if (!m.Success) return null;
        var label = m.Groups[1].Value.Trim();
        return Labels.Match(label) is { Value: "" } ? $"{label}: {m.Groups[2].Value.Trim()}" : null;
    }

    [GeneratedRegex(@"^\|([^|]{1,40})\|([^|]*)\|$")]
    private static partial Regex TwoCells();

    [GeneratedRegex(@"^\s*\+[-=+]{3,}\+\s*$")]
    private static partial Regex Rule();
}
