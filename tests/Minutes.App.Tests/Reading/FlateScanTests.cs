using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Minutes.Reading;

namespace Minutes.Tests.Reading;

/// <summary>
/// A scan stored as Flate-compressed grey samples (as many scanners write them) goes to Tesseract as a PGM: its
/// samples copied behind a header, not compressed again into a PNG.
/// </summary>
public sealed class FlateScanTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("minutes-flate-test-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task A_flate_grey_scan_is_handed_to_tesseract_as_its_own_samples_and_read()
    {
        var (width, height, samples) = await GreyPageAsync(Readers.Sample("001.pdf"));
        var pdfPath = Path.Combine(work.FullName, "flate-scan.pdf");
        await File.WriteAllBytesAsync(pdfPath, FlateScanPdf(width, height, samples));

        using (var pdf = await PdfFile.OpenAsync(pdfPath, new ReadingOptions(), default))
        {
            var image = Assert.Single(await PageImages.ExtractAsync(new ReadingOptions(), pdf, null, work.FullName, findBlank: true, default));
            Assert.EndsWith(".pnm", image.EmbeddedImage);
            var written = await File.ReadAllBytesAsync(image.EmbeddedImage!);
            Assert.Equal(Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n").Concat(samples), written);
        }

        var text = await Readers.Reader().ReadAsync(pdfPath, ReadEngine.Tesseract);
        Assert.Equal("tesseract", text.Engine);
        Assert.Contains(text.Pages[0].Lines, l => l.Text.Contains("Datum", StringComparison.Ordinal));
    }

    /// <summary>Page 1 of a born-digital sample rendered by poppler in grey at 200 dpi: a clean scan's samples.</summary>
    private async Task<(int Width, int Height, byte[] Samples)> GreyPageAsync(string pdf)
    {
        var root = Path.Combine(work.FullName, "page");
        using (var render = Process.Start("pdftoppm", ["-r", "200", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, root])!)
            await render.WaitForExitAsync();
        var pgm = await File.ReadAllBytesAsync(root + ".pgm");
        // "P5\n<w> <h>\n255\n" then the samples.
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)pgm[at])) at++;
            fields.Add(Encoding.ASCII.GetString(pgm, start, at - start));
        }
        return (int.Parse(fields[1]), int.Parse(fields[2]), pgm[(at + 1)..]);
    }

    private static byte[] FlateScanPdf(int width, int height, byte[] samples)
    {
        using var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, CompressionLevel.Fastest)) zlib.Write(samples);
        var stream = deflated.ToArray();
        var content = "q 595 0 0 842 0 0 cm /Im1 Do Q\n"u8.ToArray();
        return TinyPdf.Build(
        [
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>", null),
            ($"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {stream.Length} >>", stream),
            ($"<< /Length {content.Length} >>", content),
        ]);
    }
}
