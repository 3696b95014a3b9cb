using System.IO.Compression;
using System.Text;
using Minutes.Reading;

namespace Minutes.Tests.Reading;

/// <summary>What is not a readable document is turned away with a reason, whatever its name says.</summary>
public sealed class DocumentRejectionTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("minutes-read-test-");

    public void Dispose() => work.Delete(recursive: true);

    private string File(string name, byte[] content)
    {
        var path = Path.Combine(work.FullName, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private static async Task<string> RejectionOf(string path, ReadEngine engine = ReadEngine.Auto) =>
        (await Assert.ThrowsAsync<DocumentRejectedException>(() => Readers.Reader().ReadAsync(path, engine))).Reason;

    [Fact]
    public async Task A_word_document_named_pdf_is_rejected_as_a_zip_archive()
    {
        using var docx = new MemoryStream();
        using (var zip = new ZipArchive(docx, ZipArchiveMode.Create, leaveOpen: true))
            await using (var entry = zip.CreateEntry("word/document.xml").Open())
                await entry.WriteAsync("<w:document/>"u8.ToArray());

        var reason = await RejectionOf(File("minutes.pdf", docx.ToArray()));

        Assert.Contains("zip archive", reason);
        Assert.Contains("Upload a PDF, TIFF, PNG or JPEG", reason);
    }

    [Fact]
    public async Task Plain_text_is_rejected() =>
        Assert.Contains("plain text", await RejectionOf(File("minutes.pdf", Encoding.UTF8.GetBytes("Mötesanteckningar\n1 Inledning\n"))));

    [Fact]
    public async Task An_empty_file_is_rejected() =>
        Assert.Contains("empty", await RejectionOf(File("minutes.pdf", [])));

    [Fact]
    public async Task A_corrupt_pdf_is_rejected() =>
        Assert.Contains("cannot be opened", await RejectionOf(File("minutes.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Cat"))));

    [Fact]
    public async Task A_pdf_locked_with_a_password_is_rejected_as_encrypted()
    {
        // The standard security handler with a user password that is not empty: no reader can open it without one.
        var key = string.Concat(Enumerable.Repeat("5A", 32));
        var pdf = TinyPdf.Build(
        [
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", null),
            ($"<< /Filter /Standard /V 1 /R 2 /O <{key}> /U <{key}> /P -4 >>", null),
        ], trailerExtra: "/Encrypt 4 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] ");

        Assert.Contains("encrypted", await RejectionOf(File("locked.pdf", pdf)));
    }

    [Fact]
    public async Task A_pdf_without_pages_is_rejected()
    {
        var pdf = TinyPdf.Build(
        [
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [] /Count 0 >>", null),
        ]);

        Assert.Contains("no pages", await RejectionOf(File("empty.pdf", pdf)));
    }

    [Fact]
    public async Task A_scan_of_nothing_is_rejected_as_unreadable()
    {
        var blankPdf = File("blank.pdf", BlankPdf());
        await Poppler.RunAsync("pdftoppm", "-r", "100", "-png", "-singlefile", blankPdf, Path.Combine(work.FullName, "blank"));

        var reason = await RejectionOf(Path.Combine(work.FullName, "blank.png"), ReadEngine.Tesseract);

        Assert.Contains("Nothing readable", reason);
    }

    [Fact]
    public async Task The_text_engine_turns_away_a_scan_it_cannot_read() =>
        Assert.Contains("no text layer", await RejectionOf(Readers.Sample("001.scanned.pdf"), ReadEngine.Text));

    [Fact]
    public async Task A_pdf_named_png_is_read_as_the_pdf_it_is()
    {
        var path = File("minutes.png", await System.IO.File.ReadAllBytesAsync(Readers.Sample("002.pdf")));

        var text = await Readers.Reader().ReadAsync(path);

        Assert.Equal(("text", 7), (text.Engine, text.Pages.Count));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'I', (byte)'I', 42, 0, 8, 0 }, DocumentKind.Tiff)]
    [InlineData(new byte[] { (byte)'M', (byte)'M', 0, 42, 0, 8 }, DocumentKind.Tiff)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, DocumentKind.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, DocumentKind.Jpeg)]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1' }, DocumentKind.Pdf)]
    public void The_type_is_told_from_the_first_bytes(byte[] head, DocumentKind kind) =>
        Assert.Equal(kind, DocumentSniffer.Sniff(head));

    // One empty A4 page: what a scanner yields for a blank sheet, after rendering.
    private static byte[] BlankPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
