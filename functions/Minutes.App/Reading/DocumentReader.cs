using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Any accepted upload to pages of lines: a PDF's text layer where it has one, OCR for the pages that do not
/// (digital minutes with scanned attachments happen) and for images.
/// </summary>
public sealed partial class DocumentReader(IEnumerable<IOcrEngine> engines, IOptions<OcrOptions> options, ILogger<DocumentReader> logger)
{
    // Fewer letters than this on a page means no real text layer (stray marks, a page number).
    private const int MinLettersForTextLayer = 20;

    public async Task<DocumentText> ReadAsync(string path, ReadEngine engine = ReadEngine.Auto, CancellationToken cancellationToken = default)
    {
        var kind = await DocumentSniffer.SniffAsync(path, cancellationToken);
        var ocr = engine == ReadEngine.Text ? null : PickEngine(engine);
        var work = Directory.CreateTempSubdirectory("minutes-read-");
        try
        {
            var pages = kind == DocumentKind.Pdf
                ? await ReadPdfAsync(path, engine, ocr, work.FullName, cancellationToken)
                : await ReadImageAsync(path, kind, Require(ocr, kind), work.FullName, cancellationToken);
            var text = PageCleaner.Clean(new DocumentText(pages));
            if (!text.Pages.SelectMany(p => p.Lines).Any(l => Letters().IsMatch(l.Text)))
                throw new DocumentRejectedException("No text could be read from the document (an empty or blank scan?).");
            return text;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<IReadOnlyList<TextPage>> ReadPdfAsync(string path, ReadEngine engine, IOcrEngine? ocr, string work, CancellationToken cancellationToken)
    {
        var layer = await PdfTextLayer.ReadAsync(path, cancellationToken);
        var pages = layer.ToArray();
        var needOcr = engine is ReadEngine.Tesseract or ReadEngine.DocInt
            ? pages.Select(p => p.Number).ToList()
            : pages.Where(p => p.Lines.Sum(l => l.Text.Count(char.IsLetter)) < MinLettersForTextLayer).Select(p => p.Number).ToList();
        if (needOcr.Count == 0) return pages;
        if (ocr is null)
        {
            logger.LogWarning("{PageCount} pages have no text layer and OCR was not asked for", needOcr.Count);
            return pages;
        }
        await Parallel.ForEachAsync(needOcr, Parallelism(cancellationToken), async (number, ct) =>
        {
            var image = await PdfPageImage.ExtractAsync(path, number, work, ct);
            pages[number - 1] = await ocr.ReadPageAsync(image, number, ct);
        });
        return pages;
    }

    private async Task<IReadOnlyList<TextPage>> ReadImageAsync(string path, DocumentKind kind, IOcrEngine ocr, string work, CancellationToken cancellationToken)
    {
        var images = kind == DocumentKind.Tiff ? await TiffPages.SplitAsync(path, work, cancellationToken) : [path];
        var pages = new TextPage[images.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, images.Count), Parallelism(cancellationToken), async (i, ct) =>
            pages[i] = await ocr.ReadPageAsync(images[i], i + 1, ct));
        return pages;
    }

    private IOcrEngine? PickEngine(ReadEngine engine)
    {
        var name = engine switch
        {
            ReadEngine.Tesseract => "tesseract",
            ReadEngine.DocInt => "docint",
            _ => options.Value.Engine.ToLowerInvariant() is "auto"
                ? (engines.Any(e => e.Name == "docint") ? "docint" : "tesseract")
                : options.Value.Engine.ToLowerInvariant(),
        };
        return engines.FirstOrDefault(e => e.Name == name)
            ?? throw new InvalidOperationException($"The OCR engine '{name}' is not configured.");
    }

    private static IOcrEngine Require(IOcrEngine? ocr, DocumentKind kind) =>
        ocr ?? throw new DocumentRejectedException($"A {kind} image has no text layer; read it with an OCR engine.");

    private ParallelOptions Parallelism(CancellationToken cancellationToken) => new()
    {
        MaxDegreeOfParallelism = options.Value.Parallelism > 0 ? options.Value.Parallelism : Environment.ProcessorCount,
        CancellationToken = cancellationToken,
    };

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Letters();
}
