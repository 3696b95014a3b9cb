using Minutes.Reading;

namespace Minutes.Tests.Reading;

/// <summary>
/// Born-digital PDFs and scan images are read without any native tool, as in Azure where none can be installed: the
/// poppler folder and the tesseract path point at a folder that does not exist, so any process the reading started
/// would fail to start and fail the test.
/// </summary>
public sealed class InProcessReadingTests : IDisposable
{
    private const string Nowhere = "/nonexistent/minutes-no-native-tools";
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("minutes-read-test-");

    public void Dispose() => work.Delete(recursive: true);

    private static DocumentReader ReaderWithoutNativeTools() => Readers.Reader(new Dictionary<string, string?>
    {
        ["Ocr:PopplerPath"] = Nowhere,
        ["Ocr:TesseractLibrary"] = Path.Combine(Nowhere, "libtesseract.so.5"),
    });

    [Fact]
    public async Task A_born_digital_pdf_is_read_with_no_poppler_and_no_tesseract_reachable()
    {
        Assert.False(Directory.Exists(Nowhere));

        var text = await ReaderWithoutNativeTools().ReadAsync(Readers.Sample("001.pdf"));

        Assert.Equal(("text", 7), (text.Engine, text.Pages.Count));
        Assert.Matches(@"^Datum {2,}Torsdagen den 12 juni 2025$", text.Pages[0].Lines.Single(l => l.Text.StartsWith("Datum")).Text);
    }

    [Fact]
    public async Task A_scanned_page_gives_its_jpeg_byte_for_byte_in_process()
    {
        using var pdf = await PdfFile.OpenAsync(Readers.Sample("001.scanned.pdf"), new ReadingOptions(), default);

        var images = await PageImages.ExtractAsync(new ReadingOptions(), pdf, [1, 2], work.FullName, findBlank: true, default);

        Assert.Equal([1, 2], images.Select(i => i.Page));
        Assert.All(images, i => Assert.EndsWith(".jpg", i.EmbeddedImage));
        var jpeg = await File.ReadAllBytesAsync(images[0].EmbeddedImage!);
        Assert.Equal([0xFF, 0xD8, 0xFF], jpeg[..3]);
        Assert.Equal([0xFF, 0xD9], jpeg[^2..]);
    }

    [Fact]
    public async Task A_page_with_text_and_no_image_is_left_for_rendering()
    {
        using var pdf = await PdfFile.OpenAsync(Readers.Sample("001.pdf"), new ReadingOptions(), default);

        var images = await PageImages.ExtractAsync(new ReadingOptions(), pdf, [1], work.FullName, findBlank: true, default);

        Assert.Null(Assert.Single(images).EmbeddedImage);
    }
}
