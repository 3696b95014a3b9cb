using System.Text.Json.Serialization;
using Minutes.Model;

namespace Minutes.Storage;

/// <summary>
/// A meeting series: its title, where it meets, its schedule and the items proposed for coming agendas.
/// All series share one partition of their container ("catalog"), so listing them is a single-partition query.
/// </summary>
public sealed record SeriesDocument
{
    public const string CatalogKey = "series";

    public string Id { get; init; } = "";
    public string Catalog { get; init; } = CatalogKey;
    public string SeriesId { get; init; } = "";
    public string? Title { get; init; }
    public string? Organization { get; init; }
    public string? Location { get; init; }
    public DateOnly? LastMeetingDate { get; init; }
    public IReadOnlyList<ScheduledMeeting> Schedule { get; init; } = [];
    public IReadOnlyList<ProposedItem> ProposedItems { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("_etag"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }
}

/// <summary>An item someone proposed for the agenda of a coming meeting (ForDate null: the next one).</summary>
public sealed record ProposedItem(string Id, string Title, string? ProposedBy, DateOnly? ForDate, DateTimeOffset ProposedAt);
