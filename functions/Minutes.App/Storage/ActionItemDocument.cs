using System.Text.Json.Serialization;
using Minutes.Model;

namespace Minutes.Storage;

/// <summary>
/// An action item as stored on its own, so it can be listed and changed across a series' meetings.
/// Edited names the fields people changed through the API; a re-ingested document never overwrites those.
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
    public DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("_etag"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }

    public ActionItem ToActionItem() => new()
    {
        Id = Id, AgendaItemNumber = AgendaItemNumber, Text = Text, Owner = Owner, Due = Due, Status = Status,
    };
}
