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
    /// <summary>Where the time went, stage by stage, once it is stored or failed.</summary>
    public IngestionTimings? Timings { get; init; }
}

/// <summary>Milliseconds per stage of the last run over the document; null for a stage it did not reach.</summary>
/// <param name="Waited">From the blob landing in the inbox to the trigger taking it.</param>
/// <param name="Receive">Downloading the original, hashing it, recording it.</param>
/// <param name="Read">The text layer and OCR.</param>
/// <param name="Parse">Text to meeting.</param>
/// <param name="Store">The meeting, its action items, series and follow-ups in Cosmos DB, and the original moved.</param>
/// <param name="Cosmos">Of all that, the time spent waiting on Cosmos DB.</param>
public sealed record IngestionTimings(long? Waited, long? Receive, long? Read, long? Parse, long? Store, long? Cosmos)
{
    public long Total => (Waited ?? 0) + (Receive ?? 0) + (Read ?? 0) + (Parse ?? 0) + (Store ?? 0);
}

public enum IngestionStatus { Received, Reading, Parsing, Stored, Failed }
