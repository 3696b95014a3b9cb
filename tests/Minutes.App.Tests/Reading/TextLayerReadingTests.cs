using Minutes.Reading;

namespace Minutes.Tests.Reading;

public sealed class TextLayerReadingTests
{
    [Theory]
    [InlineData("000.pdf", 30)]
    [InlineData("001.pdf", 7)]
    [InlineData("002.pdf", 7)]
    public async Task Born_digital_pdf_is_read_from_its_text_layer_page_by_page(string sample, int pages)
    {
        var text = await Readers.Reader().ReadAsync(Readers.Sample(sample));

        Assert.Equal(pages, text.Pages.Count);
        Assert.All(text.Pages, p => Assert.Equal("text", p.Engine));
        Assert.Null(text.MeanConfidence);
    }

    [Fact]
    public async Task Label_columns_keep_their_gap_and_lines_carry_their_left_indent()
    {
        var text = await Readers.Reader().ReadAsync(Readers.Sample("001.pdf"), ReadEngine.Text);

        var date = text.Pages[0].Lines.Single(l => l.Text.StartsWith("Datum"));
        Assert.Matches(@"^Datum {2,}Torsdagen den 12 juni 2025$", date.Text);
        Assert.InRange(date.Indent!.Value, 0.08, 0.2);
        var continuation = text.Pages[0].Lines.First(l => l.Text.StartsWith("SKPF:"));
        Assert.True(continuation.Indent > date.Indent + 0.1, "a value column line is indented past its label");
    }

    [Fact]
    public async Task Page_headers_and_page_numbers_are_gone_from_the_text()
    {
        var text = (await Readers.Reader().ReadAsync(Readers.Sample("001.pdf"))).ToString();

        Assert.DoesNotMatch(@"(?m)^\s*\d+ \(7\)\s*$", text);
        Assert.DoesNotContain("2 (7)", text);
        Assert.Contains("MÖTESANTECKNINGAR HSN 2025-0125", text); // the title on page one is not furniture
    }
}
