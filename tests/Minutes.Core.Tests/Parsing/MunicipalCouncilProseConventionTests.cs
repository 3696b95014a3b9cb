using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>
/// A municipal council's notes told in prose: the issuer and its unit on one letterhead line beside the kind, the
/// meeting in a sentence ("Rådet … sammanträdde … i Stadshuset, …"), who came in sentences ("Närvarande var …",
/// "Från … deltog …"), a matter put on a named later meeting, and the autumn's dates one to a line under the time.
/// </summary>
public class MunicipalCouncilProseConventionTests
{
    private static readonly string[] Notes =
    [
        "Solby kommun, Vård- och omsorgsförvaltningen                       MINNESANTECKNINGAR", "", "",
        "Kommunala pensionärsrådet (KPR) sammanträdde tisdagen den 2 juni 2026 i", "Stadshuset, sammanträdesrum Ran.", "",
        "Närvarande var Helene Sten (S), ordförande, Per Orr (M), Kjell", "Wester (PRO) och Bengt Fors (RPG). Från vård- och",
        "omsorgsförvaltningen deltog äldreomsorgschef Lina Öst, enhetschef", "Oskar Malm (under § 3) och nämndsekreterare Jessica Ran, som förde",
        "anteckningarna. Maj-Britt Sel (SPF Seniorerna) hade meddelat förhinder.", "", "",
        "§ 1  Sommaren", "", "Lina Öst informerade om bemanningen.", "",
        "Rådet beslutade att sommarens erfarenheter ska tas upp som egen punkt på", "mötet i september.", "", "",
        "§ 2  Mötestider hösten 2026", "", "Rådet fastställde följande mötestider för hösten, samtliga tisdagar",
        "kl. 14.00–16.00 i Stadshuset:", "", "     8 september", "     20 oktober", "",
    ];

    [Fact]
    public void The_issuer_and_its_unit_on_one_letterhead_line_are_organisation_and_department()
    {
        var meeting = ParsedLines.Parse(Notes);
        Assert.Equal(("Solby kommun", "Vård- och omsorgsförvaltningen"), (meeting.Organization, meeting.Department));
    }

    [Fact]
    public void The_sentence_of_meeting_under_the_kind_gives_forum_day_and_place()
    {
        var meeting = ParsedLines.Parse(Notes);
        Assert.Equal(("Kommunala pensionärsrådet (KPR)", new DateOnly(2026, 6, 2), "Stadshuset, sammanträdesrum Ran"),
            (meeting.Title, meeting.Date, meeting.Location));
    }

    [Fact]
    public void Attendance_told_in_sentences_gives_each_person_with_the_body_they_came_from_and_not_those_away()
    {
        var meeting = ParsedLines.Parse(Notes);
        Assert.Equal(
            [new("Helene Sten", "S"), new("Per Orr", "M"), new("Kjell Wester", "PRO"), new("Bengt Fors", "RPG"),
             new("Lina Öst", "Vård- och omsorgsförvaltningen"), new("Oskar Malm", "Vård- och omsorgsförvaltningen"),
             new Attendee("Jessica Ran", "Vård- och omsorgsförvaltningen")],
            meeting.Attendees);
        Assert.Equal(("Helene Sten", "Jessica Ran"), (meeting.Chair, meeting.Secretary));
    }

    [Fact]
    public void Prose_that_does_not_open_with_its_verb_is_not_read_as_attendance() =>
        Assert.Null(AttendanceProse.Split("Helene Sten (S), Per Orr (M)"));

    [Fact]
    public void A_matter_put_on_a_named_later_meeting_is_an_action_due_then()
    {
        var action = Assert.Single(ParsedLines.Parse(Notes).ActionItems);
        Assert.Equal("2026-09", action.Due);
    }

    [Fact]
    public void Dates_one_to_a_line_take_the_time_they_were_announced_with() =>
        Assert.Equal([(new DateOnly(2026, 9, 8), new TimeOnly(14, 0)), (new DateOnly(2026, 10, 20), new TimeOnly(14, 0))],
            ParsedLines.Parse(Notes).ScheduledMeetings.Select(m => (m.Date, m.StartTime!.Value)));

    [Fact]
    public void A_season_written_with_a_capital_is_still_that_season() =>
        Assert.Equal("2027-Q1", DueDates.ReadValue("Våren 2027", new DateOnly(2026, 10, 1)));
}
