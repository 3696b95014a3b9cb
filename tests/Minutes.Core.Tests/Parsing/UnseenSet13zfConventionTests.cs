using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>Conventions of unseen minutes (sets 13zf and on, and forms of commitment a secretary writes as often), each in the general form the parser reads.</summary>
public class UnseenSet13zfConventionTests
{
    private static Meeting Notes(params string[] body) => ParsedLines.Parse(
    [
        "Pensionärsrådet i Solby", "Anteckningar", "", "Datum: 2026-10-12", "",
        "Närvarande", "Anna Berg, Region Solby", "Bo Ek, PRO Solby", "",
        .. body,
    ]);

    private static ActionItem OnlyAction(string sentence) => Assert.Single(Notes("1. Trygghetsboende", "", sentence).ActionItems);

    [Theory]
    [InlineData("Förvaltningen har fått i uppdrag att utreda frågan till mars.", "Förvaltningen", "2027-03")]
    [InlineData("Förvaltningen uppdras att ta fram en plan till våren.", "Förvaltningen", "2027-Q1")]
    [InlineData("Det uppdrogs åt Bo Ek att kartlägga behovet.", "Bo Ek", null)]
    public void A_commission_in_the_perfect_or_the_passive_is_the_commissioned_ones_action(string sentence, string owner, string? due)
    {
        var action = OnlyAction(sentence);
        Assert.Equal((owner, due), (action.Owner, action.Due));
    }

    [Fact]
    public void A_role_holder_who_sees_to_something_takes_it_on() =>
        Assert.Equal("Sekreteraren", OnlyAction("Sekreteraren ombesörjer att protokollet publiceras på hemsidan.").Owner);

    [Theory]
    [InlineData("Socialförvaltningen ska senast i november lämna en rapport.", "2026-11")]
    [InlineData("Socialförvaltningen ska senast under våren lämna en rapport.", "2027-Q1")]
    public void A_deadline_in_a_month_or_season_between_ska_and_the_verb_makes_a_dated_promise(string sentence, string due)
    {
        var action = OnlyAction(sentence);
        Assert.Equal(("Socialförvaltningen", due), (action.Owner, action.Due));
    }

    [Fact]
    public void A_dated_promise_after_a_commission_is_an_action_of_its_own()
    {
        var actions = Notes("1. Trygghetsboende", "", "Det uppdrogs åt Bo Ek att kartlägga behovet. Socialförvaltningen ska senast i november lämna en rapport.").ActionItems;
        Assert.Equal(["Bo Ek", "Socialförvaltningen"], actions.Select(a => a.Owner));
        Assert.Null(actions[0].Due);
    }

