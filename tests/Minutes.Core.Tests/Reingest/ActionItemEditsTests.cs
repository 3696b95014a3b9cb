using Minutes.Model;
using Minutes.Reingest;

namespace Minutes.Tests.Reingest;

public class ActionItemEditsTests
{
    private static readonly ActionItem Stored = new()
    {
        Id = "a1", AgendaItemNumber = "3", Text = "Förvaltningen återkommer.", Owner = "Petri Salonen", Due = "2025-Q4",
        Status = ActionStatus.Done,
    };

    private static readonly ActionItem Parsed = new()
    {
        Id = "a1", AgendaItemNumber = "3", Text = "Förvaltningen återkommer under kvartal 1.", Owner = "Förvaltningen", Due = "2026-Q1",
    };

    [Fact]
    public void A_new_reading_gives_the_text_and_keeps_the_status()
    {
        var item = ActionItemEdits.Reread(Parsed, Stored, []);

        Assert.Equal(Parsed.Text, item.Text);
        Assert.Equal(ActionStatus.Done, item.Status);
    }

    [Fact]
    public void Owner_and_due_come_from_the_new_reading_unless_a_person_edited_them()
    {
        var unedited = ActionItemEdits.Reread(Parsed, Stored, []);
        var ownerEdited = ActionItemEdits.Reread(Parsed, Stored, [ActionItemEdits.Owner]);
        var dueEdited = ActionItemEdits.Reread(Parsed, Stored, [ActionItemEdits.Due]);

        Assert.Equal(("Förvaltningen", "2026-Q1"), (unedited.Owner, unedited.Due));
        Assert.Equal(("Petri Salonen", "2026-Q1"), (ownerEdited.Owner, ownerEdited.Due));
        Assert.Equal(("Förvaltningen", "2025-Q4"), (dueEdited.Owner, dueEdited.Due));
    }

    [Theory]
    [InlineData(ActionStatus.Open, new string[0], true)]
    [InlineData(ActionStatus.Open, new[] { "owner" }, false)]
    [InlineData(ActionStatus.Dropped, new string[0], false)]
    [InlineData(ActionStatus.Done, new string[0], false)]
    public void An_item_gone_from_the_new_reading_goes_only_when_nobody_worked_on_it(ActionStatus status, string[] edited, bool goes) =>
        Assert.Equal(goes, ActionItemEdits.GoesWhenUnread(status, edited));

    [Fact]
    public void A_persons_change_sets_and_marks_each_field_given_and_an_empty_one_clears()
    {
        var (item, edited) = ActionItemEdits.Apply(Stored, [ActionItemEdits.FollowUps], ActionStatus.Open, "", null);

        Assert.Equal(ActionStatus.Open, item.Status);
        Assert.Null(item.Owner);
        Assert.Equal("2025-Q4", item.Due);
        Assert.Equal(["followUps", "owner", "status"], edited);
    }

    [Fact]
    public void Marking_a_field_twice_lists_it_once() =>
        Assert.Equal(["due", "followUps"], ActionItemEdits.Mark(ActionItemEdits.Mark(["due"], "followUps"), "followUps"));
}
