using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace Minutes.Storage;

public static class BlobStorageRegistration
{
    public static IHostApplicationBuilder AddBlobStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new BlobStorage(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetService<TokenCredential>()));
        // One credential for every Azure service; AZURE_CLIENT_ID picks the user-assigned identity.
        builder.Services.AddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        return builder;
    }
}
