using System.Diagnostics;
using System.Text;

namespace Minutes.Tests.Reading;

public sealed class RotatedPageTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("minutes-read-test-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task A_page_scanned_sideways_is_turned_upright_before_it_is_read()
    {
        // Page 1 of 001's scan, placed in a page shown a quarter turn round (/Rotate 90): it reads sideways.
        using (var extract = Process.Start("pdfimages", ["-j", "-f", "1", "-l", "1", Readers.Sample("001.scanned.pdf"), Path.Combine(work.FullName, "p")]))
            await extract.WaitForExitAsync();
        var jpeg = await File.ReadAllBytesAsync(Path.Combine(work.FullName, "p-000.jpg"));
        var sideways = Path.Combine(work.FullName, "sideways.pdf");
        await File.WriteAllBytesAsync(sideways, SidewaysPdf(jpeg, 1654, 2339));

        var text = (await Readers.Reader().ReadAsync(sideways)).ToString();

        Assert.Contains("Torsdagen den 12 juni 2025", text);
        Assert.Contains("Samverkan mellan pensionärsorganisationerna", text);
    }

    private static byte[] SidewaysPdf(byte[] jpeg, int width, int height)
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Object(string body, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\n");
            if (stream is not null) { Write("stream\n"); pdf.Write(stream); Write("\nendstream\n"); }
            Write("endobj\n");
        }
        var content = Encoding.ASCII.GetBytes("q 595.44 0 0 842.04 0 0 cm /Im0 Do Q");
        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.44 842.04] /Rotate 90 /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>");
        Object($"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>", jpeg);
        Object($"<< /Length {content.Length} >>", content);
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
