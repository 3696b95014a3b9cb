using Minutes.Reading;
using Xunit.Abstractions;

namespace Minutes.Tests.Reading;

/// <summary>The local engine on the scanned samples, against the text they were rendered from.</summary>
public sealed class ScannedSampleQualityTests(ITestOutputHelper output)
{
    private const double MaximumCharacterErrorRate = 0.02;

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public async Task Tesseract_reads_a_scanned_sample_within_two_percent_character_errors(string sample)
    {
        var text = await Readers.Reader().ReadAsync(Readers.Sample($"{sample}.scanned.pdf"));

        Assert.Equal("tesseract", text.Engine);
        var source = await File.ReadAllTextAsync(Readers.Sample($"{sample}.txt"));
        var cer = CharacterErrorRate.Of(source, text.ToString());
        output.WriteLine($"{sample}.scanned.pdf: CER {cer:P2}, mean confidence {text.MeanConfidence:F3}");
        Assert.InRange(cer, 0, MaximumCharacterErrorRate);
    }

    [Fact]
    public async Task Lines_read_by_ocr_carry_confidence_and_indent()
    {
        var text = await Readers.Reader().ReadAsync(Readers.Sample("001.scanned.pdf"), ReadEngine.Tesseract);

        var lines = text.Pages.SelectMany(p => p.Lines).Where(l => l.Text.Length > 0).ToList();
        Assert.All(lines, l => Assert.InRange(l.Confidence!.Value, 0, 1));
        Assert.All(lines, l => Assert.InRange(l.Indent!.Value, 0, 1));
        var date = lines.First(l => l.Text.StartsWith("Datum"));
        Assert.Matches(@"^Datum {2,}Torsdagen den 12 juni 2025$", date.Text);
    }
}
