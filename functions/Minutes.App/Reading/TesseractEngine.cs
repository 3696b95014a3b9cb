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

    public async Task<IReadOnlyList<TextPage>> ReadAsync(OcrSource source, CancellationToken cancellationToken = default)
    {
        var (path, kind, pages) = (source.Path, source.Kind, source.Pages);
        var o = options.Value;
        var workDir = Storage.WorkFolder.Create("ocr");
        try
        {
            if (kind != DocumentKind.Pdf)
                // A TIFF's frames are pages; tesseract reads them all from the one file.
                return (await ReadUprightAsync(path, null, 1, cancellationToken)).ToList();

            // Pages named by the caller were judged by the text layer pass; a whole document is judged here.
            var pdf = source.Pdf ?? await PdfFile.OpenAsync(path, limits.Value, cancellationToken);
            IReadOnlyList<PageImages.PageImage> images;
            try
            {
                images = await PageImages.ExtractAsync(limits.Value, pdf, pages, workDir, findBlank: pages is null, cancellationToken);
            }
            finally
            {
                if (source.Pdf is null) pdf.Dispose();
            }
            var blank = images.Where(i => i.Blank).Select(i => i.Page).ToList();
            if (blank.Count > 0)
                logger.LogInformation("Pages {Pages} of {Path} are blank; not reading them", string.Join(",", blank), path);
            var toRead = images.Where(i => !i.Blank).ToList();
            var files = new string[toRead.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, toRead.Count),
                new ParallelOptions { MaxDegreeOfParallelism = o.PagesAtOnce, CancellationToken = cancellationToken },
                async (k, ct) =>
                {
                    try
                    {
                        files[k] = toRead[k].EmbeddedImage ?? await PageImages.RasteriseAsync(o, limits.Value, path, toRead[k], workDir, ct);
                    }
                    catch (ExternalToolTimeoutException)
                    {
                        throw TooSlow(toRead[k].Page, "render");
                    }
                });
            var read = new ConcurrentBag<TextPage>(blank.Select(n => new TextPage(n, [], Name)));
            // One tesseract per lane, each reading its pages from a list: the Swedish model loads once per lane, not
            // once per page. Lanes cannot hand work to each other once started, so they are filled to near equal
            // size; a page's compressed size is only a rough stand-in for its OCR time, the best one found for free.
            var lanes = Lanes(toRead.Select((image, k) => (image.Page, File: files[k])).ToList(), o.PagesAtOnce,
                page => new FileInfo(page.File).Length);
            await Parallel.ForEachAsync(lanes.Select((lane, k) => (lane, k)),
                new ParallelOptions { MaxDegreeOfParallelism = o.PagesAtOnce, CancellationToken = cancellationToken },
                async (lane, ct) =>
                {
                    var list = Path.Combine(workDir, $"lane-{lane.k}.txt");
                    await File.WriteAllLinesAsync(list, lane.lane.Select(p => p.File), ct);
                    foreach (var page in await ReadUprightAsync(list, lane.lane, lane.lane[0].Page, ct)) read.Add(page);
                });
            return read.OrderBy(p => p.Number).ToList();
        }
        finally
        {
            Directory.Delete(workDir, recursive: true);
        }
    }

    /// <param name="input">An image file (a TIFF's frames are its pages), or a list of image files.</param>
    /// <param name="pages">For a list: the PDF page and image file of each line, in order.</param>
    private async Task<IReadOnlyList<TextPage>> ReadUprightAsync(string input, IReadOnlyList<(int Page, string File)>? pages,
        int firstPage, CancellationToken cancellationToken)
    {
        var count = pages?.Count ?? 1;
        var read = await RunAsync(input, firstPage, "3", count, cancellationToken);
        var result = new List<TextPage>();
        foreach (var (number, lines, confidence) in read)
        {
            var (page, image) = pages is null ? (number, input) : pages[number - firstPage];
            var best = (Lines: lines, Confidence: confidence);
            if (confidence < UprightConfidence && (pages is not null || read.Count == 1))
            {
                var turned = (await RunAsync(image, page, "1", 1, cancellationToken)).FirstOrDefault();
                if (turned.Lines is not null && turned.MeanConfidence > confidence) best = (turned.Lines, turned.MeanConfidence);
                logger.LogInformation("Page {Page} read with confidence {Confidence:F2}; with orientation detection {Turned:F2}",
                    page, confidence, turned.MeanConfidence);
            }
            result.Add(new TextPage(page, best.Lines, Name));
        }
        return result;
    }

    /// <summary>
    /// Pages dealt into at most <paramref name="count"/> lanes of near equal weight (the heaviest page first, each to
    /// the lightest lane so far), each lane in page order.
    /// </summary>
    internal static List<List<T>> Lanes<T>(IReadOnlyList<T> pages, int count, Func<T, long> weight)
    {
        var lanes = Enumerable.Range(0, Math.Min(count, pages.Count)).Select(_ => (Weight: 0L, Pages: new List<(int Order, T Page)>())).ToList();
        foreach (var (page, order) in pages.Select((p, i) => (p, i)).OrderByDescending(p => weight(p.p)))
        {
            var lightest = lanes.IndexOf(lanes.MinBy(l => l.Weight));
            lanes[lightest] = (lanes[lightest].Weight + weight(page), lanes[lightest].Pages);
            lanes[lightest].Pages.Add((order, page));
        }
        return lanes.Select(l => l.Pages.OrderBy(p => p.Order).Select(p => p.Page).ToList()).ToList();
    }

    // Tesseract reads a page in seconds; one that runs for minutes is a pathological page (or image), and another try
    // would take as long: the document is turned away, saying which page and which setting bounds it.
    private DocumentRejectedException TooSlow(int page, string what, int pageCount = 1) => new(
        (pageCount == 1 ? $"Page {page}" : $"A page of the {pageCount} from page {page} on") +
        $" took longer than {limits.Value.ToolTimeoutSeconds} s to {what} and was given up (setting Reading:ToolTimeoutSeconds).");

    /// <param name="pageCount">How many pages the input holds: the time limit is per page.</param>
    private async Task<IReadOnlyList<(int Page, IReadOnlyList<TextLine> Lines, double MeanConfidence)>> RunAsync(
        string image, int firstPage, string pageSegmentation, int pageCount, CancellationToken cancellationToken)
    {
        var o = options.Value;
        ExternalTool.Result result;
        try
        {
            // One thread per tesseract: the pages already run in parallel, and OpenMP inside each only contends.
            result = await ExternalTool.RunAsync(o.TesseractPath,
                [image, "stdout", "-l", o.Languages, "--psm", pageSegmentation, "tsv"], limits.Value.ToolTimeout * pageCount, cancellationToken,
                new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
        }
        catch (ExternalToolTimeoutException)
        {
            throw TooSlow(firstPage, "OCR", pageCount);
        }
        if (result.ExitCode != 0)
            throw new DocumentRejectedException($"The image cannot be read by OCR: {result.StdErr.Trim()}");
        return TesseractTsv.Parse(result.StdOut, firstPage);
    }
}
