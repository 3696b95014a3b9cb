using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Minutes.Reading;

namespace Minutes.Tests.Reading;

/// <summary>
/// The work one document can cause is bounded: pages and pixels by settings checked before anything is decoded, blank
/// pages by never OCRing them, OCR and every external tool by a time limit, and the tools by dying with the app.
/// Tesseract's library points nowhere where a test expects no OCR at all: reaching OCR would fail the test with
/// something other than a rejection.
/// </summary>
public sealed class ReadingLimitsTests : IDisposable
{
    private const string Nowhere = "/nonexistent/minutes-no-native-tools/libtesseract.so.5";
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("minutes-limits-test-");

    public void Dispose() => work.Delete(recursive: true);

    private string File(string name, byte[] content)
    {
        var path = Path.Combine(work.FullName, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private static async Task<(string Reason, TimeSpan Took)> RejectionOf(string path, ReadEngine engine = ReadEngine.Auto,
        Dictionary<string, string?>? settings = null)
    {
        settings ??= new Dictionary<string, string?> { ["Ocr:TesseractLibrary"] = Nowhere };
        var clock = Stopwatch.StartNew();
        var rejected = await Assert.ThrowsAsync<DocumentRejectedException>(() => Readers.Reader(settings).ReadAsync(path, engine));
        return (rejected.Reason, clock.Elapsed);
    }

    // ---- pixels, from headers

    [Fact]
    public async Task A_png_declaring_30000_by_30000_pixels_is_rejected_from_its_header_without_decoding()
    {
        // 900 megapixels of grey in a file of a few hundred bytes: only the header and one tiny IDAT.
        var png = Png(30000, 30000);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var (reason, took) = await RejectionOf(File("huge.png", png), ReadEngine.Tesseract);

        Assert.Contains("30000×30000 pixels (900 megapixels)", reason);
        Assert.Contains("limit is 100 megapixels (setting Reading:MaxImageMegapixels)", reason);
        Assert.InRange(GC.GetTotalAllocatedBytes(precise: true) - before, 0, 50_000_000);
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_jpeg_over_the_pixel_limit_is_rejected_from_its_frame_header()
    {
        // SOI, an APP0 segment to step over, then a baseline SOF0 of 20000×20000 in one component.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0x4E, 0x20, 0x4E, 0x20, 1, 1, 0x11, 0, 0xFF, 0xD9];

        var (reason, _) = await RejectionOf(File("huge.jpg", jpeg), ReadEngine.Tesseract);

        Assert.Contains("20000×20000 pixels", reason);
        Assert.Contains("Reading:MaxImageMegapixels", reason);
    }

    [Fact]
    public async Task The_pixel_limit_is_a_setting()
    {
        var png = File("a.png", Png(3000, 2000));

        var (reason, _) = await RejectionOf(png, ReadEngine.Tesseract, new() { ["Ocr:TesseractLibrary"] = Nowhere, ["Reading:MaxImageMegapixels"] = "5" });

        Assert.Contains("3000×2000 pixels (6 megapixels); the limit is 5 megapixels", reason);
    }

    [Fact]
    public async Task A_tiff_frame_over_the_pixel_limit_or_too_many_frames_is_rejected_from_its_tags()
    {
        Assert.Contains("Page 2 of the image is 40000×40000 pixels",
            (await RejectionOf(File("huge.tif", Tiff((1000, 1000), (40000, 40000))), ReadEngine.Tesseract)).Reason);

        var (reason, _) = await RejectionOf(File("long.tif", Tiff((10, 10), (10, 10), (10, 10))), ReadEngine.Tesseract,
            new() { ["Ocr:TesseractLibrary"] = Nowhere, ["Reading:MaxPages"] = "2" });
        Assert.Contains("more than 2 pages; the limit is 2 (setting Reading:MaxPages)", reason);
    }

    [Fact]
    public async Task A_pdf_page_image_over_the_pixel_limit_is_rejected_from_its_dictionary()
    {
        // A Flate stream of 900 MB of zeros would be 1 MB; the dictionary alone is enough to say no.
        var deflated = Deflate(new byte[30000]);
        var pdf = TinyPdf.Build(
        [
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>", null),
            ($"<< /Type /XObject /Subtype /Image /Width 30000 /Height 30000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {deflated.Length} >>", deflated),
            ("<< /Length 31 >>", "q 595 0 0 842 0 0 cm /Im1 Do Q\n"u8.ToArray()[..31]),
        ]);

        foreach (var engine in new[] { ReadEngine.Auto, ReadEngine.Tesseract })
        {
            var (reason, took) = await RejectionOf(File("huge-image.pdf", pdf), engine);
            Assert.Contains("An image on page 1 is 30000×30000 pixels", reason);
            Assert.Contains("Reading:MaxImageMegapixels", reason);
            Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        }
    }

    // ---- pages

    [Fact]
    public async Task A_pdf_over_the_page_limit_is_rejected_before_any_page_is_read()
    {
        var (reason, took) = await RejectionOf(File("long.pdf", BlankPdf(301)));

        Assert.Contains("The document has 301 pages; the limit is 300 (setting Reading:MaxPages)", reason);
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Contains("limit is 3 ", (await RejectionOf(File("four.pdf", BlankPdf(4)), ReadEngine.Tesseract,
            new() { ["Ocr:TesseractLibrary"] = Nowhere, ["Reading:MaxPages"] = "3" })).Reason);
    }

    // ---- blank pages

    [Theory]
    [InlineData(ReadEngine.Auto)]
    [InlineData(ReadEngine.Tesseract)]
    public async Task A_pdf_of_200_empty_pages_is_rejected_in_seconds_without_ocr(ReadEngine engine)
    {
        var pdf = BlankPdf(200);
        Assert.InRange(pdf.Length, 0, 40_000);

        var (reason, took) = await RejectionOf(File("blank.pdf", pdf), engine);

        Assert.Contains("Nothing readable", reason);
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(ReadEngine.Auto)]
    [InlineData(ReadEngine.Tesseract)]
    public async Task A_pdf_of_200_blank_scans_is_rejected_in_seconds_without_ocr(ReadEngine engine)
    {
        // What a scanner gives for a blank sheet: a full-page 200 dpi JPEG of paper, a little grey and with a speck.
        var jpeg = await BlankScanJpegAsync();
        var deflatedWhite = Deflate(Enumerable.Repeat((byte)250, 1654 * 2339).ToArray());
        var objects = new List<(string, byte[]?)>
        {
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ($"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(0, 200).Select(i => $"{6 + i} 0 R"))}] /Count 200 >>", null),
            ($"<< /Type /XObject /Subtype /Image /Width 1654 /Height 2339 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>", jpeg),
            ($"<< /Type /XObject /Subtype /Image /Width 1654 /Height 2339 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {deflatedWhite.Length} >>", deflatedWhite),
            ("<< /Length 31 >>", "q 595 0 0 842 0 0 cm /Im1 Do Q\n"u8.ToArray()[..31]),
        };
        // Half the pages a JPEG scan, half a Flate one.
        for (var i = 0; i < 200; i++)
            objects.Add(($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 {(i % 2 == 0 ? 3 : 4)} 0 R >> >> /Contents 5 0 R >>", null));

        var (reason, took) = await RejectionOf(File("blank-scans.pdf", TinyPdf.Build(objects)), engine);

        Assert.Contains("Nothing readable", reason);
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_blank_scan_between_pages_of_text_is_left_out_and_the_rest_is_read()
    {
        var jpeg = await BlankScanJpegAsync();
        var textJpeg = SampleScanPage();
        var pdf = TinyPdf.Build(
        [
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [6 0 R 7 0 R] /Count 2 >>", null),
            ($"<< /Type /XObject /Subtype /Image /Width 1654 /Height 2339 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>", jpeg),
            (textJpeg.Dictionary, textJpeg.Bytes),
            ("<< /Length 31 >>", "q 595 0 0 842 0 0 cm /Im1 Do Q\n"u8.ToArray()[..31]),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents 5 0 R >>", null),
        ]);

        var text = await Readers.Reader().ReadAsync(File("one-blank.pdf", pdf), ReadEngine.Tesseract);

        Assert.Equal(2, text.Pages.Count);
        Assert.NotEmpty(text.Pages[0].Lines);
        Assert.Empty(text.Pages[1].Lines);
    }

    // ---- OCR and external tools

    [Fact]
    public async Task A_page_whose_ocr_runs_past_its_time_limit_is_given_up_and_the_document_rejected_naming_the_setting()
    {
        var settings = new Dictionary<string, string?> { ["Reading:ToolTimeoutSeconds"] = "0.001" };

        var (reason, _) = await RejectionOf(Readers.Sample("001.page1.png"), ReadEngine.Tesseract, settings);

        Assert.Contains("Page 1 took longer than 0.001 s to OCR", reason);
        Assert.Contains("Reading:ToolTimeoutSeconds", reason);
    }

    [Fact]
    public async Task A_forged_jpeg_stream_naming_a_local_image_is_not_read_as_a_list_of_files()
    {
        // Tesseract takes a file it cannot identify for a list of image paths: a "JPEG" that is a path would have it
        // read a local image into the meeting.
        var path = Encoding.ASCII.GetBytes(Readers.Sample("001.page1.png") + "\n");
        var pdf = TinyPdf.Build(
        [
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>", null),
            ($"<< /Type /XObject /Subtype /Image /Width 1654 /Height 2339 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {path.Length} >>", path),
            ("<< /Length 31 >>", "q 595 0 0 842 0 0 cm /Im1 Do Q\n"u8.ToArray()[..31]),
        ]);

        var (reason, _) = await RejectionOf(File("forged.pdf", pdf), ReadEngine.Tesseract, new Dictionary<string, string?>());

        Assert.Contains("Nothing readable", reason);
    }

    [Fact]
    public async Task Without_a_loadable_tesseract_a_scan_fails_saying_what_to_install_not_as_a_rejected_document()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Readers.Reader(new Dictionary<string, string?> { ["Ocr:TesseractLibrary"] = Nowhere }).ReadAsync(Readers.Sample("001.page1.png"), ReadEngine.Tesseract));

        Assert.Contains("cannot load Tesseract", failure.Message);
        Assert.Contains("Ocr:TesseractLibrary", failure.Message);
    }

    [Fact]
    public async Task A_language_model_that_is_not_installed_fails_naming_the_setting()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Readers.Reader(new Dictionary<string, string?> { ["Ocr:Languages"] = "xxx" }).ReadAsync(Readers.Sample("001.page1.png"), ReadEngine.Tesseract));

        Assert.Contains("'xxx' (setting Ocr:Languages)", failure.Message);
    }

    [Fact]
    public async Task A_tool_that_runs_past_its_time_limit_is_killed_and_the_document_rejected_naming_the_setting()
    {
        var pidFile = Path.Combine(work.FullName, "tool.pid");
        var poppler = Tool("pdftoppm", $"echo $$ > {pidFile}\nexec sleep 60\n");
        var settings = new Dictionary<string, string?> { ["Ocr:PopplerPath"] = poppler, ["Reading:ToolTimeoutSeconds"] = "1" };

        var (reason, took) = await RejectionOf(File("drawing.pdf", DrawingPdf()), ReadEngine.Tesseract, settings);

        Assert.Contains("Page 1 took longer than 1 s to render", reason);
        Assert.Contains("Reading:ToolTimeoutSeconds", reason);
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.False(Alive(int.Parse(System.IO.File.ReadAllText(pidFile).Trim())), "the tool is still running");
    }

    [Fact]
    public async Task After_a_kill_9_of_the_app_no_tool_it_started_is_left_running()
    {
        if (!OperatingSystem.IsLinux() || !System.IO.File.Exists("/usr/bin/setpriv")) return; // the tie needs Linux and setpriv
        var pidFile = Path.Combine(work.FullName, "tool.pid");
        var poppler = Tool("pdftoppm", $"echo $$ > {pidFile}\nexec sleep 120\n");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Minutes.Local.dll"), "read", "--engine", "tesseract", File("drawing.pdf", DrawingPdf())])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Ocr__PopplerPath"] = poppler;
        using var app = Process.Start(start)!;
        try
        {
            var clock = Stopwatch.StartNew();
            while (!System.IO.File.Exists(pidFile) || System.IO.File.ReadAllText(pidFile).Trim().Length == 0)
            {
                if (app.HasExited) Assert.Fail($"the app ended first: {await app.StandardError.ReadToEndAsync()}");
                if (clock.Elapsed > TimeSpan.FromSeconds(60))
                {
                    app.Kill(entireProcessTree: true);
                    Assert.Fail($"the tool never started: {await app.StandardOutput.ReadToEndAsync()} {await app.StandardError.ReadToEndAsync()}");
                }
                await Task.Delay(100);
            }
            var toolPid = int.Parse(System.IO.File.ReadAllText(pidFile).Trim());
            Assert.True(Alive(toolPid));

            Process.Start("kill", ["-9", app.Id.ToString()])!.WaitForExit();
            await app.WaitForExitAsync();

            clock.Restart();
            while (Alive(toolPid) && clock.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(50);
            Assert.False(Alive(toolPid), "the tool outlived the app");
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
        }
    }

    // A zombie (dead, not yet reaped by its parent) is not running.
    private static bool Alive(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!System.IO.File.Exists(status)) return false;
        try
        {
            return !System.IO.File.ReadAllLines(status).Any(l => l.StartsWith("State:") && l.Contains('Z'));
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>A folder holding a shell script named <paramref name="name"/>, to stand in for a tool.</summary>
    private string Tool(string name, string body)
    {
        var folder = work.CreateSubdirectory("tools").FullName;
        var path = File(Path.Combine(folder, name), Encoding.ASCII.GetBytes("#!/bin/sh\n" + body));
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    }

    // ---- documents made by hand

    private static byte[] BlankPdf(int pages)
    {
        var objects = new List<(string, byte[]?)>
        {
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ($"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{3 + i} 0 R"))}] /Count {pages} >>", null),
        };
        for (var i = 0; i < pages; i++) objects.Add(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", null));
        return TinyPdf.Build(objects);
    }

    // A page with a drawn line and no text: it is rendered by pdftoppm before OCR.
    private static byte[] DrawingPdf()
    {
        var content = "4 w 100 100 m 400 600 l S\n"u8.ToArray();
        return TinyPdf.Build(
        [
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", null),
            ($"<< /Length {content.Length} >>", content),
        ]);
    }

    // A 200 dpi A4 page of light grey paper with one dark speck, as a baseline JPEG from pdftoppm.
    private async Task<byte[]> BlankScanJpegAsync()
    {
        var content = "0.97 g 0 0 595 842 re f 0.2 g 300 400 1.5 1.5 re f\n"u8.ToArray();
        var pdf = TinyPdf.Build(
        [
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.44 842.04] /Contents 4 0 R >>", null),
            ($"<< /Length {content.Length} >>", content),
        ]);
        var root = Path.Combine(work.FullName, "blank-scan");
        await Poppler.RunAsync("pdftoppm", "-r", "200", "-gray", "-jpeg", "-singlefile", File("blank-scan-source.pdf", pdf), root);
        return await System.IO.File.ReadAllBytesAsync(root + ".jpg");
    }

