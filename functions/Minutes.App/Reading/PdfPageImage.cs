namespace Minutes.Reading;

/// <summary>
/// The image to OCR for one PDF page: a scanned page's embedded image as it is (rasterising a 200 dpi scan at
/// 300 dpi costs more than the OCR itself), else the page rendered at 300 dpi.
/// </summary>
internal static class PdfPageImage
{
    public static async Task<string> ExtractAsync(string pdf, int page, string work, CancellationToken cancellationToken)
    {
        var p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var list = await ProcessRunner.RunAsync("pdfimages", ["-list", "-f", p, "-l", p, pdf], cancellationToken);
        var images = list.Output.Split('\n').Skip(2).Count(l => l.Trim().Length > 0 && l.Contains(" image "));
        var prefix = Path.Combine(work, $"page-{page}");
        if (images == 1)
        {
            var extract = await ProcessRunner.RunAsync("pdfimages", ["-png", "-f", p, "-l", p, pdf, prefix], cancellationToken);
            var file = Directory.EnumerateFiles(work, $"page-{page}-*.png").FirstOrDefault();
            if (extract.ExitCode == 0 && file is not null) return file;
        }
        var render = await ProcessRunner.RunAsync("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", "-f", p, "-l", p, pdf, prefix], cancellationToken);
        if (render.ExitCode != 0)
            throw new DocumentRejectedException($"Page {page} of the PDF could not be rendered: {render.Error.Trim()}");
        return prefix + ".png";
    }
}
