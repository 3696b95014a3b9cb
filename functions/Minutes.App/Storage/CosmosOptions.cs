using System.ComponentModel.DataAnnotations;

namespace Minutes.Storage;

/// <summary>Section "Cosmos": the account endpoint; a key locally (the protocol server), managed identity in Azure.</summary>
public sealed class CosmosOptions
{
    public const string Section = "Cosmos";

    [Required(ErrorMessage = "Set Cosmos:Endpoint (Cosmos__Endpoint), the Cosmos DB account endpoint.")]
    public Uri? Endpoint { get; set; }

    /// <summary>Only for the local protocol server; in Azure leave it empty and grant the identity a data role.</summary>
    public string? Key { get; set; }

    public string Database { get; set; } = "minutes";

    /// <summary>The local protocol server serves HTTPS with a self-signed certificate. Never set in Azure.</summary>
    public bool AcceptAnyServerCertificate { get; set; }
}
