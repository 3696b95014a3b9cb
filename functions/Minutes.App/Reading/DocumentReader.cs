using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Any accepted upload to pages of lines: a PDF's text layer where it has one, OCR for the pages that do not
/// (digital minutes with scanned attachments happen) and for images.
/// </summary>
public sealed partial class DocumentReader(IEnumerable<IOcrEngine> engines, IOptions<OcrOptions> options,
    IOptions<DocumentIntelligenceOptions> docInt, ILogger<DocumentReader> logger)
{
    // Fewer letters than this on a page means no real text layer (stray marks, a page number).
    private const int MinLettersForTextLayer = 20;

    public async Task<DocumentText> ReadAsync(string path, ReadEngine engine = ReadEngine.Auto, CancellationToken cancellationToken = default)
    {
        var kind = await DocumentSniffer.SniffAsync(path, cancellationToken);
        var ocr = engine == ReadEngine.Text ? null : PickEngine(engine);
        var pages = kind == DocumentKind.Pdf
            ? await ReadPdfAsync(path, engine, ocr, cancellationToken)
            : await Require(ocr, kind).ReadAsync(path, kind, null, cancellationToken);
        var text = PageCleaner.Clean(new DocumentText(pages));
        if (!text.Pages.SelectMany(p => p.Lines).Any(l => Letters().IsMatch(l.Text)))
            throw new DocumentRejectedException("Nothing readable was found in the document (an empty or blank scan?).");
        return text;
    }

    private async Task<IReadOnlyList<TextPage>> ReadPdfAsync(string path, ReadEngine engine, IOcrEngine? ocr, CancellationToken cancellationToken)
    {
        var layer = await PdfTextLayer.ReadAsync(path, cancellationToken);
        var pages = layer.ToArray();
        var needOcr = engine is ReadEngine.Tesseract or ReadEngine.DocInt
            ? pages.Select(p => p.Number).ToList()
            : pages.Where(p => p.Lines.Sum(l => l.Text.Count(char.IsLetter)) < MinLettersForTextLayer).Select(p => p.Number).ToList();
        if (needOcr.Count == 0) return pages;
        if (ocr is null && needOcr.Count == pages.Length)
            throw new DocumentRejectedException("The PDF has no text layer; read it with an OCR engine (auto or tesseract).");
        if (ocr is null)
        {
            logger.LogWarning("{PageCount} pages have no text layer and OCR was not asked for", needOcr.Count);
            return pages;
        }
        foreach (var page in await ocr.ReadAsync(path, DocumentKind.Pdf, needOcr, cancellationToken))
            pages[page.Number - 1] = page;
        return pages;
    }

    private IOcrEngine? PickEngine(ReadEngine engine)
    {
        var name = engine switch
        {
            ReadEngine.Tesseract => "tesseract",
            ReadEngine.DocInt => "docint",
            _ => options.Value.Engine.ToLowerInvariant() is "auto"
                ? (docInt.Value.IsConfigured ? "docint" : "tesseract")
                : options.Value.Engine.ToLowerInvariant(),
        };
        return engines.FirstOrDefault(e => e.Name == name)
            ?? throw new InvalidOperationException($"The OCR engine '{name}' is not configured.");
    }

    private static IOcrEngine Require(IOcrEngine? ocr, DocumentKind kind) =>
        ocr ?? throw new DocumentRejectedException($"A {kind} image has no text layer; read it with an OCR engine.");

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Letters();
}
