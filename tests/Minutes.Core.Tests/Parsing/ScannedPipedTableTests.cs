using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// Piped tables as a scan reads them: closing bars read as a lone "I", a row's bars lost, an empty cell's bar gone
/// from a wrapped row.
/// </summary>
public class ScannedPipedTableTests
{
    private static Meeting Parse(params string[] body) => ParsedLines.Parse(
    [
        "Region Solby    MINNESANTECKNINGAR", "", "Samråd om vård med pensionärsorganisationerna", "",
        "| Mötesdatum | 2026-10-08    I", "| Tid    | 09.00-11.45    |", "| Ordförande |Johan Strand (KD), regionråd    I", "",
        "1. Uppföljning", "", "Listan gicks igenom.", "", .. body,
    ]);

    [Fact]
    public void A_header_row_whose_closing_bar_is_read_as_a_letter_is_still_a_field()
    {
        var meeting = Parse();
        Assert.Equal(("Samråd om vård med pensionärsorganisationerna", new DateOnly(2026, 10, 8), "Johan Strand"),
            (meeting.Title, meeting.Date, meeting.Chair));
    }

    [Fact]
    public void Rows_with_lost_bars_and_wrapped_cells_are_each_one_action()
    {
        var meeting = Parse("Uppföljningslista", "",
            "| Nr | Åtgärd    | Ansvarig    | Klart    I",
            "| 1 | Ta fram statistik över väntetid till första    Anna Ek    13 nov    I",
            "I    hembesök, fördelad per kommun    I",
            "2    Skicka ut den nya broschyren till samrådets    Per Id    v. 43    I",
            "||    kontaktpersoner    I",
            "| 3 | Informera medlemmarna om läkemedelsgenomgångar i | Alla    Löpande    I",
            "I    organisationernas nyhetsbrev    organisationer    I");

        Assert.Equal(
            [("Ta fram statistik över väntetid till första hembesök, fördelad per kommun", "Anna Ek", "2026-11-13"),
             ("Skicka ut den nya broschyren till samrådets kontaktpersoner", "Per Id", "2026-W43"),
             ("Informera medlemmarna om läkemedelsgenomgångar i organisationernas nyhetsbrev", "Alla organisationer", null)],
            meeting.ActionItems.Select(a => (a.Text, a.Owner, a.Due)));
    }

