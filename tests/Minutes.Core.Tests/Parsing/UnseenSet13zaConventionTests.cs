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
}
