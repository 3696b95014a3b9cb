namespace Minutes.FollowUps;

/// <summary>Suggested by the linker; confirmed or rejected by a person, and then never changed by the linker again.</summary>
public enum FollowUpDecision { Suggested, Confirmed, Rejected }

/// <summary>
/// A follow-up as kept on an action item: where a later meeting reports it back (meeting, item, excerpt), how sure the
/// linker was, and what people decided. Number is the follow-up's own, stable within the action item (1, 2, …): the
/// API confirms and rejects by it.
/// </summary>
public sealed record RecordedFollowUp
{
    public int Number { get; init; }
    public string MeetingId { get; init; } = "";
    public DateOnly? MeetingDate { get; init; }
    public string AgendaItemNumber { get; init; } = "";
    public string Excerpt { get; init; } = "";
    public double Confidence { get; init; }
    public FollowUpDecision Decision { get; init; } = FollowUpDecision.Suggested;
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>At or above <see cref="FollowUpLinker.ReportedThreshold"/>: the linker takes the item as reported back.</summary>
    public bool Reported => Confidence >= FollowUpLinker.ReportedThreshold;

    /// <summary>Whether it stands as a report of the item: confirmed, or reported and not rejected.</summary>
    public bool Stands => Decision == FollowUpDecision.Confirmed || Decision == FollowUpDecision.Suggested && Reported;
}
