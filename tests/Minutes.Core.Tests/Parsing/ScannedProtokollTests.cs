using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>A scanned § protokoll: the page furniture and § signs as OCR leaves them.</summary>
public class ScannedProtokollTests
{
    private static Meeting Scanned(params string[][] pages) =>
        MinutesParser.Parse(new DocumentText(pages.Select((lines, p) => new TextPage(p + 1, lines.Select(l => new TextLine(l)).ToList(), "tesseract")).ToList()));

    private static readonly string[] Head = ["PROTOKOLL", "", "Trafikrådet", "", "Datum: 2027-02-09", ""];

    [Fact]
    public void The_adjusters_box_at_a_page_foot_is_no_end_of_the_items()
    {
        var meeting = Scanned(
            [.. Head, "§ 4 Upprop", "", "Ordföranden öppnar sammanträdet.", "", "Justerandes signatur ........ ..ss.."],
            ["§ 5 Färdtjänst", "", "Rådet diskuterar färdtjänsten.", "", "§ 6 Avslutning", "", "Ordföranden avslutar sammanträdet.", "", "Vid protokollet", "", "Eva Ek"]);

        Assert.Equal(["4", "5", "6"], meeting.AgendaItems.Select(i => i.Number));
        Assert.Equal("Eva Ek", meeting.Secretary);
    }

    [Theory]
    [InlineData("Sida")]
    [InlineData("FRSPERITINEPFVOSTTFO: rien im EN TE NSERISERORSITLR TRE")]
    public void The_adjusters_box_with_a_scraps_line_after_it_on_its_page_is_still_a_page_foot(string scrap)
    {
        var meeting = Scanned(
            [.. Head, "§ 4 Upprop", "", "Ordföranden öppnar sammanträdet.", "", "Justerandes sign    Utdragsbestyrkande", scrap],
            ["&5    Färdtjänst", "", "Rådet diskuterar färdtjänsten.", "", "86    Avslutning", "", "Ordföranden avslutar sammanträdet."]);

        Assert.Equal(["4", "5", "6"], meeting.AgendaItems.Select(i => i.Number));
    }

