using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// A region council's protokoll: the kind at the right of the first line over the issuer in capitals, "Plats och tid"
/// with a note after the time, officials in rows of name, organisation and role, and the chair announcing the next sitting.
/// </summary>
public class RegionProtokollConventionTests
{
    private static readonly Meeting Meeting = ParsedLines.Parse(
        "                                                  PROTOKOLL               1(4)",
        "REGION NORRBY",
        "Funktionsrättsrådet                               Sammanträdesdatum",
        "                                                  2027-03-18", "", "",
        "Plats och tid        Regionhuset, sammanträdesrum Runn,", "                     kl. 09.00–12.00 (ajournering 10.15–10.35)", "",
        "Beslutande ledamöter", "",
        "Namn                      Parti/organisation                 Uppdrag",
        "Kristina Ödm              S                                  ordförande",
        "Göran Tjern               M", "",
        "Övriga närvarande", "",
        "Catrin Åhl                Region Norrby                      sekreterare",
        "Roger Byl                 Region Norrby                      fastighetschef, § 12", "",
        "§ 9  Mötets öppnande", "", "Ordföranden öppnade sammanträdet.", "",
        "§ 10  Nästa sammanträde", "", "Ordföranden meddelade att rådet nästa gång sammanträder torsdagen den", "10 juni 2027 kl. 09.00 i Regionhuset.");

    [Fact]
    public void The_issuer_in_capitals_under_the_kind_is_the_organisation_as_printed_not_the_titles_first_line()
    {
        Assert.Equal("Funktionsrättsrådet", Meeting.Title);
        Assert.Equal("REGION NORRBY", Meeting.Organization);
    }

    [Fact]
    public void A_note_in_parentheses_after_the_time_is_no_part_of_the_place() =>
        Assert.Equal("Regionhuset, sammanträdesrum Runn", Meeting.Location);

    [Fact]
    public void Officials_in_rows_of_name_organisation_and_role_are_attendees_and_the_role_names_the_secretary()
    {
        Assert.Contains(new Attendee("Catrin Åhl", "Region Norrby"), Meeting.Attendees);
        Assert.Contains(new Attendee("Roger Byl", "Region Norrby"), Meeting.Attendees);
        Assert.Equal(("Kristina Ödm", "Catrin Åhl"), (Meeting.Chair, Meeting.Secretary));
    }

    [Fact]
    public void The_chair_announcing_when_the_council_next_sits_gives_the_next_meeting() =>
        Assert.Equal(new MeetingTime(new DateOnly(2027, 6, 10), new TimeOnly(9, 0)), Meeting.NextMeeting);
}
