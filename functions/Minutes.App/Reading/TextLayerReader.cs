using System.Globalization;
using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>Reads a born-digital PDF's text layer with poppler's pdftotext, one page per form feed.</summary>
public sealed partial class TextLayerReader(IOptions<OcrOptions> options)
{
    // A fixed pitch makes pdftotext lay every page out on the same character grid, so leading spaces
    // convert back to a left edge in points and label columns stay apart ("Datum      Torsdagen den …").
    private const double PitchPoints = 4;

    // Fewer letters than this on a page means no real text layer (a scan, or stray OCR-less glyphs): OCR it.
    private const int MinimumLetters = 20;

    /// <summary>Every page of the PDF; a page whose text layer is missing or near empty comes back as null.</summary>
    public async Task<IReadOnlyList<TextPage?>> ReadAsync(string pdfPath, CancellationToken cancellationToken = default)
    {
        var info = await PdfInfo.ReadAsync(options.Value, pdfPath, cancellationToken);
        var text = await ExternalTool.RunCheckedAsync(options.Value.Poppler("pdftotext"),
            ["-fixed", PitchPoints.ToString(CultureInfo.InvariantCulture), "-enc", "UTF-8", pdfPath, "-"], cancellationToken);
        var chunks = text.Split('\f');
        var pages = new TextPage?[info.PageCount];
        for (var i = 0; i < info.PageCount; i++)
        {
            var chunk = i < chunks.Length ? chunks[i] : "";
            pages[i] = chunk.Count(char.IsLetter) < MinimumLetters
                ? null
                : new TextPage(i + 1, ToLines(chunk, info.PageWidth(i + 1)), "text");
        }
        return pages;
    }

    internal static IReadOnlyList<TextLine> ToLines(string page, double pageWidthPoints)
    {
        var lines = new List<TextLine>();
        foreach (var raw in page.Split('\n'))
        {
            var text = raw.TrimEnd();
            if (text.Length == 0)
            {
                // One blank line keeps paragraph breaks; runs of them say nothing more.
                if (lines.Count > 0 && lines[^1].Text.Length > 0) lines.Add(new TextLine(""));
                continue;
            }
            var leading = text.Length - text.TrimStart().Length;
            var indent = Math.Clamp(leading * PitchPoints / pageWidthPoints, 0, 1);
            lines.Add(new TextLine(Spread(text.Trim()), Indent: Math.Round(indent, 3)));
        }
        while (lines.Count > 0 && lines[^1].Text.Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    // Type larger than the grid's pitch (a 16-point title) comes out with every word apart ("Samverkan    i  en    ny");
    // that is one run of text, not columns, which show as one wide gap among single spaces.
    private static string Spread(string line)
    {
        var gaps = Gaps().Matches(line);
        return gaps.Count >= 3 && gaps.All(g => g.Length >= 2) ? Gaps().Replace(line, " ") : line;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@" +")]
    private static partial System.Text.RegularExpressions.Regex Gaps();
}
