using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>Issue 13: in a protokoll a member's organisation is the party in parentheses, not the group heading above.</summary>
public class AttendeeAffiliationTests
{
    private static IEnumerable<(string, string?)> Attendees(params string[] lines) =>
        MinutesParser.Parse(new DocumentText([new TextPage(1, lines.Select(l => new TextLine(l)).ToList(), "text")]))
            .Attendees.Select(a => (a.Name, a.Organization));

    [Fact]
    public void A_member_under_a_group_heading_belongs_to_the_party_in_parentheses()
    {
        var people = Attendees("PROTOKOLL", "", "Regionala pensionärsrådet", "", "Datum               2026-04-14", "",
            "Närvarande ledamöter  Gunnar Persson (M), ordförande, Leena Kivi (S),",
            "                      vice ordförande, Kaisa Rönn (SPF",
            "                      Seniorerna), Erik Malm (SKPF Pensionärerna)", "",
            "Tjänstgörande ersättare", "                      Kalle Dufva (L), för Jenny Ås (L)", "",
            "Övriga närvarande", "                      Malin Frisk, avdelningschef, förvaltningen",
            "                      Tobias Rehn (utredare)", "", "§ 1 Sammanträdets öppnande", "Ordföranden förklarar sammanträdet öppnat.");

        Assert.Equal([("Gunnar Persson", "M"), ("Leena Kivi", "S"), ("Kaisa Rönn", "SPF Seniorerna"), ("Erik Malm", "SKPF Pensionärerna"),
            ("Kalle Dufva", "L"), ("Malin Frisk", "Övriga närvarande"), ("Tobias Rehn", "Övriga närvarande")], people);
    }

    [Fact]
    public void An_organisation_in_the_column_beside_a_member_is_theirs_but_a_title_is_not()
    {
        var people = Attendees("PROTOKOLL", "", "Pensionärsrådet", "", "Datum               2025-10-09", "",
            "Närvarande ledamöter",
            "Anna-Karin Ekdahl                           (M) ordförande",
            "Gunilla Berggren                            PRO",
            "Maj-Britt Sandelin                          SPF Seniorerna", "",
            "Övriga närvarande",
            "Helén Wadström                              avdelningschef, förvaltningen", "",
            "§ 1 Sammanträdets öppnande", "Ordföranden förklarar sammanträdet öppnat.");

        Assert.Equal([("Anna-Karin Ekdahl", "M"), ("Gunilla Berggren", "PRO"), ("Maj-Britt Sandelin", "SPF Seniorerna"),
            ("Helén Wadström", "Övriga närvarande")], people);
    }

    [Theory]
    [InlineData("Sonja Hedlund (PRO)", "Sonja Hedlund", "Närvarande ledamöter", "PRO")]
    [InlineData("Lena Holmström (L) för Björn Ek (L)", "Lena Holmström", "Tjänstgörande ersättare", "L")]
    [InlineData("Camilla Norén (enhetschef)", "Camilla Norén", "Stadsdelsförvaltningen", "Stadsdelsförvaltningen")]
    [InlineData("Tobias Rehn (§ 4)", "Tobias Rehn", "Övriga närvarande", "Övriga närvarande")]
    [InlineData("Marita Engdahl (PRO)", "Marita Engdahl", null, "PRO")]
    [InlineData("Elsy Bergfors (SPF Seniorerna)", "Elsy Bergfors", null, "SPF Seniorerna")]
    [InlineData("Nora Eklund (enhetschef)", "Nora Eklund", null, null)]
    [InlineData("Carl Lind", "Carl Lind", null, null)]
    [InlineData("Anders Fahl (förvaltningen)", "Anders Fahl", null, "förvaltningen")]
    public void Affiliation_reads_the_party_after_the_name(string part, string name, string? group, string? expected) =>
        Assert.Equal(expected, AttendeeBlock.Affiliation(part, name, group));
}
