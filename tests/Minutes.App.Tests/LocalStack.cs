using System.Diagnostics;

namespace Minutes.Tests;

/// <summary>
/// Starts the real local stack (Azurite, the Cosmos DB protocol server) once for the test run through the same
/// script a developer uses. Tests keep out of each other's way with their own containers and databases.
/// </summary>
public sealed class LocalStack : IAsyncLifetime
{
    // The well-known Azurite development account and the emulator key; neither is a secret.
    public const string StorageConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
    public const string CosmosEndpoint = "https://127.0.0.1:8081/";
    public const string CosmosKey = "bG9jYWwtZGV2ZWxvcG1lbnQta2V5LWZvci10aGUtY29zbW9zLXByb3RvY29sLXNlcnZlcg==";

    public static string RepoRoot { get; } = FindRepoRoot();

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoRoot, "infra", "local", "stack.sh"), "start"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The local stack did not start:\n{await output}\n{await error}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A name no other test uses, valid for containers and databases.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)];

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Functions.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class LocalStackCollection : ICollectionFixture<LocalStack>
{
    public const string Name = "local stack";
}
