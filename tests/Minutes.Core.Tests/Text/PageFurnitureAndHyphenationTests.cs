using Minutes.Text;

namespace Minutes.Tests.Text;

/// <summary>The cleaning conventions the reader relies on, for every engine's output.</summary>
public sealed class PageFurnitureAndHyphenationTests
{
    private static TextPage Page(int number, params string[] lines) =>
        new(number, lines.Select(l => new TextLine(l)).ToList(), "text");

    private static string Clean(params TextPage[] pages) =>
        PageCleaner.Clean(new DocumentText(pages)).ToString();

    [Fact]
    public void Page_numbers_of_the_form_n_of_m_are_dropped()
    {
        var text = Clean(Page(1, "4 (12)", "", "Mötet öppnas."), Page(2, "Beslut fattas.", "", "Sida 5 av 12"));

        Assert.Equal("Mötet öppnas.\fBeslut fattas.", text);
    }

    [Fact]
    public void Lines_repeated_at_the_top_of_pages_are_running_heads_and_dropped_but_the_first_page_keeps_it_as_letterhead()
    {
        var text = Clean(
            Page(1, "MÖTESANTECKNINGAR", "Samverkansmöte", "1 Inledning"),
            Page(2, "MÖTESANTECKNINGAR", "2023-06-20", "2 Föregående protokoll"),
            Page(3, "MÖTESANTECKNINGAR", "2023-06-20", "3 Aktuellt"));

        Assert.Equal("MÖTESANTECKNINGAR\nSamverkansmöte\n1 Inledning\f2 Föregående protokoll\f3 Aktuellt", text);
    }

    [Fact]
    public void A_foot_that_ocr_reads_differently_on_every_page_is_still_dropped()
    {
        var text = Clean(
            Page(1, "PROTOKOLL", "§ 1 Öppnande", "Mötet öppnas.", "OFdE SIGN Enter    JUStE SIGN: seiossssener    Utdragsbestyrkande"),
            Page(2, "§ 2 Val av justerare", "Anna Berg utses.", "ÖFdE SIQN= EET nn    JUSEESION TS Ares    Utdragsbestyrkande"),
            Page(3, "§ 3 Rapport", "Rapporten läggs till handlingarna.", "OFTA SION: rer serssns    JUSETSION Sissi    Utdragsbestyrkande"));

        Assert.DoesNotContain("Utdragsbestyrkande", text);
        Assert.Contains("Rapporten läggs till handlingarna.", text);
    }

    [Fact]
    public void A_running_head_with_a_changing_page_number_is_dropped()
    {
        var text = Clean(
            Page(1, "Inledning"),
            Page(2, "MÖTESANTECKNINGAR   2025-06-12   HSN 2025-0125   2 (3)", "Text på sidan två"),
            Page(3, "MÖTESANTECKNINGAR   2025-06-12   HSN 2025-0125   3 (3)", "Text på sidan tre"));

        Assert.Equal("Inledning\fText på sidan två\fText på sidan tre", text);
    }

    [Fact]
    public void A_line_that_opens_only_one_page_stays()
    {
        var text = Clean(Page(1, "Johan Bratt", "Aktuellt"), Page(2, "Anna Berg", "Övrigt"), Page(3, "Lars Ek", "Avslutning"));

        Assert.Equal("Johan Bratt\nAktuellt\fAnna Berg\nÖvrigt\fLars Ek\nAvslutning", text);
    }

    [Fact]
    public void A_numbered_item_heading_is_not_taken_for_a_page_number()
    {
        var text = Clean(Page(1, "3 Aktuellt vid förvaltningen", "Text"), Page(2, "4 Övriga frågor", "Text"));

        Assert.StartsWith("3 Aktuellt vid förvaltningen", text);
        Assert.Contains("4 Övriga frågor", text);
    }

    [Fact]
    public void Lines_an_engine_marked_as_page_furniture_are_dropped()
    {
        var page = new TextPage(1,
        [
            new TextLine("Region Stockholm", Role: LineRole.PageHeader),
            new TextLine("Protokoll", Role: LineRole.Title),
            new TextLine("Sida 1", Role: LineRole.PageNumber),
            new TextLine("Tryckt 2025", Role: LineRole.PageFooter),
        ], "docint");

        var cleaned = PageCleaner.Clean(new DocumentText([page])).Pages.Single();

        Assert.Equal([("Protokoll", LineRole.Title)], cleaned.Lines.Select(l => (l.Text, l.Role)));
    }

    [Fact]
    public void A_word_hyphenated_across_a_line_break_is_joined_on_the_first_line()
    {
        var text = Clean(Page(1, "Frågan lyftes av hälso- och sjukvårds-", "förvaltningen, som svarade."));

        Assert.Equal("Frågan lyftes av hälso- och sjukvårdsförvaltningen,\nsom svarade.", text);
    }

    [Fact]
    public void A_hyphen_before_och_is_an_elided_compound_and_stays()
    {
        var text = Clean(Page(1, "Samverkan mellan pensionärsorganisationerna och hälso-", "och sjukvårdsförvaltningen"));

        Assert.Equal("Samverkan mellan pensionärsorganisationerna och hälso-\noch sjukvårdsförvaltningen", text);
    }

    [Fact]
    public void A_continuation_that_is_the_whole_next_line_removes_that_line()
    {
        var text = Clean(Page(1, "Ärendet gäller region-", "ledningen.", "Nästa stycke"));

        Assert.Equal("Ärendet gäller regionledningen.\nNästa stycke", text);
    }

    [Fact]
    public void A_dash_before_a_capital_or_a_number_is_not_hyphenation()
    {
        var text = Clean(Page(1, "Uppföljning av covid-", "19 och Region-", "Stockholm"));

        Assert.Equal("Uppföljning av covid-\n19 och Region-\nStockholm", text);
    }

    [Fact]
    public void Blank_lines_collapse_and_pages_do_not_end_in_blank_lines()
    {
        var text = Clean(Page(1, "Ett", "", "", "Två", "", ""));

        Assert.Equal("Ett\n\nTvå", text);
    }
}
