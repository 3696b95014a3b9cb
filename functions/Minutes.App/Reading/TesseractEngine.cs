using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Local OCR: Tesseract 5 with the Swedish model, in-process through libtesseract, pages in parallel up to the core count.
/// </summary>
public sealed class TesseractEngine(IOptions<OcrOptions> options, IOptions<ReadingOptions> limits, ILogger<TesseractEngine> logger)
    : IOcrEngine
{
    // Below this a page is probably turned or upside down; automatic orientation (psm 1) gets a second try.
    private const double UprightConfidence = 0.6;

    // Page segmentation: automatic without orientation detection, and with it.
    private const int AutomaticLayout = 3;
    private const int AutomaticLayoutAndOrientation = 1;

    private readonly TesseractWorkers workers =
        TesseractWorkers.For(options.Value.TesseractLibrary, options.Value.Languages, options.Value.PagesAtOnce);

    public string Name => "tesseract";

    public async Task<IReadOnlyList<TextPage>> ReadAsync(OcrSource source, CancellationToken cancellationToken = default)
    {
        var (path, kind, pages) = (source.Path, source.Kind, source.Pages);
        var o = options.Value;
        var workDir = Storage.WorkFolder.Create("ocr");
        // A model takes a tenth of a second or more to load: the first document starts the loading beside the work on
        // the PDF (later ones find the models loaded).
        workers.Start();
        try
        {
            if (kind != DocumentKind.Pdf)
                // A TIFF's frames are pages; tesseract reads them all from the one file.
                return await ReadPagesAsync([(1, path)], workDir, cancellationToken);

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
            var read = await ReadPagesAsync(toRead.Select((image, k) => (image.Page, File: files[k])).ToList(), workDir, cancellationToken);
            return blank.Select(n => new TextPage(n, [], Name)).Concat(read).OrderBy(p => p.Number).ToList();
        }
        finally
        {
            Directory.Delete(workDir, recursive: true);
        }
    }

    /// <summary>
    /// Reads the images on the Tesseract threads, the largest file first, so that the last page to start is a small one.
    /// The first page that fails stops the document's pages not yet started.
    /// </summary>
    private async Task<IReadOnlyList<TextPage>> ReadPagesAsync(IReadOnlyList<(int Page, string File)> images, string workDir,
        CancellationToken cancellationToken)
    {
        var read = new ConcurrentBag<TextPage>();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pages = images.OrderByDescending(i => new FileInfo(i.File).Length).Select(async image =>
        {
            try
            {
                await workers.RunAsync(reader =>
                {
                    foreach (var page in ReadUpright(reader, image.Page, image.File, workDir)) read.Add(page);
                }, failed.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed.Cancel();
                throw;
            }
        }).ToList();
        // Every page has ended, read or skipped, before the work folder goes; a skipped one ends cancelled, and the
        // failure that skipped it is what is thrown.
        await Task.WhenAll(pages);
        cancellationToken.ThrowIfCancellationRequested();
        return read.OrderBy(p => p.Number).ToList();
    }

    /// <summary>An image's pages (a TIFF's frames) numbered from <paramref name="page"/>; one page read turned is read again.</summary>
    private IReadOnlyList<TextPage> ReadUpright(TesseractLibrary.Reader reader, int page, string image, string workDir)
    {
        var read = Read(reader, page, image, AutomaticLayout, workDir);
        if (read is not [var (_, lines, confidence)] || confidence >= UprightConfidence)
            return read.Select(p => new TextPage(p.Page, p.Lines, Name)).ToList();

        var turned = Read(reader, page, image, AutomaticLayoutAndOrientation, workDir).FirstOrDefault();
        logger.LogInformation("Page {Page} read with confidence {Confidence:F2}; with orientation detection {Turned:F2}",
            page, confidence, turned.MeanConfidence);
        return [new TextPage(page, turned.Lines is not null && turned.MeanConfidence > confidence ? turned.Lines : lines, Name)];
    }

    private IReadOnlyList<(int Page, IReadOnlyList<TextLine> Lines, double MeanConfidence)> Read(TesseractLibrary.Reader reader,
        int page, string image, int pageSegmentation, string workDir)
    {
        var timeout = limits.Value.ToolTimeout;
        var clock = Stopwatch.StartNew();
        if (reader.TryRead(image, pageSegmentation, timeout, Path.Combine(workDir, $"page-{page}-{pageSegmentation}"), out var tsv))
            return TesseractTsv.Parse(tsv, page);
        // Tesseract says only that a page failed: past the time limit it was given up, before it the image is unreadable.
        if (clock.Elapsed >= timeout) throw TooSlow(page, "OCR");
        throw new DocumentRejectedException($"Page {page} cannot be read by OCR: Tesseract cannot decode its image.");
    }

    // Tesseract reads a page in seconds; one that runs for minutes is a pathological page (or image), and another try
    // would take as long: the document is turned away, saying which page and which setting bounds it.
    private DocumentRejectedException TooSlow(int page, string what) => new(
        $"Page {page} took longer than {limits.Value.ToolTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s to {what} and was given up (setting Reading:ToolTimeoutSeconds).");

}
