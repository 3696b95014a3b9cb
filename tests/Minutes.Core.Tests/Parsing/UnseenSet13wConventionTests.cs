using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>Conventions of unseen minutes (sets 13w and 13x), each in the general form the parser reads.</summary>
public class UnseenSet13wConventionTests
{
    private static Meeting Notes(params string[] body) => ParsedLines.Parse(
    [
        "Samrådsgruppen i Solby", "Minnesanteckningar", "", "Datum: 2026-10-06", "",
        "Närvarande", "Anna Berg, Region Solby", "Eva Lund, PRO Solby", "",
        .. body,
    ]);

    private static Meeting Protokoll(params string[] body) => ParsedLines.Parse(
    [
        "SOLBY KOMMUN                        SAMMANTRÄDESPROTOKOLL            1 (2)", "", "Kommunala pensionärsrådet", "",
        "Plats och tid           Rådhuset, kl. 13.30–15.40", "",
        "Beslutande              Karin Holm (S), ordförande",
        "                        Bo Sand (PRO)", "",
        "Övriga deltagande       Per Ek, medicinskt ansvarig sjuksköterska,",
        "                        § 27",
        "                        Lisa Berg, enhetschef, Solby",
        "                        Sjukhus, § 28", "",
        .. body,
    ]);

    [Fact]
    public void A_paragraph_number_ending_a_wrapped_attendee_line_opens_no_item()
    {
        var meeting = Protokoll("§ 27    Remiss – riktlinje för trygg hemgång", "", "Rådet diskuterar remissen.");
        Assert.Equal(["27"], meeting.AgendaItems.Select(i => i.Number));
        Assert.DoesNotContain(meeting.Attendees, a => a.Name.Contains("Sjukhus"));
    }

    [Fact]
    public void A_diary_number_with_its_series_fused_to_the_year_is_no_part_of_the_title_and_the_presenter_follows() =>
        Assert.Equal(("Remiss – riktlinje för trygg hemgång efter sjukhusvård", "Per Ek"),
            Protokoll("§ 27    Remiss – riktlinje för trygg hemgång efter", "        sjukhusvård", "Dnr KS2026/0871",
                    "Föredragande: Per Ek, medicinskt ansvarig sjuksköterska", "", "Rådet diskuterar remissen.")
                .AgendaItems.Select(i => (i.Title, i.Presenters.Single())).Single());

    [Theory]
    [InlineData("Sekreteraren vidarebefordrar frågan till samhällsbyggnadsförvaltningen.", "Sekreteraren")]
    [InlineData("Hälsocentralerna tar tillsammans fram en gemensam folder om äldremottagningen till hösten.", "Hälsocentralerna")]
    [InlineData("PRO och SPF Seniorerna sprider foldern i sina medlemsblad när den är klar.", "PRO och SPF Seniorerna")]
    public void More_task_forms_and_their_owners(string sentence, string owner) =>
        Assert.Equal(owner, Assert.Single(Notes("1. Äldremottagningen", "", sentence).ActionItems).Owner);

    [Fact]
    public void A_council_that_commissions_two_bodies_gives_the_task_to_both() =>
        Assert.Equal("PRO och SPF Seniorerna", Assert.Single(Protokoll("§ 27    Remiss", "", "Beslut", "Rådet beslutar",
            "att uppdra åt PRO och SPF Seniorerna att senast den 2 oktober lämna ett gemensamt yttrande.").ActionItems).Owner);

    [Fact]
    public void A_short_chair_after_a_post_in_the_role_column_makes_the_chair()
    {
        var meeting = Notes("1. Inledning", "", "Mötet öppnades.");
        var table = ParsedLines.Parse("Dialogmöte i Solby", "Mötesanteckningar", "", "Datum: 2027-03-17", "", "Deltagare", "",
            "| Namn        | Organisation  | Funktion                  |",
            "|-------------|---------------|---------------------------|",
            "| Anna Berg   | Region Solby  | Områdeschef, ordf.        |",
            "| Eva Lund    | Region Solby  | Kommunikatör, sekreterare |", "",
            "1  Välkommen", "", "Mötet öppnades.");
        Assert.Equal(("Anna Berg", "Eva Lund"), (table.Chair, table.Secretary));
        Assert.Null(meeting.Chair);
    }

