using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>The attendee conventions of later minutes, each rule on its own and in the smallest document that shows it.</summary>
public class AttendeeConventionRuleTests
{
    private static IEnumerable<(string, string?)> Attendees(params string[] lines) =>
        MinutesParser.Parse(new DocumentText([new TextPage(1, lines.Select(l => new TextLine(l)).ToList(), "text")]))
            .Attendees.Select(a => (a.Name, a.Organization));

    [Fact]
    public void A_dash_after_a_name_gives_the_organisation()
    {
        Assert.Equal(new Minutes.Model.Attendee("Stina Ahl", "PRO Täby"), NameDashOrganisation.Read("Stina Ahl – PRO Täby"));
    }

    [Fact]
    public void A_role_after_the_organisation_is_not_part_of_it()
    {
        Assert.Equal("Täby kommun", NameDashOrganisation.Read("Olof Berg – Täby kommun, kommunstyrelsens ordförande")?.Organization);
    }

    [Fact]
    public void A_role_before_the_dash_leaves_the_whole_organisation_after_it()
    {
        Assert.Equal(new Minutes.Model.Attendee("Jonatan Hellgren", "Södertälje sjukhus, geriatriska kliniken"),
            NameDashOrganisation.Read("Jonatan Hellgren, överläkare – Södertälje sjukhus, geriatriska kliniken"));
        Assert.Equal("Region Stockholm", NameDashOrganisation.Read("Rolf Åhman, processledare – Region Stockholm (via Teams)")?.Organization);
        Assert.Null(NameDashOrganisation.Read("Stina Ahl, Olof Berg – PRO Täby"));
    }

    [Fact]
    public void A_table_with_a_presence_column_lists_only_who_came_with_roles_wrapped_onto_the_next_row()
    {
        var meeting = ParsedLines.Parse("Minnesanteckningar", "", "Samverkansmöte", "", "Datum: 2027-08-26", "",
            "Inbjudna och närvaro (X = på plats, T = via Teams, – = ej närvarande)", "",
            "| Namn        | Funktion           | Organisation    | Närv. |",
            "|-------------|--------------------|-----------------|-------|",
            "| Ulla Ham    | områdeschef,       | Region Värmland | X     |",
            "|             | ordförande         |                 |       |",
            "| Johan Ster  | verksamhetschef    | Vårdcentralen   | –     |",
            "| Sara Qvarn  | distriktssköterska | Vårdcentralen   | T     |",
            "", "1. Välkomna", "Mötet öppnades.");

        Assert.Equal([new Minutes.Model.Attendee("Ulla Ham", "Region Värmland"), new Minutes.Model.Attendee("Sara Qvarn", "Vårdcentralen")], meeting.Attendees);
        Assert.Equal("Ulla Ham", meeting.Chair);
    }

    [Fact]
    public void An_empty_presence_cell_is_absence_where_others_are_marked() =>
        Assert.Equal(["Eva Lund"], PresenceTable.Read(["| Namn | Organisation | Närvaro |", "| Eva Lund | PRO | X |", "| Bo Ek | SPF |  |"])!.Select(r => r.Name));

