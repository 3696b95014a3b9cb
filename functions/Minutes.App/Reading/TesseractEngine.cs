using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>Tesseract 5 with the Swedish model, through its command line (TSV output for per-word confidence).</summary>
public sealed class TesseractEngine(IOptions<OcrOptions> options) : IOcrEngine
{
    public string Name => "tesseract";

    public async Task<TextPage> ReadPageAsync(string imagePath, int pageNumber, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var result = await ProcessRunner.RunAsync(o.TesseractPath, [imagePath, "stdout", "-l", o.Languages, "--psm", "3", "tsv"], cancellationToken);
        if (result.ExitCode != 0)
            throw new DocumentRejectedException($"Tesseract could not read page {pageNumber}: {result.Error.Trim()}");
        return TesseractTsv.Parse(result.Output, pageNumber, Name);
    }
}
