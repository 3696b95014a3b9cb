using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>Conventions of unseen minutes (sets 13y and 13z), each in the general form the parser reads.</summary>
public class UnseenSet13yConventionTests
{
    private static Meeting Notes(params string[] body) => ParsedLines.Parse(
    [
        "Samverkansrådet i Solby län", "Minnesanteckningar", "", "Datum: 2026-10-06", "",
        "Närvarande", "Anna Berg, Region Solby", "Eva Lund, PRO Solby", "",
        .. body,
    ]);

    [Fact]
    public void A_report_back_label_under_the_owner_is_the_due_and_no_part_of_the_owner()
    {
        var action = Assert.Single(Notes("1. Utskrivning från sjukhus", "",
            "Uppdrag: Ta fram ett förslag till gemensam checklista för information till", "anhöriga inför utskrivning.",
            "Ansvarig: Mona Karlsson", "Återrapport: till nästa möte").ActionItems);
        Assert.Equal(("Mona Karlsson", "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void Those_who_were_asked_in_the_past_tense_are_asked_to_act() =>
        Assert.Equal(("Kommunerna", "2026-12"), Assert.Single(Notes("1. Frågor", "",
            "Svar: Kommunerna ombads se över sina hemsidor och lägga in länken senast i december.").ActionItems) is var a
            ? (a.Owner, a.Due) : default);

    [Fact]
    public void The_posting_dates_under_the_meeting_date_field_of_a_protokoll_are_no_coming_meetings()
    {
        var meeting = Notes("1. Öppnande", "", "Mötet öppnades.", "", "ANSLAG/BEVIS", "",
            "Organ                Kommunala pensionärsrådet",
            "Sammanträdesdatum    2026-10-06",
            "Anslaget sätts upp   2026-10-14            Anslaget tas ned   2026-11-05");
        Assert.Empty(meeting.ScheduledMeetings);
        Assert.Null(meeting.NextMeeting);
    }

    [Fact]
    public void A_year_of_meeting_dates_with_their_weekday_and_time_in_parentheses_is_a_list()
    {
        var meeting = Notes("1. Nästa möte", "",
            "Mötesdatum 2027 (onsdagar kl. 14.00–16.00): 3 februari, 14 april, 9 juni,", "22 september och 24 november.");
        Assert.Equal(["2027-02-03", "2027-04-14", "2027-06-09", "2027-09-22", "2027-11-24"],
            meeting.ScheduledMeetings.Select(m => m.Date.ToString("yyyy-MM-dd")));
        Assert.All(meeting.ScheduledMeetings, m => Assert.Equal(new TimeOnly(14, 0), m.StartTime));
    }

    [Fact]
    public void A_deadline_that_ends_a_sentence_on_the_line_below_is_no_meeting_of_the_list_above()
    {
        var meeting = Notes("1. Kommande möten", "", "Dialogmötena 2027 hålls enligt följande:", "",
            "  Torsdag 22 april 2027      kl. 13.30–16.00    Värnamo sjukhus, aulan",
            "  Torsdag 23 september 2027  kl. 13.30–16.00    Kommunhuset i Gislaved", "",
            "Pensionärsorganisationerna skickar in frågor till sekreteraren senast", "den 8 april.");
        Assert.Equal(["2027-04-22", "2027-09-23"], meeting.ScheduledMeetings.Select(m => m.Date.ToString("yyyy-MM-dd")));
        Assert.Equal("2027-04-08", Assert.Single(meeting.ActionItems).Due);
    }

    [Fact]
    public void A_group_heading_in_the_label_column_that_wraps_heads_its_table_of_names_and_organisations()
    {
        var meeting = ParsedLines.Parse(
            "SOLBY KOMMUN                                        SAMMANTRÄDESPROTOKOLL", "", "Kommunala funktionsrättsrådet", "",
            "Plats och tid         Stadshuset, kl. 13.15–15.30", "",
            "Ledamöter             Tomas Lind (M), ordförande", "",
            "Organisationernas     Namn                      Organisation",
            "representanter        Lars-Göran Frid           DHR Solby",
            "                      Jenny Forn                Autism- och Aspergerföreningen",
            "                                                Solby",
            "                      Anders Lövk               Reumatikerföreningen Solby", "",
            "Övriga närvarande     Camilla Ryd, sekreterare", "",
            "§ 1    Öppnande", "Mötet öppnas.");
        Assert.Equal(
            [("Tomas Lind", "M"), ("Lars-Göran Frid", "DHR Solby"), ("Jenny Forn", "Autism- och Aspergerföreningen Solby"),
             ("Anders Lövk", "Reumatikerföreningen Solby"), ("Camilla Ryd", "Övriga närvarande")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Fact]
    public void On_a_scan_that_keeps_no_indent_a_one_word_group_heading_in_the_label_column_still_heads_its_rows()
    {
        var meeting = ParsedLines.Parse(
            "SOLBY KOMMUN    SAMMANTRÄDESPROTOKOLL", "", "Kommunala funktionsrättsrådet", "",
            "Plats och tid    Stadshuset, kl. 13.15–15.30", "",
            "Ledamöter    Tomas Lind (M), ordförande", "",
            "Organisationernas    Namn    Organisation",
            "representanter    Lars-Göran Frid    DHR Solby",
            "Siv Andersson    SRF Solby",
            "Britt Kjellberg    FUB Solby", "",
            "Övriga närvarande    Camilla Ryd, sekreterare", "",
            "§ 1    Öppnande", "Mötet öppnas.");
        Assert.Equal([("Tomas Lind", "M"), ("Lars-Göran Frid", "DHR Solby"), ("Siv Andersson", "SRF Solby"), ("Britt Kjellberg", "FUB Solby"),
             ("Camilla Ryd", "Övriga närvarande")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Theory]
    [InlineData("Pensionärsorganisationerna")]
    [InlineData("Förvaltningen")]
    public void A_one_word_group_heading_after_a_blank_line_is_no_end_of_the_name_above(string heading)
    {
        var meeting = ParsedLines.Parse("Regionala pensionärsrådet", "Minnesanteckningar", "", "Datum       Tisdag 8 september 2026", "",
            "Närvarande", "", "Förtroendevalda", "Elsy Olofs (C), ordförande", "Annika Röd (M)", "",
            heading, "PRO                     Kjell-Åke Norr, Bengt Holm", "", "1.  Mötet öppnas", "Mötet öppnades.");
        Assert.Equal([("Elsy Olofs", "C"), ("Annika Röd", "M"), ("Kjell-Åke Norr", "PRO"), ("Bengt Holm", "PRO")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Fact]
    public void An_antecknare_after_a_post_keeps_the_notes_and_a_place_after_the_hours_of_the_meeting_line_is_the_place()
    {
        var meeting = ParsedLines.Parse("Skellby kommun, Socialförvaltningen", "", "Styrgrupp Nära vård Skellby",
            "Anteckningar från mötet 16 november 2026, kl 13–15, Teams", "", "Deltagare", "", "Skellby kommun",
            "   Maria Öb, socialchef, ordförande", "   Erik Nils, projektledare nära vård, antecknare", "",
            "Punkt 1 – Föregående anteckningar", "", "Anteckningarna godkändes.");
        Assert.Equal(("Maria Öb", "Erik Nils", "Teams"), (meeting.Chair, meeting.Secretary, meeting.Location));
    }

    [Theory]
    [InlineData("Värnamo kommun återkommer med svar vid nästa dialogmöte.", "Värnamo kommun")]
    [InlineData("Funktionsrättsrådet beslutar att ge tekniska förvaltningen i uppdrag att inventera ledstråk.", "Tekniska förvaltningen")]
    public void A_body_named_by_its_place_or_its_adjective_is_the_owner_in_full(string sentence, string owner) =>
        Assert.Equal(owner, Assert.Single(Notes("1. Frågor", "", sentence).ActionItems).Owner);

    [Fact]
    public void A_matter_to_be_taken_up_at_a_meeting_named_by_its_month_is_an_item_due_that_month() =>
        Assert.Equal("2026-12", Assert.Single(Notes("1. Övriga frågor", "",
            "Eva Lund föreslog att rådet ska medverka vid tillgänglighetsdagen. Frågan tas upp vid sammanträdet i december.").ActionItems).Due);

    [Fact]
    public void A_commission_whose_result_is_followed_up_at_a_time_is_one_item_due_then()
    {
        var action = Assert.Single(Notes("1. Sjukresor", "",
            "Anna Berg fick i uppdrag att se till att informationen förenklas. Resultatet följs upp under våren 2027.").ActionItems);
        Assert.Equal(("Anna Berg", "2027-Q1"), (action.Owner, action.Due));
    }

    [Theory]
    [InlineData("Om båda näten ligger nere skickas en signal till larmcentralen som kontaktar hemtjänsten.")]
    [InlineData("Resenärerna bokar båda resetyperna via samma telefonnummer.")]
    [InlineData("Larmleverantören kontaktar varje brukare för att boka tid för installation.")]
    public void How_a_service_works_in_the_present_tense_is_no_task(string sentence) =>
        Assert.Empty(Notes("1. Trygghetslarm", "", sentence).ActionItems);

    [Fact]
    public void A_council_decides_in_att_clauses_set_apart_from_its_verb_by_a_blank_line() =>
        Assert.Equal(["Kommunala pensionärsrådet beslutar att notera informationen, samt att uppdra åt förvaltningen att skicka utkastet."],
            ParsedLines.Parse("PROTOKOLL", "", "Kommunala pensionärsrådet", "", "Datum: 2026-03-16", "", "§ 10", "Information", "",
                "Beslut", "Kommunala pensionärsrådet beslutar", "", "att notera informationen, samt", "",
                "att uppdra åt förvaltningen att skicka utkastet.").AgendaItems.Single().Decisions);

    [Fact]
    public void A_year_of_meeting_dates_announced_with_their_weekday_time_and_place_heads_the_list_below()
    {
        var meeting = Notes("1. Kommande möten", "", "Mötesdatum 2027, samtliga torsdagar kl. 9.30–12.00 i Regionhuset:",
            "- 11 mars", "- 10 juni", "- 7 oktober");
        Assert.Equal(["2027-03-11", "2027-06-10", "2027-10-07"], meeting.ScheduledMeetings.Select(m => m.Date.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void A_matter_taken_up_on_the_next_meeting_is_a_later_agenda_item() =>
        Assert.Equal("next-meeting", Assert.Single(Notes("1. Övriga frågor", "", "Parkeringen vid sjukhuset diskuterades.", "", "Frågan tas upp på nästa möte.").ActionItems).Due);

    [Fact]
    public void A_group_heading_under_a_table_row_heads_the_names_below_not_the_rows_last_cell()
    {
        var meeting = ParsedLines.Parse("Referensgruppen för äldres tandvård", "Minnesanteckningar", "", "Datum: 2027-03-02", "",
            "Närvarande", "", "Pensionärsorganisationer", "Ulla Sand                    PRO Solby",
            "Arne Lund                    SKPF Pensionärerna Solby", "", "Region Solby", "Anders Wall, tandvårdschef, ordförande",
            "Maria Ek, övertandläkare", "", "Punkt 1 – Inledning", "", "Anders Wall hälsade välkommen.");
        Assert.Equal([("Ulla Sand", "PRO Solby"), ("Arne Lund", "SKPF Pensionärerna Solby"), ("Anders Wall", "Region Solby"), ("Maria Ek", "Region Solby")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Fact]
    public void A_person_named_in_full_after_och_or_by_the_surname_alone_owns_in_full()
    {
        var meeting = ParsedLines.Parse("Referensgruppen", "Minnesanteckningar", "", "Datum: 2027-03-02", "", "Närvarande", "",
            "Anders Wallin, Region Solby", "Maria Ekblom, Region Solby", "", "1. Tandvårdsstöd", "",
            "Frågan bevakas och Anders Wallin återkommer när förordningen är beslutad.");
        Assert.Equal("Anders Wallin", Assert.Single(meeting.ActionItems).Owner);
    }

    [Fact]
    public void A_long_line_of_a_groups_names_after_its_colon_is_no_prose_that_ends_the_attendees()
    {
        var meeting = ParsedLines.Parse("Lokal samverkansgrupp Solby", "", "Datum:   Tisdag 17 november 2026", "", "Närvarande", "",
            "Solby kommun: Jan Sund, Pia Linde", "",
            "Pensionärsorganisationerna: Rolf Gran (PRO Rimbo), Gun Ahl (PRO", "Hallstavik), Tage Blom (SKPF avd 32)", "",
            "1. Inledning", "", "Mötet öppnades.");
        Assert.Equal(["Jan Sund", "Pia Linde", "Rolf Gran", "Gun Ahl", "Tage Blom"], meeting.Attendees.Select(a => a.Name));
    }
}
