using Minutes.FollowUps;
using Minutes.Model;

namespace Minutes.Tests.FollowUps;

public sealed class FollowUpRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly FollowUpState Open = new(ActionStatus.Open, []);

    private static FollowUp Found(string meetingId, DateOnly date, double confidence, string item = "4") =>
        new("rad.2025-09-10.a3-1", meetingId, date, item, "Helena Ek redovisar väntetiderna.", confidence,
            new FollowUpSignals(confidence, 0, 0, 0, 0, 0, 0));

    private static readonly FollowUp November = Found("rad.2025-11-26", new DateOnly(2025, 11, 26), 0.7);
    private static readonly FollowUp March = Found("rad.2026-03-11", new DateOnly(2026, 3, 11), 0.6, "3");

    [Fact]
    public void A_reported_link_makes_an_open_item_reported_and_a_weak_one_is_kept_without_changing_it()
    {
        var reported = FollowUpRules.Record(Open, November);
        Assert.Equal(ActionStatus.Reported, reported.Status);
        var f = Assert.Single(reported.FollowUps);
        Assert.Equal((1, "rad.2025-11-26", "4", 0.7, FollowUpDecision.Suggested), (f.Number, f.MeetingId, f.AgendaItemNumber, f.Confidence, f.Decision));

        var weak = FollowUpRules.Record(Open, November with { Confidence = FollowUpLinker.ReportedThreshold - 0.01 });
        Assert.Equal(ActionStatus.Open, weak.Status);
        Assert.False(Assert.Single(weak.FollowUps).Stands);
    }

    [Fact]
    public void Each_later_meeting_adds_one_follow_up_with_a_number_of_its_own()
    {
        var state = FollowUpRules.Record(FollowUpRules.Record(Open, November), March);

        Assert.Equal([1, 2], state.FollowUps.Select(f => f.Number));
        Assert.Equal("rad.2026-03-11", FollowUpRules.Latest(state.FollowUps)!.MeetingId);
    }

    [Fact]
    public void The_same_meeting_again_updates_a_suggestion_but_never_weakens_it_nor_touches_a_decision()
    {
        var state = FollowUpRules.Record(Open, November);

        Assert.Same(state, FollowUpRules.Record(state, November));
        Assert.Equal("5", Assert.Single(FollowUpRules.Record(state, November with { AgendaItemNumber = "5", Confidence = 0.8 }).FollowUps).AgendaItemNumber);
        Assert.Same(state, FollowUpRules.Record(state, November with { Confidence = 0.1 }));

        var rejected = FollowUpRules.Reject(state, 1, Now)!;
        Assert.Same(rejected, FollowUpRules.Record(rejected, November with { Confidence = 0.9 }));
        Assert.Equal(ActionStatus.Open, rejected.Status);
        var confirmed = FollowUpRules.Confirm(state, 1, Now)!;
        Assert.Same(confirmed, FollowUpRules.Record(confirmed, November with { Confidence = 0.1 }));
    }

    [Fact]
    public void Confirming_makes_the_item_done_and_rejecting_takes_back_only_what_the_follow_up_did()
    {
        var state = FollowUpRules.Record(FollowUpRules.Record(Open, November), March);

        var confirmed = FollowUpRules.Confirm(state, 2, Now)!;
        Assert.Equal(ActionStatus.Done, confirmed.Status);
        Assert.Equal((FollowUpDecision.Confirmed, Now), (confirmed.FollowUps[1].Decision, confirmed.FollowUps[1].DecidedAt));
        // Rejecting the confirmed one: the other suggestion still stands.
        Assert.Equal(ActionStatus.Reported, FollowUpRules.Reject(confirmed, 2, Now)!.Status);
        // Rejecting both: open again.
        Assert.Equal(ActionStatus.Open, FollowUpRules.Reject(FollowUpRules.Reject(state, 1, Now)!, 2, Now)!.Status);
        // A status a person set otherwise stays.
        Assert.Equal(ActionStatus.Dropped, FollowUpRules.Reject(state with { Status = ActionStatus.Dropped }, 1, Now)!.Status);
        Assert.Null(FollowUpRules.Confirm(state, 3, Now));
        Assert.Null(FollowUpRules.Reject(state, 0, Now));
    }

    [Fact]
    public void Done_and_dropped_items_get_no_more_follow_ups()
    {
        var done = new FollowUpState(ActionStatus.Done, []);
        Assert.Same(done, FollowUpRules.Record(done, November));
    }

    [Theory]
    [InlineData("2025-10-01", null, "2025-10-02", true)]
    [InlineData("2025-10-01", null, "2025-10-01", false)]
    [InlineData("2025-Q4", null, "2025-12-31", false)]
    [InlineData("2025-Q4", null, "2026-01-01", true)]
    [InlineData("2026-03", null, "2026-03-11", false)]
    [InlineData("2025-H2", null, "2026-01-01", true)]
    [InlineData("next-meeting", null, "2026-05-01", false)]
    [InlineData("next-meeting", "2025-11-26", "2025-11-27", true)]
    [InlineData(null, null, "2030-01-01", false)]
    public void An_open_item_is_overdue_once_its_due_has_ended(string? due, string? nextMeeting, string day, bool overdue)
    {
        var next = nextMeeting is null ? (DateOnly?)null : DateOnly.Parse(nextMeeting);
        Assert.Equal(overdue, FollowUpRules.IsOverdue(ActionStatus.Open, due, next, DateOnly.Parse(day)));
        Assert.False(FollowUpRules.IsOverdue(ActionStatus.Reported, due, next, DateOnly.Parse(day)));
    }
}
