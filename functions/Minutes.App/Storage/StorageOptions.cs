using System.ComponentModel.DataAnnotations;

namespace Minutes.Storage;

/// <summary>
/// Section "Storage": the containers. The account itself is the Functions host's own connection, AzureWebJobsStorage
/// (a connection string locally; accountName or blobServiceUri with managed identity in Azure), so the blob trigger
/// and the app's own clients always point at the same account.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The blob trigger's container; its path in the trigger attribute reads the same setting.</summary>
    [Required] public string InboxContainer { get; set; } = "inbox";
    [Required] public string ProcessedContainer { get; set; } = "processed";
    [Required] public string FailedContainer { get; set; } = "failed";
}
