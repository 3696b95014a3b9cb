using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Turns an upload into cleaned pages of lines: a PDF's text layer where it has one, OCR for scanned pages and images.
/// </summary>
public sealed class DocumentReader(
    TextLayerReader textLayer,
    IEnumerable<IOcrEngine> ocrEngines,
    IOptions<OcrOptions> ocrOptions,
    IOptions<DocumentIntelligenceOptions> docIntOptions,
    IOptions<ReadingOptions> limits,
    ILogger<DocumentReader> logger)
{
    private readonly IReadOnlyList<IOcrEngine> engines = ocrEngines.ToList();

    public async Task<DocumentText> ReadAsync(string path, ReadEngine engine = ReadEngine.Auto,
        CancellationToken cancellationToken = default)
    {
        var kind = await DocumentSniffer.SniffAsync(path, cancellationToken);
        // An image's size and page count come from its header, before any engine decodes it.
        if (kind != DocumentKind.Pdf) ImageHeaders.Check(path, kind, limits.Value);
        // A PDF is read from the file and parsed once, here; the text layer and the OCR engine share it.
        using var pdf = kind == DocumentKind.Pdf ? await PdfFile.OpenAsync(path, limits.Value, cancellationToken) : null;
        var source = new OcrSource(path, kind, null, pdf);
        var pages = pdf is not null && engine is ReadEngine.Auto or ReadEngine.Text
            ? await ReadPdfTextFirstAsync(source, engine, cancellationToken)
            : await ReadWithOcrAsync(source, engine, cancellationToken);

        if (engine == ReadEngine.Text && kind != DocumentKind.Pdf)
            throw new DocumentRejectedException("An image has no text layer; read it with an OCR engine.");
        if (!pages.Any(p => p.Lines.Any(l => l.Text.Any(char.IsLetter))))
            throw new DocumentRejectedException("Nothing readable: no text was found on any page.");

        var text = PageCleaner.Clean(new DocumentText(pages));
        logger.LogInformation("Read {PageCount} pages of {Path} ({Kind}) with {Engine}", text.Pages.Count, path, kind, text.Engine);
        return text;
    }

    private async Task<IReadOnlyList<TextPage>> ReadPdfTextFirstAsync(OcrSource source, ReadEngine engine, CancellationToken cancellationToken)
    {
        var path = source.Path;
        var (layer, blank) = textLayer.Read(source.Pdf!, cancellationToken);
        var missing = Enumerable.Range(1, layer.Count).Where(n => layer[n - 1] is null && !blank.Contains(n)).ToList();
        if (blank.Count > 0)
            logger.LogInformation("Pages {Pages} of {Path} are blank; not reading them", string.Join(",", blank), path);
        if (missing.Count == 0) return layer.Select((p, i) => p ?? new TextPage(i + 1, [], "text")).ToList();
        if (engine == ReadEngine.Text)
        {
            if (missing.Count == layer.Count)
                throw new DocumentRejectedException("The PDF has no text layer (a scan?); read it with an OCR engine.");
            return layer.Select((p, i) => p ?? new TextPage(i + 1, [], "text")).ToList();
        }

        // Digital minutes with scanned attachments: only the pages without text go to OCR.
        var ocr = ConfiguredOcr();
        logger.LogInformation("Pages {Pages} of {Path} have no text layer; reading them with {Engine}",
            string.Join(",", missing), path, ocr.Name);
        var read = (await ocr.ReadAsync(source with { Pages = missing }, cancellationToken)).ToDictionary(p => p.Number);
        return layer.Select((p, i) => p ?? read.GetValueOrDefault(i + 1) ?? new TextPage(i + 1, [], ocr.Name)).ToList();
    }

    private async Task<IReadOnlyList<TextPage>> ReadWithOcrAsync(OcrSource source, ReadEngine engine, CancellationToken cancellationToken)
    {
        var ocr = engine switch
        {
            ReadEngine.Tesseract => Engine("tesseract"),
            ReadEngine.DocInt => Engine("docint"),
            _ => ConfiguredOcr(),
        };
        return await ocr.ReadAsync(source, cancellationToken);
    }

    /// <summary>Ocr:Engine, where auto means Document Intelligence when its endpoint is set, else Tesseract.</summary>
    private IOcrEngine ConfiguredOcr() => ocrOptions.Value.Engine switch
    {
        "tesseract" => Engine("tesseract"),
        "docint" => Engine("docint"),
        _ => Engine(docIntOptions.Value.IsConfigured ? "docint" : "tesseract"),
    };

    private IOcrEngine Engine(string name) =>
        engines.FirstOrDefault(e => e.Name == name)
        ?? throw new InvalidOperationException($"OCR engine '{name}' is not available in this build");
}
