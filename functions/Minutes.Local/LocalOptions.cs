namespace Minutes.Local;

/// <summary>Section "Local": how the runner drives the triggers that Azure drives (Event Grid, the blobs extension's retries).</summary>
public sealed class LocalOptions
{
    public const string Section = "Local";

    /// <summary>Drive the blob and timer triggers; false serves HTTP only (for tests that call those functions themselves).</summary>
    public bool Triggers { get; set; } = true;

    /// <summary>How often the inbox container is listed for new documents.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Documents processed at once (host.json's blobs maxDegreeOfParallelism in Azure).</summary>
    public int MaxParallelDocuments { get; set; } = 2;

    /// <summary>Tries of a blob before it goes to the poison-queue function (host.json's poisonBlobThreshold in Azure).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>A folder whose PDFs are put into the inbox at start, so a fresh stack has something to show; empty for none.</summary>
    public string? SamplesFolder { get; set; }
}
