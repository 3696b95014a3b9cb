using System.Text.Json;
using Minutes.Parsing;
using Xunit.Abstractions;

namespace Minutes.Tests.Samples;

/// <summary>
/// The convention documents rendered as scans (image-only PDFs, slightly rotated, noisy; render-scans.sh), read by
/// Tesseract and parsed: what OCR does to layout (lost blank lines, § read as "$", "&" or "5", columns run together)
/// costs little. OCR is most of the suite's time, so the test run reads the short scans (two pages at most: a
/// protokoll, a KPR, a local group, councils, an administration's notes); <c>bench/parse-scores.sh</c> scores every scan.
/// </summary>
[Collection(SampleCollection.Name)]
public class ScannedConventionTests(SampleReadings readings, ITestOutputHelper output)
{
    private const int MostPages = 2;

    public static TheoryData<string> Scans() =>
        new(Directory.GetFiles(Path.Combine("samples", "parsing"), "*.scanned.pdf")
            .Where(f => PageCount(f) <= MostPages)
            .Select(f => Path.GetFileName(f)[..^".scanned.pdf".Length]).Order());

    private static int PageCount(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task Scanned_convention_document_parses_nearly_as_well_as_its_text(string name)
    {
        var meeting = MinutesParser.Parse(await readings.ReadAsync(Path.Combine("parsing", name + ".scanned.pdf")));
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine("samples", "parsing", name + ".expected.json")));

        var score = ParseScore.Of(expected.RootElement, meeting);
        output.WriteLine(score.ToString());
        Assert.True(score.Mean >= 0.93, $"mean {score.Mean:0.000}\n{score}");
        Assert.All(score.Groups, g => Assert.True(g.Value >= 0.7, $"{g.Key} {g.Value:0.000}\n{score}"));
    }
}
