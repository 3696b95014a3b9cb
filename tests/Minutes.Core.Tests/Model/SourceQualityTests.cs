using Minutes.Model;

namespace Minutes.Tests.Model;

public class SourceQualityTests
{
    private static DocumentSource Source(string engine, double? confidence = null, string sha = "a") => new("x.pdf", sha, 3, engine, confidence);

    [Fact]
    public void A_text_layer_replaces_an_ocr_reading_and_an_ocr_reading_never_replaces_a_text_layer()
    {
        Assert.True(SourceQuality.Replaces(Source("text"), Source("tesseract", 96)));
        Assert.False(SourceQuality.Replaces(Source("tesseract", 99), Source("text")));
        Assert.False(SourceQuality.Replaces(Source("docint", 0.99), Source("text")));
    }

    [Fact]
    public void Between_two_ocr_readings_the_higher_confidence_stands_and_a_tie_goes_to_the_newer()
    {
        Assert.True(SourceQuality.Replaces(Source("tesseract", 91), Source("tesseract", 85)));
        Assert.False(SourceQuality.Replaces(Source("tesseract", 80), Source("tesseract", 85)));
        Assert.True(SourceQuality.Replaces(Source("tesseract", 85, "b"), Source("tesseract", 85)));
    }

    [Fact]
    public void The_first_copy_always_stands()
    {
        Assert.True(SourceQuality.Replaces(Source("tesseract", 10), null));
    }
}
