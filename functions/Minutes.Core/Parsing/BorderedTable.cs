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

    /// <summary>The rows as cells, rules left out.</summary>
    public static List<string[]> Rows(IEnumerable<string> lines) =>
        lines.Where(l => !IsRule(l) && l.Trim().Length > 0)
            .Select(l => Bar().Split(l.Trim().Trim('|', '¦').Trim()).Select(c => c.Trim()).ToArray())
            .ToList();

    private static bool IsRule(string line)
    {
        var t = line.Trim();
        return t.Length >= 5 && t.Count(c => c is '-' or '+' or '=' or '_' or '—' or '–' or '|' or '¦' or ':') >= t.Length * 0.8;
    }

    [GeneratedRegex(@"[|¦]")]
    private static partial Regex Bar();
}