    [Fact]
    public void A_header_bar_read_as_a_letter_before_the_next_caption_still_parts_the_columns()
    {
        var meeting = Parse("Åtgärdslista", "", "| Vad    | Vem    I När    I", "I    I    I    I",
            "| Skicka ut presentationen med anteckningarna    | Ebba Lönn    | 2026-10-01    I");

        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal(("Ebba Lönn", "2026-10-01"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_hard_scan_that_kept_one_bar_of_a_row_and_none_of_its_wrapped_lines_still_gives_each_action()
    {
        var meeting = ParsedLines.Parse("Region Solby    MINNESANTECKNINGAR", "", "Samråd om vård", "",
            "Mötesdatum | 2026-10-08", "Ordförande | Johan Strand (KD), regionråd", "", "1. Uppföljning", "", "Listan gicks igenom.", "",
            "Uppföljningslista", "Nr | Åtgärd    Ansvarig    Klart",
            "1 | Ta fram statistik över väntetid till första    Anna Ek    13 nov", "hembesök, fördelad per kommun",
            "7.    Skicka ut den nya broschyren till samrådets    Per Id    v. 43", "kontaktpersoner");

        Assert.Equal((new DateOnly(2026, 10, 8), "Johan Strand"), (meeting.Date, meeting.Chair));
        Assert.Equal(
            [("Ta fram statistik över väntetid till första hembesök, fördelad per kommun", "Anna Ek", "2026-11-13"),
             ("Skicka ut den nya broschyren till samrådets kontaktpersoner", "Per Id", "2026-W43")],
            meeting.ActionItems.Select(a => (a.Text, a.Owner, a.Due)));
    }

    [Fact]
    public void In_a_watch_list_a_wrapped_lines_second_cell_goes_on_with_the_when_or_the_status_not_the_owner()
    {
        var meeting = Parse("Bevakningslista", "", "Ärende    Från möte | Ansvarig    Status",
            "Gemensam rutin för läkemedelslista    2026-03-17 | Johan Teg    Klar, införd 1 sept.", "vid utskrivning    Stryks.",
            "Kartläggning av nattsjuksköterskor    2026-03-17 | Helén Stra    Pågår, redovisas vid", "i kommunerna    nästa möte");

        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal(("Kartläggning av nattsjuksköterskor i kommunerna", "Helén Stra", "next-meeting"), (action.Text, action.Owner, action.Due));
    }

    [Fact]
    public void A_rule_read_as_marks_a_caption_with_a_bit_of_rule_and_a_number_read_as_a_letter_still_give_the_rows()
    {
        var meeting = Parse("Bevakningslista", "",
            "| Nr | Ärende    | Ansvarig    | Klart senast — | Status |",
            "relje S——    Ån EN    Ia fe",
            "| i | Rutin för informations-    | Bo Sand    | 2026-11-30 | Pågår |",
            "|    | överföring vid helgutskrivning |    |    |    |",
            "| 2 | Kontaktlista till    | Eva Lund    | v. 46    | Ny    |");

        Assert.Equal(
            [("Rutin för informationsöverföring vid helgutskrivning", "Bo Sand", "2026-11-30"), ("Kontaktlista till", "Eva Lund", "2026-W46")],
            meeting.ActionItems.Select(a => (a.Text, a.Owner, a.Due)));
    }

    [Fact]
    public void A_matter_put_on_the_next_agenda_after_an_input_whose_blank_line_the_scan_lost_is_an_action()
    {
        var meeting = Parse("Inspel (PRO Solby): Flera har kommit hem utan larm.",
            "Frågan om trygghetslarm tas upp som egen punkt på nästa möte.");
        Assert.Equal("next-meeting", Assert.Single(meeting.ActionItems).Due);
    }

    [Fact]
    public void Rows_read_before_a_header_that_lost_its_task_caption_go_on_after_the_rows_below_it()
    {
        var meeting = Parse("Åtgärdslista", "",
            "Skicka bemanningsplanen för hälsocentralerna | Region Solby | 31 maj",
            "till kommunerna    |",
            "Boka lokal för utbildningsdagen    | Eva Lund | Snarast",
            "I    | Vem    | När    ||",
            "|    ana ESA SA [SA BA [SLÄNGS e vs Ja IRA NEAN ERNA",
            "| Sammanställa statistik över utskrivningar efter kl.    | Bo Sand    | v. 19    |",
            "| 15 på fredagar, per kommun    I",
            "| Ta fram program för utbildningen    | Per Ek    v:22    |");

        Assert.Equal(
            [("Sammanställa statistik över utskrivningar efter kl. 15 på fredagar, per kommun", "Bo Sand", "2027-W19"),
             ("Ta fram program för utbildningen", "Per Ek", "2027-W22"),
             ("Skicka bemanningsplanen för hälsocentralerna till kommunerna", "Region Solby", "2027-05-31"),
             ("Boka lokal för utbildningsdagen", "Eva Lund", null)],
            meeting.ActionItems.Select(a => (a.Text, a.Owner, a.Due)));
    }

    [Fact]
    public void A_few_marks_left_by_the_rule_under_the_header_do_not_end_the_table() =>
        Assert.Equal(["Ta fram rutin för läkemedelsgenomgång på korttidsenheten", "Redovisa andel 75+ med fast läkarkontakt"],
            Parse("Åtgärdslista", "",
                "| Vad    | Vem    | När",
                "SS",
                "Ta fram rutin för läkemedelsgenomgång på    Bo Sand,    | v. 14",
                "korttidsenheten    Eva Lund |",
                "| Redovisa andel 75+ med fast läkarkontakt    | Per Id | Till nästa möte").ActionItems.Select(a => a.Text));

    [Fact]
    public void A_status_caption_that_lost_its_first_letter_still_closes_done_rows_and_stray_letters_are_no_task() =>
        Assert.Equal([("Kartläggning av nattsjuksköterskor i kommunerna", "next-meeting")],
            Parse("Bevakningslista", "",
                "| Ärende    | Från möte | Ansvarig    tatus",
                "JES",
                "a    I    i",
                "Gemensam rutin för läkemedelslista | 2026-03-17 | Bo Sand | Klar, införd 1 sept.",
                "vid utskrivning    |    |    | Stryks.",
                "Kartläggning av nattsjuksköterskor | 2026-03-17 | Eva Lund | Pågår, redovisas vid",
                "i kommunerna    nästa möte").ActionItems.Select(a => (a.Text, a.Due)));

    [Fact]
    public void Rows_under_an_action_list_heading_whose_header_the_scan_lost_are_each_an_action_of_their_item()
    {
        var meeting = ParsedLines.Parse("Samverkansmöte Solby län", "Minnesanteckningar", "", "Datum: 2026-10-08", "",
            "1. Inledning", "", "Mötet öppnades.", "", "2. Vaccination", "", "Drop-in-tider planeras.", "", "3. Läkemedel", "",
            "Rutinen diskuterades.", "", "Åtgärdslista", "",
            "2 | Skicka affisch om drop-in-tider för    Karin Pettersson    v. 42",
            "vaccination till kommunerna och",
            "organisationerna",
            "3    Ta fram gemensam rutin för läkemedels-    Mattias Gran    mars 2027",
            "genomgång vid inflyttning på särskilt",
            "boende");

        Assert.Equal(
            [("2", "Skicka affisch om drop-in-tider för vaccination till kommunerna och organisationerna", "Karin Pettersson", "2026-W42"),
             ("3", "Ta fram gemensam rutin för läkemedelsgenomgång vid inflyttning på särskilt boende", "Mattias Gran", "2027-03")],
            meeting.ActionItems.Select(a => (a.AgendaItemNumber, a.Text, a.Owner, a.Due)));
    }

    [Fact]
    public void Rows_of_names_that_kept_a_few_of_their_bars_give_names_without_bars()
    {
        var meeting = ParsedLines.Parse("Samverkansmöte Solby län", "Minnesanteckningar", "", "Datum: 2026-10-08", "",
            "Närvarande", "| Namn    | Organisation    Roll", "Helena Sjöberg    Region Solby    ordförande",
            "| Camilla Åkerman    Region Solby    utvecklingsledare", "Ewa Nordin    Solby kommun | MAS",
            "| Bengt-Åke Strand    PRO Solby län", "", "1. Inledning", "", "Mötet öppnades.");

        Assert.Equal([("Helena Sjöberg", "Region Solby"), ("Camilla Åkerman", "Region Solby"), ("Ewa Nordin", "Solby kommun"), ("Bengt-Åke Strand", "PRO Solby län")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal("Helena Sjöberg", meeting.Chair);
    }

    private static Meeting Kristianstad(params string[] table) => ParsedLines.Parse(
    [
        "Samverkansgrupp Solby", "Anteckningar", "", "Datum: 2026-11-05", "",
        "1. Inledning", "", "Mötet öppnades.", "", "2. Utskrivning", "", "Diskussion.", "", "2.1 Helger", "", "Diskussion.", "",
        "2.2 Vårdkontakt", "", "Diskussion.", "", "3. Vaccination", "", "Diskussion.", "", "4. Ambulans", "", "Diskussion.", "",
        "Åtgärdslista", "", .. table,
    ]);

    [Fact]
    public void A_scanned_table_that_closed_gaps_and_misread_item_numbers_still_gives_each_row_its_item_owner_and_time()
    {
        var meeting = Kristianstad(
            "Punkt Vad    Vem    När",
            "Si    Utreda möjligheten att bemanna korttids-    Helena Bengtsson = v. 48",
            "boendet med sjuksköterska på helger",
            "21    Ta fram statistik över utskrivningsklara    Camilla Ek    nästa möte",
            "22    Påminna vårdcentralerna om att registrera — Anders Wennerberg 15/12",
            "fast vårdkontakt i Mina planer",
            "3    Ta fram förslag på gemensam SIP-utbildning Maria Nordin    31/1",
            "Jå    Bjuda in ambulanssjukvården till ett möte    Sanna Holmqvist    våren 2027");

        Assert.Equal(
            [("2.1", "Helena Bengtsson", "2026-W48"), ("2.1", "Camilla Ek", "next-meeting"), ("2.2", "Anders Wennerberg", "2026-12-15"), ("3", "Maria Nordin", "2027-01-31"), ("4", "Sanna Holmqvist", "2027-Q1")],
            meeting.ActionItems.Select(a => (a.AgendaItemNumber, a.Owner, a.Due)));
        Assert.Equal("Bjuda in ambulanssjukvården till ett möte", meeting.ActionItems[^1].Text);
    }

    [Fact]
    public void A_task_that_ends_in_a_capitalised_place_in_a_full_row_keeps_it()
    {
        var meeting = Kristianstad(
            "Punkt    Vad                                  Vem              När",
            "3        Bjuda in Region Solby                Sanna Holmqvist  31/1");
        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal(("Bjuda in Region Solby", "Sanna Holmqvist"), (action.Text, action.Owner));
    }

    [Fact]
    public void In_a_table_of_name_role_and_organisation_the_organisation_is_the_third_column_even_where_a_scan_closed_a_gap()
    {
        var meeting = ParsedLines.Parse("Samverkansgrupp Solby", "Anteckningar", "", "Datum: 2026-11-05", "", "Deltagare",
            "Namn    Funktion    Organisation",
            "Camilla Ek    verksamhetschef medicinkliniken    Region Solby",
            "Anders Wennerberg verksamhetschef    Vårdcentralen Näsby",
            "Helena Bengtsson    enhetschef hemsjukvård    Solby kommun", "",
            "1. Inledning", "", "Mötet öppnades.");
        Assert.Equal([("Camilla Ek", "Region Solby"), ("Anders Wennerberg", "Vårdcentralen Näsby"), ("Helena Bengtsson", "Solby kommun")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }
}
