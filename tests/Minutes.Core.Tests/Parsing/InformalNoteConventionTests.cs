using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// Conventions of informal notes and protokoll met in a later set of unseen minutes: shortened labels, a chair who
/// led the meeting, first names for people, more commitment forms and what is asked rather than promised.
/// </summary>
public class InformalNoteConventionTests
{
    private static readonly string[] Header =
    [
        "Anteckningar", "", "Samverkansgrupp Väst", "", "Datum: onsdag 14 april 2027, kl. 9.00–11.00", "Var: Vårdcentralen Väst, rum 2", "",
        "Närv:", "Stadsdelen: Greta Lund, Nils Ahl", "Vårdcentralen: Omar Berg", "PRO Väst: Ulla Fors", "Ej närv: Rut Sjö (SDF)", "",
    ];

    private static Meeting Parse(params string[] body) => ParsedLines.Parse([.. Header, "1. Välkommen", .. body]);

    [Fact]
    public void Shortened_attendee_absentee_and_place_labels_are_read_as_the_labels_they_stand_for()
    {
        var meeting = Parse("Mötet öppnades.");

        Assert.Equal([("Greta Lund", "Stadsdelen"), ("Nils Ahl", "Stadsdelen"), ("Omar Berg", "Vårdcentralen"), ("Ulla Fors", "PRO Väst")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal("Vårdcentralen Väst, rum 2", meeting.Location);
    }

    [Fact]
    public void A_short_label_without_its_colon_is_a_word_of_the_text()
    {
        var meeting = ParsedLines.Parse("Anteckningar", "", "Samverkansgrupp Väst", "", "Datum: 2027-04-14", "", "1. Välkommen",
            "Var och en presenterade sig.");

        Assert.Null(meeting.Location);
    }

    [Theory]
    [InlineData("Greta hälsade alla välkomna och ledde mötet.")]
    [InlineData("Mötet leddes av Greta Lund.")]
    public void The_one_who_led_the_meeting_is_its_chair_a_first_name_made_whole_from_the_attendees(string sentence) =>
        Assert.Equal("Greta Lund", Parse(sentence).Chair);

    [Fact]
    public void A_matter_made_its_own_item_next_time_is_due_at_the_next_meeting()
    {
        var action = Assert.Single(Parse("Fallprevention blir en egen punkt nästa gång.").ActionItems);

        Assert.Equal((null, "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void Seeing_to_something_before_the_next_meeting_is_an_action_due_then()
    {
        var action = Assert.Single(Parse("Hissen är trasig. Nils Ahl felanmäler hissen och ser till att den är lagad före nästa möte.").ActionItems);

        Assert.Equal(("Nils Ahl", "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_group_agreeing_to_make_something_decides_and_owns_the_action()
    {
        var meeting = Parse("Gruppen bestämde att göra en gemensam affisch om fallprevention.");

        Assert.Equal("Gruppen", Assert.Single(meeting.ActionItems).Owner);
        Assert.Single(meeting.AgendaItems[0].Decisions);
    }

    [Fact]
    public void A_first_name_working_with_another_owns_the_action_as_the_attendee_of_that_name() =>
        Assert.Equal("Omar Berg", Assert.Single(Parse("Omar skriver texten tillsammans med Ulla Fors.").ActionItems).Owner);

    [Fact]
    public void A_first_name_no_attendee_has_makes_no_joint_task() =>
        Assert.Empty(Parse("Sven skriver texten tillsammans med Ulla Fors.").ActionItems);

    [Fact]
    public void Two_attendees_first_names_producing_something_by_the_next_meeting_own_it_together()
    {
        var action = Assert.Single(Parse("Greta och Omar tar fram ett förslag på lösning till nästa statusmöte.").ActionItems);

        Assert.Equal(("Greta Lund och Omar Berg", "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void Two_first_names_that_are_no_attendees_are_no_owners_by_a_deadline_verb() =>
        Assert.Empty(Parse("Sven och Kalle tar fram ett förslag till nästa möte.").ActionItems);

    [Theory]
    [InlineData("Greta Lund lovade att skyltningen ses över senast den 15 juni.")]
    [InlineData("Greta Lund åtog sig att se över skyltningen senast den 15 juni.")]
    public void A_promise_made_at_the_meeting_told_in_the_past_is_the_promisers_action(string sentence)
    {
        var action = Assert.Single(Parse(sentence).ActionItems);

        Assert.Equal(("Greta Lund", "2027-06-15"), (action.Owner, action.Due));
    }

    [Fact]
    public void Names_in_parentheses_under_the_heading_are_its_presenters()
    {
        var item = ParsedLines.Parse([.. Header, "3. Aktuellt från regionen", "   (Greta Lund, avdelningschef närsjukvård)", "", "Greta gav en lägesbild."]).AgendaItems[0];

        Assert.Equal("Aktuellt från regionen", item.Title);
        Assert.Equal(["Greta Lund"], item.Presenters);
    }

    [Fact]
    public void Names_in_parentheses_set_under_the_titles_column_are_presenters_not_the_title_going_on()
    {
        var item = Parse("Mötet öppnades.", "", "2.   Aktuellt från regionen", "     (Greta Lund, avdelningschef närsjukvård)", "", "Greta gav en lägesbild.").AgendaItems[1];

        Assert.Equal("Aktuellt från regionen", item.Title);
        Assert.Equal(["Greta Lund"], item.Presenters);
    }

    [Fact]
    public void Presenters_in_the_headings_parentheses_wrapped_onto_the_next_line_are_presenters_not_title()
    {
        var item = Parse("Mötet öppnades.", "", "2. Mobila team i Hälsingland – utvärdering (Greta Lund,", "   Omar Berg)", "Greta Lund presenterade.").AgendaItems[1];

        Assert.Equal("Mobila team i Hälsingland – utvärdering", item.Title);
        Assert.Equal(["Greta Lund", "Omar Berg"], item.Presenters);
    }

    [Fact]
    public void A_to_do_list_under_an_unnumbered_heading_gives_each_bullet_its_people_and_its_own_due()
    {
        var meeting = Parse("Mötet öppnades.", "", "2. Nästa möte", "", "Tisdag 24 augusti kl 14, Teams.", "", "Att göra till nästa gång",
            "- Greta: sammanställer enkätsvaren och skickar ut dem senast 15 juni", "- Omar + Nils: skiss på flödet",
            "- Ulla: testläser broschyren och återkopplar inom två veckor");

        Assert.Equal([("Greta Lund", "2027-06-15"), ("Omar Berg och Nils Ahl", "next-meeting"), ("Ulla Fors", "2027-04-28")],
            meeting.ActionItems.Select(a => (a.Owner, a.Due)));
    }

    [Fact]
    public void Bulleted_questions_with_the_asker_after_them_are_questions_and_their_heading_is_none()
    {
        var item = Parse("Frågor från rådet:", "", "- Blir det parkering närmare dialysen? (Omar)", "  Svar: Det är inte bestämt ännu.", "",
            "- Varför får man inte samma tider? (Ulla)", "  Svar: Schemat läggs om ibland.").AgendaItems[0];

        Assert.Equal(["Blir det parkering närmare dialysen?", "Varför får man inte samma tider?"], item.Questions.Select(q => q.Text));
    }

    [Fact]
    public void A_hyphenated_first_name_owns_its_promise_as_the_attendee_of_that_name()
    {
        var meeting = ParsedLines.Parse("Anteckningar", "", "Patientrådet", "", "Datum: 2027-04-22", "", "Närvarande: Anna-Karin Söder (kliniken), Greta Lund (PRO)", "",
            "1. Nytt från kliniken", "Anna-Karin tar upp frågan med fastighetsbolaget och återkommer i september.");

        Assert.Equal(("Anna-Karin Söder", "2027-09"), (meeting.ActionItems[0].Owner, meeting.ActionItems[0].Due));
    }

    [Fact]
    public void Two_first_names_writing_a_draft_that_is_sent_on_own_it_apart_from_the_decision_before()
    {
        var actions = Parse("Rådet beslutade att skriva till nämnden om sjukresorna. Greta och Omar skriver ett utkast som skickas till rådet före nästa möte.").ActionItems;

        Assert.Contains(actions, a => a.Owner == "Greta Lund och Omar Berg" && a.Due == "next-meeting" && a.Text.StartsWith("Greta och Omar"));
    }

    [Fact]
    public void Adjusting_something_by_a_month_is_a_named_persons_task() =>
        Assert.Equal("2027-05", Assert.Single(Parse("Greta Lund justerar broschyren efter synpunkterna innan den går till tryck i maj.").ActionItems).Due);

    [Fact]
    public void A_short_task_after_another_is_its_own_not_the_one_before_it_again()
    {
        var actions = Parse("PRO Väst lämnar synpunkter till Greta Lund senast den 15 maj. Ulla Fors samordnar organisationernas svar.").ActionItems;

        Assert.Equal([("PRO Väst", "2027-05-15"), ("Ulla Fors", null)], actions.Select(a => (a.Owner, a.Due)));
        Assert.Equal("Ulla Fors samordnar organisationernas svar.", actions[1].Text);
    }

    [Fact]
    public void The_forums_next_meeting_with_its_genitive_is_the_next_meeting_and_correcting_something_is_a_task()
    {
        var actions = Parse("Hörselvården bjuds in till rådets nästa möte för att redovisa läget.", "", "Sekreteraren rättar detta i den version som finns på webbplatsen.").ActionItems;

        Assert.Equal([(null, "next-meeting"), ("Sekreteraren", null)], actions.Select(a => (a.Owner, a.Due)));
    }

    [Fact]
    public void Going_through_something_by_a_time_to_come_is_a_task_and_without_one_is_a_presentation()
    {
        var action = Assert.Single(Parse("MAS går igenom rutinen för läkemedel med utförarna under maj.").ActionItems);
        Assert.Equal(("MAS", "2027-05"), (action.Owner, action.Due));

        Assert.Empty(Parse("Greta Lund går igenom rutinen för läkemedel.").ActionItems);
    }

    [Theory]
    [InlineData("Birgit Holm samordnar svaret och sammankallar organisationerna i början av maj.")]
    [InlineData("Omar Berg för in fallen som en stående punkt på bevakningslistan.")]
    public void Coordinating_and_entering_are_tasks_of_the_named_person(string sentence) =>
        Assert.Single(Parse(sentence).ActionItems);

    [Theory]
    [InlineData("PRO Väst lyfter att många inte vet vart de ska ringa.")]
    [InlineData("Ulla Fors frågar om kallelsen kan skickas ut två veckor före mötet.")]
    [InlineData("Flera undrar hur hemtjänsten kontaktas efter klockan 22.")]
    public void Raising_a_concern_or_asking_is_no_commitment(string sentence) =>
        Assert.Empty(Parse(sentence).ActionItems);

    [Fact]
    public void People_appointed_to_write_something_own_it_and_its_due_stands_in_the_next_sentence()
    {
        var action = Assert.Single(Parse("Beslut", "Greta Lund och Ulla Fors utses att skriva yttrandet. Yttrandet ska vara klart senast den 3 maj.").ActionItems);

        Assert.Equal(("Greta Lund och Ulla Fors", "2027-05-03"), (action.Owner, action.Due));
    }

    [Theory]
    [InlineData("Nils Ahl utses att jämte ordföranden justera protokollet.")]
    [InlineData("Greta Lund och Ulla Fors utses att företräda gruppen i referensgruppen.")]
    public void Adjusters_and_representatives_appointed_are_no_actions(string sentence) =>
        Assert.Empty(Parse("Beslut", sentence).ActionItems);

    [Fact]
    public void A_beslut_label_alone_over_bullets_makes_each_bullet_a_decision_without_the_label()
    {
        var item = Parse("Beslut:", "- Gruppen ställer sig bakom rutinen.", "- Frågan om bemanning lyfts till förvaltningen.", "",
            "Greta Lund berättade om vårens utbildningar.").AgendaItems[0];

        Assert.Equal(["Gruppen ställer sig bakom rutinen.", "Frågan om bemanning lyfts till förvaltningen."], item.Decisions);
    }

    [Fact]
    public void An_action_under_a_beslut_line_does_not_carry_the_label_in_its_text() =>
        Assert.Equal("Greta Lund och Ulla Fors utses att skriva yttrandet.",
            Assert.Single(Parse("Beslut", "Greta Lund och Ulla Fors utses att skriva yttrandet.").ActionItems).Text);

    [Fact]
    public void A_medverkande_label_names_the_items_presenters() =>
        Assert.Equal(["Greta Lund", "Omar Berg"], ParsedLines.Parse([.. Header, "2. Tandvården", "Medverkande: Greta Lund och Omar Berg, Stadsdelen", "",
            "Greta Lund berättade om tandvårdsstödet."]).AgendaItems[0].Presenters);

    [Fact]
    public void An_organisation_with_och_in_its_name_after_a_name_stays_whole()
    {
        var meeting = ParsedLines.Parse("Anteckningar", "", "Rådet", "", "Datum: 2027-04-14", "", "Närvarande", "",
            "Funktionsrättsrådet", "Tuva Ek, SRF Stockholms och Gotlands län", "Pål Ring, DHR Solna", "", "1. Inledning", "Mötet öppnades.");

        Assert.Equal([("Tuva Ek", "SRF Stockholms och Gotlands län"), ("Pål Ring", "DHR Solna")], meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Fact]
    public void Shortened_roles_in_parentheses_make_chair_and_secretary_and_no_organisation()
    {
        var meeting = ParsedLines.Parse("Anteckningar", "", "Rådet", "", "Datum: 2027-04-14", "", "Deltagare", "",
            "Staden", "Asta Berg (ordf.), Ivar Holm, Sonja Lind (sekr.)", "SKPF avd 7 Väst – Berit Ros", "", "1. Inledning", "Mötet öppnades.");

        Assert.Equal(("Asta Berg", "Sonja Lind"), (meeting.Chair, meeting.Secretary));
        Assert.Equal([("Asta Berg", "Staden"), ("Ivar Holm", "Staden"), ("Sonja Lind", "Staden"), ("Berit Ros", "SKPF avd 7 Väst")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Fact]
    public void A_kind_and_date_in_a_running_head_is_no_diary_number() =>
        Assert.Null(ParsedLines.Parse("Anteckningar KPR 2027-04-14", "", "Rådet", "", "Datum: 2027-04-14", "", "1. Inledning", "Mötet öppnades.").DiaryNumber);

    [Theory]
    [InlineData("Förvaltningen återkommer före årsskiftet med besked.", "2027-12")]
    [InlineData("Omar Berg undersöker saken och återkommer efter sommaren.", "2027-Q3")]
    [InlineData("Omar Berg undersöker saken och återkommer i början av september.", "2027-09")]
    [InlineData("Förvaltningen skickar ut enkäten före slutet av maj.", "2027-05")]
    public void The_turn_of_the_year_after_the_summer_and_part_of_a_month_are_dues(string sentence, string due) =>
        Assert.Equal(due, Assert.Single(Parse(sentence).ActionItems).Due);

    [Fact]
    public void The_forums_own_past_tense_decides_and_another_bodys_is_news()
    {
        Assert.Single(Parse("Gruppen fastställde mötestiderna för 2028.").AgendaItems[0].Decisions);
        Assert.Empty(Parse("Regionfullmäktige fastställde budgeten den 19 november.").AgendaItems[0].Decisions);
    }

    [Fact]
    public void A_task_whose_object_begins_with_a_number_is_a_task() =>
        Assert.Equal("Omar Berg", Assert.Single(Parse("Omar skickar 200 exemplar till sekreteraren.").ActionItems).Owner);

    [Fact]
    public void The_person_said_to_answer_for_a_commitment_in_the_next_sentence_owns_it()
    {
        var action = Assert.Single(Parse("Stadsdelen sammanställer synpunkterna och skickar dem till rådet i juni. Ulla Fors ansvarar för sammanställningen.").ActionItems);

        Assert.Equal(("Ulla Fors", "2027-06"), (action.Owner, action.Due));
        Assert.EndsWith("ansvarar för sammanställningen.", action.Text);
    }

    [Fact]
    public void A_header_with_no_kind_takes_letterhead_title_day_and_place_from_their_blocks()
    {
        var meeting = ParsedLines.Parse("Hälso- och sjukvårdsförvaltningen                 1 (2)", "Avdelning närsjukvård, enhet syn", "", "",
            "Arbetsgruppen för syn och hörsel med pensionärsorganisationerna", "", "Onsdagen den 2 juni 2027, kl. 10.00–11.30",
            "Lindhagensgatan 98, rum Ekorren", "", "Närvarande", "", "Asta Berg, PRO Stockholms län", "", "1  Inledning", "Mötet öppnades.");

        Assert.Equal((DocumentType.Motesanteckningar, "Arbetsgruppen för syn och hörsel med pensionärsorganisationerna"),
            (meeting.DocumentType, meeting.Title));
        Assert.Equal(("Hälso- och sjukvårdsförvaltningen", "Avdelning närsjukvård, enhet syn"), (meeting.Organization, meeting.Department));
        Assert.Equal((new DateOnly(2027, 6, 2), "Lindhagensgatan 98, rum Ekorren"), (meeting.Date, meeting.Location));
    }

    [Fact]
    public void A_kind_in_ordinary_case_in_the_letterheads_right_column_leaves_the_left_column_as_issuer()
    {
        var meeting = ParsedLines.Parse("Solby kommun                                   Anteckningar", "Omsorgsförvaltningen                           2027-03-10",
            "", "Samverkansgrupp Väst", "", "Datum: 2027-03-10", "", "1. Inledning", "Mötet öppnades.");

        Assert.Equal((DocumentType.Motesanteckningar, "Solby kommun", "Omsorgsförvaltningen"), (meeting.DocumentType, meeting.Organization, meeting.Department));
    }

    private static Meeting ParseBullets(params string[] body) => ParsedLines.Parse([
        "Anteckningar", "", "Samverkansgrupp Syd", "", "När:   torsdag 15 okt 2026, kl 9.00–11.00", "", "Närvarande:",
        "- Tyra Holm, PRO Syd", "- Saga Lind, Syds sjukhus (samordnare utskrivning)", "- Pelle Rask, Syds kommun (MAS)", "", .. body]);

    [Fact]
    public void A_role_in_parentheses_after_the_organisation_is_no_part_of_it_and_nar_gives_the_day()
    {
        var meeting = ParseBullets("1. Välkommen", "Mötet öppnades.");

        Assert.Equal([("Tyra Holm", "PRO Syd"), ("Saga Lind", "Syds sjukhus"), ("Pelle Rask", "Syds kommun")], meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal((new DateOnly(2026, 10, 15), new TimeOnly(9, 0)), (meeting.Date, meeting.StartTime));
    }

    [Fact]
    public void A_first_name_in_the_headings_parentheses_is_the_attendee_presenting()
    {
        var item = ParseBullets("1. Utskrivning (Saga)", "- Fler skrivs ut på fredagar.").AgendaItems[0];

        Assert.Equal("Utskrivning", item.Title);
        Assert.Equal(["Saga Lind"], item.Presenters);
    }

    [Fact]
    public void An_arrow_marks_an_action_whatever_its_verb_with_first_names_made_whole()
    {
        var action = Assert.Single(ParseBullets("1. Utskrivning", "- Fler skrivs ut på fredagar.",
            "-> Pelle och Saga går igenom fredagarna tillsammans och tar med statistik till nästa träff.").ActionItems);

        Assert.Equal(("Pelle Rask och Saga Lind", "next-meeting"), (action.Owner, action.Due));
        Assert.StartsWith("Pelle och Saga går igenom", action.Text);
    }

    [Theory]
    [InlineData("- Tyra vill ha affischer. Saga lämnar affischer senast fre 23/10.", "Saga Lind", "2026-10-23")]
    [InlineData("- Saga kollar om anhörigstödet kan ställa ut på mässan.", "Saga Lind", null)]
    public void A_first_name_with_a_soft_cue_or_a_deadline_after_a_short_weekday_is_an_attendees_action(string line, string owner, string? due)
    {
        var action = Assert.Single(ParseBullets("1. Övrigt", line).ActionItems);

        Assert.Equal((owner, due), (action.Owner, action.Due));
    }

    [Fact]
    public void The_next_meeting_with_a_slash_date_and_a_seasons_meetings_line_give_next_meeting_and_schedule()
    {
        var meeting = ParseBullets("1. Övrigt", "- Inget att ta upp.", "", "Nästa träff: tors 10/12 kl 9–11 på vårdcentralen.",
            "Träffar våren 2027: 11/2, 15/4 och 10/6, samma tid.");

        Assert.Equal((new DateOnly(2026, 12, 10), new TimeOnly(9, 0)), (meeting.NextMeeting?.Date, meeting.NextMeeting?.StartTime));
        Assert.Equal([new DateOnly(2027, 2, 11), new DateOnly(2027, 4, 15), new DateOnly(2027, 6, 10)], meeting.ScheduledMeetings.Select(m => m.Date));
    }

    [Theory]
    [InlineData("Höstens möten: onsdagarna 15/9 och 10/11, samma tid.")]
    [InlineData("Sammanträdestiderna för 2027 fastställs till den 15 september och 10 november, samtliga dagar kl. 10.00–12.00.")]
    public void A_seasons_meetings_or_a_decision_on_the_meeting_times_gives_the_schedule(string line) =>
        Assert.Equal([new DateOnly(2027, 9, 15), new DateOnly(2027, 11, 10)],
            ParsedLines.Parse("Anteckningar", "", "Rådet", "", "Datum: 2027-03-10", "", "1. Mötestider", line).ScheduledMeetings.Select(m => m.Date));

    [Fact]
    public void Acronyms_ending_attendee_lines_are_organisations_and_a_role_after_the_organisation_makes_the_chair()
    {
        var meeting = ParsedLines.Parse("Anteckningar", "", "Rådet", "", "Datum: 2027-03-10", "", "Närvarande", "", "Organisationerna",
            "    Vera Lund, SPF Seniorerna (ordförande)", "    Stig-Olof Ek, PRO", "    Viola Strand, SKPF", "    Ines Hed, SPRF", "",
            "Förvaltningen", "    Johanna Berg, avdelningschef", "", "1. Inledning", "Mötet öppnades.");

        Assert.Equal([("Vera Lund", "SPF Seniorerna"), ("Stig-Olof Ek", "PRO"), ("Viola Strand", "SKPF"), ("Ines Hed", "SPRF"), ("Johanna Berg", "Förvaltningen")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal("Vera Lund", meeting.Chair);
    }

    [Fact]
    public void Two_people_by_full_name_doing_a_task_own_it_together() =>
        Assert.Equal("Greta Lund och Ulla Fors", Assert.Single(Parse("Greta Lund och Ulla Fors sammanställer synpunkterna och lämnar dem till Omar senast den 15 maj.").ActionItems).Owner);

    [Fact]
    public void Commitments_listed_at_the_end_with_an_item_tag_are_filed_under_that_item_without_the_tag()
    {
        var meeting = ParsedLines.Parse([.. Header, "1. Inledning", "Mötet öppnades.", "", "2. Hemgång", "Diskussion om hemgång.", "",
            "3. Sammanfattning", "Åtaganden:", "", "•  Greta Lund skickar statistiken till gruppen senast den 18 maj. (Punkt 2)"]);

        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal(("2", "Greta Lund skickar statistiken till gruppen senast den 18 maj."), (action.AgendaItemNumber, action.Text));
    }

    [Fact]
    public void A_sentence_after_the_next_meeting_on_its_line_is_read_as_the_items_text()
    {
        var meeting = Parse("Nästa möte planeras till hösten 2027. Greta Lund skickar ut förslag på datum i maj.");

        Assert.Equal(("Greta Lund", "2027-05"), (Assert.Single(meeting.ActionItems).Owner, meeting.ActionItems[0].Due));
    }

    [Fact]
    public void A_section_heading_in_capitals_after_the_attendees_is_no_attendee() =>
        Assert.DoesNotContain(ParsedLines.Parse([.. Header, "DEL 1 – FÖRMIDDAG: INFORMATION", "", "1. Inledning", "Mötet öppnades."]).Attendees,
            a => a.Name.Contains("FÖRMIDDAG", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Minutes_with_paragraph_items_and_no_kind_printed_are_a_protokoll() =>
        Assert.Equal(DocumentType.Protokoll, ParsedLines.Parse("Rådet", "", "Datum: 2027-03-10", "", "Närvarande", "Asta Berg (S)", "",
            "§ 1 Öppnande", "Mötet öppnades.", "", "§ 2 Val av justerare", "Ivar Holm utses.").DocumentType);

    [Fact]
    public void The_chair_stating_when_the_body_meets_next_gives_the_next_meeting_before_a_listed_schedule() =>
        Assert.Equal(new DateOnly(2027, 6, 9), ParsedLines.Parse("PROTOKOLL", "", "Beredningen", "", "Datum: 2027-04-14", "",
            "§ 1 Sammanträdestider hösten 2027", "Beredningen fastställer följande sammanträdestider för hösten 2027:",
            "15 september, 20 oktober och 1 december, samtliga kl. 10.00–12.00.", "", "§ 2 Övriga frågor",
            "Ordföranden meddelade att beredningen sammanträder nästa gång onsdagen", "den 9 juni kl. 10.00 och förklarade sammanträdet avslutat.").NextMeeting?.Date);

    [Theory]
    [InlineData("Gruppen ger ordföranden och vice ordföranden i uppdrag att stämma av yttrandet före den 19 maj.", "Ordföranden och vice ordföranden")]
    [InlineData("Gruppen gav Greta Lund och Omar Berg i uppdrag att skriva en rutin till nästa möte.", "Greta Lund och Omar Berg")]
    [InlineData("Gruppen gav Greta och Omar i uppdrag att skriva en rutin till nästa möte.", "Greta Lund och Omar Berg")]
    public void A_task_given_to_two_together_is_owned_by_both(string sentence, string owner) =>
        Assert.Equal(owner, Assert.Single(Parse(sentence).ActionItems).Owner);

    [Fact]
    public void A_group_heading_in_capitals_stays_the_group_of_the_names_under_it()
    {
        var meeting = ParsedLines.Parse("Anteckningar", "", "Rådet", "", "Datum: 2027-03-10", "", "Närvarande", "", "PENSIONÄRSORGANISATIONERNA",
            "Asta Berg, PRO", "", "HÄLSO- OCH SJUKVÅRDSFÖRVALTNINGEN", "Ivar Holm, handläggare", "", "1. Inledning", "Mötet öppnades.");

        Assert.Equal("HÄLSO- OCH SJUKVÅRDSFÖRVALTNINGEN", meeting.Attendees.Single(a => a.Name == "Ivar Holm").Organization);
    }

    [Fact]
    public void A_task_given_to_two_by_first_name_is_also_a_decision() =>
        Assert.Single(Parse("Gruppen gav Greta och Omar i uppdrag att gå igenom rutinen.").AgendaItems[0].Decisions);

    [Fact]
    public void A_request_to_everyone_is_owned_by_all() =>
        Assert.Equal("Alla", Assert.Single(Parse("Alla ombeds skicka exempel till Greta senast den 24 april.").ActionItems).Owner);

    [Fact]
    public void The_one_a_cleft_sentence_singles_out_owns_the_task() =>
        Assert.Equal("Ulla Fors", Assert.Single(Parse("På träffpunkten i Väst är det Ulla som ser till att foldern delas ut.").ActionItems).Owner);

    [Fact]
    public void Bringing_something_to_the_next_meeting_is_a_commitment()
    {
        var action = Assert.Single(Parse("Statistiken är inte klar. Omar tar med den till nästa träff.").ActionItems);

        Assert.Equal(("Omar Berg", "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void Two_months_together_are_the_period_looked_at_not_a_due() =>
        Assert.Null(Assert.Single(Parse("Gruppen gav Greta och Omar i uppdrag att gå igenom utskrivningarna under februari och mars.").ActionItems).Due);

    [Fact]
    public void A_next_meeting_heading_takes_its_date_from_the_line_under_it() =>
        Assert.Equal(new MeetingTime(new DateOnly(2027, 5, 12), new TimeOnly(13, 0)),
            ParsedLines.Parse([.. Header, "1) Inledning", "Mötet öppnades.", "", "2) Nästa träff", "Ons 12/5 kl 13–15 på Teams."]).NextMeeting);

    [Fact]
    public void A_district_administration_in_the_letterhead_is_the_issuer() =>
        Assert.Equal("Västra stadsdelsförvaltning", ParsedLines.Parse(["Västra stadsdelsförvaltning", "", "", .. Header[2..], "1. Inledning", "Mötet öppnades."]).Organization);

    [Fact]
    public void Each_bullet_of_a_till_nasta_mote_item_is_its_peoples_task_due_at_the_next_meeting()
    {
        var actions = Parse("Mötet öppnades.", "", "2. Till nästa möte", "- Omar: statistik över besöken", "- Greta och Nils: exempel på rutiner",
            "- Alla: läsa igenom rekommendationen").ActionItems;

        Assert.Equal([("statistik över besöken", "Omar Berg"), ("exempel på rutiner", "Greta Lund och Nils Ahl"), ("läsa igenom rekommendationen", "Alla")],
            actions.Select(a => (a.Text, a.Owner)));
        Assert.All(actions, a => Assert.Equal("next-meeting", a.Due));
    }

    [Fact]
    public void A_kind_may_say_what_meeting_it_was_and_roles_after_a_column_organisation_make_no_part_of_it()
    {
        var meeting = ParsedLines.Parse("Storstaden", "Välfärd", "", "", "Minnesanteckningar, digitalt möte", "", "Arbetsgruppen för FaR", "",
            "Tisdag 24 augusti 2027, kl. 14.00–15.00, Microsoft Teams", "", "Deltagare", "Linnea Ahl          Storstaden (sammankallande)",
            "Ida Falk            Förvaltningen", "Ras Telg            Förvaltningen (för anteckningar)", "", "1. Inledning", "Mötet öppnades.");

        Assert.Equal(("Storstaden", "Välfärd", null, "Ras Telg"), (meeting.Organization, meeting.Department, meeting.Chair, meeting.Secretary));
        Assert.Equal(["Storstaden", "Förvaltningen", "Förvaltningen"], meeting.Attendees.Select(a => a.Organization));
    }

    [Fact]
    public void A_promise_with_the_meeting_it_is_due_at_before_the_verb_is_a_task()
    {
        var action = Assert.Single(Parse("Förvaltningen ska till mötet den 18 maj ta fram ett underlag om rehabiliteringen.").ActionItems);

        Assert.Equal(("Förvaltningen", "2027-05-18"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_next_meeting_heading_reads_the_sentence_under_it_past_a_blank_line() =>
        Assert.Equal(new MeetingTime(new DateOnly(2027, 5, 7), new TimeOnly(14, 0)),
            ParsedLines.Parse([.. Header, "1. Inledning", "Mötet öppnades.", "", "2. Nästa möte", "", "Nästa samverkansmöte äger rum fredagen den 7 maj 2027",
                "kl. 14.00 i stadshuset."]).NextMeeting);

    [Fact]
    public void A_headerless_meeting_line_gives_the_time_though_a_running_head_above_it_has_the_date()
    {
        var meeting = ParsedLines.Parse("Förvaltningen        Samrådsgruppen, 2027-02-16", "", "Samrådsgruppen för strokevård", "",
            "Tisdagen den 16 februari 2027 kl. 13.00–15.30", "Lindhagensgatan 98, rum 4", "", "Deltagare", "",
            "Ragnar Ek – Strokeförbundet (ordförande)", "Siv Graf – PRO Stockholms län", "Tove Ren – Förvaltningen (antecknare)", "",
            "1  Inledning", "Mötet öppnades.");

        Assert.Equal((new TimeOnly(13, 0), new TimeOnly(15, 30)), (meeting.StartTime, meeting.EndTime));
        Assert.Equal(("Ragnar Ek", "Tove Ren"), (meeting.Chair, meeting.Secretary));
        Assert.Equal(["Strokeförbundet", "PRO Stockholms län", "Förvaltningen"], meeting.Attendees.Select(a => a.Organization));
    }

    [Fact]
    public void A_handing_over_by_a_named_meeting_is_a_commitment() =>
        Assert.Equal("2027-06-11", Assert.Single(Parse("Yttrandet överlämnas till nämnden inför dess sammanträde den 11 juni.").ActionItems).Due);

    [Fact]
    public void What_is_done_as_a_rule_is_no_commitment() =>
        Assert.Empty(Parse("Omar Berg svarade att vårdcentralen då kontaktar hemtjänsten, som har nyckel.").ActionItems);

    [Fact]
    public void A_quarter_by_its_ordinal_is_a_due() =>
        Assert.Equal("2028-Q1", Assert.Single(Parse("Förvaltningen återkommer under första kvartalet 2028 med en redovisning.").ActionItems).Due);

    [Fact]
    public void Written_questions_under_a_label_line_without_colon_are_questions_with_their_answers()
    {
        var questions = Parse("Fråga 1 från PRO Väst", "Varför skrivs så många ut sent?", "Svar", "Utskrivningarna styrs av läkarbedömningen.", "",
            "Fråga 2 – SKPF Pensionärerna avd. 47 Väst", "Hur får anhöriga veta vem som är kontakt?", "Svar", "Namnet står i vårdplanen.").AgendaItems[0].Questions;

        Assert.Equal([("Varför skrivs så många ut sent?", "Utskrivningarna styrs av läkarbedömningen."), ("Hur får anhöriga veta vem som är kontakt?", "Namnet står i vårdplanen.")],
            questions.Select(q => (q.Text, q.Answer)));
    }

    [Fact]
    public void The_years_last_meeting_of_a_compound_kind_is_the_next_meeting() =>
        Assert.Equal(new DateOnly(2027, 12, 8), ParsedLines.Parse([.. Header, "1. Mötestider", "Årets sista dialogmöte hålls onsdagen den 8 december 2027 kl. 09.30."]).NextMeeting?.Date);

    private static readonly string[] InitialsHeader =
    [
        "Anteckningar", "", "Nätverksträff", "", "Tisdag 17 november 2026, kl. 08.30–10.00", "Plats: Runby vårdcentral", "", "Deltagare",
        "MB   Mona Berg          Vilunda vårdcentral (sammankallande)", "ES   Elin Sund          Hemsjukvården Väsby",
        "KS   Kaj Strand         Väsby kommun, vård och omsorg", "", "Antecknare: KS", "",
    ];

    [Fact]
    public void A_column_of_initials_before_the_names_repeats_them_and_initials_name_the_note_taker()
    {
        var meeting = ParsedLines.Parse([.. InitialsHeader, "1. Inledning", "– Mötet öppnades."]);

        Assert.Equal([("Mona Berg", "Vilunda vårdcentral"), ("Elin Sund", "Hemsjukvården Väsby"), ("Kaj Strand", "Väsby kommun, vård och omsorg")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal("Kaj Strand", meeting.Secretary);
    }

    [Fact]
    public void A_column_of_initials_whose_gap_ocr_closed_still_repeats_the_names() =>
        Assert.Equal(["Mona Berg", "Elin Sund", "Kaj Strand"], ParsedLines.Parse(["Anteckningar", "", "Nätverksträff", "", "Tisdag 17 november 2026, kl. 08.30", "",
            "Deltagare", "MB Mona Berg    Vilunda vårdcentral", "ES Elin Sund    Hemsjukvården Väsby", "KS Kaj Strand    Väsby kommun", "", "1. Inledning",
            "– Mötet öppnades."]).Attendees.Select(a => a.Name));

    [Fact]
    public void Initials_in_a_commitment_and_in_a_commitments_table_are_the_attendees_they_stand_for()
    {
        var actions = ParsedLines.Parse([.. InitialsHeader, "1. Utskrivningar", "– MB och ES gör ett utkast till checklista och skickar det till alla", "  senast 8/12.",
            "", "", "Åtaganden                                     Vem           När", "– Skicka kallelser till vårens träffar        KS            18/12"]).ActionItems;

        Assert.Equal([("Mona Berg och Elin Sund", "2026-12-08"), ("Kaj Strand", "2026-12-18")], actions.Select(a => (a.Owner, a.Due)));
    }
}
