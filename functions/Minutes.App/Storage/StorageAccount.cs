namespace Minutes.Storage;

/// <summary>Where the blob service is and how to sign for it, read from a storage connection string.</summary>
internal sealed record StorageAccount(Uri BlobEndpoint, string? AccountName, byte[]? AccountKey)
{
    // The well-known Azurite development account; not a secret.
    private const string DevAccount = "devstoreaccount1";
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static StorageAccount Parse(string connectionString)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && dev.Equals("true", StringComparison.OrdinalIgnoreCase))
            return new StorageAccount(new Uri($"http://127.0.0.1:10000/{DevAccount}"), DevAccount, Convert.FromBase64String(DevKey));

        parts.TryGetValue("AccountName", out var name);
        var key = parts.TryGetValue("AccountKey", out var k) ? Convert.FromBase64String(k) : null;
        if (parts.TryGetValue("BlobEndpoint", out var endpoint))
            return new StorageAccount(new Uri(endpoint.TrimEnd('/')), name, key);
        if (name is null)
            throw new FormatException("The storage connection string has neither BlobEndpoint nor AccountName.");
        var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return new StorageAccount(new Uri($"{protocol}://{name}.blob.{suffix}"), name, key);
    }
}
