using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Reads a born-digital PDF's text layer in-process with PdfPig: no native tool, so it runs where nothing can be
/// installed (Azure Flex Consumption). Each page's letters, with their positions, are laid out as lines of text.
/// </summary>
public sealed class TextLayerReader(IOptions<ReadingOptions> options)
{
    // Fewer letters than this on a page means no real text layer (a scan, or stray OCR-less glyphs): OCR it.
    private const int MinimumLetters = 20;

    /// <summary>
    /// Every page of the PDF; a page whose text layer is missing or near empty comes back as null, and is also among
    /// the blank pages when nothing at all is on it (<see cref="BlankPages"/>): no OCR needed.
    /// </summary>
    public TextLayer Read(UglyToad.PdfPig.PdfDocument document, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        var pages = new TextPage?[document.NumberOfPages];
        var blank = new SortedSet<int>();
        for (var number = 1; number <= pages.Length; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = PdfFile.Page(document, number);
            if (page.Letters.Sum(l => l.Value.Count(char.IsLetter)) < MinimumLetters)
            {
                if (BlankPages.IsBlank(page, limits)) blank.Add(number);
                continue;
            }
            var lines = new List<TextLine>();
            // Text running the page's main way first; a note set along the margin after it, as a paragraph of its own.
            foreach (var (glyphs, width) in PageGlyphs.Of(page))
            {
                if (lines.Count > 0) lines.Add(new TextLine(""));
                lines.AddRange(TextLayout.Lines(glyphs, width));
            }
            // Letters only at a slant (a diagonal watermark over a scan) are no text layer either.
            pages[number - 1] = lines.Count == 0 ? null : new TextPage(number, lines, "text");
        }
        return new TextLayer(pages, blank);
    }
}

/// <param name="Pages">Each page's text layer, null where it has none.</param>
/// <param name="BlankPages">The 1-based pages without a text layer that have nothing on them to OCR.</param>
public sealed record TextLayer(IReadOnlyList<TextPage?> Pages, IReadOnlySet<int> BlankPages);
