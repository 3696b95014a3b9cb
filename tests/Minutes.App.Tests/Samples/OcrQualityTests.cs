using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Minutes.Tests.Samples;

/// <summary>
/// Tesseract on the scanned samples against the text they were printed from: at most 2% of characters differ
/// (edit distance over the source length), after whitespace, bullets, hyphenation and page heads are set aside
/// on both sides, as shared/tools/wer.py does for words.
/// </summary>
[Collection(SampleCollection.Name)]
public partial class OcrQualityTests(SampleReadings readings, ITestOutputHelper output)
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public async Task Scanned_sample_reads_with_at_most_two_percent_character_errors(string sample)
    {
        var source = Normalise(await File.ReadAllTextAsync(Path.Combine("samples", sample + ".txt")));
        var read = Normalise((await readings.ReadAsync(sample + ".scanned.pdf")).ToString());

        var cer = (double)TextDistance.Levenshtein(source, read) / source.Length;

        output.WriteLine($"{sample}: CER {cer:P2} over {source.Length} characters");
        Assert.True(cer <= 0.02, $"character error rate {cer:P2}");
    }

    private static string Normalise(string text)
    {
        text = text.Normalize(System.Text.NormalizationForm.FormC).Replace("\u00ad", "");
        var lines = text.Replace('\f', '\n').Split('\n')
            .Where(l => !PageNumber().IsMatch(l) && !PageHead().IsMatch(l))
            .Select(l => Bullet().Replace(l, ""));
        text = Hyphen().Replace(string.Join("\n", lines), "");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^\s*\d+\s*\(\d+\)\s*$")] private static partial Regex PageNumber();
    [GeneratedRegex(@"^\s*(MÖTESANTECKNINGAR|PROTOKOLL)\b.*\d{4}.*$")] private static partial Regex PageHead();
    [GeneratedRegex(@"^\s*[\uf0b7•»«+*©®◦▪-]\s+")] private static partial Regex Bullet();
    [GeneratedRegex(@"(?<=\p{Ll})-\s*\n\s*(?=\p{Ll})")] private static partial Regex Hyphen();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
}
