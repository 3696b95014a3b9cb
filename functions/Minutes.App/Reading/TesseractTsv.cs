using System.Globalization;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Turns Tesseract's TSV (one row per page, block, paragraph, line and word, with boxes and word confidences)
/// into lines. Segments at the same height are put back on one row in left-to-right order, because Tesseract
/// reads a label column ("Datum", "Tid") as its own block apart from the values beside it.
/// </summary>
internal static class TesseractTsv
{
    private sealed record Word(int Page, string LineKey, int Left, int Top, int Width, int Height, double Confidence, string Text);

    private sealed class Row(Word first)
    {
        public List<Word> Words { get; } = [first];
        public int Top => Words.Min(w => w.Top);
        public int Bottom => Words.Max(w => w.Top + w.Height);
        public int Left => Words.Min(w => w.Left);
        public int Height => Bottom - Top;
    }

    /// <summary>Pages in the TSV, numbered from <paramref name="firstPage"/> (an image's frames, or the PDF page it came from).</summary>
    public static IReadOnlyList<(int Page, IReadOnlyList<TextLine> Lines, double MeanConfidence)> Parse(string tsv, int firstPage = 1)
    {
        var words = new List<Word>();
        var pageWidths = new Dictionary<int, int>();
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var c = line.TrimEnd('\r').Split('\t');
            if (c.Length < 12 || !int.TryParse(c[0], out var level)) continue;
            var page = Int(c[1]);
            if (level == 1) pageWidths[page] = Int(c[8]);
            if (level != 5 || string.IsNullOrWhiteSpace(c[11])) continue;
            var conf = double.Parse(c[10], CultureInfo.InvariantCulture);
            words.Add(new Word(page, $"{c[2]}.{c[3]}.{c[4]}", Int(c[6]), Int(c[7]), Int(c[8]), Int(c[9]),
                conf < 0 ? double.NaN : conf / 100, c[11].Trim()));
        }

        return pageWidths.Keys.Order().Select(page =>
        {
            var pageWords = words.Where(w => w.Page == page).ToList();
            var lines = ToLines(pageWords, pageWidths[page]);
            var scored = pageWords.Where(w => !double.IsNaN(w.Confidence)).ToList();
            return (page + firstPage - 1, lines, scored.Count == 0 ? 0 : scored.Average(w => w.Confidence));
        }).ToList();
    }

    private static IReadOnlyList<TextLine> ToLines(List<Word> words, int pageWidth)
    {
        // Tesseract's own lines first, then lines side by side (label | value) merged into rows.
        var rows = new List<Row>();
        foreach (var segment in words.GroupBy(w => w.LineKey).Select(g => g.OrderBy(w => w.Left).ToList()).OrderBy(s => s.Min(w => w.Top)))
        {
            var top = segment.Min(w => w.Top);
            var bottom = segment.Max(w => w.Top + w.Height);
            var left = segment.Min(w => w.Left);
            var right = segment.Max(w => w.Left + w.Width);
            var row = rows.FirstOrDefault(r =>
                Math.Min(r.Bottom, bottom) - Math.Max(r.Top, top) > 0.5 * Math.Min(r.Height, bottom - top)
                && r.Words.All(w => w.Left + w.Width <= left || w.Left >= right));
            if (row is null) rows.Add(row = new Row(segment[0]));
            else row.Words.Add(segment[0]);
            row.Words.AddRange(segment.Skip(1));
        }

        var ordered = rows.OrderBy(r => r.Top).ToList();
        var typicalHeight = ordered.Count == 0 ? 0 : ordered.Select(r => r.Height).Order().ElementAt(ordered.Count / 2);
        var lines = new List<TextLine>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var row = ordered[i];
            // A gap of more than a line's height is a paragraph break, which a text layer shows as a blank line.
            if (i > 0 && row.Top - ordered[i - 1].Bottom > typicalHeight) lines.Add(new TextLine(""));
            var scored = row.Words.Where(w => !double.IsNaN(w.Confidence)).ToList();
            lines.Add(new TextLine(
                RowText(row, typicalHeight),
                scored.Count == 0 ? null : Math.Round(scored.Average(w => w.Confidence), 3),
                Indent: pageWidth <= 0 ? null : Math.Round((double)row.Left / pageWidth, 3)));
        }
        return lines;
    }

    // A wide gap inside a row separates a label from its value; keep it visible as a run of spaces.
    private static string RowText(Row row, int typicalHeight)
    {
        var words = row.Words.OrderBy(w => w.Left).ToList();
        var text = new System.Text.StringBuilder(words[0].Text);
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].Left - (words[i - 1].Left + words[i - 1].Width);
            text.Append(gap > 2 * Math.Max(typicalHeight, 1) ? "    " : " ").Append(words[i].Text);
        }
        return text.ToString();
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
