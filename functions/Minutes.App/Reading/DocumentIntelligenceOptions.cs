namespace Minutes.Reading;

/// <summary>Section "DocumentIntelligence": the Azure AI Document Intelligence resource used for cloud OCR.</summary>
public sealed class DocumentIntelligenceOptions
{
    public const string Section = "DocumentIntelligence";

    /// <summary>https://{resource}.cognitiveservices.azure.com/; empty means not configured.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Resource key; when empty the app's managed identity (DefaultAzureCredential) is used.</summary>
    public string? Key { get; set; }

    public string ModelId { get; set; } = "prebuilt-layout";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}
