using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

public class RunOnDashListTests
{
    private static readonly string[] Listed =
    [
        "Anna Berg – Regionstyrelsen, ordförande, Bo", "Ek – PRO Solby, vice ordförande, Eva Lund – Länstrafiken Solby,",
        "Nils Holm – Regionkansliet, sekreterare",
    ];

    [Fact]
    public void Each_person_takes_the_organisation_after_the_dash_and_a_name_broken_over_lines_is_whole() =>
        Assert.Equal([("Anna Berg", "Regionstyrelsen"), ("Bo Ek", "PRO Solby"), ("Eva Lund", "Länstrafiken Solby"), ("Nils Holm", "Regionkansliet")],
            RunOnDashList.Read(Listed)!.Select(p => (p.Name, p.Organization)));

    [Fact]
    public void One_person_a_line_is_left_to_the_reading_of_lines() =>
        Assert.Null(RunOnDashList.Read(["Anna Berg – PRO Solby", "Bo Ek – SPF Seniorerna"]));

    [Fact]
    public void In_minutes_the_roles_after_the_organisation_make_the_chair_and_the_secretary()
    {
        var meeting = ParsedLines.Parse(["Minnesanteckningar", "Länsrådet i Solby", "", "Datum: 2027-03-10", "",
            "Närvarande: " + Listed[0], .. Listed[1..], "", "1. Mötet öppnas", "", "Anna öppnade mötet."]);

        Assert.Equal(("Anna Berg", "Nils Holm"), (meeting.Chair, meeting.Secretary));
        Assert.Contains(new Attendee("Bo Ek", "PRO Solby"), meeting.Attendees);
    }
}
