using System.Security.Cryptography;
using Microsoft.Extensions.Configuration.Memory;

namespace Minutes.Local;

/// <summary>
/// What the runner needs to work on the local stack with no configuration at all. Every value can still be
/// overridden by appsettings, environment or command line, which come later in the chain.
/// </summary>
public static class LocalDefaults
{
    // The well-known Azurite account, and a Cosmos key the local protocol server accepts: not secrets.
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    public const string CosmosKey = "bG9jYWwtZGV2ZWxvcG1lbnQta2V5LWZvci10aGUtY29zbW9zLXByb3RvY29sLXNlcnZlcg==";

    /// <summary>The ports infra/local/stack.sh starts the stack on, from the same variables.</summary>
    public static string AzuritePort => Environment.GetEnvironmentVariable("MINUTES_AZURITE_PORT") is { Length: > 0 } p ? p : "10000";
    public static string CosmosPort => Environment.GetEnvironmentVariable("MINUTES_COSMOS_PORT") is { Length: > 0 } p ? p : "8081";

    public static string StorageConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteKey};BlobEndpoint=http://127.0.0.1:{AzuritePort}/devstoreaccount1;";

    public static IHostApplicationBuilder UseLocalDefaults(this IHostApplicationBuilder builder, bool announceKey = true)
    {
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = StorageConnectionString,
                ["Cosmos:Endpoint"] = $"https://127.0.0.1:{CosmosPort}/",
                ["Cosmos:Key"] = CosmosKey,
                ["Cosmos:AcceptAnyServerCertificate"] = "true",
                // Settings the trigger attributes name (%Storage:InboxContainer%, %Agenda:Cron%, %Events:Cron%) must exist, as in Azure.
                ["Storage:InboxContainer"] = "inbox",
                ["Agenda:Cron"] = "0 0 5 * * *",
                ["Events:Cron"] = "*/2 * * * * *",
                // Request lines carry ?code=: they are not logged, so no key reaches a log.
                ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore.Routing"] = "Warning",
                ["Logging:LogLevel:Azure.Core"] = "Warning",
            },
        });
        if (announceKey && builder.Configuration.GetSection("Api:Keys").Get<string[]>() is not { Length: > 0 })
        {
            // No key configured: make one for this run and say it, rather than leave the API open.
            var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            builder.Configuration["Api:Keys:0"] = key;
            Console.WriteLine($"API key for this run (x-functions-key header or ?code=): {key}");
        }
        return builder;
    }
}
