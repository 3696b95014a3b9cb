namespace Minutes.Local;

/// <summary>Section "Local": how the app drives its own triggers when it runs without the Functions host.</summary>
public sealed class LocalOptions
{
    public const string Section = "Local";

    /// <summary>How often the inbox container is listed for new documents.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A folder whose PDFs are put into the inbox at start, so a fresh stack has something to show.</summary>
    public string? SamplesFolder { get; set; }
}
