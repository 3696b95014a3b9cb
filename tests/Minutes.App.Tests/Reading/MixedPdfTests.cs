namespace Minutes.Tests.Reading;

public sealed class MixedPdfTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("minutes-read-test-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task A_scanned_page_in_a_digital_pdf_is_ocred_and_the_rest_read_from_the_text_layer()
    {
        // Digital minutes with a scanned attachment: 001.pdf followed by page 2 of 002's scan.
        var scanPage = Path.Combine(work.FullName, "scan-2.pdf");
        var mixed = Path.Combine(work.FullName, "mixed.pdf");
        await Poppler.RunAsync("pdfseparate", "-f", "2", "-l", "2", Readers.Sample("002.scanned.pdf"), scanPage);
        await Poppler.RunAsync("pdfunite", Readers.Sample("001.pdf"), scanPage, mixed);

        var text = await Readers.Reader().ReadAsync(mixed);

        Assert.Equal(8, text.Pages.Count);
        Assert.All(text.Pages.Take(7), p => Assert.Equal("text", p.Engine));
        Assert.Equal("tesseract", text.Pages[7].Engine);
        Assert.True(text.Pages[7].Lines.Count(l => l.Text.Length > 0) > 10, "the scanned page has its text");
        Assert.All(text.Pages[7].Lines.Where(l => l.Text.Length > 0), l => Assert.NotNull(l.Confidence));
    }
}
