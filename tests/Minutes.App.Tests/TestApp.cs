using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

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

    private TestApp(HostMode mode, IEnumerable<string> extraArgs, Action<IServiceCollection>? configure)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Storage:ConnectionString={LocalStack.StorageConnectionString}",
            $"--Storage:InboxContainer={Inbox}",
            $"--Storage:ProcessedContainer={Processed}",
            $"--Storage:FailedContainer={Failed}",
            $"--Cosmos:Endpoint={LocalStack.CosmosEndpoint}",
            $"--Cosmos:Key={LocalStack.CosmosKey}",
            "--Cosmos:AcceptAnyServerCertificate=true",
            $"--Cosmos:Database={Database}",
            $"--Api:Keys:0={ApiKey}",
            "--Local:PollInterval=00:00:00.200",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error",
            .. extraArgs,
        ];
        App = MinutesHost.Build(args, mode, configure);
        Http = new HttpClient();
    }

    public static Task<TestApp> StartAsync(HostMode mode = HostMode.Local, params string[] extraArgs) => StartAsync(mode, null, extraArgs);

    public static async Task<TestApp> StartAsync(HostMode mode, Action<IServiceCollection>? configure, params string[] extraArgs)
    {
        var app = new TestApp(mode, extraArgs, configure);
        await app.App.StartAsync();
        var address = app.App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        app.Http.BaseAddress = new Uri(address);
        app.Http.DefaultRequestHeaders.Add("x-functions-key", app.ApiKey);
        app.Http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return app;
    }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
