using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace Minutes.Reading;

/// <summary>
/// The image to OCR for each page of a PDF. A scanned page is one full-page image, which is taken out in-process and
/// OCRed as it is (re-rendering a 200 dpi scan at 300 dpi costs more than the OCR); any other page is rendered at
/// 300 dpi by poppler's pdftoppm, which only the local Tesseract engine needs.
/// </summary>
internal static class PageImages
{
    // Below this a scan is too coarse to OCR as it is; rendering it at 300 dpi at least gives Tesseract its size.
    private const double MinimumDpi = 150;

    // The resolution Tesseract is trained for.
    private const int RenderDpi = 300;

    /// <param name="EmbeddedImage">The page's scan written out as it is, or null when the page must be rendered.</param>
    /// <param name="Blank">Nothing on the page to read: it needs no OCR.</param>
    /// <param name="Dpi">The resolution to render at: 300, or less where 300 dpi would pass the pixel limit.</param>
    public sealed record PageImage(int Page, string? EmbeddedImage, bool Blank = false, int Dpi = RenderDpi);

    /// <summary>
    /// The image for each wanted page (every page when <paramref name="pages"/> is null), after checking the page count
    /// and every image's size against the limits. Blank pages are only looked for when <paramref name="findBlank"/>
    /// says so: a caller that names the pages has already left the blank ones out.
    /// </summary>
    public static async Task<IReadOnlyList<PageImage>> ExtractAsync(ReadingOptions limits, UglyToad.PdfPig.PdfDocument document,
        IReadOnlyList<int>? pages, string workDir, bool findBlank, CancellationToken cancellationToken)
    {
        var wanted = (pages ?? Enumerable.Range(1, document.NumberOfPages).ToList())
            .Where(p => p >= 1 && p <= document.NumberOfPages).Distinct().ToList();
        var images = new List<PageImage>();
        foreach (var number in wanted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = PdfFile.Page(document, number);
            if (BlankPages.IsBlank(page, limits, findBlank))
            {
                images.Add(new PageImage(number, null, Blank: true));
                continue;
            }
            var file = ScanOf(page) is { } scan
                ? await WriteAsync(scan, Path.Combine(workDir, $"page-{number}"), cancellationToken)
                : null;
            images.Add(new PageImage(number, file, Dpi: file is null ? DpiWithin(page, limits) : RenderDpi));
        }
        return images;
    }

    /// <summary>Renders a page in grey at the page image's resolution.</summary>
    public static async Task<string> RasteriseAsync(OcrOptions options, ReadingOptions limits, string pdfPath, PageImage page,
        string workDir, CancellationToken cancellationToken)
    {
        var root = Path.Combine(workDir, $"page-{page.Page}");
        await ExternalTool.RunCheckedAsync(options.Poppler("pdftoppm"),
            ["-r", Str(page.Dpi), "-gray", "-png", "-singlefile", "-f", Str(page.Page), "-l", Str(page.Page), pdfPath, root],
            limits.ToolTimeout, cancellationToken);
        return root + ".png";
    }

    // A poster-sized page at 300 dpi passes any pixel limit: render it coarser instead, as big as the limit allows.
    private static int DpiWithin(Page page, ReadingOptions limits)
    {
        var squareInches = page.Width / 72 * (page.Height / 72);
        if (squareInches <= 0) return RenderDpi;
        var most = Math.Sqrt(limits.MaxImagePixels / squareInches);
        return (int)Math.Clamp(Math.Floor(most), 1, RenderDpi);
    }

    /// <summary>The page's one image when it covers the unrotated page at scan resolution: a scan to hand to OCR as it is.</summary>
    internal static IPdfImage? ScanOf(Page page)
    {
        if (page.Rotation.Value != 0) return null;
        var images = page.GetImages().Take(2).ToList();
        if (images.Count != 1) return null;
        var image = images[0];
        var bounds = image.BoundingBox;
        // The image's size on the page is the page's size: it fills the page.
        if (!Near(bounds.Width, page.Width) || !Near(bounds.Height, page.Height) || bounds.Width <= 0) return null;
        return image.WidthInSamples / (bounds.Width / 72) >= MinimumDpi ? image : null;
    }

    // A JPEG scan is written byte for byte (Tesseract reads JPEG). Eight-bit grey or RGB samples (a Flate scan) are
    // written as they are behind a netpbm header, which costs a copy, where a PNG would cost a compression; anything
    // else PdfPig can decode becomes a PNG. What it cannot decode (JBIG2, JPEG 2000) is left to rendering.
    private static async Task<string?> WriteAsync(IPdfImage image, string root, CancellationToken cancellationToken)
    {
        // Only what starts as a JPEG goes out as one: Tesseract takes a file it cannot identify for a list of image
        // paths, and would read whatever local images a forged stream named.
        if (IsJpeg(image) && image.RawMemory.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            await File.WriteAllBytesAsync(root + ".jpg", image.RawMemory, cancellationToken);
            return root + ".jpg";
        }
        if (Netpbm(image) is var (header, components) && image.TryGetBytesAsMemory(out var samples)
            && samples.Length == (long)image.WidthInSamples * image.HeightInSamples * components)
        {
            await using var file = File.Create(root + ".pnm");
            await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes(header), cancellationToken);
            await file.WriteAsync(samples, cancellationToken);
            return root + ".pnm";
        }
        if (!image.TryGetPng(out var png)) return null;
        await File.WriteAllBytesAsync(root + ".png", png, cancellationToken);
        return root + ".png";
    }

    /// <summary>The PGM (P5) or PPM (P6) header for 8-bit grey or RGB samples read as they stand, and the samples per pixel; or null.</summary>
    private static (string Header, int Components)? Netpbm(IPdfImage image)
    {
        // A Decode array other than the default maps samples to other values; leave that to the PNG path.
        if (image.IsImageMask || image.BitsPerComponent != 8 || image.ImageDictionary.ContainsKey(NameToken.Decode)) return null;
        (string Magic, int Components)? format = image.ColorSpaceDetails?.Type switch
        {
            ColorSpace.DeviceGray or ColorSpace.CalGray => ("P5", 1),
            ColorSpace.DeviceRGB or ColorSpace.CalRGB => ("P6", 3),
            _ => null,
        };
        return format is var (magic, components)
            ? (string.Create(CultureInfo.InvariantCulture, $"{magic}\n{image.WidthInSamples} {image.HeightInSamples}\n255\n"), components)
            : null;
    }

    // DCTDecode as the only filter: the stream is a JPEG file as it stands.
    private static bool IsJpeg(IPdfImage image) =>
        image.ImageDictionary.Data.TryGetValue(NameToken.Filter.Data, out var filter) && filter switch
        {
            NameToken name => name.Data is "DCTDecode" or "DCT",
            ArrayToken { Data.Count: 1 } array => array.Data[0] is NameToken { Data: "DCTDecode" or "DCT" },
            _ => false,
        };

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 0.05 * b;
    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);
}