    [Fact]
    public void A_chair_told_in_the_meeting_sentence_is_the_chair() =>
        Assert.Equal("Anna Berg", ParsedLines.Parse("Lokalt samverkansmöte i Solby", "",
            "Mötet hölls onsdagen den 4 mars 2026 kl. 13.15–15.30 på Solby lasarett. Ordförande var Anna Berg.", "",
            "1. Inledning", "", "Anna Berg hälsade välkommen.").Chair);

    [Fact]
    public void Dates_one_to_a_line_with_a_place_and_a_note_or_a_place_in_lower_case_are_the_schedule() =>
        Assert.Equal([new DateOnly(2027, 6, 9), new DateOnly(2027, 10, 6), new DateOnly(2027, 12, 1)],
            Notes("1. Kommande dialogmöten 2027", "",
                    "- onsdag 9 juni kl. 13.00–15.30, Solby hälsocentral (länk till Norrby)",
                    "- onsdag 6 oktober kl. 13.00–15.30, Norrby hälsocentral",
                    "- onsdag 1 december kl. 14.00–15.30, digitalt via Teams")
                .ScheduledMeetings.Select(s => s.Date));

    [Fact]
    public void A_meeting_times_label_over_several_days_is_the_schedule_with_their_common_time()
    {
        var meeting = Notes("1. Övrigt", "", "Mötestider: Gruppen möts under resten av 2026 den 20 oktober, 16 november och",
            "2 december, alla dagar kl. 13.15–15.30. Nästa möte är den 20 oktober i kommunhuset.");
        Assert.Equal([new DateOnly(2026, 10, 20), new DateOnly(2026, 11, 16), new DateOnly(2026, 12, 2)], meeting.ScheduledMeetings.Select(s => s.Date));
        Assert.Equal(new TimeOnly(13, 15), meeting.NextMeeting?.StartTime);
    }

    [Fact]
    public void An_owner_cell_that_ends_in_a_comma_goes_on_in_the_row_below() =>
        Assert.Equal("Bo Sand, Eva Lund", Assert.Single(Notes("1. Uppföljning", "", "Text.", "", "Åtgärdslista", "",
            "| Vad                                      | Vem       | När   |",
            "|------------------------------------------|-----------|-------|",
            "| Ta fram rutin för läkemedelsgenomgång på | Bo Sand,  | v. 14 |",
            "| korttidsenheten                          | Eva Lund  |       |").ActionItems).Owner);

    [Theory]
    [InlineData("Gruppen var överens om att en fördjupad läkemedelsgenomgång ska göras inom en vecka.", 1)]
    [InlineData("Gruppen var överens om att det behövs bättre underlag inför helger.", 0)]
    public void Agreement_on_what_is_to_be_done_is_a_decision_and_agreement_on_a_view_is_not(string sentence, int decisions) =>
        Assert.Equal(decisions, Notes("1. Läkemedel", "", sentence).AgendaItems[0].Decisions.Count);

    [Fact]
    public void A_forum_on_the_letterheads_second_line_under_a_kind_in_the_right_column_is_the_title()
    {
        var meeting = ParsedLines.Parse(
            "                                                 PROTOKOLL",
            "SOLBY KOMMUN                                    Sammanträdesdatum        Sida",
            "Kommunala pensionärsrådet                       2026-09-15               1 (4)", "", "",
            "Plats och tid          Stadshuset, kl. 09.00–11.40", "",
            "Beslutande             Karin Holm (M), ordförande", "",
            "§ 27  Mötets öppnande", "", "Ordföranden öppnar mötet.");
        Assert.Equal(("Kommunala pensionärsrådet", "SOLBY KOMMUN", (string?)null), (meeting.Title, meeting.Organization, meeting.Department));
    }

