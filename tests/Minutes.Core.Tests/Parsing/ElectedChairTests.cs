using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>A chair chosen at the meeting is named in the text, not in the header.</summary>
public class ElectedChairTests
{
    private static Meeting Parse(params string[] body) =>
        ParsedLines.Parse(["ANTECKNINGAR", "", "Samverkansgruppen i Solby", "", "Datum: 2026-10-06", "", .. body]);

    [Fact]
    public void A_person_chosen_as_chair_of_the_meeting_is_the_chair() =>
        Assert.Equal("Gun Ström", Parse("1. Mötets öppnande", "Lars Ek hälsar välkommen. Gun Ström väljs till",
            "mötesordförande.", "", "2. Vården", "Läget gicks igenom.").Chair);

    [Fact]
    public void Till_ordforande_valdes_names_the_chair_after_the_verb() =>
        Assert.Equal("Anna Ek", Parse("1. Inledning", "Till ordförande för mötet valdes Anna Ek.", "", "2. Vården",
            "Läget gicks igenom.").Chair);

    [Fact]
    public void A_chair_in_the_header_stands_over_one_chosen_in_the_text() =>
        Assert.Equal("Bo Lind", ParsedLines.Parse("ANTECKNINGAR", "", "Gruppen", "", "Datum: 2026-10-06", "Ordförande: Bo Lind", "",
            "1. Inledning", "Anna Ek väljs till mötesordförande för nästa möte.").Chair);
}
