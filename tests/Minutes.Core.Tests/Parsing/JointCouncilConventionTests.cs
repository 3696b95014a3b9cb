using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// Conventions of a joint council's informal protokoll: a guest at one §, the adjuster elected as the §'s decision,
/// tasks for everyone by a date, a proposal brought to the next meeting and the season's one meeting.
/// </summary>
public class JointCouncilConventionTests
{
    private static Meeting Parse(params string[] body) => ParsedLines.Parse([
        "Protokoll", "", "Gemensamt möte för KTR och KPR", "", "Tid: tisdag 9 mars 2027 kl 13.30–16.00", "",
        "Närvarande", "KPR: Ingvor Bäck (PRO Motala), Ronny Als (DHR)", "Motala kommun: Carina Fors (avd.chef), Helena Rytt (sekr.)",
        "Gäst § 5: Susanne Hägg, Region Östergötland", "", .. body]);

    [Fact]
    public void A_guest_at_one_paragraph_is_an_attendee_with_the_organisation_after_the_name() =>
        Assert.Contains(new Attendee("Susanne Hägg", "Region Östergötland"), Parse("§ 1 Välkomna", "Mötet öppnades.").Attendees);

    [Fact]
    public void Electing_the_adjuster_is_the_paragraphs_decision() =>
        Assert.Single(Parse("§ 1 Justering", "Ingvor Bäck valdes att justera protokollet tillsammans med ordföranden.").AgendaItems[0].Decisions);

    [Fact]
    public void Everyone_sending_something_by_a_date_and_a_proposal_brought_to_the_next_meeting_are_tasks()
    {
        var actions = Parse("§ 1 Remiss", "Ingvor och Ronny gör ett utkast och mejlar det till alla senast 9 april. Alla skickar sina synpunkter till dem senast 16 april.",
            "", "§ 2 Äldreomsorg", "Carina svarade att avgiften beslutas av socialnämnden i maj och att hon tar med förslaget till nästa möte.").ActionItems;

        Assert.Equal([("Ingvor Bäck och Ronny Als", "2027-04-09"), ("Alla", "2027-04-16"), ("Carina Fors", "next-meeting")], actions.Select(a => (a.Owner, a.Due)));
    }

    [Fact]
    public void The_seasons_one_meeting_is_scheduled() =>
        Assert.Equal([new DateOnly(2027, 10, 19)], Parse("§ 1 Nästa möte", "Nästa gemensamma möte är tisdag 8 juni kl 13.30. Höstens gemensamma möte blir tisdag 19 oktober, samma tid.")
            .ScheduledMeetings.Select(s => s.Date));
}
