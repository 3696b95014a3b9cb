using System.Text;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Lays a page's glyphs out as lines of text the way the parser reads them (what `pdftotext -fixed 4` gave): one line
/// per visual line, its left edge as the indent, single spaces between words, a run of spaces where a column starts
/// (a label and its value: "Datum      Torsdagen den …"), and a blank line where a paragraph ends.
/// </summary>
internal static class TextLayout
{
    // The grid a wide gap is measured on: 4 points, some 150 columns across A4, the columns the parser counts indents in.
    private const double PitchPoints = 4;

    // Glyphs whose baselines are this close (in ems) are one line: superscripts and a column set a point lower stay on it.
    private const double SameLine = 0.4;

    // A gap under this (in ems) without a space glyph is kerning, inside a word.
    private const double WordGap = 0.15;

    // A gap with no space glyph in it starts a column when it is this wide (in ems) and this many times the page's
    // usual word space: text set in separate pieces, as a label and its value are. One space glyph, stretched in a
    // justified line, needs a wider gap; two or more typed spaces (or a tab set as spaces) are a column already.
    private const double ColumnGap = 0.5;
    private const double ColumnGapInSpaces = 1.8;
    private const double StretchedSpace = 1.0;
    private const double StretchedSpaceInSpaces = 3;

    // Baselines further apart than this (in ems of the larger type, and in times the page's usual line pitch) leave
    // room for a blank line between them: the end of a paragraph.
    private const double ParagraphGap = 1.45;
    private const double ParagraphGapInLines = 1.25;

    private sealed record Word(string Text, double X, double End, double Size, int SpacesBefore);

    private sealed record Line(List<Word> Words, double Baseline, double Size);

    public static IReadOnlyList<TextLine> Lines(IReadOnlyList<Glyph> glyphs, double pageWidth)
    {
        var lines = VisualLines(glyphs);
        var wordSpace = TypicalWordSpace(lines);
        var pitch = TypicalPitch(lines);
        var text = new List<TextLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > 0)
            {
                var previous = lines[i - 1];
                var step = line.Baseline - previous.Baseline;
                if (step > ParagraphGap * Math.Max(line.Size, previous.Size) && step > ParagraphGapInLines * pitch)
                    text.Add(new TextLine(""));
            }
            var left = line.Words[0].X;
            text.Add(new TextLine(Text(line, wordSpace), Indent: Math.Round(Math.Clamp(left / pageWidth, 0, 1), 3)));
        }
        return text;
    }

    // Glyphs sorted top to bottom, cut into lines where the baseline moves on, each line's glyphs left to right.
    private static List<Line> VisualLines(IReadOnlyList<Glyph> glyphs)
    {
        var rows = new List<List<Glyph>>();
        foreach (var glyph in glyphs.OrderBy(g => g.Baseline).ThenBy(g => g.X))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is null || glyph.Baseline - row[0].Baseline > SameLine * Math.Max(glyph.Size, row[0].Size)) rows.Add(row = []);
            row.Add(glyph);
        }
        return rows.Select(r => r.OrderBy(g => g.X).ToList())
            .Select(r => Words(r) is { Count: > 0 } words
                ? new Line(words, r.Where(g => !g.IsSpace).Min(g => g.Baseline), r.Where(g => !g.IsSpace).Max(g => g.Size))
                : null)
            .OfType<Line>()
            .ToList();
    }

    private static List<Word> Words(List<Glyph> row)
    {
        var words = new List<Word>();
        StringBuilder? current = null;
        double x = 0, end = 0, size = 0;
        var spacesBefore = 0;
        var spaces = 0;
        Glyph? last = null;
        foreach (var glyph in row)
        {
            // Bold set by printing each glyph twice, a hair apart, spaces too: the second print is no letter or space of its own.
            if (last is not null && last.Text == glyph.Text && Math.Abs(glyph.X - last.X) < 0.3 * (last.End - last.X + 0.1)) continue;
            last = glyph;
            if (glyph.IsSpace)
            {
                spaces++;
                continue;
            }
            if (current is not null && (spaces > 0 || glyph.X - end > WordGap * glyph.Size))
            {
                words.Add(new Word(current.ToString(), x, end, size, spacesBefore));
                current = null;
            }
            if (current is null)
            {
                current = new StringBuilder();
                (x, end, size, spacesBefore) = (glyph.X, glyph.End, glyph.Size, spaces);
            }
            current.Append(glyph.Text);
            (end, size) = (Math.Max(end, glyph.End), Math.Max(size, glyph.Size));
            spaces = 0;
        }
        if (current is not null) words.Add(new Word(current.ToString(), x, end, size, spacesBefore));
        return words;
    }

    private static string Text(Line line, double wordSpace)
    {
        var column = (int)Math.Round(line.Words[0].X / PitchPoints);
        var text = new StringBuilder(line.Words[0].Text);
        for (var i = 1; i < line.Words.Count; i++)
        {
            var word = line.Words[i];
            var gap = word.X - line.Words[i - 1].End;
            var wide = word.SpacesBefore switch
            {
                0 => gap > ColumnGap * word.Size && gap > ColumnGapInSpaces * wordSpace,
                1 => gap > StretchedSpace * word.Size && gap > StretchedSpaceInSpaces * wordSpace,
                _ => true,
            };
            // A column starts where the grid puts it, so the columns of a table line up from row to row.
            var spaces = wide ? Math.Max(2, (int)Math.Round(word.X / PitchPoints) - column - text.Length) : 1;
            text.Append(' ', spaces).Append(word.Text);
        }
        return text.ToString();
    }

    // The usual gap between words on this page, in points: what a space looks like here.
    private static double TypicalWordSpace(List<Line> lines)
    {
        var gaps = lines.SelectMany(l => l.Words.Zip(l.Words.Skip(1), (a, b) => b.X - a.End)).Where(g => g > 0).Order().ToList();
        return gaps.Count == 0 ? 0 : gaps[gaps.Count / 2];
    }

    // The distance between the baselines of consecutive lines of one paragraph, in points. A low quantile, not the
    // median: on a page of short paragraphs most steps are paragraph breaks.
    private static double TypicalPitch(List<Line> lines)
    {
        var steps = lines.Zip(lines.Skip(1), (a, b) => b.Baseline - a.Baseline).Where(s => s > 0).Order().ToList();
        return steps.Count == 0 ? 0 : steps[steps.Count / 4];
    }
}
