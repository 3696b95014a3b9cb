using Minutes.FollowUps;
using Minutes.Model;

namespace Minutes.Agenda;

/// <summary>The draft agenda of one coming meeting of a series. Id "{seriesId}.{date}": one draft per meeting.</summary>
public sealed record AgendaDraft
{
    public string Id { get; init; } = "";
    public string SeriesId { get; init; } = "";
    public string? SeriesTitle { get; init; }
    public DateOnly Date { get; init; }
    public TimeOnly? StartTime { get; init; }
    public TimeOnly? EndTime { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<Attendee> Invited { get; init; } = [];
    public IReadOnlyList<AgendaDraftItem> Items { get; init; } = [];
    /// <summary>A person marked the draft final: the timer never overwrites it.</summary>
    public bool Final { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
}

/// <param name="Lines">What the item lists under its heading (the open action items, the dates).</param>
public sealed record AgendaDraftItem(int Number, string Title, IReadOnlyList<string> Lines);

/// <summary>
/// An open (or reported, not yet confirmed) action item as the bevakningslista shows it: with the meeting and item it
/// came from, its latest follow-up that stands (<see cref="FollowUpRules.Latest"/>), and the day its series' next
/// meeting was held (when it is due at the next meeting).
/// </summary>
public sealed record OpenAction(string Id, string Text, string? Owner, string? Due, DateOnly? MeetingDate, string? AgendaItemNumber,
    ActionStatus Status = ActionStatus.Open, RecordedFollowUp? LatestFollowUp = null, DateOnly? NextMeetingDate = null);

/// <summary>An item proposed for a coming meeting (ForDate null: the next one).</summary>
public sealed record Proposal(string Title, string? ProposedBy, DateOnly? ForDate);

/// <summary>Everything the drafter knows of a series when it drafts one meeting.</summary>
public sealed record AgendaInputs(
    string SeriesId, string? SeriesTitle, string? Location, ScheduledMeeting Meeting,
    IReadOnlyList<Meeting> History, IReadOnlyList<OpenAction> OpenActions, IReadOnlyList<Proposal> Proposals,
    IReadOnlyList<ScheduledMeeting> Schedule);