    [Fact]
    public void A_heading_that_names_the_forum_only_by_its_noun_leaves_the_title_to_the_line_above_and_a_running_foot_gives_the_issuer()
    {
        var meeting = MinutesParser.Parse(Minutes.Text.PageCleaner.Clean(Minutes.Text.PlainText.Read(string.Join("\n",
            "Kommunala funktionsrättsrådet (KFR)", "", "Anteckningar från rådets möte", "",
            "Datum: 2026-11-23     Tid: 13.00–15.30     Plats: Stadshuset", "",
            "Punkt 1. Inledning", "", "Ordföranden hälsade välkommen.", "", "",
            "Solby kommun – Socialförvaltningen                              Sida 1 av 2", "\fPunkt 2. Färdtjänst", "",
            "Frågan diskuterades.", "", "", "Solby kommun – Socialförvaltningen                              Sida 2 av 2", ""))));
        Assert.Equal(("Kommunala funktionsrättsrådet (KFR)", "Solby kommun", "Socialförvaltningen"),
            (meeting.Title, meeting.Organization, meeting.Department));
    }

    [Fact]
    public void A_task_at_that_meeting_is_due_at_the_meeting_the_sentence_before_named()
    {
        var actions = Notes("1. Parkering", "", "Frågan tas upp som egen punkt på nästa möte. Eva Lund bjuder in fastighetsavdelningen till det mötet.")
            .ActionItems;
        Assert.All(actions, a => Assert.Equal("next-meeting", a.Due));
        Assert.Contains(actions, a => a.Owner == "Eva Lund");
    }

    [Fact]
    public void A_care_provider_after_a_post_is_no_person() => Assert.Null(Names.Leading("Primärvården Skåne"));

    [Fact]
    public void A_vice_chair_told_in_a_sentence_is_no_chair() =>
        Assert.Null(ParsedLines.Parse("Lokalt samverkansmöte i Solby", "",
            "Mötet hölls onsdagen den 4 mars 2026 kl. 13.15–15.30 på Solby lasarett. Vice ordförande var Lars Ek.", "",
            "1. Inledning", "", "Mötet öppnades.").Chair);

    [Fact]
    public void A_state_to_come_is_no_task() =>
        Assert.Empty(Notes("1. Övrigt", "", "Bygget kommer att under hösten vara klart enligt regionen.").ActionItems);

    [Fact]
    public void A_verb_denied_only_in_part_still_commits() =>
        Assert.Single(Notes("1. Inbjudan", "", "Eva Lund skickar inte bara ut inbjudan utan även programmet senast den 1 november.").ActionItems);

    [Fact]
    public void A_reason_opened_by_then_is_no_time_to_come() =>
        Assert.Single(Notes("1. Dagordning", "", "Då inga synpunkter fanns godkändes dagordningen.").AgendaItems[0].Decisions);

    [Fact]
    public void A_sentence_pointing_to_an_attachment_by_number_is_its_own_action()
    {
        var actions = Notes("1. Statistik", "", "Bo Sand skickar statistiken senast den 1 november, se bilaga nr 1.", "", "",
            "Bevakningslista", "",
            "| Nr | Ärende       | Ansvarig | Klart senast |",
            "|----|--------------|----------|--------------|",
            "| 1  | Kontaktlista | Eva Lund | v. 46        |").ActionItems;
        Assert.Equal(2, actions.Count);
    }

    [Fact]
    public void A_table_above_a_born_digital_action_table_gives_no_actions() =>
        Assert.Equal(["Ta fram rutin"], Notes("1. Uppföljning", "", "Text.", "", "Kontakter och åtgärder", "",
            "| Förening  | Kontakt  |",
            "| PRO Solby | Eva Lund |",
            "| Vad           | Vem     | När   |",
            "|---------------|---------|-------|",
            "| Ta fram rutin | Bo Sand | v. 14 |").ActionItems.Select(a => a.Text));
}
