using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Tests.Storage;

[Collection(LocalStackCollection.Name)]
public class MeetingStoreTests
{
    private static Meeting Minutes(params ActionItem[] actions)
    {
        var id = MeetingIds.Meeting("radet", new DateOnly(2025, 6, 12), "x");
        return new Meeting { Id = id, SeriesId = "radet", Title = "Rådet", Date = new DateOnly(2025, 6, 12), ActionItems = actions };
    }

    private static ActionItem Action(string meetingId, string item, int n, string text, string? owner = null) =>
        new() { Id = MeetingIds.ActionItem(meetingId, item, n), AgendaItemNumber = item, Text = text, Owner = owner };

    [Fact]
    public async Task A_corrected_document_updates_in_place_and_keeps_what_people_changed()
    {
        await using var app = await TestApp.StartAsync();
        var store = app.Service<MeetingStore>();
        var items = app.Service<ActionItemStore>();
        var meetingId = Minutes().Id;
        var first = Minutes(
            Action(meetingId, "3", 1, "Förvaltningen återkommer om utredningen.", "Förvaltningen"),
            Action(meetingId, "4", 1, "Frågan fölis upp.", null),
            Action(meetingId, "5", 1, "Kallelsen sänds ut.", null),
            Action(meetingId, "6", 1, "Rådet ombeds lämna synpunkter.", null));
        await store.SaveAsync(first);
        var worked = (await items.FindAsync(first.ActionItems[0].Id))!;
        await items.UpdateAsync(worked, new ActionItemChange(ActionStatus.Done, "Petri Salonen", null), worked.ETag!);
        var dropped = (await items.FindAsync(first.ActionItems[3].Id))!;
        await items.UpdateAsync(dropped, new ActionItemChange(ActionStatus.Dropped, null, null), dropped.ETag!);

        // The corrected scan: OCR fixed on item 4, item 5's action gone, item 6's action gone too (but someone dropped it).
        var corrected = Minutes(
            Action(meetingId, "3", 1, "Förvaltningen återkommer om utredningen under kvartal 4.", "Förvaltningen"),
            Action(meetingId, "4", 1, "Frågan följs upp.", null)) with { Location = "Järntorget" };
        await store.SaveAsync(corrected);

        var meeting = (await store.FindAsync(meetingId))!;
        Assert.Equal("Järntorget", meeting.Location);
        var byId = meeting.ActionItems.ToDictionary(a => a.Id);
        Assert.Equal(3, byId.Count);
        var kept = byId[first.ActionItems[0].Id];
        Assert.Equal(("Förvaltningen återkommer om utredningen under kvartal 4.", ActionStatus.Done, "Petri Salonen"), (kept.Text, kept.Status, kept.Owner));
        Assert.Equal("Frågan följs upp.", byId[first.ActionItems[1].Id].Text);
        Assert.DoesNotContain(first.ActionItems[2].Id, byId.Keys);
        Assert.Equal(ActionStatus.Dropped, byId[first.ActionItems[3].Id].Status);
    }

    [Fact]
    public async Task Saving_the_same_meeting_again_leaves_its_action_items_untouched()
    {
        await using var app = await TestApp.StartAsync();
        var store = app.Service<MeetingStore>();
        var meetingId = Minutes().Id;
        var meeting = Minutes(Action(meetingId, "3", 1, "Förvaltningen återkommer.", "Förvaltningen"));
        await store.SaveAsync(meeting);
        var before = (await app.Service<ActionItemStore>().FindAsync(meeting.ActionItems[0].Id))!;

        await store.SaveAsync(meeting);

        var after = (await app.Service<ActionItemStore>().FindAsync(meeting.ActionItems[0].Id))!;
        Assert.Equal((before.ETag, before.UpdatedAt), (after.ETag, after.UpdatedAt));
    }
}