    // The first page of a sample scan, its JPEG as it stands.
    private static (string Dictionary, byte[] Bytes) SampleScanPage()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Readers.Sample("001.scanned.pdf"));
        var image = document.GetPage(1).GetImages().Single();
        return ($"<< /Type /XObject /Subtype /Image /Width {image.WidthInSamples} /Height {image.HeightInSamples} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {image.RawMemory.Length} >>",
            image.RawMemory.ToArray());
    }

    private static byte[] Png(int width, int height)
    {
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth, grey (colour type 0), deflate, no filter, no interlace
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", Zlib(new byte[width + 1]));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    private static byte[] Zlib(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data) => Zlib(data);

    private static byte[] Tiff(params (int Width, int Height)[] frames)
    {
        // Little-endian: header, then one IFD of two LONG tags per frame, chained.
        var tiff = new MemoryStream();
        var w = new BinaryWriter(tiff);
        w.Write("II"u8); w.Write((ushort)42); w.Write(8u);
        for (var i = 0; i < frames.Length; i++)
        {
            var next = i + 1 < frames.Length ? (uint)(tiff.Position + 2 + 2 * 12 + 4) : 0u;
            w.Write((ushort)2);
            w.Write((ushort)256); w.Write((ushort)4); w.Write(1u); w.Write((uint)frames[i].Width);
            w.Write((ushort)257); w.Write((ushort)4); w.Write(1u); w.Write((uint)frames[i].Height);
            w.Write(next);
        }
        return tiff.ToArray();
    }
}
