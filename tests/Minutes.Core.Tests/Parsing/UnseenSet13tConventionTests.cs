using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>Conventions of unseen minutes (sets 13t to 13v), each in the general form the parser reads.</summary>
public class UnseenSet13tConventionTests
{
    private static Meeting Notes(params string[] body) => ParsedLines.Parse(
    [
        "Samrådsgruppen i Solby", "Minnesanteckningar", "", "Datum: 2026-10-06", "",
        "Närvarande", "Anna Berg, Region Solby", "Eva Lund, PRO Solby", "",
        .. body,
    ]);

    [Fact]
    public void Attendance_told_in_the_sentence_after_the_meeting_sentence_gives_the_attendees_and_chair()
    {
        var meeting = ParsedLines.Parse("SOLBY KOMMUN                                  ANTECKNINGAR", "", "Äldrerådets arbetsutskott", "",
            "Arbetsutskottet sammanträdde måndagen den 23 november 2026 kl. 10.00–11.15",
            "i stadshuset, sammanträdesrum Ängen. Närvarande var Karin Holm",
            "(M), ordförande, Bo Sand (PRO Solby) och Lisa Ek, nämndsekreterare.", "",
            "1. Dagordning", "", "Arbetsutskottet godkände dagordningen.");
        Assert.Equal(["Karin Holm", "Bo Sand", "Lisa Ek"], meeting.Attendees.Select(a => a.Name));
        Assert.Equal(("Karin Holm", "M"), (meeting.Chair, meeting.Attendees[0].Organization));
        Assert.Equal("stadshuset, sammanträdesrum Ängen", meeting.Location);
    }

    [Theory]
    [InlineData("Gruppen möttes tisdagen den 26 januari 2027 kl. 13.30–15.30 i konferensrum Ängen, Storgatan 4.", "konferensrum Ängen, Storgatan 4")]
    [InlineData("Gruppen möttes tisdagen den 26 januari 2027 kl. 13.30–15.30 i kommunhuset.", "kommunhuset")]
    public void A_room_or_a_building_in_the_definite_form_after_the_time_is_the_place(string sentence, string place) =>
        Assert.Equal(place, MeetingSentence.Place(sentence));

    [Fact]
    public void A_place_in_lower_case_that_is_no_room_or_building_is_not_read() =>
        Assert.Null(MeetingSentence.Place("Gruppen möttes tisdagen den 26 januari 2027 kl. 13.30–15.30 i samband med mässan."));

    [Fact]
    public void A_working_committees_approval_is_a_decision() =>
        Assert.Equal(["Arbetsutskottet godkände dagordningen i övrigt."],
            Notes("1. Dagordning", "", "Förslaget gicks igenom. Arbetsutskottet godkände dagordningen i övrigt.").AgendaItems[0].Decisions);

    [Fact]
    public void What_then_is_fixed_at_the_next_meeting_is_no_decision_of_this_one() =>
        Assert.Empty(Notes("1. Nästa möte", "", "Nästa möte hålls den 25 november kl. 13.15. Då fastställs också mötestiderna för 2027.")
            .AgendaItems[0].Decisions);

    [Fact]
    public void The_quarter_a_report_covers_is_not_when_it_is_due()
    {
        var action = Assert.Single(Notes("1. Ekonomi", "",
            "Förvaltningen återkommer med en redovisning av utfallet för första kvartalet till rådets sammanträde den 11 juni.").ActionItems);
        Assert.Equal("2027-06-11", action.Due);
    }

    [Fact]
    public void A_denied_verb_commits_no_one() =>
        Assert.Empty(Notes("1. Träffpunkter", "", "Fråga från PRO Solby: Påverkas träffpunkterna?",
            "Svar: Förvaltningen föreslår inga neddragningar av träffpunkterna för 2027.").ActionItems);

    [Fact]
    public void Reminding_someone_of_something_is_a_task_and_reminding_that_something_is_not()
    {
        var actions = Notes("1. Utskrivning", "", "Bo Sand påminner avdelningscheferna om rutinen.", "",
            "Eva Lund påminner om att larmen ska testas.").ActionItems;
        Assert.Equal("Bo Sand", Assert.Single(actions).Owner);
    }

