using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Tesseract 5 with the Swedish model, through its command line (TSV for per-word confidence and boxes), one page
/// image at a time, pages in parallel up to the core count.
/// </summary>
public sealed class TesseractEngine(IOptions<OcrOptions> options) : IOcrEngine
{
    public string Name => "tesseract";

    public async Task<IReadOnlyList<TextPage>> ReadAsync(string path, DocumentKind kind, IReadOnlyList<int>? pages,
        CancellationToken cancellationToken = default)
    {
        var work = Directory.CreateTempSubdirectory("minutes-ocr-");
        try
        {
            IReadOnlyList<(int Number, Func<Task<string>> Image)> jobs = kind switch
            {
                DocumentKind.Pdf => (pages ?? throw new ArgumentNullException(nameof(pages), "Name the PDF pages to read."))
                    .Select(n => (n, (Func<Task<string>>)(() => PdfPageImage.ExtractAsync(path, n, work.FullName, cancellationToken)))).ToList(),
                DocumentKind.Tiff => (await TiffPages.SplitAsync(path, work.FullName, cancellationToken))
                    .Select((image, i) => (i + 1, (Func<Task<string>>)(() => Task.FromResult(image)))).ToList(),
                _ => [(1, () => Task.FromResult(path))],
            };
            var read = new TextPage[jobs.Count];
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = options.Value.Parallelism > 0 ? options.Value.Parallelism : Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            };
            await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count), parallel, async (i, ct) =>
                read[i] = await ReadPageAsync(await jobs[i].Image(), jobs[i].Number, ct));
            return read;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<TextPage> ReadPageAsync(string imagePath, int pageNumber, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var result = await ProcessRunner.RunAsync(o.TesseractPath, [imagePath, "stdout", "-l", o.Languages, "--psm", "3", "tsv"], cancellationToken);
        if (result.ExitCode != 0)
            throw new DocumentRejectedException($"Tesseract could not read page {pageNumber}: {result.Error.Trim()}");
        return TesseractTsv.Parse(result.Output, pageNumber, Name);
    }
}
