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
    : IOcrEngine, IDisposable
{
    // Below this a page is probably turned or upside down; automatic orientation (psm 1) gets a second try.
    private const double UprightConfidence = 0.6;

    // Page segmentation: automatic without orientation detection, and with it.
    private const int AutomaticLayout = 3;
    private const int AutomaticLayoutAndOrientation = 1;

    private readonly TesseractReaders readers = new(() => TesseractLibrary.Load(options.Value.TesseractLibrary),
        options.Value.Languages, options.Value.PagesAtOnce);

    public string Name => "tesseract";

    public async Task<IReadOnlyList<TextPage>> ReadAsync(OcrSource source, CancellationToken cancellationToken = default)
    {
        var (path, kind, pages) = (source.Path, source.Kind, source.Pages);
        var o = options.Value;
        var workDir = Storage.WorkFolder.Create("ocr");
        // A model takes a tenth of a second or more to load: they start loading at once, beside the work on the PDF
        // (in a running app they are loaded already, kept from the last document).
        readers.Prepare(kind != DocumentKind.Pdf ? 1 : pages?.Count ?? source.Pdf?.NumberOfPages ?? o.PagesAtOnce);
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
    /// Reads the images on as many threads as pages may be read at once. Pages are handed out one at a time as threads
    /// come free, the largest file first: no thread idles while another has a queue, and the last page to start is a
    /// small one.
    /// </summary>
    private async Task<IReadOnlyList<TextPage>> ReadPagesAsync(IReadOnlyList<(int Page, string File)> images, string workDir,
        CancellationToken cancellationToken)
    {
        var queue = new ConcurrentQueue<(int Page, string File)>(images.OrderByDescending(i => new FileInfo(i.File).Length));
        var read = new ConcurrentBag<TextPage>();
        // The first page that fails stops the others from starting a new page.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var threads = Enumerable.Range(0, Math.Min(options.Value.PagesAtOnce, images.Count)).Select(async _ =>
        {
            // Each thread waits for a reader of its own, so a document shares the cores with the others being read.
            var reader = await readers.RentAsync(failed.Token);
            try
            {
                await Task.Factory.StartNew(() =>
                {
                    while (!failed.IsCancellationRequested && queue.TryDequeue(out var image))
                        foreach (var page in ReadUpright(reader, image.Page, image.File, workDir)) read.Add(page);
                }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
            catch
            {
                failed.Cancel();
                throw;
            }
            finally
            {
                readers.Return(reader);
            }
        }).ToList();
        // A thread stopped while waiting for a reader ends cancelled, not failed: the failure that stopped it is told.
        await Task.WhenAll(threads);
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

    public void Dispose() => readers.Dispose();
}