    [Fact]
    public void Names_with_a_role_column_under_group_headings_take_the_heading_as_organisation_and_the_role_as_chair()
    {
        var meeting = ParsedLines.Parse("MÖTESANTECKNINGAR", "", "Rådet", "", "Datum: 2026-10-14", "", "Närvarande", "",
            "Pensionärerna", "Birgitta Sand        PRO Nynäshamn", "Lennart Öhr          PRO Nynäshamn", "",
            "Nynäshamns kommun", "Anders Tyd           kommunalråd, ordförande", "Sofia Ek             nämndsekreterare, sekreterare", "",
            "1. Mötets öppnande", "", "Mötet öppnades.");

        Assert.Equal([("Birgitta Sand", "PRO Nynäshamn"), ("Lennart Öhr", "PRO Nynäshamn"), ("Anders Tyd", "Nynäshamns kommun"), ("Sofia Ek", "Nynäshamns kommun")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal(("Anders Tyd", "Sofia Ek"), (meeting.Chair, meeting.Secretary));
    }

    [Fact]
    public void An_organisation_after_the_role_is_the_persons_not_an_attendee()
    {
        var meeting = ParsedLines.Parse("Minnesanteckningar", "", "Rådet", "", "Datum: 2026-10-16", "", "Deltagare", "", "Kommunerna",
            "Per-Ola Ham, socialchef, Hudiksvalls kommun", "Eva-Lena Bjö, medicinskt ansvarig sjuksköterska, Ljusdals kommun (Teams)", "",
            "1. Mötet öppnas", "Mötet öppnades.");

        Assert.Equal([("Per-Ola Ham", "Hudiksvalls kommun"), ("Eva-Lena Bjö", "Ljusdals kommun")], meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Fact]
    public void A_group_heading_before_a_dash_is_no_name_with_organisation()
    {
        Assert.Null(NameDashOrganisation.Read("PRO – Stina Ahl, Olof Berg"));
        Assert.Null(NameDashOrganisation.Read("SPF Seniorerna – Stina Ahl"));
    }

    [Fact]
    public void A_list_of_names_with_dashed_organisations_reads_one_person_a_line_and_leaves_out_the_absent()
    {
        var people = Attendees("Pensionärsrådet i Täby", "Täby kommun, Omsorgsförvaltningen", "", "MINNESANTECKNINGAR", "",
            "Datum: 3/3 2026", "", "Närvarande:", "Stina Ahl – PRO Täby", "Olof Berg – Täby kommun, kommunstyrelsens ordförande",
            "Mia Dahl – Omsorgsförvaltningen", "", "Frånvarande/Anmält förhinder:", "Per Gran – SPF Seniorerna Täby", "",
            "1. Inledning", "", "Mötet öppnades.");

        Assert.Equal([("Stina Ahl", "PRO Täby"), ("Olof Berg", "Täby kommun"), ("Mia Dahl", "Omsorgsförvaltningen")], people);
    }

    [Fact]
    public void Initials_in_parentheses_repeat_the_name()
    {
        Assert.True(NameInitials.AreOf("ÅB", "Åsa Berg"));
        Assert.True(NameInitials.AreOf("KS", "Karl-Erik Strand"));
        Assert.False(NameInitials.AreOf("SPF", "Åsa Berg"));
    }

    [Fact]
    public void Names_with_initials_indented_under_organisation_headings_belong_to_the_heading()
    {
        var people = Attendees("Anteckningar från rådet för äldrefrågor i länet", "", "Datum: 2026-02-05", "",
            "Deltagande organisationer", "", "PRO Uppsala län", "    Åsa Berg (ÅB)", "    Nils Holm (NH)",
            "Akademiska sjukhuset (AS)", "    Lena Vik (LV), punkt 3", "Förvaltningen", "    Jan Ek (JE), ordförande", "", "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal([("Åsa Berg", "PRO Uppsala län"), ("Nils Holm", "PRO Uppsala län"), ("Lena Vik", "Akademiska sjukhuset (AS)"),
            ("Jan Ek", "Förvaltningen")], people);
    }

    [Fact]
    public void A_role_after_the_organisation_inside_the_parentheses_makes_chair_and_secretary()
    {
        var meeting = ParsedLines.Parse("Anteckningar", "", "Gruppen", "", "Datum: 2026-02-05", "",
            "Närvarande: Eva Lund (stadsdelsförvaltningen, ordf.), Kim Sten", "(stadsdelsförvaltningen, sekr.), Bo Ek (hemtjänsten Årsta),",
            "Ida Ros (Årsta vårdcentral), Per Ahl (enhetschef)", "", "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal(("Eva Lund", "Kim Sten"), (meeting.Chair, meeting.Secretary));
        Assert.Equal([("Eva Lund", "stadsdelsförvaltningen"), ("Kim Sten", "stadsdelsförvaltningen"), ("Bo Ek", "hemtjänsten Årsta"),
            ("Ida Ros", "Årsta vårdcentral"), ("Per Ahl", null)], meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Theory]
    [InlineData("Ledamöter      Anna Grön (M) ordförande, Tor Råd (S) vice ordförande, Gun Edv (PRO Väst)")]
    [InlineData("Ledamöter      Anna Grön (M) ordförande, Tor Råd (S) vice\n               ordförande, Gun Edv (PRO Väst)")]
    public void A_role_after_the_party_makes_the_chair_and_a_vice_chair_does_not(string members)
    {
        var meeting = ParsedLines.Parse(["PROTOKOLL", "", "Rådet", "", "Sammanträde    Tisdagen den 19 maj 2026 kl. 10.00", "",
            .. members.Split('\n'), "", "§ 1  Öppnande", "", "Mötet öppnades."]);

        Assert.Equal("Anna Grön", meeting.Chair);
        Assert.Equal([("Anna Grön", "M"), ("Tor Råd", "S"), ("Gun Edv", "PRO Väst")], meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Fact]
    public void A_group_heading_that_names_its_organisation_after_an_acronym_is_no_person()
    {
        var people = Attendees("Anteckningar", "", "Datum: 2026-02-05", "", "Deltagare", "", "SPF Seniorerna Vallby", "    Åsa Berg, ordförande",
            "    Nils Holm", "", "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal([("Åsa Berg", "SPF Seniorerna Vallby"), ("Nils Holm", "SPF Seniorerna Vallby")], people);
    }

    [Fact]
    public void An_organisation_in_parentheses_closes_every_name_since_the_last_semicolon()
    {
        Assert.Equal([("PRO Bro", "Kjell Ek, Eva Lund"), ("SPF Seniorerna Bro", "Lisa Berg")],
            SemicolonGroups.Split("Kjell Ek, Eva Lund (PRO Bro); Lisa Berg (SPF Seniorerna Bro)")!);
    }

    [Fact]
    public void A_run_on_list_wrapped_inside_a_parenthesis_gives_each_name_its_group()
    {
        var people = Attendees("Anteckningar", "", "Datum: 2026-02-05", "", "Deltagare: Rut Ahl, Bo Sten (PRO Gnesta); Ola Ek (SPF",
            "Seniorerna Gnesta); Siv Lo (Gnesta kommun)", "", "Anmält förhinder: Eva Ros (PRO Gnesta)", "", "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal([("Rut Ahl", "PRO Gnesta"), ("Bo Sten", "PRO Gnesta"), ("Ola Ek", "SPF Seniorerna Gnesta"), ("Siv Lo", "Gnesta kommun")], people);
    }

    [Fact]
    public void Semicolons_without_closing_organisations_are_no_groups()
    {
        Assert.Null(SemicolonGroups.Split("Kjell Ek; Eva Lund"));
    }

    [Fact]
    public void An_organisation_after_a_comma_is_the_persons_but_a_role_is_not()
    {
        Assert.True(OrganisationAfterName.Is("Rimbo vårdcentral"));
        Assert.True(OrganisationAfterName.Is("PRO Norrtälje"));
        Assert.False(OrganisationAfterName.Is("socialchef"));
        Assert.False(OrganisationAfterName.Is("Anna Berg"));
    }

    [Fact]
    public void Under_a_generic_heading_a_written_organisation_wins_and_a_role_keeps_the_heading()
    {
        var people = Attendees("MINNESANTECKNINGAR", "", "Rådet", "", "Datum: 2026-02-05", "", "Övriga närvarande",
            "    Elin Sjö, Hälso- och sjukvårdsförvaltningen", "    Karl Bo, Rimbo vårdcentral", "    Ida Ros, kommunsekreterare", "",
            "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal([("Elin Sjö", "Hälso- och sjukvårdsförvaltningen"), ("Karl Bo", "Rimbo vårdcentral"), ("Ida Ros", "Övriga närvarande")], people);
    }

    [Fact]
    public void A_two_column_table_printed_side_by_side_reads_row_by_row()
    {
        Assert.Equal(2, SideBySideColumns.PairsIn(["Namn", "Organisation", "Namn", "Organisation"]));
        Assert.Equal([("Eva Ros", "PRO Nacka"), ("Bo Lind", (string?)"Nacka kommun")],
            SideBySideColumns.Pairs(["Eva Ros", "PRO Nacka", "Bo Lind", "Nacka kommun"], 2));
    }

    [Fact]
    public void An_attendee_table_in_two_halves_gives_everyone_with_their_organisation()
    {
        var people = Attendees("MINNESANTECKNINGAR", "", "Nätverket", "", "Datum: 2026-02-05", "", "Närvarande",
            "Namn             Organisation              Namn            Organisation",
            "Eva Ros          PRO Nacka                 Bo Lind         Nacka kommun",
            "Siv Ahl          Demensteamet              Ola Ek          SPF Seniorerna", "", "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal([("Eva Ros", "PRO Nacka"), ("Bo Lind", "Nacka kommun"), ("Siv Ahl", "Demensteamet"), ("Ola Ek", "SPF Seniorerna")], people);
    }
}
