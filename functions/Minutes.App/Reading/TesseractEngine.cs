using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>Local OCR: Tesseract 5 with the Swedish model, pages in parallel up to the core count.</summary>
public sealed class TesseractEngine(IOptions<OcrOptions> options, IOptions<ReadingOptions> limits, ILogger<TesseractEngine> logger)
    : IOcrEngine
{
    // Below this a page is probably turned or upside down; automatic orientation (psm 1) gets a second try.
    private const double UprightConfidence = 0.6;

    public string Name => "tesseract";

    public async Task<IReadOnlyList<TextPage>> ReadAsync(string path, DocumentKind kind, IReadOnlyList<int>? pages,
        CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var workDir = Storage.WorkFolder.Create("ocr");
        try
        {
            if (kind != DocumentKind.Pdf)
                // A TIFF's frames are pages; tesseract reads them all from the one file.
                return (await OcrImageAsync(path, 1, cancellationToken)).ToList();

            // Pages named by the caller were judged by the text layer pass; a whole document is judged here.
            var images = await PageImages.ExtractAsync(o, limits.Value, path, pages, workDir, findBlank: pages is null, cancellationToken);
            var blank = images.Where(i => i.Blank).Select(i => i.Page).ToList();
            if (blank.Count > 0)
                logger.LogInformation("Pages {Pages} of {Path} are blank; not reading them", string.Join(",", blank), path);
            var read = new ConcurrentBag<TextPage>(blank.Select(n => new TextPage(n, [], Name)));
            await Parallel.ForEachAsync(images.Where(i => !i.Blank),
                new ParallelOptions { MaxDegreeOfParallelism = o.PagesAtOnce, CancellationToken = cancellationToken },
                async (image, ct) =>
                {
                    string file;
                    try
                    {
                        file = image.EmbeddedImage ?? await PageImages.RasteriseAsync(o, limits.Value, path, image, workDir, ct);
                    }
                    catch (ExternalToolTimeoutException)
                    {
                        throw TooSlow(image.Page, "render");
                    }
                    foreach (var page in await OcrImageAsync(file, image.Page, ct)) read.Add(page);
                });
            return read.OrderBy(p => p.Number).ToList();
        }
        finally
        {
            Directory.Delete(workDir, recursive: true);
        }
    }

    private async Task<IReadOnlyList<TextPage>> OcrImageAsync(string image, int firstPage, CancellationToken cancellationToken)
    {
        var pages = await RunAsync(image, firstPage, "3", cancellationToken);
        var result = new List<TextPage>();
        foreach (var page in pages)
        {
            var best = page;
            if (page.MeanConfidence < UprightConfidence && pages.Count == 1)
            {
                var turned = (await RunAsync(image, firstPage, "1", cancellationToken)).FirstOrDefault();
                if (turned.Lines is not null && turned.MeanConfidence > page.MeanConfidence) best = turned;
                logger.LogInformation("Page {Page} read with confidence {Confidence:F2}; with orientation detection {Turned:F2}",
                    page.Page, page.MeanConfidence, turned.MeanConfidence);
            }
            result.Add(new TextPage(best.Page, best.Lines, Name));
        }
        return result;
    }

    // Tesseract reads a page in seconds; one that runs for minutes is a pathological page (or image), and another try
    // would take as long: the document is turned away, saying which page and which setting bounds it.
    private DocumentRejectedException TooSlow(int page, string what) => new(
        $"Page {page} took longer than {limits.Value.ToolTimeoutSeconds} s to {what} and was given up " +
        "(setting Reading:ToolTimeoutSeconds).");

    private async Task<IReadOnlyList<(int Page, IReadOnlyList<TextLine> Lines, double MeanConfidence)>> RunAsync(
        string image, int firstPage, string pageSegmentation, CancellationToken cancellationToken)
    {
        var o = options.Value;
        ExternalTool.Result result;
        try
        {
            // One thread per tesseract: the pages already run in parallel, and OpenMP inside each only contends.
            result = await ExternalTool.RunAsync(o.TesseractPath,
                [image, "stdout", "-l", o.Languages, "--psm", pageSegmentation, "tsv"], limits.Value.ToolTimeout, cancellationToken,
                new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
        }
        catch (ExternalToolTimeoutException)
        {
            throw TooSlow(firstPage, "OCR");
        }
        if (result.ExitCode != 0)
            throw new DocumentRejectedException($"The image cannot be read by OCR: {result.StdErr.Trim()}");
        return TesseractTsv.Parse(result.StdOut, firstPage);
    }
}
