namespace Minutes.Storage;

/// <summary>What happened to one uploaded document; kept for every upload, failed ones included.</summary>
public sealed record Ingestion
{
    public string Id { get; init; } = "";
    public string BlobName { get; init; } = "";
    public string FileName { get; init; } = "";
    public string? Sha256 { get; init; }
    public IngestionStatus Status { get; init; } = IngestionStatus.Received;
    /// <summary>Why it failed, in words for the person who uploaded it.</summary>
    public string? Reason { get; init; }
    public string? MeetingId { get; init; }
    public string? SeriesId { get; init; }
    /// <summary>Where the original is now: "inbox", "processed" or "failed" container.</summary>
    public string? Container { get; init; }
    /// <summary>The original's name in that container once it has left the inbox: "{id}/{fileName}".</summary>
    public string? ArchivedAs { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public enum IngestionStatus { Received, Reading, Parsing, Stored, Failed }
