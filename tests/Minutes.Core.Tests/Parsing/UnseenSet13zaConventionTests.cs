using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>Conventions of unseen minutes (sets 13za and on), each in the general form the parser reads.</summary>
public class UnseenSet13zaConventionTests
{
    private static Meeting Notes(params string[] body) => ParsedLines.Parse(
    [
        "Äldrerådet i Solby", "Anteckningar", "", "Datum: 2027-02-17", "",
        "Närvarande", "Anna Berg, Region Solby", "Eva Lund, PRO Solby", "",
        .. body,
    ]);

    [Theory]
    [InlineData("Ärendet tas upp som eget ärende vid rådets sammanträde den 11 maj.", "2027-05-11")]
    [InlineData("Frågan tas upp som egen punkt vid mötet den 3 maj.", "2027-05-03")]
    [InlineData("Frågan tas upp igen vid sammanträdet den 21 september.", "2027-09-21")]
    public void A_matter_put_on_a_later_meeting_named_by_a_two_digit_day_is_an_action_due_that_day(string sentence, string due) =>
        Assert.Equal(due, Assert.Single(Notes("1. Remiss om färdtjänst", "", sentence).ActionItems).Due);

    [Fact]
    public void The_chair_carrying_the_councils_views_on_to_a_board_is_the_chairs_action()
    {
        var action = Assert.Single(Notes("1. Gatumiljö", "", "Ordföranden framför rådets synpunkter till gatu- och samhällsmiljönämnden.").ActionItems);
        Assert.Equal("Ordföranden", action.Owner);
    }

    [Theory]
    [InlineData("Eva Lund framför att många äldre har svårt att nå sin vårdcentral.")]
    [InlineData("Ordföranden framför ett tack till förvaltningen för presentationen.")]
    public void What_someone_says_or_thanks_for_is_no_action(string sentence) =>
        Assert.Empty(Notes("1. Information", "", sentence).ActionItems);

    [Fact]
    public void A_decision_that_a_matter_be_followed_up_in_a_season_is_an_action_of_no_one_named()
    {
        var meeting = Notes("1. Läkemedel", "", "Rådet beslutade att läkemedelshanteringen ska följas upp på nytt under hösten.");
        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal((null, "2027-Q3"), (action.Owner, action.Due));
        Assert.Single(meeting.AgendaItems[0].Decisions);
    }

    [Fact]
    public void What_was_followed_up_in_the_past_is_no_action() =>
        Assert.Empty(Notes("1. Läkemedel", "", "Läkemedelshanteringen följdes upp under hösten och visade färre avvikelser.").ActionItems);

    [Fact]
    public void A_body_named_in_full_and_one_named_by_its_noun_produce_together()
    {
        var action = Assert.Single(Notes("1. Bemanning", "",
            "Hemsjukvården har haft svårt att bemanna kvällstid. Region Solby och kommunen tar fram en gemensam bemanningsplan, som ska vara klar i maj.").ActionItems);
        Assert.Equal(("Region Solby och kommunen", "2027-05"), (action.Owner, action.Due));
    }

    [Fact]
    public void An_issuer_in_capitals_in_the_first_column_of_the_running_head_is_the_organisation_as_printed()
    {
        const string head = "SOLBY KOMMUN                  Äldrerådet, anteckningar 2027-02-17              Sida {0} (2)";
        var meeting = MinutesParser.Parse(PageCleaner.Clean(PlainText.Read(string.Join("\n",
            string.Format(head, 1), "", "Äldrerådet", "",
            "Anteckningar från äldrerådets möte onsdagen den 17 februari 2027 kl. 13.30–16.00 i stadshuset.", "",
            "1. Inledning", "", "Ordföranden hälsade välkommen.", "\f" + string.Format(head, 2), "",
            "2. Övriga frågor", "", "Inga övriga frågor."))));
        Assert.Equal("SOLBY KOMMUN", meeting.Organization);
    }

