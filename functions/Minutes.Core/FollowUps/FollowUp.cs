namespace Minutes.FollowUps;

/// <summary>
/// A later meeting's item that reports back on an open action item: where (meeting, item), what it says (one or two of
/// its sentences), and how sure the linker is (0..1). <see cref="Reported"/> is the confidence against
/// <see cref="FollowUpLinker.ReportedThreshold"/>; people confirm or reject either way.
/// </summary>
public sealed record FollowUp(
    string ActionItemId, string MeetingId, DateOnly? MeetingDate, string AgendaItemNumber, string Excerpt, double Confidence,
    FollowUpSignals Signals)
{
    public bool Reported => Confidence >= FollowUpLinker.ReportedThreshold;
}

/// <summary>
/// What the confidence was made of, each 0..1: the share of the commitment's subject found in the item (stems weighted
/// by how rare they are among the meeting's items), the share found in its title, whether the owner presents or is
/// named, how the due date fits the meeting, whether a report-back cue stands in the excerpt (1) or elsewhere in the item
/// (0.5), how far the item stands above the meeting's next best one, and whether the excerpt says the matter is still
/// pending.
/// </summary>
public sealed record FollowUpSignals(double Subject, double Title, double Owner, double Due, double Cue, double Margin, double Pending);
