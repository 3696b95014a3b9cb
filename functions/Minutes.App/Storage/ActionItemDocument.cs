using System.Text.Json.Serialization;
using Minutes.FollowUps;
using Minutes.Model;

namespace Minutes.Storage;

/// <summary>
/// An action item as stored on its own, so it can be listed and changed across a series' meetings.
/// Edited names the fields people changed through the API; a re-ingested document never overwrites those. FollowUps are
/// the later meetings' items that report it back (FollowUpRecorder adds them, people confirm or reject them).
/// </summary>
public sealed record ActionItemDocument
{
    public string Id { get; init; } = "";
    public string SeriesId { get; init; } = "";
    public string MeetingId { get; init; } = "";
    public DateOnly? MeetingDate { get; init; }
    public string? AgendaItemNumber { get; init; }
    public string Text { get; init; } = "";
    public string? Owner { get; init; }
    public string? Due { get; init; }
    public ActionStatus Status { get; init; } = ActionStatus.Open;
    /// <summary>The first day of Due, stored so "due before" can be queried across dates and periods.</summary>
    public DateOnly? DueStart => DuePeriod.Start(Due);
    public IReadOnlyList<string> Edited { get; init; } = [];
    public IReadOnlyList<RecordedFollowUp> FollowUps { get; init; } = [];
    /// <summary>The day the series' next meeting after this item's was held, once stored: when "next-meeting" falls due.</summary>
    public DateOnly? NextMeetingDate { get; init; }
    /// <summary>The last day it may be reported back (see FollowUpRules.DueEnd), stored so "overdue" can be queried.</summary>
    public DateOnly? DueEnd => FollowUpRules.DueEnd(Due, NextMeetingDate);
    public DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("_etag"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }

    public FollowUpState FollowUpState() => new(Status, FollowUps);

    public ActionItemDocument With(FollowUpState state) => this with { Status = state.Status, FollowUps = state.FollowUps };

    public ActionItem ToActionItem() => new()
    {
        Id = Id, AgendaItemNumber = AgendaItemNumber, Text = Text, Owner = Owner, Due = Due, Status = Status,
    };
}
