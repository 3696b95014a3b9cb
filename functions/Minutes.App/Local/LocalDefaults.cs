using System.Security.Cryptography;
using Microsoft.Extensions.Configuration.Memory;

namespace Minutes.Local;

/// <summary>
/// What `run` needs to work on the local stack with no configuration at all. Every value can still be
/// overridden by appsettings, environment or command line, which come later in the chain.
/// </summary>
public static class LocalDefaults
{
    // The well-known Azurite account, and a Cosmos key the local protocol server accepts (it checks none): not secrets.
    private static readonly Dictionary<string, string?> Values = new()
    {
        ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Cosmos:Endpoint"] = "https://127.0.0.1:8081/",
        ["Cosmos:Key"] = "bG9jYWwtZGV2ZWxvcG1lbnQta2V5LWZvci10aGUtY29zbW9zLXByb3RvY29sLXNlcnZlcg==",
        ["Cosmos:AcceptAnyServerCertificate"] = "true",
    };

    public static WebApplicationBuilder UseLocalDefaults(this WebApplicationBuilder builder, bool announceKey = true)
    {
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Values });
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