    [Fact]
    public void A_role_wrapped_under_a_name_in_a_groups_column_is_that_persons_role_and_no_label()
    {
        var meeting = ParsedLines.Parse("ANTECKNINGAR", "", "Arbetsgruppen för äldres hälsa i Solby", "", "Datum: 2026-11-19", "",
            "Deltagare",
            "Solby stad             Sofia Berg, medicinskt ansvarig sjuksköterska,",
            "                       ordförande",
            "                       Anders Kjell, enhetschef hemsjukvård",
            "Närhälsan              Patrik Ols, verksamhetschef",
            "", "Punkt 1  Inledning", "", "Sofia Berg hälsade välkommen.");
        Assert.Equal([("Sofia Berg", "Solby stad"), ("Anders Kjell", "Solby stad"), ("Patrik Ols", "Närhälsan")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal("Sofia Berg", meeting.Chair);
    }

    [Fact]
    public void A_number_column_that_does_not_count_the_rows_off_gives_the_items_the_actions_belong_to()
    {
        var meeting = Notes("1. Läkemedel", "", "Genomgångar diskuterades.", "", "2. Utskrivning", "", "Avvikelser diskuterades.", "",
            "Nr  Vad                                      Vem               När",
            "1   Ta fram lista över patienter utan        Eva Lund          vecka 49",
            "    läkemedelsgenomgång",
            "1   Förankra försöket hos enhetschefen       Anna Berg         11/12",
            "2   Sammanställa avvikelser vid utskrivning  Eva Lund          till nästa möte");
        Assert.Equal(["1", "1", "2"], meeting.ActionItems.Select(a => a.AgendaItemNumber));
    }

    [Fact]
    public void A_number_column_that_counts_the_rows_off_numbers_the_actions_and_leaves_them_under_their_item()
    {
        var meeting = Notes("1. Läkemedel", "", "Genomgångar diskuterades.", "", "2. Uppföljning", "",
            "Nr  Vad                                      Vem               När",
            "1   Ta fram lista över patienter             Eva Lund          vecka 49",
            "2   Förankra försöket hos enhetschefen       Anna Berg         11/12",
            "3   Sammanställa avvikelser vid utskrivning  Eva Lund          till nästa möte");
        Assert.Equal(["2", "2", "2"], meeting.ActionItems.Select(a => a.AgendaItemNumber));
    }

    [Fact]
    public void An_issuer_and_its_unit_in_a_running_foot_that_goes_on_with_an_address_are_the_organisation_and_department()
    {
        var meeting = MinutesParser.Parse(PageCleaner.Clean(PlainText.Read(string.Join("\n",
            "ANTECKNINGAR", "", "Arbetsgruppen för äldres hälsa i Solby", "", "Datum: 2026-11-19", "",
            "Punkt 1  Inledning", "", "Sofia Berg hälsade välkommen.", "", "",
            "Solby stad · Vård- och omsorgsförvaltningen · 461 83 Solby",
            "\fSolby stad · Arbetsgruppen för äldres hälsa · 2026-11-19      2 (2)", "",
            "Punkt 2  Övriga frågor", "", "Inga övriga frågor.", "", "",
            "Solby stad · Vård- och omsorgsförvaltningen · 461 83 Solby"))));
        Assert.Equal(("Solby stad", "Vård- och omsorgsförvaltningen"), (meeting.Organization, meeting.Department));
    }

    [Fact]
    public void A_report_label_under_the_owner_is_the_due_and_no_part_of_the_owner()
    {
        var action = Assert.Single(Notes("1. Telefonköer", "",
            "Uppdrag: Ta fram statistik över hur ofta telefonkön stängs före kl. 12,", "per hälsocentral och veckodag.",
            "Ansvarig: Tomas Pekkari", "Redovisas: vecka 45").ActionItems);
        Assert.Equal(("Tomas Pekkari", "2027-W45"), (action.Owner, action.Due));
    }

    [Fact]
    public void One_person_a_line_has_the_organisation_after_the_name_even_where_it_reads_like_a_name()
    {
        var meeting = ParsedLines.Parse("Brukarrådet för psykiatri", "Minnesanteckningar", "", "Datum: 2027-04-14", "",
            "Närvarande", "", "Brukar- och anhörigorganisationer", "Ingela Persson, RSMH Solby, ordförande",
            "Per-Olof Nyberg, Attention Solby", "Siv Granqvist, Balans Solby", "", "Region Solby", "Mikael Strand, områdeschef",
            "Johanna Lilja, brukarsamordnare", "Maja Rosén, MAS", "", "1. Inledning", "", "Mötet öppnades.");
        Assert.Equal([("Ingela Persson", "RSMH Solby"), ("Per-Olof Nyberg", "Attention Solby"), ("Siv Granqvist", "Balans Solby"),
            ("Mikael Strand", "Region Solby"), ("Johanna Lilja", "Region Solby"), ("Maja Rosén", "Region Solby")], meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal("Ingela Persson", meeting.Chair);
    }

    [Fact]
    public void Names_run_on_over_lines_are_each_a_person()
    {
        var meeting = ParsedLines.Parse("Rådet", "Minnesanteckningar", "", "Datum: 2027-04-14", "",
            "Närvarande", "Anna Berg, Eva Lund,", "Per Ek, Olle Sand", "", "1. Inledning", "", "Mötet öppnades.");
        Assert.Equal(["Anna Berg", "Eva Lund", "Per Ek", "Olle Sand"], meeting.Attendees.Select(a => a.Name));
    }

    [Fact]
    public void A_lettered_part_under_a_heading_is_the_body_not_the_titles_second_line()
    {
        var meeting = Notes("§ 25   Övriga frågor och rapporter från organisationerna", "",
            "a) Hörslingan i sessionssalen", "Eva Lund tar upp att hörslingan inte har fungerat.");
        Assert.Equal("Övriga frågor och rapporter från organisationerna", Assert.Single(meeting.AgendaItems).Title);
    }

    [Theory]
    [InlineData("Tid: 13.30", "Närvarande:   Gunnel Öberg (PRO Solby), ordf., Sture Lund (SPF Seniorerna", "              Solby), Ylva Backman (socialtjänsten)")]
    public void An_abbreviated_chair_and_a_unit_in_lower_case_in_parentheses_are_read(params string[] fields)
    {
        var meeting = ParsedLines.Parse(["SOLBY KOMMUN        ANTECKNINGAR", "Socialtjänsten      2027-02-16", "", "Seniorrådet", "", .. fields,
            "", "1. Föregående anteckningar", "Godkändes."]);
        Assert.Equal("Gunnel Öberg", meeting.Chair);
        Assert.Equal("socialtjänsten", meeting.Attendees.Single(a => a.Name == "Ylva Backman").Organization);
    }

    [Fact]
    public void Units_in_lower_case_in_parentheses_of_a_run_on_list_are_each_persons_organisation()
    {
        var meeting = ParsedLines.Parse("Pensionärsrådet", "Minnesanteckningar", "", "Datum: 2027-04-14", "",
            "Närvarande", "Tjänstepersoner: Karin Wallin (socialförvaltningen), Ola Degerman",
            "(hälso- och sjukvårdsförvaltningen), Emma Bodén (regionstyrelseförvaltningen), sekreterare", "",
            "1. Inledning", "", "Mötet öppnades.");
        Assert.Equal(["socialförvaltningen", "hälso- och sjukvårdsförvaltningen", "regionstyrelseförvaltningen"], meeting.Attendees.Select(a => a.Organization));
        Assert.Equal("Emma Bodén", meeting.Secretary);
    }

    [Fact]
    public void A_list_of_dates_without_a_year_runs_forward_from_the_meeting()
    {
        var meeting = ParsedLines.Parse("Brukarråd primärvård", "Mötesanteckningar", "", "Datum: 2026-09-09", "", "1. Mötestider", "",
            "Rådet godkände förslaget till mötestider, samtliga onsdagar kl. 13:00–15:30:", "",
            "   17 februari     21 april     15 september     17 november");
        Assert.Equal(["2027-02-17", "2027-04-21", "2027-09-15", "2027-11-17"], meeting.ScheduledMeetings.Select(m => m.Date.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void The_years_dates_listed_again_further_on_are_the_same_meetings()
    {
        var meeting = ParsedLines.Parse("Pensionärsrådet", "Minnesanteckningar", "", "Datum: 2026-05-20", "", "1. Mötestider", "",
            "Mötestider hösten 2026: 17 september, 29 oktober och 10 december.", "", "2. Nästa möte", "",
            "Kommande möten: 17 september, 29 oktober och 10 december.");
        Assert.Equal(["2026-09-17", "2026-10-29", "2026-12-10"], meeting.ScheduledMeetings.Select(m => m.Date.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void Groups_in_a_label_column_under_a_bare_attendee_label_give_each_name_its_group_or_its_own_column()
    {
        var meeting = ParsedLines.Parse("Samråd mellan patientnämnden och organisationerna", "Minnesanteckningar", "", "Datum: 2026-10-08", "",
            "Närvarande", "",
            "Patientnämnden           Lars-Åke Svensson, ordförande, Birgitta Frans,",
            "                         vice ordförande, Mikael Hägg", "",
            "Organisationer           Eva Gustavsson            Funktionsrätt Solby län",
            "                         Kjell Ingvarsson          Hörselskadades distrikt i",
            "                                                   Solby län",
            "                         Inger Holm                PRO Solby län", "",
            "1. Välkommen", "", "Lars-Åke Svensson hälsade välkommen.");
        Assert.Equal([("Lars-Åke Svensson", "Patientnämnden"), ("Birgitta Frans", "Patientnämnden"), ("Mikael Hägg", "Patientnämnden"),
            ("Eva Gustavsson", "Funktionsrätt Solby län"), ("Kjell Ingvarsson", "Hörselskadades distrikt i Solby län"), ("Inger Holm", "PRO Solby län")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal("Lars-Åke Svensson", meeting.Chair);
    }

    [Fact]
    public void A_working_group_of_named_people_decided_on_produces_and_owns_the_task()
    {
        var action = Assert.Single(Notes("1. Information", "",
            "Det beslutades att en arbetsgrupp med Birgitta Frans, Inger Holm", "och Tomas Bengt tar fram ett förslag till program.",
            "Förslaget ska vara klart till nästa samråd.").ActionItems);
        Assert.Equal(("Birgitta Frans, Inger Holm och Tomas Bengt", "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_matter_passed_on_by_a_body_is_its_action()
    {
        var action = Assert.Single(Notes("1. Övrigt", "", "Parkeringen diskuterades. Frågan lämnas vidare till Regionfastigheter av kansliet.").ActionItems);
        Assert.Equal("Kansliet", action.Owner);
    }

    [Fact]
    public void Weeks_within_which_something_was_not_done_are_no_due()
    {
        var action = Assert.Single(Notes("1. Klagomål", "", "Kansliet kommer att följa upp de ärenden där vårdgivaren inte har svarat inom fyra veckor.").ActionItems);
        Assert.Null(action.Due);
    }

    [Fact]
    public void A_council_requesting_that_the_administration_report_gives_the_administration_the_action()
    {
        var action = Assert.Single(Notes("1. Budget", "", "Rådet begär att förvaltningen redovisar åtgärdsplanen innan planen behandlas av nämnden den 27 maj.").ActionItems);
        Assert.Equal(("Förvaltningen", "2027-05-27"), (action.Owner, action.Due));
    }

    [Fact]
    public void Numbered_points_under_a_decision_label_are_each_a_decision()
    {
        var meeting = Notes("§ 13   Budget", "", "Förvaltningen informerade.", "", "Beslut", "1. Informationen noteras.",
            "2. Rådet begär att förvaltningen redovisar åtgärdsplanen.");
        Assert.Equal(["Informationen noteras.", "Rådet begär att förvaltningen redovisar åtgärdsplanen."], Assert.Single(meeting.AgendaItems).Decisions);
    }

    [Fact]
    public void A_break_after_the_meeting_time_is_no_part_of_the_place() =>
        Assert.Equal("Stadshuset, sammanträdesrum Alnö", PlaceAndTime.Place("Stadshuset, sammanträdesrum Alnö, kl. 09.00–11.50 Ajournering kl. 10.20–10.35"));

    [Fact]
    public void A_matter_moved_to_a_later_meeting_is_an_action_of_no_one_named_due_then()
    {
        var action = Assert.Single(Notes("1. Dagordning", "", "Punkten om tandvårdsstöd flyttas till rådets möte i juni, eftersom Folktandvården inte kan delta.").ActionItems);
        Assert.Equal((null, "2027-06"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_working_committee_by_its_abbreviation_endorsing_a_proposal_is_a_decision() =>
        Assert.Single(Notes("1. Seniormässan", "", "PRO föreslår ett gemensamt bord. AU ställde sig bakom förslaget.").AgendaItems[0].Decisions);

    [Fact]
    public void What_is_done_to_a_service_user_as_a_rule_is_no_action() =>
        Assert.Empty(Notes("1. Hemtjänst", "", "Henrik Åberg svarade att brukaren ska kontaktas, men att det inte alltid har fungerat.").ActionItems);

    [Fact]
    public void The_secretary_reporting_a_fault_is_the_secretarys_action() =>
        Assert.Equal("Sekreteraren", Assert.Single(Notes("1. Hörslinga", "", "Sekreteraren felanmäler slingan till fastighetsavdelningen.").ActionItems).Owner);

    [Fact]
    public void How_a_person_took_part_wrapped_under_their_organisation_is_no_part_of_it()
    {
        var meeting = ParsedLines.Parse("Samråd", "Minnesanteckningar", "", "Datum: 2026-10-08", "", "Närvarande", "",
            "Organisationer           Eva Gustavsson            Funktionsrätt Solby län",
            "                         Nour Khalil               Diabetesföreningen i Solby",
            "                                                   (Teams)",
            "                         Malin Ek                  Attention Solby (Teams)", "",
            "1. Välkommen", "", "Mötet öppnades.");
        Assert.Equal(["Funktionsrätt Solby län", "Diabetesföreningen i Solby", "Attention Solby"], meeting.Attendees.Select(a => a.Organization));
    }
}
