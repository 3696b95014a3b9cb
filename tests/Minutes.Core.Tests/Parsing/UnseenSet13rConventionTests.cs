using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>Conventions of unseen minutes (sets 13r and 13s), each in the general form the parser reads.</summary>
public class UnseenSet13rConventionTests
{
    private static Meeting Protokoll(params string[] body) => ParsedLines.Parse(
    [
        "Regionala pensionärsrådet", "Protokoll", "", "Datum: 2026-10-06", "",
        "Närvarande ledamöter", "Anna Berg (S), ordförande", "Eva Lund (PRO)", "", "",
        .. body,
    ]);

    [Fact]
    public void A_diary_number_line_under_a_paragraph_heading_is_no_part_of_its_title()
    {
        var item = Protokoll("§ 4   Nära vård – lägesrapport", "      Dnr RS 2026-02876", "      Föredragande: Henrik Pål, strateg", "",
            "Henrik Pål redovisar läget.").AgendaItems[0];
        Assert.Equal(("Nära vård – lägesrapport", "Henrik Pål"), (item.Title, item.Presenters.Single()));
    }

    [Theory]
    [InlineData("Hemsjukvård – Anna Ek, enhetschef", "Hemsjukvård", "Anna Ek")]
    [InlineData("Trygg hemgång – Malin Tors, Norrköpings kommun", "Trygg hemgång", "Malin Tors")]
    public void A_title_or_body_after_the_presenter_in_the_heading_describes_them(string heading, string title, string presenter) =>
        Assert.Equal((title, presenter), (HeadingPresenters.Split(heading, []).Title, HeadingPresenters.Split(heading, []).Presenters.Single()));

    [Fact]
    public void A_subtitle_after_the_dash_is_still_no_presenter() =>
        Assert.Empty(HeadingPresenters.Split("Ekonomi – utfall 2026, prognos", []).Presenters);

    [Fact]
    public void A_council_that_asks_a_body_to_report_gives_it_the_task()
    {
        var action = Assert.Single(Protokoll("§ 6   Munhälsa", "", "Beslut",
            "Regionala pensionärsrådet beslutar att be Folktandvården redovisa utfallet för 2026 vid sammanträdet den 16 februari 2027.").ActionItems);
        Assert.Equal(("Folktandvården", "2027-02-16"), (action.Owner, action.Due));
    }

    [Theory]
    [InlineData("Koncernavdelning data och analys tar fram en redovisning per kommun till sammanträdet den 24 november 2026.", "Koncernavdelning data och analys")]
    [InlineData("Enheten för hälsa och vård tar fram en redovisning per kommun till sammanträdet den 24 november 2026.", "Enheten för hälsa och vård")]
    public void A_units_name_in_lower_case_after_its_unit_noun_is_the_whole_owner(string sentence, string owner) =>
        Assert.Equal(owner, Assert.Single(Protokoll("§ 6   Fast läkarkontakt", "", sentence).ActionItems).Owner);

    [Fact]
    public void A_bodys_standing_responsibility_is_no_task() =>
        Assert.Empty(Protokoll("§ 6   Munhälsa", "", "Kommunerna ansvarar för att identifiera vilka som har rätt till bedömningen.").ActionItems);

    [Fact]
    public void A_role_after_the_name_in_the_name_column_makes_the_chair_and_secretary()
    {
        var meeting = ParsedLines.Parse("Dialogforum", "Minnesanteckningar", "", "Datum: 2027-03-02", "", "Närvarande", "",
            "Anna-Karin Ström, ordf.       Region Solby", "Mats Höglin                   Region Solby", "Karin Edl, sekr.             Region Solby",
            "", "Punkt 1  Inledning", "", "Mötet öppnades.");
        Assert.Equal(["Anna-Karin Ström", "Mats Höglin", "Karin Edl"], meeting.Attendees.Select(a => a.Name));
        Assert.Equal(("Anna-Karin Ström", "Karin Edl"), (meeting.Chair, meeting.Secretary));
    }

    [Theory]
    [InlineData("Reumatikerförbundet Kronoberg")]
    [InlineData("Demensföreningen Solby")]
    public void An_association_named_with_a_place_is_no_person(string phrase) => Assert.Null(Names.Leading(phrase));

    [Fact]
    public void A_body_that_shall_do_something_before_a_season_has_a_task_due_then()
    {
        var action = Assert.Single(Protokoll("§ 4   Utskrivning", "",
            "Kliniken ska före sommaren ta fram en rutin så att anhöriga får besked i förväg.").ActionItems);
        Assert.Equal(("Kliniken", "2027-Q2"), (action.Owner, action.Due));
    }
}
