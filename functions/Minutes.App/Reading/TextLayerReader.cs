using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Reads a born-digital PDF's text layer in-process with PdfPig: no native tool, so it runs where nothing can be
/// installed (Azure Flex Consumption). Each page's letters, with their positions, are laid out as lines of text.
/// </summary>
public sealed class TextLayerReader
{
    // Fewer letters than this on a page means no real text layer (a scan, or stray OCR-less glyphs): OCR it.
    private const int MinimumLetters = 20;

    /// <summary>Every page of the PDF; a page whose text layer is missing or near empty comes back as null.</summary>
    public async Task<IReadOnlyList<TextPage?>> ReadAsync(string pdfPath, CancellationToken cancellationToken = default)
    {
        using var document = await PdfFile.OpenAsync(pdfPath, cancellationToken);
        var pages = new TextPage?[document.NumberOfPages];
        for (var number = 1; number <= pages.Length; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = PdfFile.Page(document, number);
            if (page.Letters.Sum(l => l.Value.Count(char.IsLetter)) < MinimumLetters) continue;
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
        return pages;
    }
}
