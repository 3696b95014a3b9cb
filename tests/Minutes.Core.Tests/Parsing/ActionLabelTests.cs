using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>An action set off by a label ("Action:", "Åtgärd:"), with its time under a label of its own.</summary>
public class ActionLabelTests
{
    private static readonly string[] People = ["Lena Ask", "Bo Sten", "Eva Lind"];

    [Fact]
    public void The_text_after_the_label_is_the_action_and_a_first_name_is_made_whole_from_the_attendees()
    {
        var found = ActionLabel.Read("Action: Lena ordnar en lokal för hösten.\nDeadline: 30 juni", new DateOnly(2026, 3, 3), People)!;

        Assert.Equal(("Lena ordnar en lokal för hösten.", "Lena Ask", "2026-06-30"), (found.Text, found.Owner, found.Due));
    }

    [Fact]
    public void Two_first_names_joined_by_och_are_both_owners() =>
        Assert.Equal("Bo Sten och Eva Lind",
            ActionLabel.Read("Åtgärd: Bo och Eva sammanställer rutinerna. Klart: nästa möte", null, People)!.Owner);

    [Fact]
    public void An_empty_time_label_leaves_the_due_empty_though_the_text_names_a_year() =>
        Assert.Null(ActionLabel.Read("Action: Eva tar reda på om avtalet ändras 2027.\nDeadline: –", new DateOnly(2026, 3, 3), People)!.Due);

    [Fact]
    public void A_body_as_doer_stays_as_written_and_a_paragraph_without_the_label_is_no_labelled_action()
    {
        Assert.Equal("Förvaltningen", ActionLabel.Read("Action: Förvaltningen skickar ut listan.", null, People)!.Owner);
        Assert.Null(ActionLabel.Read("Lena ordnar en lokal för hösten.", null, People));
    }

    [Fact]
    public void In_minutes_a_labelled_action_without_a_commitment_verb_is_still_an_action()
    {
        var meeting = ParsedLines.Parse("MINNESANTECKNINGAR", "", "Nätverket för hörsel", "", "Datum: 2026-03-03", "",
            "Deltagare: Lena Ask, Bo Sten", "", "1. Hörapparater", "Köerna diskuterades.", "",
            "Action: Lena kollar väntetiderna i länet.", "Deadline: 30 april");

        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal(("Lena Ask", "2026-04-30"), (action.Owner, action.Due));
    }
}