    [Fact]
    public void The_schedule_under_an_items_heading_whose_sign_a_scan_misread_is_read()
    {
        var meeting = Scanned([.. Head, "§ 9 Övrigt", "", "Inget.", "", "& 10    Kommande sammanträden och mötets avslutande", "",
            "Rådets återstående sammanträden 2027: 19 april, 14 juni och 20 september, samtliga kl. 09.00."]);

        Assert.Equal(["2027-04-19", "2027-06-14", "2027-09-20"], meeting.ScheduledMeetings.Select(m => m.Date.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void A_signature_line_a_scan_read_as_letters_is_no_part_of_the_name_under_it()
    {
        var meeting = Scanned(["PROTOKOLL", "", "Trafikrådet", "", "Plats och tid    Kommunhuset, kl. 13.30–16.05", "",
            "Ledamöter            Margareta Tollin (KD)", "",
            "Underskrifter    Sekreterare = s..ssssesssessossensnsennsns", "Sofia Nilsson Rydh", "",
            "Ordförande = s....seessssssrsssssssersnne", "Margareta Tollin", "", "§ 1 Upprop", "", "Text."]);

        Assert.Equal("Margareta Tollin", meeting.Chair);
    }

    [Fact]
    public void A_rule_read_as_a_mark_between_the_kind_and_the_page_caption_is_no_title()
    {
        var meeting = Scanned(["SOLBY KOMMUN    SAMMANTRÄDESPROTOKOLL = Sida", "Kommunala pensionärsrådet    Sammanträdesdatum", "2027-02-15", "",
            "Plats och tid    Kommunhuset", "", "§ 1 Upprop", "", "Text."]);

        Assert.Equal("Kommunala pensionärsrådet", meeting.Title);
    }

    [Fact]
    public void The_adjusters_box_on_the_last_page_still_ends_the_items()
    {
        var lines = new[] { "§ 6 Avslutning", "Text.", "Justerandes signatur", "Bilagor till protokollet" }
            .Select(l => new SourceLine(l, 2, false)).ToList();

        Assert.True(ItemHeading.EndOfItems(lines, 2));
        Assert.False(PageFoot.IsAdjustersBox(lines, 1));
    }

    [Fact]
    public void A_sentence_wrapped_onto_a_line_starting_with_justeras_or_bilaga_does_not_end_the_items()
    {
        var meeting = Scanned(
            [.. Head, "§ 4 Protokollets justering", "", "Samrådet beslutar att protokollet ska",
             "justeras senast den 29 april 2026.", "", "§ 5 Tillgänglighet", "", "Förvaltningen redogör för läget enligt",
             "bilaga 1.", "", "§ 6 Avslutning", "", "Ordföranden avslutar sammanträdet.", "", "Vid protokollet", "", "Eva Ek"]);

        Assert.Equal(["4", "5", "6"], meeting.AgendaItems.Select(i => i.Number));
        Assert.Equal("Eva Ek", meeting.Secretary);
    }

    [Theory]
    [InlineData("§ 5")]
    [InlineData("$ 5")]
    [InlineData("S 5")]
    [InlineData("8 5")]
    [InlineData("§ 5.")]
    [InlineData("&£5")]
    [InlineData("s5")]
    [InlineData("s$5")]
    [InlineData("85")]
    [InlineData("55")]
    public void A_paragraph_sign_alone_as_ocr_reads_it_takes_the_title_below(string sign)
    {
        var meeting = Scanned([.. Head, "§ 4 Upprop", "", "Ordföranden öppnar sammanträdet.", "", sign, "Färdtjänst", "", "Rådet diskuterar färdtjänsten."]);

        Assert.Equal(["4", "5"], meeting.AgendaItems.Select(i => i.Number));
        Assert.Equal("Färdtjänst", meeting.AgendaItems[1].Title);
    }

    [Fact]
    public void A_number_alone_that_does_not_follow_the_last_paragraph_is_no_heading() =>
        Assert.Equal(["4"], Scanned([.. Head, "§ 4 Upprop", "", "Ordföranden öppnar sammanträdet.", "", "83", "Färdtjänst", "", "Rådet diskuterar."])
            .AgendaItems.Select(i => i.Number));

    [Fact]
    public void A_sign_read_as_an_eight_fused_with_the_next_number_before_the_title_is_that_paragraph()
    {
        var meeting = Scanned([.. Head, "§ 4    Nära vård", "Dnr RS 2026-02876", "", "Rådet diskuterar.", "",
            "85    Yttrande över remissen", "Dnr RS 2026-03391", "", "Rådet yttrar sig.", "", "$6    Avslutning", "", "Mötet avslutas."]);

        Assert.Equal(["4", "5", "6"], meeting.AgendaItems.Select(i => i.Number));
        Assert.Equal("Yttrande över remissen", meeting.AgendaItems[1].Title);
    }

    [Fact]
    public void A_paragraph_whose_sign_the_scan_lost_or_read_as_a_letter_before_the_title_still_opens_in_order()
    {
        var meeting = Scanned([.. Head, "&1    Sammanträdets öppnande", "Ordföranden öppnar sammanträdet.", "",
            "2    Val av justerare", "Rådet beslutar", "att utse Siv Ott att justera protokollet.", "",
            "s3    Tillgänglighet i stadsmiljön", "Rådet diskuterar."]);

        Assert.Equal(["1", "2", "3"], meeting.AgendaItems.Select(i => i.Number));
        Assert.Equal("Val av justerare", meeting.AgendaItems[1].Title);
    }

    [Fact]
    public void A_numbered_list_in_a_paragraph_opens_no_paragraph() =>
        Assert.Equal(["1"], Scanned([.. Head, "§ 1    Remissvar", "Rådet framför följande:", "1. Tillgängligheten ska öka.",
            "2. Kostnaderna ska redovisas.", "", "2. Taxorna ska ses över."]).AgendaItems.Select(i => i.Number));

    [Fact]
    public void A_gap_read_as_an_equals_sign_after_the_number_still_opens_the_item() =>
        Assert.Equal(["1", "2", "3"], Scanned(["Dialogforum", "Minnesanteckningar", "", "Datum: 2027-03-02", "",
            "Punkt 1    Inledning", "", "Mötet öppnas.", "", "Punkt 2    Ambulansen", "", "Läget redovisas.", "",
            "Punkt 3 = Telefontillgänglighet", "", "Frågan diskuteras."]).AgendaItems.Select(i => i.Number));

    [Fact]
    public void A_quotation_mark_read_before_the_title_still_opens_the_paragraph() =>
        Assert.Equal(("17", "Remiss: riktlinjer för ledsagarservice"),
            Scanned([.. Head, "§ 16   Lokaltrafik", "", "Text.", "", "$17    «Remiss: riktlinjer för ledsagarservice", "", "Text."])
                .AgendaItems.Select(i => (i.Number, i.Title)).Last());

    [Fact]
    public void A_label_whose_letter_lost_its_dots_is_still_that_label()
    {
        var meeting = Scanned(["PROTOKOLL", "", "Trafikrådet", "", "Datum: 2027-02-09", "",
            "Ledamöter    Anna Berg (S), ordförande", "Per Ek (M)", "Ovriga deltagare    Eva Lund, nämndsekreterare", "",
            "§ 1 Upprop", "", "Ordföranden öppnar sammanträdet."]);
        Assert.Equal("Övriga deltagare", meeting.Attendees.Single(a => a.Name == "Eva Lund").Organization);
    }

    [Fact]
    public void A_sign_read_as_five_and_dollar_and_a_title_opened_by_a_dash_without_a_space_are_headings()
    {
        var meeting = Scanned([.. Head, "5$8    Sammanträdets öppnande", "", "Ordföranden öppnar sammanträdet.", "",
            "59    Föregående protokoll", "", "Protokollet läggs till handlingarna.", "",
            "$10    -Budget 2027 - information", "", "Förvaltningen informerar."]);
        Assert.Equal([("8", "Sammanträdets öppnande"), ("9", "Föregående protokoll"), ("10", "Budget 2027 - information")],
            meeting.AgendaItems.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void A_full_stop_read_as_a_comma_after_an_items_number_still_makes_the_heading()
    {
        var meeting = Scanned(["MÖTESANTECKNINGAR", "", "Brukarråd primärvård", "", "Datum: 2026-09-09", "",
            "1. Inledning", "", "Mötet öppnades.", "", "2. Föregående anteckningar", "", "Godkändes.", "",
            "3, Aktuellt från primärvården", "", "Hälsocentralerna informerade."]);
        Assert.Equal(["1", "2", "3"], meeting.AgendaItems.Select(i => i.Number));
    }

    [Fact]
    public void A_long_title_goes_on_over_a_line_set_in_its_column()
    {
        var meeting = Scanned([.. Head, "§ 42    Förlängning av avtal om läkemedelsgenomgångar mellan", "        Solby kommun och Region Solby 2027", "",
            "        Rådet informeras."]);
        Assert.Equal("Förlängning av avtal om läkemedelsgenomgångar mellan Solby kommun och Region Solby 2027", Assert.Single(meeting.AgendaItems).Title);
    }

    [Fact]
    public void A_short_title_over_a_line_in_its_column_is_over_the_body_where_the_scan_lost_the_blank_line()
    {
        var meeting = Scanned([.. Head, "§ 11    Föregående protokoll", "        Protokollet från sammanträdet den 9 februari 2026 är justerat och",
            "        läggs till handlingarna."]);
        Assert.Equal("Föregående protokoll", Assert.Single(meeting.AgendaItems).Title);
    }
}
