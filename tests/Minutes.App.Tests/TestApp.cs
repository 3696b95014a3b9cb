using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

using Azure.Storage.Blobs;

namespace Minutes.Tests;

/// <summary>
/// The real executable's host, started on a loopback port against the local stack, with a database and blob
/// containers of its own so tests never see each other's data.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public string ApiKey { get; } = Guid.NewGuid().ToString("N");
    public string Database { get; } = LocalStack.UniqueName("minutes");
    public string Inbox { get; } = LocalStack.UniqueName("inbox");
    public string Processed { get; } = LocalStack.UniqueName("processed");
    public string Failed { get; } = LocalStack.UniqueName("failed");
    public WebApplication App { get; }
    public HttpClient Http { get; }

    private TestApp(bool triggers, IEnumerable<string> extraArgs, Action<IServiceCollection>? configure)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--AzureWebJobsStorage={LocalStack.StorageConnectionString}",
            $"--Storage:InboxContainer={Inbox}",
            $"--Storage:ProcessedContainer={Processed}",
            $"--Storage:FailedContainer={Failed}",
            $"--Cosmos:Endpoint={LocalStack.CosmosEndpoint}",
            $"--Cosmos:Key={LocalStack.CosmosKey}",
            "--Cosmos:AcceptAnyServerCertificate=true",
            $"--Cosmos:Database={Database}",
            $"--Api:Keys:0={ApiKey}",
            "--Local:PollInterval=00:00:00.200",
            $"--Local:Triggers={triggers}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error",
            .. extraArgs,
        ];
        App = Local.LocalRunner.Build(args, configure);
        Http = new HttpClient();
    }

    /// <param name="triggers">Whether the runner drives the inbox and the timer; false when a test calls those functions itself.</param>
    public static Task<TestApp> StartAsync(bool triggers = true, params string[] extraArgs) => StartAsync(triggers, null, extraArgs);

    public static async Task<TestApp> StartAsync(bool triggers, Action<IServiceCollection>? configure, params string[] extraArgs)
    {
        var app = new TestApp(triggers, extraArgs, configure);
        await app.App.StartAsync();
        await app.Service<Minutes.Storage.CosmosSetup>().Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var address = app.App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        app.Http.BaseAddress = new Uri(address);
        app.Http.DefaultRequestHeaders.Add("x-functions-key", app.ApiKey);
        app.Http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return app;
    }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A function class made as the worker makes it, to be called directly.</summary>
    public T Function<T>() where T : class => ActivatorUtilities.CreateInstance<T>(App.Services);

    public BlobContainerClient Container(string name) => Service<BlobServiceClient>().GetBlobContainerClient(name);

    /// <summary>The names of the blobs in a container; none when it does not exist yet.</summary>
    public async Task<List<string>> BlobNamesAsync(string container)
    {
        var client = Container(container);
        if (!await client.ExistsAsync()) return [];
        var names = new List<string>();
        await foreach (var blob in client.GetBlobsAsync()) names.Add(blob.Name);
        return names;
    }

    /// <summary>Puts a file into the inbox as a document dropped there would be.</summary>
    public async Task<BlobClient> DropAsync(string samplePath, string name)
    {
        await Container(Inbox).CreateIfNotExistsAsync();
        var blob = Container(Inbox).GetBlobClient(name);
        await using var file = File.OpenRead(samplePath);
        await blob.UploadAsync(file, overwrite: true);
        return blob;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
