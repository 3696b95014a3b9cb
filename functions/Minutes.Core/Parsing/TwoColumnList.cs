using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// An attendee list set in two columns side by side, each a list of its own with its group headings:
/// <code>
/// Pensionärsorganisationerna              Region Västerbotten
/// Sigbritt Öhr, PRO Västerbotten          Malin Deger, verksamhetschef (ordf.)
/// Tage Rönn, RPG Västerbotten             Umeå kommun
///                                         Lovisa Norr, MAS
/// </code>
/// It reads as the left column, then the right. A table of names and organisations ("Anna Berg    PRO Täby") is not
/// one: there the right cells name no people, each with what they are after a comma.
/// </summary>
public static partial class TwoColumnList
{
    public static List<string> Unfold(List<string> lines)
    {
        // Where the right column starts: the start of the second cell, on the rows that have two.
        var starts = lines.Select(RightStart).Where(s => s > 0).ToList();
        if (starts.Count < 3) return lines;
        var column = starts.GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;
        var rows = lines.Where(l => l.Trim().Length > 0).ToList();
        // Every row of two cells splits at that column, none has three, and at least three rows hold a person on each side.
        if (rows.Any(l => RightStart(l) is var s && s > 0 && (s != column || Gap().Matches(l).Count > 1))) return lines;
        var split = new List<(string Left, string Right)>();
        foreach (var l in rows)
        {
            // A row of one cell, its indent lost, is the right column's when a heading there waits for its names
            // ("Umeå kommun" over "Lovisa Norr, MAS"); else the left's.
            if (RightStart(l) == 0 && split.Count > 0 && split[^1].Right.Length > 0 && Names.Leading(split[^1].Right) is null)
                split.Add(("", l.Trim()));
            else split.Add(RightStart(l) == column ? (l[..column].Trim(), l[column..].Trim()) : (l.Trim(), ""));
        }
        if (split.Count(r => PersonWithMore(r.Left) && PersonWithMore(r.Right)) < 3) return lines;
        return [.. split.Select(r => r.Left).Where(l => l.Length > 0), .. split.Select(r => r.Right).Where(r => r.Length > 0)];
    }

    // "Malin Deger, verksamhetschef (ordf.)": a person, then after a comma what they are; a cell that only looks like a
    // name ("Hemsjukvården Upplands Väsby") in a table's last column is an organisation.
    private static bool PersonWithMore(string cell) => Names.Leading(cell) is { } name && cell.Length > name.Length && cell[name.Length] == ',';

    // The column a second cell starts at, after a gap of three spaces or more; a line that only has a right cell starts there too.
    private static int RightStart(string line)
    {
        var m = Gap().Match(line);
        return m.Success ? m.Index + m.Length : 0;
    }

    [GeneratedRegex(@"(?<=\S|^)\s{3,}(?=\S)")]
    private static partial Regex Gap();
}
