using System.Diagnostics;
using Minutes.Reading;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Minutes.Tests.Reading;

/// <summary>Blank pages are found without OCR and never read; no page of a real scan is taken for blank.</summary>
public sealed class BlankPageTests(ITestOutputHelper output)
{
    public static TheoryData<string> ScannedSamples()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(samples, "*.scanned.pdf", SearchOption.AllDirectories).Order())
            data.Add(Path.GetRelativePath(samples, file));
        return data;
    }

    [Fact]
    public void A_jpeg_scan_is_judged_from_its_dc_coefficients_and_a_page_of_text_from_its_first_rows()
    {
        using var document = PdfDocument.Open(Readers.Sample("001.scanned.pdf"));
        var image = document.GetPage(1).GetImages().Single();
        foreach (var early in new[] { false, true })
        {
            var ink = BlankPages.InkFraction(image, early);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 20; i++) BlankPages.InkFraction(image, early);
            output.WriteLine($"stop early {early}: {clock.Elapsed.TotalMilliseconds / 20:F1} ms, ink {ink:P2}");
            Assert.InRange(ink!.Value, BlankPages.MaxInkFraction * 10, 1);
        }
    }

    [Theory]
    [MemberData(nameof(ScannedSamples))]
    public void No_page_of_a_scanned_sample_is_taken_for_blank(string sample)
    {
        using var document = PdfDocument.Open(Readers.Sample(sample));
        var limits = new ReadingOptions();
        var clock = Stopwatch.StartNew();
        foreach (var page in document.GetPages())
        {
            var ink = page.GetImages().Select(i => BlankPages.InkFraction(i)).ToList();
            output.WriteLine($"{sample} page {page.Number}: ink {string.Join(", ", ink.Select(f => f?.ToString("P2") ?? "unknown"))}");
            Assert.False(BlankPages.IsBlank(page, limits), $"page {page.Number} taken for blank");
        }
        output.WriteLine($"{clock.Elapsed.TotalMilliseconds / document.NumberOfPages:F1} ms a page");
    }
}
