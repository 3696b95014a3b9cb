using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A table drawn with rules: "+------+------+" between rows and "|" between cells ("| Birgitta Sundin | PRO Huddinge |
/// ordförande |"). A scan reads the rules as runs of dashes, pluses and bars; a rule is a line made mostly of them.
/// Cells keep their column, so an empty one does not shift the next.
/// </summary>
public static partial class BorderedTable
{
    /// <summary>Two rows or more with a bar between cells.</summary>
    public static bool Is(IReadOnlyList<string> lines) => lines.Count(l => !IsRule(l) && Bar().Matches(l).Count >= 2) >= 2;

    /// <summary>
    /// The rows as cells, rules left out. A scan reads some bars as a letter standing alone between gaps ("I", "l"),
    /// loses others and keeps only the gap ("Gunvor Lind    SPF Seniorerna    på plats"), so a cell ends at a gap too;
    /// and a line with no capitalised word of its own ("|", "jo", "|    I    I") is what it made of a rule.
    /// </summary>
    public static List<string[]> Rows(IEnumerable<string> lines) =>
        lines.Where(l => !IsRule(l) && l.Trim().Length > 0 && Word().IsMatch(l))
            .Select(Cells)
            .ToList();

    /// <summary>A scanned row with its bars read as letters ("| 1 | Ta fram …    Anna Ek    13 nov    I") given back its bars.</summary>
    public static string WithBars(string line) => LoneBar().Replace(line, "|");

    private static string[] Cells(string line) =>
        Bar().Split(LoneBar().Replace(line.Trim(), "|").Trim().Trim('|', '¦').Trim())
            .SelectMany(cell => Gap().Split(cell.Trim()))
            .Select(cell => TrailingRule().Replace(cell.Trim(), ""))
            .ToArray();

    private static bool IsRule(string line)
    {
        var t = line.Trim();
        return t.Length >= 5 && t.Count(c => c is '-' or '+' or '=' or '_' or '—' or '–' or '|' or '¦' or ':') >= t.Length * 0.8;
    }

    [GeneratedRegex(@"[|¦]")]
    private static partial Regex Bar();

    // A bar read as a letter: "I", "l" or "!" alone between gaps or bars. Tried only at such a letter, so a long run of
    // spaces costs linear time.
    [GeneratedRegex(@"(?<=^|\s{2}|\|)[Il!](?=\s{2}|\s?\||\s*$)")]
    private static partial Regex LoneBar();

    [GeneratedRegex(@"\s{2,}|\t")]
    private static partial Regex Gap();

    // A piece of a rule left at a cell's end: "Hälso- och sjukvårdsförvaltningen —".
    [GeneratedRegex(@"(?<!\s)\s+[—–-]+$")]
    private static partial Regex TrailingRule();

    [GeneratedRegex(@"\p{Lu}\p{L}")]
    private static partial Regex Word();
}
