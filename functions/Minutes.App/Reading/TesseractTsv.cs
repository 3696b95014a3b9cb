using System.Globalization;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Turns Tesseract's TSV (one row per page, block, paragraph, line and word, with boxes and word confidences)
/// into lines with their confidence and left indent.
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
        // Tesseract's own lines in its reading order: it keeps a table's columns apart (column by column, as the
        // source reads), while a label and its value ("Datum    Torsdagen …") come out as one line with a wide gap.
        var rows = words.GroupBy(w => w.LineKey).Select(g =>
        {
            var row = new Row(g.First());
            row.Words.AddRange(g.Skip(1));
            return row;
        }).ToList();

        var ordered = rows;
        var typicalHeight = ordered.Count == 0 ? 0 : ordered.Select(r => r.Height).Order().ElementAt(ordered.Count / 2);
        var wordSpace = Median(ordered.SelectMany(r => Gaps(r.Words)).Where(g => g > 0).ToList());
        var lines = new List<TextLine>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var row = ordered[i];
            // A gap of half a line or more is a paragraph break (lines of one paragraph nearly touch), which a text
            // layer shows as a blank line.
            if (i > 0 && row.Top - ordered[i - 1].Bottom > typicalHeight / 2) lines.Add(new TextLine(""));
            var scored = row.Words.Where(w => !double.IsNaN(w.Confidence)).ToList();
            lines.Add(new TextLine(
                RowText(row, typicalHeight, wordSpace),
                scored.Count == 0 ? null : Math.Round(scored.Average(w => w.Confidence), 3),
                Indent: pageWidth <= 0 ? null : Math.Round((double)row.Left / pageWidth, 3)));
        }
        return lines;
    }

    // A wide gap inside a row separates a label from its value, or one table cell from the next; keep it visible as
    // a run of spaces, as the text layer of a born-digital copy shows it. Two line heights is a gap on any page. A
    // narrower one (a cell after a long name, on a 150 dpi scan under one line height) counts when it is well over the
    // page's ordinary space and over the row's own: a justified line stretches all its spaces alike.
    private static string RowText(Row row, int typicalHeight, int wordSpace)
    {
        // Tesseract's word order, not left to right: on a page it turned upright (psm 1) the boxes stay in the
        // scan's own coordinates, where left to right is not the reading order.
        var words = row.Words;
        var gaps = Gaps(words);
        var first = Bullet(words[0].Text, words.Count);
        var text = new System.Text.StringBuilder(first);
        for (var i = 1; i < words.Count; i++)
        {
            var gap = gaps[i - 1]; // negative on a turned page: one space
            var others = gaps.Where((_, j) => j != i - 1).ToList();
            var column = gap > 2 * Math.Max(typicalHeight, 1)
                || (gap > ColumnGapInLines * typicalHeight && gap > ColumnGapInSpaces * wordSpace
                    && (others.Count < 3 || gap > ColumnGapInSpaces * Median(others))
                    && !(i == 1 && first == "•"));
            text.Append(column ? "    " : " ").Append(words[i].Text);
        }
        return text.ToString();
    }

    private const double ColumnGapInLines = 0.8;
    private const double ColumnGapInSpaces = 2.5;

    private static List<int> Gaps(List<Word> words) =>
        words.Zip(words.Skip(1), (a, b) => b.Left - (a.Left + a.Width)).ToList();

    private static int Median(List<int> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    // Tesseract reads a list bullet as whichever glyph it resembles ("»", "«", "+", "*", "e"); a lone mark opening
    // a line of words is a bullet, and the text layer's own bullet is what the parser sees elsewhere.
    private static string Bullet(string first, int wordCount)
    {
        if (wordCount > 1 && first.Length == 1 && "»«+*·•●○▪■".Contains(first[0])) return "•";
        if (first.Length > 2 && "»«•".Contains(first[0]) && char.IsUpper(first[1]) && !first.Contains('»', StringComparison.Ordinal))
            return "• " + first[1..];
        return first;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
