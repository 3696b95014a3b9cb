using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// A subregional collaboration group's notes: date, time and place as a table of labels over values, organisations in
/// a left column beside their people, item headings in capitals.
/// </summary>
public class SubregionalGroupConventionTests
{
    private static Meeting Parse(string[] facts, params string[] body) => ParsedLines.Parse(
    [
        "SOLBY KOMMUNALFÖRBUND", "Välfärd och hälsa", "", "", "Minnesanteckningar", "Delregional samverkansgrupp i Solby", "",
        .. facts, "", "",
        "Närvarande", "",
        "Uddevalla kommun            Eva Rydell, socialchef, ordförande",
        "Trollhättans stad           Tommy Lindvall, förvaltningschef",
        "Närhälsan Fyrbodal          Susanne Klingvall, primärvårdschef",
        "Solby kommunalförbund       Karin Tornvall, FoU-samordnare, sekreterare", "", "",
        .. body,
    ]);

    private static readonly string[] Items = ["1. INLEDNING", "", "Mötet öppnades.", "", "2. NÄSTA MÖTE", "", "Torsdag 3 december 2026 kl. 09.00–12.00 via Teams."];

    [Theory]
    [InlineData("| Datum      | Tid         | Plats                                 |", "|------------|-------------|---------------------------------------|",
        "| 2026-10-22 | 09.00–12.00 | Kommunalförbundets lokaler, Teams     |")]
    [InlineData("Datum          Tid            Plats", "", "2026-10-22     09.00–12.00    Kommunalförbundets lokaler, Teams")]
    public void Labels_in_a_row_over_their_values_give_the_date_time_and_place(string labels, string rule, string values)
    {
        var meeting = Parse(rule.Length > 0 ? [labels, rule, values] : [labels, values], Items);

        Assert.Equal(("Delregional samverkansgrupp i Solby", new DateOnly(2026, 10, 22), new TimeOnly(9, 0), "Kommunalförbundets lokaler, Teams"),
            (meeting.Title, meeting.Date, meeting.StartTime, meeting.Location));
    }

    [Fact]
    public void In_a_left_column_of_organisations_one_that_reads_like_a_name_heads_the_person_beside_it() =>
        Assert.Contains(new Attendee("Susanne Klingvall", "Närhälsan Fyrbodal"),
            Parse(["Datum: 2026-10-22"], Items).Attendees);

    [Fact]
    public void A_next_meeting_heading_in_capitals_gives_the_date_under_it() =>
        Assert.Equal(new MeetingTime(new DateOnly(2026, 12, 3), new TimeOnly(9, 0)), Parse(["Datum: 2026-10-22"], Items).NextMeeting);
}