    [Theory]
    [InlineData("Frågan lyfts på nästa möte.")]
    [InlineData("Ärendet återkommer på rådets nästa möte.")]
    public void A_matter_raised_again_at_the_next_meeting_is_an_action_no_one_owns(string sentence)
    {
        var action = OnlyAction(sentence);
        Assert.Equal((null, "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_to_do_label_with_owner_and_time_in_parentheses_after_the_task_is_that_persons_action()
    {
        var action = Assert.Single(Notes("1. Anhörigcaféer", "", "ATT GÖRA: Skicka inbjudan till hälsocentralerna i Solby och Ekby.",
            "(Anna Berg, v. 12)").ActionItems);
        Assert.Equal(("Skicka inbjudan till hälsocentralerna i Solby och Ekby.", "Anna Berg", "2027-W12"), (action.Text, action.Owner, action.Due));
    }

    [Fact]
    public void Two_owners_in_the_parentheses_after_a_to_do_are_both_the_actions() =>
        Assert.Equal("Anna Berg och Bo Ek", Assert.Single(Notes("1. Lathund", "", "Att göra: Ta fram en lathund om ombud i 1177. (Anna Berg och Bo Ek, april)").ActionItems).Owner);

    [Fact]
    public void A_workplace_after_a_role_in_a_run_on_list_is_no_person()
    {
        var meeting = ParsedLines.Parse("Anhörigrådet i Solby", "", "Datum: 2027-03-09", "",
            "Närvarande: Ingela Norberg (Anhörigas Riksförbund), ordförande, Peter Wallén (Region Solby), distriktssköterska",
            "Hälsocentralen Solby, Anna Hallgren (Solby kommun), sekreterare", "", "1. Välkommen", "", "Mötet öppnades.");
        Assert.Equal(["Ingela Norberg", "Peter Wallén", "Anna Hallgren"], meeting.Attendees.Select(a => a.Name));
    }

    [Fact]
    public void A_decisions_clause_naming_a_group_that_sends_something_by_a_week_is_the_groups_action()
    {
        var actions = Notes("§ 22 Remiss", "", "Beslut", "Rådet beslutar",
            "att arbetsgruppen skickar förslaget till rådets ledamöter senast vecka 45, samt",
            "att ordföranden får i uppdrag att lämna yttrandet senast den 30 oktober 2026.").ActionItems;
        Assert.Equal([("Arbetsgruppen", "2026-W45"), ("Ordföranden", "2026-10-30")], actions.Select(a => (a.Owner, a.Due)));
    }

    [Fact]
    public void Whom_a_substitute_serves_for_is_no_part_of_the_organisation()
    {
        var meeting = ParsedLines.Parse("Kommunala pensionärsrådet", "", "Datum: 2026-09-22", "",
            "Ersättare            Inger Abrahamsson        PRO, tjänstgör för Kerstin Rehnberg", "", "§ 1 Öppnande", "", "Mötet öppnades.");
        Assert.Contains(new Attendee("Inger Abrahamsson", "PRO"), meeting.Attendees);
    }

    [Fact]
    public void A_table_with_bars_only_between_cells_keeps_a_wrapped_role_on_its_person()
    {
        var meeting = ParsedLines.Parse("Samverkansgrupp", "", "Datum: 2027-02-03", "", "Deltagare", "",
            "Namn                  | Funktion                           | Organisation",
            "Karin Lidström        | verksamhetschef, Ålidhems          | Region Solby",
            "                      | hälsocentral, ordförande           |",
            "Petra Vikström        | utvecklingsledare, sekreterare     | Solby kommun", "", "1. Inledning", "", "Text.");
        Assert.Equal(("Karin Lidström", "Petra Vikström"), (meeting.Chair, meeting.Secretary));
        Assert.Contains(new Attendee("Karin Lidström", "Region Solby"), meeting.Attendees);
    }

    [Fact]
    public void A_routines_step_timed_by_the_case_is_no_action() =>
        Assert.Empty(Notes("1. Ny rutin", "", "Anna Berg presenterade den nya rutinen. Sjukhuset skickar en uppdaterad läkemedelslista till hemsjukvården senast vid utskrivningen.").ActionItems);

    [Fact]
    public void A_task_due_within_some_working_days_is_an_action() =>
        Assert.Equal("Anna Berg", OnlyAction("Anna Berg skickar protokollet till ledamöterna inom två arbetsdagar.").Owner);

    [Fact]
    public void A_follow_up_table_whose_task_caption_says_whence_it_came_gives_the_open_rows()
    {
        var actions = Notes("2. Uppföljning", "",
            "| Nr | Åtgärd från 2026-09-29                       | Ansvarig        | Status                 |",
            "|----|----------------------------------------------|-----------------|------------------------|",
            "| 1  | Rutin för läkemedelslista vid utskrivning    | Anna Berg       | Klar, se punkt 3       |",
            "| 2  | Kartlägga tid från utskrivning till hembesök | Bo Ek           | Pågår, redovisas v. 50 |").ActionItems;
        var open = Assert.Single(actions);
        Assert.Equal(("Kartlägga tid från utskrivning till hembesök", "Bo Ek", "2026-W50"), (open.Text, open.Owner, open.Due));
    }

    [Fact]
    public void A_bodys_promise_with_a_deadline_after_the_verb_is_its_action()
    {
        var action = OnlyAction("Verksamhetsledningen ska lämna en skriftlig handlingsplan till brukarrådet senast den 15 januari 2027.");
        Assert.Equal(("Verksamhetsledningen", "2027-01-15"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_bodys_duty_without_a_deadline_is_no_action() =>
        Assert.Empty(Notes("1. Tillsyn", "", "Förvaltningen ska göra granskningar av alla boenden.").ActionItems);

    [Fact]
    public void A_reply_followed_by_her_promise_with_a_time_is_one_action_of_the_one_who_replied()
    {
        var meeting = Notes("1. Läkemedel", "", "Fråga: Kommer apoteket att ha öppet på lördagar?",
            "Svar: Anna Berg svarade att frågan utreds tillsammans med sjukhusapoteket. Hon återkommer med besked till nästa möte.");
        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal(("Anna Berg", "next-meeting"), (action.Owner, action.Due));
        Assert.EndsWith("till nästa möte.", action.Text);
    }

    [Theory]
    [InlineData("Bo Ek tar till våren fram en uppföljning av utskrivningarna.", "Bo Ek", "2027-Q1")]
    [InlineData("Kostenheten genomför en måltidsenkät på boendena under november.", "Kostenheten", "2026-11")]
    [InlineData("Bo Ek redovisar resultatet för hela kommunen till hösten.", "Bo Ek", "2027-Q3")]
    public void A_task_with_its_time_inside_or_by_a_season_is_an_action(string sentence, string owner, string due)
    {
        var action = OnlyAction(sentence);
        Assert.Equal((owner, due), (action.Owner, action.Due));
    }

    [Fact]
    public void A_plan_told_for_a_season_is_no_action() =>
        Assert.Empty(Notes("1. Budget", "", "Bo Ek presenterar förslaget till verksamhetsplan för hösten.").ActionItems);

    [Fact]
    public void A_presenters_title_before_the_name_is_no_part_of_it() =>
        Assert.Equal(["Hanna Åström"], Notes("1. Information", "", "Föredragande: socialchef Hanna Åström", "", "Hanna Åström informerar.").AgendaItems[0].Presenters);

    [Fact]
    public void A_group_heading_wrapped_in_the_label_column_with_nothing_beside_it_is_one_heading()
    {
        var meeting = ParsedLines.Parse("Äldrerådet i Solby", "", "Datum: 2026-10-14", "", "Närvarande", "",
            "Förtroendevalda            Britt-Marie Eriksson (C), ordförande", "",
            "SKPF Pensionärerna         Rune Ståhlberg", "avd Övre Solbygden", "",
            "Solby kommun               Annika Grönlund, socialchef", "", "Punkt 1  Mötets öppnande", "", "Mötet öppnades.");
        Assert.Contains(new Attendee("Rune Ståhlberg", "SKPF Pensionärerna avd Övre Solbygden"), meeting.Attendees);
        Assert.Contains(new Attendee("Annika Grönlund", "Solby kommun"), meeting.Attendees);
    }

    [Fact]
    public void An_action_tables_P_column_files_each_row_under_its_item_and_next_forum_by_acronym_is_the_next_meeting()
    {
        var meeting = Notes("1. Utskrivning", "", "Text.", "", "2. Läkemedel", "", "Text.", "", "3. Övrigt", "", "Inget.", "", "Åtgärdslista", "",
            "| P. | Vad                                      | Vem                 | När            |",
            "|----|------------------------------------------|---------------------|----------------|",
            "| 1  | Ta fram statistik över vårddygn          | Anna Berg           | v. 14          |",
            "| 2  | Sammanställa läkemedelsgenomgångarna     | Bo Ek               | Till nästa LSG |");
        Assert.Equal([("1", "2027-W14"), ("2", "next-meeting")], meeting.ActionItems.Select(a => (a.AgendaItemNumber, a.Due)));
    }

    [Fact]
    public void A_local_groups_acronym_backing_a_proposal_is_a_decision() =>
        Assert.Single(Notes("1. Mobilt team", "", "LSG ställer sig bakom att piloten med mobilt närvårdsteam startar vecka 16.").AgendaItems[0].Decisions);

    [Fact]
    public void Rows_of_name_party_and_role_beside_an_attendee_label_are_people_not_group_headings()
    {
        var meeting = ParsedLines.Parse("Kommunala pensionärsrådet", "", "Plats och tid         Rådhuset, kl. 09.30–11.50", "",
            "Ledamöter             Eva Sandberg          S                   ordförande",
            "                      Johan Kjellberg       M",
            "                      Lennart Åberg         PRO                 vice ordförande",
            "                      Birgitta Holmqvist    PRO", "", "§ 31 Öppnande", "", "Mötet öppnades.");
        Assert.Equal(["Eva Sandberg", "Johan Kjellberg", "Lennart Åberg", "Birgitta Holmqvist"], meeting.Attendees.Select(a => a.Name));
        Assert.Contains(new Attendee("Lennart Åberg", "PRO"), meeting.Attendees);
        Assert.Equal("Eva Sandberg", meeting.Chair);
    }

    [Fact]
    public void A_commission_to_the_councils_own_committee_keeps_whose_committee_it_is() =>
        Assert.Equal("Rådets arbetsutskott", Assert.Single(Notes("§ 34 Remiss", "", "Beslut", "Pensionärsrådet beslutar",
            "att ge rådets arbetsutskott i uppdrag att ta fram ett yttrande över remissen.").ActionItems).Owner);

    [Fact]
    public void The_meetings_after_the_next_told_as_we_meet_thereafter_are_the_schedule()
    {
        var meeting = Notes("8  Kommande möten", "", "Nästa dialogmöte hålls onsdagen den 14 april 2027 kl. 13.00–15.30 i Mimers hus. Därefter möts vi den 22 september och den 24 november, samma tid.");
        Assert.Equal(["2027-09-22", "2027-11-24"], meeting.ScheduledMeetings.Select(m => m.Date.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void Officials_with_a_post_after_the_name_under_a_group_label_take_the_organisation_in_the_column()
    {
        var meeting = ParsedLines.Parse("Regionala pensionärsrådet", "", "Datum         Torsdagen den 17 september 2026", "",
            "Tjänstepersoner",
            "Henrik Sjölund, biträdande förvaltningschef     Skånevård Sund",
            "Katarina Ljung, överläkare geriatrik            Skånevård Sund",
            "Sofie Pålsson, strateg nära vård                Regionkontoret",
            "Linnea Fagerström, sekreterare                  Regionkontoret", "", "1. Mötets öppnande", "", "Text.");
        Assert.Contains(new Attendee("Henrik Sjölund", "Skånevård Sund"), meeting.Attendees);
        Assert.Contains(new Attendee("Sofie Pålsson", "Regionkontoret"), meeting.Attendees);
        Assert.Equal("Linnea Fagerström", meeting.Secretary);
    }

    [Theory]
    [InlineData("Förvaltningen får i uppgift att se över skyltningen.", "Förvaltningen")]
    [InlineData("Ordföranden skriver ett brev till kommunstyrelsen.", "Ordföranden")]
    [InlineData("Anna Berg kallar till ett möte med arbetsgruppen i november.", "Anna Berg")]
    [InlineData("Samtliga organisationer ombeds utse en representant före den 1 december.", "Samtliga organisationer")]
    public void More_forms_of_a_task_taken_on_name_its_owner(string sentence, string owner) =>
        Assert.Equal(owner, OnlyAction(sentence).Owner);

    [Fact]
    public void A_matter_sent_on_to_another_body_is_an_action_no_one_present_owns() =>
        Assert.Null(OnlyAction("Frågan skickas vidare till socialnämnden.").Owner);

    [Fact]
    public void Telling_the_meeting_about_plans_for_a_day_to_come_is_no_action() =>
        Assert.Empty(Notes("1. Val", "", "Anna Berg redogör för valnämndens planering inför valet den 13 september.").ActionItems);

    [Fact]
    public void A_matter_raised_to_a_bodys_leadership_is_an_action_no_one_present_owns() =>
        Assert.Null(OnlyAction("Frågan lyfts till socialförvaltningens ledning.").Owner);

    [Fact]
    public void A_title_that_opens_with_the_kind_set_off_by_a_dash_is_the_forum_after_it() =>
        Assert.Equal("Dialogmöte om äldreomsorgen med pensionärsorganisationerna",
            ParsedLines.Parse("Solby kommun", "", "Minnesanteckningar – Dialogmöte om äldreomsorgen med", "pensionärsorganisationerna", "",
                "Tid:       Torsdag 15 april 2027, kl. 10.00–11.45", "", "1  Hemtjänsten", "", "Text.").Title);

    [Fact]
    public void A_group_heading_of_a_body_and_its_unit_heads_the_people_under_it_and_a_workplace_after_a_post_is_no_person()
    {
        var meeting = ParsedLines.Parse("Lokal samverkansgrupp", "", "Mötet hölls torsdagen den 8 oktober 2026 kl. 13.00–15.30 i Stadshuset.", "",
            "Närvarande", "", "Solby kommun", "Marie Ståhl, enhetschef socialpsykiatri, ordförande", "Sara Lundin, utvecklingsledare, sekreterare", "",
            "Västra Götalandsregionen, Psykiatri Skaraborg", "Johan Frisk, överläkare, allmänpsykiatrisk öppenvård", "Karin Wetterlund, avdelningschef", "",
            "Primärvården", "Elin Sjöberg, verksamhetschef, Närhälsan Solby vårdcentral", "Tobias Ahl, psykolog", "",
            "1. Inledning", "", "Text.");
        Assert.Equal(["Marie Ståhl", "Sara Lundin", "Johan Frisk", "Karin Wetterlund", "Elin Sjöberg", "Tobias Ahl"], meeting.Attendees.Select(a => a.Name));
        Assert.Contains(new Attendee("Johan Frisk", "Västra Götalandsregionen, Psykiatri Skaraborg"), meeting.Attendees);
    }

    [Fact]
    public void A_group_heading_with_an_abbreviation_and_a_colon_in_a_column_is_one_heading()
    {
        var meeting = ParsedLines.Parse("Dialogmöte", "", "Tid:       Torsdag 15 april 2027, kl. 10.00–11.45", "Närvarande:",
            "  SPF Seniorerna Göinge:  Bengt Olsson, Kerstin Hall", "  SKPF Pensionärerna avd. Solby:  Ulla Rosén", "", "1  Hemtjänsten", "", "Text.");
        Assert.Contains(new Attendee("Kerstin Hall", "SPF Seniorerna Göinge"), meeting.Attendees);
        Assert.Contains(new Attendee("Ulla Rosén", "SKPF Pensionärerna avd. Solby"), meeting.Attendees);
    }
}
