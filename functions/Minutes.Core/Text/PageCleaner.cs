namespace Minutes.Text;

/// <summary>
/// Cleans read pages for parsing: drops page furniture (headers, footers, page numbers), then undoes hyphenation.
/// Works on every engine's output, so Document Intelligence roles and layout conventions both count.
/// </summary>
public static class PageCleaner
{
    public static IReadOnlyList<TextPage> Clean(IReadOnlyList<TextPage> pages)
    {
        var furniture = RunningLines.Find(pages);
        return pages.Select(page =>
        {
            var kept = page.Lines
                .Select((line, index) => (line, index))
                .Where(x => !IsFurniture(x.line) && !furniture.Contains((page.Number, x.index)))
                .Select(x => x.line with { Text = x.line.Text.Replace("\u00AD", "") })
                .ToList();
            return page with { Lines = Hyphenation.Undo(TidyBlankLines(kept)) };
        }).ToList();
    }

    private static bool IsFurniture(TextLine line) =>
        line.Role is LineRole.PageHeader or LineRole.PageFooter or LineRole.PageNumber;

    private static List<TextLine> TidyBlankLines(List<TextLine> lines)
    {
        var tidy = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            var blank = line.Text.Trim().Length == 0;
            if (blank && (tidy.Count == 0 || tidy[^1].Text.Length == 0)) continue;
            tidy.Add(blank ? line with { Text = "" } : line);
        }
        while (tidy.Count > 0 && tidy[^1].Text.Length == 0) tidy.RemoveAt(tidy.Count - 1);
        return tidy;
    }
}
