using System.Text;
using System.Text.RegularExpressions;

namespace Minutes.Text;

/// <summary>
/// Finds page furniture by layout convention: page numbers ("4 (12)", "Sida 4 av 12", "- 4 -") near the top or bottom
/// of a page, and running heads/feet, lines that recur in the top or bottom few lines of several pages
/// ("MÖTESANTECKNINGAR", "2023-06-20"), compared with digits masked so changing page numbers still match.
/// </summary>
internal static partial class RunningLines
{
    // How many non-blank lines at each end of a page count as its head and foot zones.
    private const int Zone = 4;

    public static HashSet<(int Page, int Line)> Find(IReadOnlyList<TextPage> pages)
    {
        var zones = pages.Select(p => (p.Number, Lines: ZoneLines(p))).ToList();
        var pagesWithSignature = zones
            .SelectMany(z => z.Lines.Select(l => (z.Number, Signature: Signature(l.Text))))
            .Where(x => x.Signature.Length > 0)
            .Distinct()
            .GroupBy(x => x.Signature)
            .ToDictionary(g => g.Key, g => g.Count());
        // A running head is on every page or every page but the first; half the pages is a safe margin for
        // OCR noise without catching a name that happens to open two pages.
        var needed = Math.Max(2, (pages.Count + 1) / 2);

        var found = new HashSet<(int, int)>();
        foreach (var (number, lines) in zones)
            foreach (var (index, text) in lines)
                if (PageNumber().IsMatch(text) || TrailingPageOfPages().IsMatch(text)
                    || pagesWithSignature.GetValueOrDefault(Signature(text)) >= needed)
                    found.Add((number, index));
        return found;
    }

    private static List<(int Index, string Text)> ZoneLines(TextPage page)
    {
        var nonBlank = page.Lines.Select((l, i) => (Index: i, l.Text)).Where(x => x.Text.Trim().Length > 0).ToList();
        return nonBlank.Count <= 2 * Zone ? nonBlank : [.. nonBlank.Take(Zone), .. nonBlank.TakeLast(Zone)];
    }

    /// <summary>Lower case letters and masked digits, so "2 (7)" and "3 (7)" or two OCR spacings compare equal.</summary>
    internal static string Signature(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (char.IsLetter(c)) sb.Append(char.ToLowerInvariant(c));
            else if (char.IsDigit(c)) sb.Append('#');
        // A lone number is an item or page number; let PageNumber judge those.
        return sb.ToString().Any(char.IsLetter) || sb.Length >= 6 ? sb.ToString() : "";
    }

    [GeneratedRegex(@"^\s*(?:sida\s+)?[-–]?\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|/\s*\d{1,3}|av\s+\d{1,3})?\s*[-–]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    // A running head that ends in "N (M)" is furniture even on a page where its other words differ.
    [GeneratedRegex(@"\s\d{1,3}\s*\(\s*\d{1,3}\s*\)\s*$")]
    private static partial Regex TrailingPageOfPages();
}
