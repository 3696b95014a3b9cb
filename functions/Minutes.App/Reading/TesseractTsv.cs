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

        var typicalHeight = rows.Count == 0 ? 0 : rows.Select(r => r.Height).Order().ElementAt(rows.Count / 2);
        var ordered = SideBySide(rows, typicalHeight);
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

    /// <summary>
    /// A table whose columns Tesseract took for blocks of their own comes out column by column, every "Vad" before the
    /// first "Vem"; a text layer reads it row by row, and so does the parser. Lines of other blocks that stand beside a
    /// line at its height, the page's skew allowed for, join it as one row, in the place of its leftmost part (Tesseract
    /// may read a table's right-hand columns before the text above it).
    /// </summary>
    private static List<Row> SideBySide(List<Row> rows, int typicalHeight)
    {
        var slope = Skew(rows);
        var taken = new bool[rows.Count];
        var placed = new double[rows.Count];
        var result = new List<(double At, Row Row)>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (taken[i]) continue;
            var parts = new List<Row> { rows[i] };
            // Only rows read left to right: on a page Tesseract turned upright the boxes are in the scan's coordinates.
            if (LeftToRight(rows[i]))
                foreach (var block in Enumerable.Range(i + 1, rows.Count - i - 1).Where(j => !taken[j] && Block(rows[j]) != Block(rows[i]) && LeftToRight(rows[j]))
                             .GroupBy(j => Block(rows[j])))
                {
                    var best = block.Select(j => (j, Off: Offset(rows[i], rows[j], slope))).MinBy(c => c.Off);
                    if (best.Off < 0.4 * typicalHeight && parts.All(p => Apart(p, rows[best.j])))
                    {
                        parts.Add(rows[best.j]);
                        taken[best.j] = true;
                    }
                }
            var leftmost = parts.MinBy(p => p.Left)!;
            var row = new Row(leftmost.Words[0]);
            row.Words.Clear();
            row.Words.AddRange(parts.OrderBy(p => p.Left).SelectMany(p => p.Words));
            // A line left alone goes on after the line above it in its block ("Region Värmland    Camilla Sundkvist" over
            // "Fredrik Ohlsson"), wherever that one was placed.
            var at = parts.Count == 1 && i > 0 && Block(rows[i - 1]) == Block(rows[i]) ? placed[i - 1] + 1e-3 : rows.IndexOf(leftmost);
            foreach (var part in parts) placed[rows.IndexOf(part)] = at;
            result.Add((at, row));
        }
        return result.OrderBy(r => r.At).Select(r => r.Row).ToList();
    }

    private static string Block(Row row) => row.Words[0].LineKey[..row.Words[0].LineKey.IndexOf('.')];

    /// <summary>
    /// How far apart two rows stand in height where they meet, at the facing words (a long skewed row's box is taller
    /// than its words), with the skew over the distance between those words taken out.
    /// </summary>
    private static double Offset(Row a, Row b, double slope)
    {
        var (left, right) = a.Left <= b.Left ? (a.Words[^1], b.Words[0]) : (b.Words[^1], a.Words[0]);
        return Math.Abs(Centre(right) - Centre(left) - slope * (right.Left - left.Left));
    }

    private static double Centre(Word word) => word.Top + word.Height / 2.0;

    // Boxes of neighbouring words may overlap a little ("i" inside "tillägget"'s box); a turned page's run backwards.
    private static bool LeftToRight(Row row) => Gaps(row.Words).All(g => g > -row.Height);

    private static bool Apart(Row a, Row b) => a.Left + Width(a) <= b.Left || b.Left + Width(b) <= a.Left;

    private static int Width(Row row) => row.Words.Max(w => w.Left + w.Width) - row.Left;

    /// <summary>The page's skew, in pixels down per pixel right: the median over long rows of their words' drift.</summary>
    private static double Skew(List<Row> rows)
    {
        var slopes = rows.Where(r => r.Words.Count >= 4 && r.Words[^1].Left - r.Words[0].Left > 10 * Math.Max(1, r.Words[0].Height) && LeftToRight(r))
            .Select(r => ((double)(r.Words[^1].Top + r.Words[^1].Height / 2) - (r.Words[0].Top + r.Words[0].Height / 2))
                         / (r.Words[^1].Left - r.Words[0].Left))
            .Order().ToList();
        return slopes.Count == 0 ? 0 : slopes[slopes.Count / 2];
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
