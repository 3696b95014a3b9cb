using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// A municipal council's notes: attendees under group headings ("Förtroendevalda", "Organisationer", "Tjänstepersoner")
/// with each organisation in a column beside the name; last meeting's action list followed up in a table with a status.
/// </summary>
public class ActionFollowUpTableConventionTests
{
    private static readonly string[] Header =
    [
        "Region Solö                                   MINNESANTECKNINGAR", "Socialförvaltningen                           2027-04-22", "", "",
        "Kommunala rådet för funktionshinder- och pensionärsfrågor", "", "Mötestid:    13.30–16.00",
        "Mötesplats:  Regionens hus, rum Fårö", "", "Förtroendevalda", "Ann-Sofie Botvidsson (S), ordförande",
        "Jesper Hogrell (C), vice ordförande", "", "Organisationer", "Rune Klintelius              PRO Solö",
        "Sven-Olof Gahnström          SKPF Pensionärerna avd 132 Solö", "Tove Ekedahl                 Autism- och Aspergerföreningen Solö",
        "", "Tjänstepersoner", "Camilla Lyrhem               Socialförvaltningen", "Fredrik Hejdenberg           Teknikförvaltningen (punkt 4)", "",
    ];

    private static Meeting Parse(params string[] body) => ParsedLines.Parse([.. Header, .. body]);

    [Fact]
    public void Elected_members_under_their_own_heading_are_attendees_and_the_place_ends_before_them()
    {
        var meeting = Parse("Punkt 1 – Mötets öppnande", "", "Mötet öppnades.");

        Assert.Equal("Regionens hus, rum Fårö", meeting.Location);
        Assert.Equal("Ann-Sofie Botvidsson", meeting.Chair);
        Assert.Contains(new Attendee("Jesper Hogrell", "C"), meeting.Attendees);
    }

    [Fact]
    public void Each_name_takes_the_organisation_in_the_column_beside_it_with_its_digits_och_and_without_a_note()
    {
        var meeting = Parse("Punkt 1 – Mötets öppnande", "", "Mötet öppnades.");

        Assert.Equal(
        [
            new Attendee("Ann-Sofie Botvidsson", "S"), new Attendee("Jesper Hogrell", "C"), new Attendee("Rune Klintelius", "PRO Solö"),
            new Attendee("Sven-Olof Gahnström", "SKPF Pensionärerna avd 132 Solö"), new Attendee("Tove Ekedahl", "Autism- och Aspergerföreningen Solö"),
            new Attendee("Camilla Lyrhem", "Socialförvaltningen"), new Attendee("Fredrik Hejdenberg", "Teknikförvaltningen"),
        ], meeting.Attendees);
    }
}
