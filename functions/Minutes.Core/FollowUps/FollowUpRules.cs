using Minutes.Model;

namespace Minutes.FollowUps;

/// <summary>An action item's status with its follow-ups: what the rules below read and return.</summary>
public sealed record FollowUpState(ActionStatus Status, IReadOnlyList<RecordedFollowUp> FollowUps);

/// <summary>
/// What follow-ups do to an action item. The linker only ever adds: a later meeting's link joins the item's follow-ups
/// (one per later meeting) and, when reported, moves an open item to reported. A person's decision is final for the
/// linker: a confirmed or rejected follow-up is kept as it is when its meeting is ingested again, and a reported link is
/// never weakened into an unreported one. Confirming makes the item done; rejecting takes back what the follow-up did.
/// </summary>
public static class FollowUpRules
{
    public static FollowUpState Record(FollowUpState state, FollowUp found)
    {
        if (state.Status is not (ActionStatus.Open or ActionStatus.Reported)) return state;
        var existing = state.FollowUps.FirstOrDefault(f => f.MeetingId == found.MeetingId);
        if (existing is { Decision: not FollowUpDecision.Suggested }) return state;
        var recorded = new RecordedFollowUp
        {
            Number = existing?.Number ?? NextNumber(state.FollowUps),
            MeetingId = found.MeetingId, MeetingDate = found.MeetingDate, AgendaItemNumber = found.AgendaItemNumber,
            Excerpt = found.Excerpt, Confidence = found.Confidence,
        };
        if (existing is not null && (existing == recorded || existing.Reported && !recorded.Reported)) return state;
        var followUps = state.FollowUps.Where(f => f.MeetingId != found.MeetingId).Append(recorded)
            .OrderBy(f => f.MeetingDate).ThenBy(f => f.Number).ToList();
        return new FollowUpState(state.Status == ActionStatus.Open && recorded.Reported ? ActionStatus.Reported : state.Status, followUps);
    }

    /// <summary>A person says the follow-up reports the item back: it is done. Null when the item has no such follow-up.</summary>
    public static FollowUpState? Confirm(FollowUpState state, int number, DateTimeOffset at) =>
        Decide(state, number, FollowUpDecision.Confirmed, at) is { } followUps ? new FollowUpState(ActionStatus.Done, followUps) : null;

    /// <summary>
    /// A person says the follow-up does not report the item back. A reported item, or one done by this follow-up's
    /// confirmation, goes back to what its other follow-ups make it (done, reported or open); a status a person set
    /// otherwise (done or dropped through a change) stays. Null when the item has no such follow-up.
    /// </summary>
    public static FollowUpState? Reject(FollowUpState state, int number, DateTimeOffset at)
    {
        var was = state.FollowUps.FirstOrDefault(f => f.Number == number);
        if (Decide(state, number, FollowUpDecision.Rejected, at) is not { } followUps) return null;
        var derived = state.Status == ActionStatus.Reported
            || state.Status == ActionStatus.Done && was!.Decision == FollowUpDecision.Confirmed;
        return new FollowUpState(derived ? StatusFrom(followUps) : state.Status, followUps);
    }

    /// <summary>The latest follow-up that stands (confirmed, or reported and not rejected), by meeting date.</summary>
    public static RecordedFollowUp? Latest(IEnumerable<RecordedFollowUp> followUps) =>
        followUps.Where(f => f.Stands).OrderBy(f => f.MeetingDate).ThenBy(f => f.Number).LastOrDefault();

    /// <summary>
    /// The last day an item may be reported back: the end of its due period, or for "next-meeting" the day the next
    /// meeting was held (null until one was).
    /// </summary>
    public static DateOnly? DueEnd(string? due, DateOnly? nextMeetingDate) =>
        due == "next-meeting" ? nextMeetingDate : DuePeriod.End(due);

    /// <summary>Overdue on a day: still open (no follow-up stands) and its due ended before that day.</summary>
    public static bool IsOverdue(ActionStatus status, string? due, DateOnly? nextMeetingDate, DateOnly day) =>
        status == ActionStatus.Open && DueEnd(due, nextMeetingDate) < day;

    private static ActionStatus StatusFrom(IReadOnlyList<RecordedFollowUp> followUps) =>
        followUps.Any(f => f.Decision == FollowUpDecision.Confirmed) ? ActionStatus.Done
        : followUps.Any(f => f.Stands) ? ActionStatus.Reported : ActionStatus.Open;

    private static List<RecordedFollowUp>? Decide(FollowUpState state, int number, FollowUpDecision decision, DateTimeOffset at) =>
        state.FollowUps.Any(f => f.Number == number)
            ? state.FollowUps.Select(f => f.Number == number ? f with { Decision = decision, DecidedAt = at } : f).ToList()
            : null;

    private static int NextNumber(IReadOnlyList<RecordedFollowUp> followUps) => followUps.Count == 0 ? 1 : followUps.Max(f => f.Number) + 1;
}
