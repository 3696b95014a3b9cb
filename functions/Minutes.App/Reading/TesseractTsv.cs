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
        public int Right => Words.Max(w => w.Left + w.Width);
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
            var lines = ToLines(pageWords, pageWidths[page], frontSheet: page + firstPage - 1 == 1);
            var scored = pageWords.Where(w => !double.IsNaN(w.Confidence)).ToList();
            return (page + firstPage - 1, lines, scored.Count == 0 ? 0 : scored.Average(w => w.Confidence));
        }).ToList();
    }

    private static IReadOnlyList<TextLine> ToLines(List<Word> words, int pageWidth, bool frontSheet)
    {
        var rows = words.GroupBy(w => w.LineKey).Select(g =>
        {
            var row = new Row(g.First());
            row.Words.AddRange(g.Skip(1));
            return row;
        }).ToList();

        var typicalHeight = rows.Count == 0 ? 0 : rows.Select(r => r.Height).Order().ElementAt(rows.Count / 2);
        var wordSpace = Median(rows.SelectMany(r => Gaps(r.Words)).Where(g => g > 0).ToList());
        var slope = Skew(rows);
        var lines = new List<TextLine>();
        var visual = (frontSheet || TableReadByColumns(rows, typicalHeight, slope)) && ReadLeftToRight(rows)
            ? VisualLines(rows, typicalHeight, slope) : rows.Select(r => new List<Row> { r }).ToList();
        for (var i = 0; i < visual.Count; i++)
        {
            var line = visual[i];
            // A gap of half a line or more is a paragraph break (lines of one paragraph nearly touch), which a text
            // layer shows as a blank line.
            if (i > 0 && Top(line, slope) - Bottom(visual[i - 1], slope) > typicalHeight / 2) lines.Add(new TextLine(""));
            var scored = line.SelectMany(r => r.Words).Where(w => !double.IsNaN(w.Confidence)).ToList();
            lines.Add(new TextLine(
                LineText(line, typicalHeight, wordSpace),
                scored.Count == 0 ? null : Math.Round(scored.Average(w => w.Confidence), 3),
                Indent: pageWidth <= 0 ? null : Math.Round((double)line.Min(r => r.Left) / pageWidth, 3)));
        }
        return lines;
    }

    // Tesseract reads a page block by block: a front sheet's column of labels ("Plats och tid", "Beslutande") comes out
    // before the column of their values. A text layer, and the document as written, read line by line across the page,
    // so on the first page rows Tesseract found side by side at one height are one line again, left to right. Later
    // pages keep Tesseract's order (there columns side by side are more often lists read one after the other, three
    // lists of names, as their source has them), but for a table read column by column (TableReadByColumns).
    private static List<List<Row>> VisualLines(List<Row> rows, int typicalHeight, double slope)
    {
        // Each row's middle once: the rows are compared with every line found so far.
        var middle = rows.ToDictionary(r => r, r => Middle(r, slope));
        var lines = new List<List<Row>>();
        foreach (var row in rows.OrderBy(r => middle[r]))
        {
            var beside = lines.LastOrDefault(l => Math.Abs(middle[l[0]] - middle[row]) < typicalHeight / 2.0 && l.All(r => Apart(r, row)));
            if (beside is null) lines.Add([row]);
            else
            {
                beside.Add(row);
                beside.Sort((a, b) => a.Left.CompareTo(b.Left));
            }
        }
        return lines;
    }

    // A later page's action table that Tesseract read column by column ("Punkt | Åtgärd" as one block, "Ansvarig    Klart"
    // as another, the cells of each under it): its caption row stands in blocks side by side, and the page is read
    // across again, row by row, as the table is.
    // Only where Tesseract read the caption of the items' or the times' column too: without it the rows' numbers and times
    // would stand in no column of their own, and read one column after another they are still found.
    private static bool TableReadByColumns(List<Row> rows, int typicalHeight, double slope)
    {
        var captions = rows.Where(r => r.Words.Any(w => TableCaptions.Contains(Caption(w)))).ToList();
        return captions.Any(a => captions.Any(b => Block(a) != Block(b) && Apart(a, b)
                                                   && Math.Abs(Middle(a, slope) - Middle(b, slope)) < typicalHeight / 2.0
                                                   && a.Words.Concat(b.Words).Any(w => KeyCaptions.Contains(Caption(w)))));
    }

    private static string Caption(Word word) => word.Text.Trim('|', ':');

    private static readonly HashSet<string> TableCaptions =
        new(["Punkt", "Nr", "Åtgärd", "Vad", "Vem", "När", "Ansvarig", "Klart", "Status", "Deadline"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> KeyCaptions = new(["Punkt", "Nr", "När", "Klart", "Deadline"], StringComparer.OrdinalIgnoreCase);

    private static string Block(Row row) => row.Words[0].LineKey.Split('.')[0];

    // On a page Tesseract turned upright (psm 1) its boxes stay in the scan's coordinates, where left to right is no
    // reading order: there its own order stands.
    private static bool ReadLeftToRight(List<Row> rows)
    {
        var several = rows.Where(r => r.Words.Count > 1).ToList();
        return several.Count == 0 || several.Count(r => Gaps(r.Words).All(g => g > -r.Height)) >= 0.9 * several.Count;
    }

    private static bool Apart(Row a, Row b) => a.Right <= b.Left || b.Right <= a.Left;

    // A scan is a little turned: a row's words climb or fall across the page. The slope is the median over the rows
    // long enough to measure it, so "the same height" is measured along the page's own lines.
    private static double Skew(List<Row> rows)
    {
        var slopes = rows.Where(r => r.Words.Count >= 4 && r.Right - r.Left > 300).Select(r =>
        {
            var xs = r.Words.Select(w => w.Left + w.Width / 2.0).ToList();
            var ys = r.Words.Select(w => w.Top + w.Height / 2.0).ToList();
            var (mx, my) = (xs.Average(), ys.Average());
            var sxx = xs.Sum(x => (x - mx) * (x - mx));
            return sxx == 0 ? 0 : xs.Zip(ys, (x, y) => (x - mx) * (y - my)).Sum() / sxx;
        }).Order().ToList();
        return slopes.Count == 0 ? 0 : slopes[slopes.Count / 2];
    }

    private static double Middle(Row row, double slope) =>
        row.Words.Average(w => w.Top + w.Height / 2.0 - slope * (w.Left + w.Width / 2.0));

    private static double Top(List<Row> line, double slope) => line.Min(r => r.Words.Min(w => w.Top - slope * (w.Left + w.Width / 2.0)));

    private static double Bottom(List<Row> line, double slope) =>
        line.Max(r => r.Words.Max(w => w.Top + w.Height - slope * (w.Left + w.Width / 2.0)));

    // Rows set side by side are columns: a run of spaces between them, as between a label and its value.
    private static string LineText(List<Row> line, int typicalHeight, int wordSpace)
    {
        var text = new System.Text.StringBuilder(RowText(line[0], typicalHeight, wordSpace));
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].Left - line[i - 1].Right;
            text.Append(gap > ColumnGapInLines * typicalHeight || gap > ColumnGapInSpaces * wordSpace ? "    " : " ")
                .Append(RowText(line[i], typicalHeight, wordSpace));
        }
        return text.ToString();
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
