using Minutes.Model;

namespace Minutes.Tests;

public class MeetingIdsTests
{
    [Fact]
    public void Series_slug_folds_swedish_letters_and_punctuation()
    {
        Assert.Equal("samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen",
            MeetingIds.SeriesFromTitle("Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen"));
    }

    [Fact]
    public void Series_can_be_told_from_meeting_and_action_item_ids()
    {
        var meeting = MeetingIds.Meeting("pensionarsradet", new DateOnly(2025, 6, 12), "x");
        var action = MeetingIds.ActionItem(meeting, "3.1", 2);

        Assert.Equal("pensionarsradet.2025-06-12", meeting);
        Assert.Equal("pensionarsradet.2025-06-12.a3-1-2", action);
        Assert.Equal("pensionarsradet", MeetingIds.SeriesOf(action));
    }
}
