using System.ComponentModel.DataAnnotations;

namespace Minutes.Storage;

/// <summary>Section "Storage": the blob account. A connection string locally (Azurite), the service URI with managed identity in Azure.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }
    public Uri? ServiceUri { get; set; }
    public string InboxContainer { get; set; } = "inbox";
    public string ProcessedContainer { get; set; } = "processed";
    public string FailedContainer { get; set; } = "failed";
    public string AgendaContainer { get; set; } = "agenda-drafts";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && ServiceUri is null)
            yield return new ValidationResult("Set Storage:ConnectionString (local) or Storage:ServiceUri (Azure, managed identity).",
                [nameof(ConnectionString), nameof(ServiceUri)]);
    }
}
