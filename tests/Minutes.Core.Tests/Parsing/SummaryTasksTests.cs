using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>A closing "Beslut och uppdrag" list after the items holds tasks the body only points to.</summary>
public class SummaryTasksTests
{
    private static Meeting Parse(params string[] body) => ParsedLines.Parse(
    [
        "Arbetsmöte om trygg hemgång", "Anteckningar", "", "Datum:  Onsdag 17 mars 2027", "",
        "Deltagare: Petra Lind (Region Solby), mötesledare, Karim Dar (Region Solby), Ida Nor (Solby kommun)", "", "",
        "1. Utskrivningar", "", "Bättre underlag behövs, se uppdrag nedan.", "", "",
        .. body,
    ]);

    [Fact]
    public void A_meeting_leader_after_a_name_is_the_chair() => Assert.Equal("Petra Lind", Parse().Chair);

    [Fact]
    public void Each_commission_in_the_closing_summary_is_an_action_with_its_owner_and_due()
    {
        var meeting = Parse("BESLUT OCH UPPDRAG", "", "- Beslut: Utskrivningar blir en stående punkt.",
            "- Uppdrag till Karim Dar: ta fram statistik över utskrivningar per vecka,", "  senast 30/4.",
            "- Uppdrag till Solby kommun: lämna aktuella nummer till Ida, v. 18.", "", "", "Antecknat av: Ida Nor");

        Assert.Equal([("Karim Dar", "2027-04-30"), ("Solby kommun", "2027-W18")], meeting.ActionItems.Select(a => (a.Owner, a.Due)));
        Assert.All(meeting.ActionItems, a => Assert.Null(a.AgendaItemNumber));
    }

    [Fact]
    public void A_summary_task_the_body_already_holds_is_not_taken_twice()
    {
        var meeting = ParsedLines.Parse(
            "Arbetsmöte om trygg hemgång", "Anteckningar", "", "Datum:  Onsdag 17 mars 2027", "",
            "1. Utskrivningar", "", "Karim Dar tar fram statistik över utskrivningarna per vecka senast 30/4.", "", "",
            "Beslut och uppdrag", "", "- Uppdrag till Karim Dar: ta fram statistik över utskrivningarna per vecka, senast 30/4.");

        Assert.Equal("1", Assert.Single(meeting.ActionItems).AgendaItemNumber);
    }
}
