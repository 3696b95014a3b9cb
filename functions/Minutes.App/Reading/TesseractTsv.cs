using System.Globalization;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Turns Tesseract's TSV (one row per word) into layout lines like a text layer's: Tesseract puts a label column
/// ("Datum") and its value in separate blocks, so lines of different blocks on the same row are joined again,
/// left to right, and a blank line marks a vertical gap (a new paragraph).
/// </summary>
public static class TesseractTsv
{
    private sealed record Word(int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, double Confidence, string Text);

    private sealed record Row(List<Word> Words)
    {
        public int Top => Words.Min(w => w.Top);
        public int Bottom => Words.Max(w => w.Top + w.Height);
        public int Left => Words.Min(w => w.Left);
    }

    public static TextPage Parse(string tsv, int pageNumber, string engine = "tesseract")
    {
        var words = new List<Word>();
        var pageWidth = 0;
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 12) continue;
            if (f[0] == "1") pageWidth = Int(f[8]);
            if (f[0] != "5" || string.IsNullOrWhiteSpace(f[11])) continue;
            words.Add(new Word(Int(f[2]), Int(f[3]), Int(f[4]), Int(f[6]), Int(f[7]), Int(f[8]), Int(f[9]),
                double.Parse(f[10], CultureInfo.InvariantCulture), f[11].Trim()));
        }
        if (words.Count == 0) return new TextPage(pageNumber, [], engine);

        // Tesseract's own lines first; they follow skew better than raw coordinates.
        var rows = words.GroupBy(w => (w.Block, w.Paragraph, w.Line)).Select(g => new Row(g.OrderBy(w => w.Left).ToList()))
            .OrderBy(r => r.Top).ToList();
        var merged = new List<Row>();
        foreach (var row in rows)
        {
            var same = merged.LastOrDefault(m => Overlap(m, row) > 0.5);
            if (same is not null) same.Words.AddRange(row.Words);
            else merged.Add(row);
        }

        var heights = merged.Select(r => r.Bottom - r.Top).Order().ToList();
        var lineHeight = heights[heights.Count / 2];
        var charWidth = Math.Max(1.0, words.Sum(w => w.Width) / (double)Math.Max(1, words.Sum(w => w.Text.Length)));
        var lines = new List<TextLine>();
        Row? previous = null;
        foreach (var row in merged.OrderBy(r => r.Top))
        {
            if (previous is not null && row.Top - previous.Bottom > 0.8 * lineHeight)
                lines.Add(new TextLine(""));
            lines.Add(new TextLine(Text(row, charWidth), row.Words.Average(w => w.Confidence) / 100.0, LineRole.Body,
                pageWidth > 0 ? (double)row.Left / pageWidth : null));
            previous = row;
        }
        return new TextPage(pageNumber, lines, engine);
    }

    // A wide gap between words is a column break: keep it visible as several spaces, as pdftotext -layout does.
    private static string Text(Row row, double charWidth)
    {
        var ordered = row.Words.OrderBy(w => w.Left).ToList();
        var text = new System.Text.StringBuilder(ordered[0].Text);
        for (var i = 1; i < ordered.Count; i++)
        {
            var gap = ordered[i].Left - (ordered[i - 1].Left + ordered[i - 1].Width);
            text.Append(gap > 3 * charWidth ? "    " : " ").Append(ordered[i].Text);
        }
        return text.ToString();
    }

    private static double Overlap(Row a, Row b)
    {
        var shared = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        return shared <= 0 ? 0 : shared / (double)Math.Min(a.Bottom - a.Top, b.Bottom - b.Top);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
