using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>Headerless minutes get a series from what they say about their forum, so unrelated meetings are not merged into `unknown`.</summary>
public class SeriesNameTests
{
    private static Meeting Parse(string text, string? fileName = null) =>
        MinutesParser.Parse(PageCleaner.Clean(new DocumentText(text.Split('\f')
            .Select((p, i) => new TextPage(i + 1, p.Split('\n').Select(l => new TextLine(l)).ToList(), "text")).ToList())), fileName);

    [Theory]
    [InlineData("Pensionärsrådet Solna   Anteckningar 2025-11-18   Sida 2 av 4", "Pensionärsrådet Solna")]
    [InlineData("MÖTESANTECKNINGAR   2025-03-12   2 (4)", null)]
    [InlineData("Justerandes sign   Utdragsbestyrkande", null)]
    [InlineData("Sida 3 av 5", null)]
    public void A_running_head_names_its_forum_without_kind_date_or_page(string head, string? expected) =>
        Assert.Equal(expected, SeriesName.FromRunningHead(head));

    [Theory]
    [InlineData("Minnesanteckningar från mötet med Pensionärsrådet Södermalm tisdagen den 18 november 2025", "Pensionärsrådet Södermalm")]
    [InlineData("Anteckningar från Lokala samverkansgruppen Järva den 3 mars", "Lokala samverkansgruppen Järva")]
    [InlineData("Anteckningar förda vid sammanträdet i KPR Solna, 2025-10-02", "KPR Solna")]
    [InlineData("Minnesanteckningar från mötet den 18 november 2025", null)]
    [InlineData("Vi samlades i Solna.", null)]
    public void The_opening_sentence_names_the_forum(string first, string? expected) =>
        Assert.Equal(expected, SeriesName.FromOpening([new SourceLine(first, 1, false)]));

    [Theory]
    [InlineData("KPR_Solna_2025-11-18.pdf", "KPR Solna")]
    [InlineData("minnesanteckningar 2025-11-18.pdf", null)]
    [InlineData("scan0042.pdf", null)]
    [InlineData(null, null)]
    public void The_file_name_is_the_last_resort(string? fileName, string? expected) =>
        Assert.Equal(expected, SeriesName.FromFileName(fileName));

    [Fact]
    public void Headerless_minutes_of_two_forums_fall_into_two_series()
    {
        var solna = Parse("Pensionärsrådet Solna   Anteckningar 2025-11-18   Sida 1 av 2\n1. Inledning\nOrdföranden hälsade välkomna.\n"
                          + "\fPensionärsrådet Solna   Anteckningar 2025-11-18   Sida 2 av 2\n2. Frågor\nFörvaltningen återkommer med svar.\n");
        var jarva = Parse("Minnesanteckningar från mötet med Lokala samverkansgruppen Järva den 18 november 2025\n\n1. Inledning\nOrdföranden hälsade välkomna.\n");
        Assert.Equal("pensionarsradet-solna", solna.SeriesId);
        Assert.Equal("lokala-samverkansgruppen-jarva", jarva.SeriesId);
    }

    [Fact]
    public void Minutes_that_name_their_forum_nowhere_take_it_from_the_file_name()
    {
        var text = "1. Inledning\nOrdföranden hälsade välkomna.\n\n2. Frågor\nFörvaltningen återkommer med svar.\n";
        Assert.Equal("kpr-solna", Parse(text, "KPR_Solna_2025-11-18.pdf").SeriesId);
        Assert.Equal("unknown", Parse(text).SeriesId);
    }

    [Fact]
    public void A_title_still_names_the_series()
    {
        var text = "MÖTESANTECKNINGAR\nSamverkan mellan pensionärsorganisationerna och förvaltningen\nDatum: 2025-06-12\n\n1. Inledning\nText.\n";
        Assert.Equal("samverkan-mellan-pensionarsorganisationerna-och-forvaltningen", Parse(text, "KPR_Solna.pdf").SeriesId);
    }
}
