using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A table of contents ("Innehåll", then "3  Vårdval geriatrik ........ 4": a dot leader and a page number) lists the
/// items but holds none of them. Its lines are read as blank, so the numbered entries do not open items and the
/// header runs on to the first real one. Two entries at least: one leader line alone is more likely a form's blank.
/// </summary>
public static partial class TableOfContents
{
    public static List<SourceLine> SetAside(List<SourceLine> lines)
    {
        var entries = lines.Select((l, i) => (l, i)).Where(x => IsEntry(x.l.Text)).Select(x => x.i).ToList();
        if (entries.Count < 2) return lines;
        var result = lines.ToList();
        foreach (var i in entries) result[i] = Blank(result[i]);
        // Its heading, just above the first entry.
        var above = Enumerable.Range(0, entries[0]).Reverse().Take(3).FirstOrDefault(i => !lines[i].IsBlank, -1);
        if (above >= 0 && Heading().IsMatch(lines[above].Text)) result[above] = Blank(lines[above]);
        return result;
    }

    private static SourceLine Blank(SourceLine line) => line with { Text = "", IsBullet = false };

    /// <summary>Text, then four or more leader dots (spaced or not, or ellipses), then a page number of 1–3 digits.</summary>
    public static bool IsEntry(string text)
    {
        // Read from the end, once: a pattern would try every start in a long line of dots.
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ') end--;
        var digits = 0;
        while (end > 0 && char.IsAsciiDigit(text[end - 1])) { end--; digits++; }
        if (digits is < 1 or > 3) return false;
        var dots = 0;
        while (end > 0 && text[end - 1] is '.' or '…' or ' ')
        {
            dots += text[end - 1] switch { '.' => 1, '…' => 3, _ => 0 };
            end--;
        }
        return dots >= 4 && end > 0;
    }

    [GeneratedRegex($@"^(?:{Vocabulary.ContentsHeadings})$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
