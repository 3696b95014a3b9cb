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
/// such rows as blank lines. Set the other way, labels in a row over their values in the next, it reads the same:
/// <code>
/// | Datum      | Tid         | Plats           |
/// |------------|-------------|-----------------|
/// | 2026-10-22 | 09.00–12.00 | Kommunalförbundet |
/// </code>
/// Other tables (an attendee table's "| Namn | Organisation |") are left as they are.
/// </summary>
public static partial class KeyValueTable
{
    public static List<string> Unrule(IReadOnlyList<string> lines)
    {
        var text = new List<string>(lines.Count);
        if (LabelRow(lines) is var (at, labels, valuesAt, values))
        {
            // The label row becomes the fields, one to a line; its rules and value row are blank lines.
            for (var i = 0; i < lines.Count; i++)
                if (i == at) text.AddRange(labels.Zip(values, (l, v) => $"{l}: {v}"));
                else text.Add(i > at && i <= valuesAt ? "" : lines[i]);
            return Unrule(text);
        }
        var rows = lines.Select(AsField).ToList();
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
        // A scan reads the closing bar as a letter after a gap ("| Mötesdatum | 2026-10-08    I"), or loses it.
        var m = TwoCells().Match(LoneClosingBar().Replace(line.Trim(), "|"));
        if (!m.Success) return null;
        var label = m.Groups[1].Value.Trim();
        return Labels.Match(label) is { Value: "" } ? $"{label}: {m.Groups[2].Value.Trim()}" : null;
    }

    /// <summary>The first row of two or more header labels, and the row of values under it (past a rule).</summary>
    private static (int At, string[] Labels, int ValuesAt, string[] Values)? LabelRow(IReadOnlyList<string> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var labels = Cells(lines[i]);
            if (labels.Length < 2 || !labels.All(l => Labels.Match(l) is { Value: "" })) continue;
            var v = i + 1;
            // A rule of pipes and dashes, or of plus signs ("+-----+"), between the labels and their values.
            while (v < lines.Count && PipedRule().IsMatch(lines[v])) v++;
            if (v < lines.Count && Cells(lines[v]) is { } values && values.Length == labels.Length && values.All(c => c.Length > 0))
                return (i, labels.Select(l => l.TrimEnd(':')).ToArray(), v, values);
        }
        return null;
    }

    private static string[] Cells(string line)
    {
        var t = line.Trim();
        if (t.Contains('|')) return t.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        return Gap().Split(t);
    }

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex Gap();

    [GeneratedRegex(@"^\s*\|?[-=:|+ ]{3,}\|?\s*$")]
    private static partial Regex PipedRule();

    // A hard scan may lose the outer bars too: "Ordförande | Johan Strandberg (KD), regionråd".
    [GeneratedRegex(@"^\|?([^|]{1,40})\|([^|]*)\|?$")]
    private static partial Regex TwoCells();

    // Tried only at such a letter, so a long run of spaces costs linear time.
    [GeneratedRegex(@"(?<=\S\s{2})\s*[Il!]$")]
    private static partial Regex LoneClosingBar();

    [GeneratedRegex(@"^\s*\+[-=+]{3,}\+\s*$")]
    private static partial Regex Rule();
}
