using Minutes.Tests.Samples;

namespace Minutes.Tests.Reading;

/// <summary>What OCR lines carry besides their text (the character error rate is enforced in Samples/OcrQualityTests).</summary>
[Collection(SampleCollection.Name)]
public sealed class ScannedSampleQualityTests(SampleReadings readings)
{
    [Fact]
    public async Task Lines_read_by_ocr_carry_confidence_and_indent_and_label_columns_keep_their_gap()
    {
        var text = await readings.ReadAsync("001.scanned.pdf");

        Assert.Equal("tesseract", text.Engine);
        var lines = text.Pages.SelectMany(p => p.Lines).Where(l => l.Text.Length > 0).ToList();
        Assert.All(lines, l => Assert.InRange(l.Confidence!.Value, 0, 1));
        Assert.All(lines, l => Assert.InRange(l.Indent!.Value, 0, 1));
        Assert.InRange(text.MeanConfidence!.Value, 0.85, 1);
        var date = lines.First(l => l.Text.StartsWith("Datum"));
        Assert.Matches(@"^Datum {2,}Torsdagen den 12 juni 2025$", date.Text);
    }
}
