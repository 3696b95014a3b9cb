using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;

namespace Minutes.Storage;

public static class BlobStorageRegistration
{
    /// <summary>The Functions host's storage connection; the blob trigger reads the same one.</summary>
    public const string Connection = "AzureWebJobsStorage";

    public static IHostApplicationBuilder AddBlobStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        var connection = builder.Configuration.GetSection(Connection);
        // One credential for every Azure service; AzureWebJobsStorage:clientId names a user-assigned identity.
        builder.Services.AddSingleton<TokenCredential>(_ =>
            new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = connection["clientId"] }));
        builder.Services.AddAzureClients(clients =>
        {
            clients.AddClient<BlobServiceClient, BlobClientOptions>((options, credential) => Create(connection, options, credential));
            clients.UseCredential(sp => sp.GetRequiredService<TokenCredential>());
        });
        return builder;
    }

    /// <summary>The host's own reading of a storage connection: a connection string, or blobServiceUri / accountName with a credential.</summary>
    internal static BlobServiceClient Create(IConfigurationSection connection, BlobClientOptions options, TokenCredential credential)
    {
        if (!string.IsNullOrWhiteSpace(connection.Value))
            return new BlobServiceClient(connection.Value, options);
        var uri = connection["blobServiceUri"] ?? (connection["accountName"] is { Length: > 0 } account
            ? $"https://{account}.blob.core.windows.net"
            : throw new InvalidOperationException(
                $"Set {Connection} (a connection string) or {Connection}__accountName / {Connection}__blobServiceUri (managed identity)."));
        return new BlobServiceClient(new Uri(uri), credential, options);
    }
}
