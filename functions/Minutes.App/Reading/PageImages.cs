using System.Globalization;

namespace Minutes.Reading;

/// <summary>
/// The image to OCR for each page of a PDF. A scanned page is one full-page image, which is OCRed as it is
/// (re-rendering a 200 dpi scan at 300 dpi costs more than the OCR); any other page is rendered at 300 dpi.
/// </summary>
internal static class PageImages
{
    public sealed record PageImage(int Page, string? EmbeddedImage);

    public static async Task<IReadOnlyList<PageImage>> ExtractAsync(OcrOptions options, string pdfPath,
        IReadOnlyList<int>? pages, string workDir, CancellationToken cancellationToken)
    {
        var info = await PdfInfo.ReadAsync(options, pdfPath, cancellationToken);
        var wanted = (pages ?? Enumerable.Range(1, info.PageCount).ToList()).Where(p => p >= 1 && p <= info.PageCount).ToList();
        if (wanted.Count == 0) return [];
        var (first, last) = (wanted.Min(), wanted.Max());

        var list = await ExternalTool.RunCheckedAsync(options.Poppler("pdfimages"),
            ["-list", "-f", Str(first), "-l", Str(last), pdfPath], cancellationToken);
        var scanned = ScannedPages(list, info).Intersect(wanted).ToHashSet();

        var extracted = new Dictionary<int, string>();
        if (scanned.Count > 0)
        {
            // -j keeps JPEG scans byte for byte; other encodings become PNG, which tesseract reads.
            await ExternalTool.RunCheckedAsync(options.Poppler("pdfimages"),
                ["-j", "-png", "-p", "-f", Str(scanned.Min()), "-l", Str(scanned.Max()), pdfPath, Path.Combine(workDir, "img")],
                cancellationToken);
            foreach (var file in Directory.EnumerateFiles(workDir, "img-*"))
            {
                // img-PPP-NNN.ext: page, then image number in the document.
                var parts = Path.GetFileNameWithoutExtension(file).Split('-');
                if (parts.Length == 3 && int.TryParse(parts[1], out var page) && scanned.Contains(page)) extracted[page] = file;
            }
        }
        return wanted.Select(p => new PageImage(p, extracted.GetValueOrDefault(p))).ToList();
    }

    /// <summary>Renders a page at 300 dpi in grey, the resolution Tesseract is trained for.</summary>
    public static async Task<string> RasteriseAsync(OcrOptions options, string pdfPath, int page, string workDir,
        CancellationToken cancellationToken)
    {
        var root = Path.Combine(workDir, $"page-{page}");
        await ExternalTool.RunCheckedAsync(options.Poppler("pdftoppm"),
            ["-r", "300", "-gray", "-png", "-singlefile", "-f", Str(page), "-l", Str(page), pdfPath, root], cancellationToken);
        return root + ".png";
    }

    /// <summary>Pages holding exactly one image that covers the page, unrotated: a scan we can hand to OCR as it is.</summary>
    internal static IEnumerable<int> ScannedPages(string pdfimagesList, PdfInfo info)
    {
        var rows = pdfimagesList.Split('\n').Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length >= 14 && int.TryParse(c[0], out _))
            .ToList();
        foreach (var page in rows.GroupBy(c => int.Parse(c[0], CultureInfo.InvariantCulture)))
        {
            var images = page.Where(c => c[2] == "image").ToList();
            if (images.Count != 1 || !info.Pages.TryGetValue(page.Key, out var size) || size.Rotation != 0) continue;
            var c = images[0];
            if (!double.TryParse(c[3], CultureInfo.InvariantCulture, out var w) || !double.TryParse(c[4], CultureInfo.InvariantCulture, out var h)
                || !double.TryParse(c[12], CultureInfo.InvariantCulture, out var xppi) || !double.TryParse(c[13], CultureInfo.InvariantCulture, out var yppi)
                || xppi <= 0 || yppi <= 0) continue;
            // The image's size at its resolution is the page's size: it fills the page.
            if (Near(w / xppi * 72, size.Width) && Near(h / yppi * 72, size.Height) && xppi >= 150) yield return page.Key;
        }
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 0.05 * b;
    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);
}
