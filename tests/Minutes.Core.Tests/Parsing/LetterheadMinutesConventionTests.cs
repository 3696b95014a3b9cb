namespace Minutes.Tests.Parsing;

/// <summary>
/// Informal minutes under a two-column letterhead whose right column names the kind: the forum under it, then a
/// sentence that says when and where the meeting was held.
/// </summary>
public class LetterheadMinutesConventionTests
{
    private static readonly string[] Letterhead =
        ["SOLBY KOMMUN                                        MINNESANTECKNINGAR", "Äldreförvaltningen                                  2027-03-10", "", ""];

    private static readonly string[] Body = ["", "Närvarande: Anna Berg (PRO), Nils Ek (SPF Seniorerna)", "", "1) Mötet öppnas", "", "Anna öppnade mötet."];

    [Theory]
    [InlineData("Möte onsdagen den 10 mars 2027 kl. 13.15–15.45 i Solbysalen, Rådhuset,", "Storgatan 1, Solby.")]
    [InlineData("Rådet sammanträdde onsdagen den 10 mars 2027 kl. 13.15–15.45 i", "Solbysalen, Rådhuset, Storgatan 1, Solby.")]
    public void A_dated_sentence_under_the_forum_is_no_part_of_the_title_and_gives_the_time_and_place(string first, string second)
    {
        var meeting = ParsedLines.Parse([.. Letterhead, "Kommunala pensionärsrådet", "", first, second, .. Body]);

        Assert.Equal(("Kommunala pensionärsrådet", new DateOnly(2027, 3, 10), new TimeOnly(13, 15), "Solbysalen, Rådhuset, Storgatan 1, Solby"),
            (meeting.Title, meeting.Date, meeting.StartTime, meeting.Location));
    }

    [Fact]
    public void A_forum_over_two_lines_under_the_letterhead_stays_one_title() =>
        Assert.Equal("Kommunala pensionärsrådet i Solby kommun",
            ParsedLines.Parse([.. Letterhead, "Kommunala pensionärsrådet i", "Solby kommun", "", "Datum: 2027-03-10", .. Body]).Title);
}