    [Fact]
    public void A_promise_with_its_time_before_the_verb_after_kommer_att_is_a_task()
    {
        var action = Assert.Single(Notes("1. Hemgångsteamet", "",
            "Bo Sand kommer att under hösten sammankalla en arbetsgrupp som utvärderar teamet.").ActionItems);
        Assert.Equal(("Bo Sand", "2026-Q3"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_matter_made_an_information_item_at_the_next_meeting_is_put_on_its_agenda_with_no_owner()
    {
        var action = Assert.Single(Notes("1. Övrigt", "",
            "Rådet beslutar att handläggningstiderna ska vara en informationspunkt vid nästa sammanträde.").ActionItems);
        Assert.Equal(((string?)null, "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_clause_about_the_one_responsible_is_no_part_of_their_name() =>
        Assert.Equal("Eva Lund", LabelledAction.Read(
            "Organisationerna lämnar synpunkter senast den 12 februari. Ansvarig: Eva Lund, som samlar in synpunkterna.", new DateOnly(2027, 1, 26))?.Owner);

    [Fact]
    public void A_sentence_pointing_to_a_watch_list_row_is_that_rows_task_and_gives_it_what_the_row_leaves_out()
    {
        var actions = Notes("1. Statistik", "", "Bo Sand tar fram statistik över återinskrivningar till nästa möte (nr 2).", "", "",
            "Bevakningslista", "",
            "| Nr | Ärende                    | Ansvarig | Klart senast | Status |",
            "|----|---------------------------|----------|--------------|--------|",
            "| 1  | Kontaktlista              | Eva Lund | v. 46        | Pågår  |",
            "| 2  | Statistik återinskrivning |          |              | Ny     |").ActionItems;
        Assert.Equal(["Kontaktlista", "Statistik återinskrivning"], actions.Select(a => a.Text));
        Assert.Equal(("Bo Sand", "next-meeting"), (actions[1].Owner, actions[1].Due));
    }

    [Theory]
    [InlineData("Statistik över väntetiden per kommun, se uppföljningslistan nr 4.", "4")]
    [InlineData("Bo Sand tar fram statistik (bevakningslistan nr 3).", "3")]
    [InlineData("Bo Sand tar fram statistik över 80 år.", null)]
    public void A_reference_to_a_row_stands_at_the_sentences_end(string sentence, string? row) =>
        Assert.Equal(row, WatchListReference.RowOf(sentence));

    [Fact]
    public void A_from_list_may_end_with_a_body_named_first_and_titles_before_the_names()
    {
        var groups = FromGroups.Split("var Ida Berg och Per Ek från PRO Solby, Bo Holm från SKPF avd 24 Solby och Siv Ring från RPG Solby "
                                      + "samt från vård- och äldreförvaltningen avdelningschef Maria Tor och utvecklingsledare Lisa Ek, som förde anteckningarna.");
        Assert.Equal([("PRO Solby", "Ida Berg och Per Ek"), ("SKPF avd 24 Solby", "Bo Holm"), ("RPG Solby", "Siv Ring"),
            ("Vård- och äldreförvaltningen", "Maria Tor och Lisa Ek")], groups);
    }

    [Fact]
    public void A_running_head_of_issuer_and_unit_parted_by_a_bar_gives_both()
    {
        var meeting = ParsedLines.Parse("Solby Stad | Vård- och äldreförvaltningen                 Sida 1 av 2", "", "",
            "Samverkansgruppen för äldrefrågor möttes tisdagen den 26 januari 2027 kl. 13.30–15.30 i Solbyhuset.", "",
            "1  Föregående anteckningar", "", "Anteckningarna godkändes.");
        Assert.Equal(("Solby Stad", "Vård- och äldreförvaltningen"), (meeting.Organization, meeting.Department));
    }

    [Fact]
    public void Rows_of_a_name_with_party_and_role_under_group_headings_in_a_column_table_keep_both()
    {
        var meeting = ParsedLines.Parse("Regionala pensionärsrådet", "Protokoll", "", "Datum: 2026-10-12", "",
            "Närvarande          Förtroendevalda",
            "                    Karin Holm (S), ordförande",
            "                    Per Ek (KD)",
            "",
            "                    Pensionärsorganisationer",
            "                    Gun-Britt Sand, vice ordförande  PRO Solby",
            "                    Åke Lund                         PRO Solby",
            "                    Lisa Berg                        SPF Seniorerna Solby",
            "", "§ 1  Öppnande", "", "Ordföranden öppnar sammanträdet.");
        Assert.Equal([new("Karin Holm", "S"), new("Per Ek", "KD"), new("Gun-Britt Sand", "PRO Solby"), new("Åke Lund", "PRO Solby"),
            new Attendee("Lisa Berg", "SPF Seniorerna Solby")], meeting.Attendees);
        Assert.Equal("Karin Holm", meeting.Chair);
    }
}
