using Minutes.Reading;

namespace Minutes.Tests.Reading;

/// <summary>Text pages shown turned (/Rotate) read in the order a reader sees them, labels and values apart.</summary>
public sealed class TurnedTextPageTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("minutes-read-test-");

    public void Dispose() => work.Delete(recursive: true);

    private static readonly (double X, double Y, string Text)[] Page =
    [
        (57, 780, "Samverkansmote med pensionarsorganisationerna"),
        (57, 740, "Datum"), (170, 740, "Torsdagen den 12 juni 2025"),
        (57, 714, "Plats"), (170, 714, "Lindhagensgatan 98"),
        (57, 674, "1 Inledning"),
        (57, 648, "Ordforanden oppnar motet och halsar alla valkomna."),
    ];

    private async Task<IReadOnlyList<string>> ReadLines(byte[] pdf)
    {
        var path = Path.Combine(work.FullName, "turned.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var text = await Readers.Reader().ReadAsync(path, ReadEngine.Text);
        return text.Pages.Single().Lines.Select(l => l.Text).Where(t => t.Length > 0).ToList();
    }

    [Fact]
    public async Task A_portrait_page_stored_as_landscape_and_shown_turned_reads_upright()
    {
        // Stored 842 wide, content drawn a quarter turn anticlockwise, shown a quarter turn clockwise: upright A4.
        var lines = await ReadLines(TinyPdf.TextPage("0 0 841.89 595.28", 90, "0 1 -1 0 841.89 0", Page));

        AssertReadsInOrder(lines);
    }

    [Fact]
    public async Task A_page_shown_sideways_is_read_along_its_text()
    {
        var lines = await ReadLines(TinyPdf.TextPage("0 0 595.28 841.89", 90, "1 0 0 1 0 0", Page));

        AssertReadsInOrder(lines);
    }

    private static void AssertReadsInOrder(IReadOnlyList<string> lines)
    {
        Assert.Equal("Samverkansmote med pensionarsorganisationerna", lines[0]);
        Assert.Matches(@"^Datum {2,}Torsdagen den 12 juni 2025$", lines[1]);
        Assert.Matches(@"^Plats {2,}Lindhagensgatan 98$", lines[2]);
        Assert.Equal("1 Inledning", lines[3]);
        Assert.Equal("Ordforanden oppnar motet och halsar alla valkomna.", lines[4]);
    }
}
