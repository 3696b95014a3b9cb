using System.Diagnostics;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Minutes.Storage;

namespace Minutes.Functions;

/// <summary>
/// Whether the app can do its work now: Cosmos DB and Blob Storage each answer a cheap call within a few seconds.
/// /api/health says the process is up; this says whether its dependencies are, for probes and people alike.
/// </summary>
public sealed class ReadinessFunctions(CosmosContainers cosmos, BlobServiceClient blobs, IOptions<StorageOptions> storage,
    ILogger<ReadinessFunctions> logger)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public sealed record Check(string Name, bool Ready, long Milliseconds, string? Problem);

    /// <summary>200 when every dependency answers, 503 with Retry-After and the one that does not.</summary>
    [Function("Readiness")]
    public async Task<IResult> ReadyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/ready")] HttpRequest request, CancellationToken cancellationToken)
    {
        var checks = await Task.WhenAll(
            CheckAsync("cosmos", ct => cosmos.Ingestions.ReadContainerAsync(cancellationToken: ct), cancellationToken),
            CheckAsync("storage", ct => blobs.GetBlobContainerClient(storage.Value.InboxContainer).ExistsAsync(ct), cancellationToken));
        var ready = checks.All(c => c.Ready);
        if (!ready) request.HttpContext.Response.Headers.RetryAfter = "10";
        return TypedResults.Json(new { status = ready ? "ready" : "unavailable", checks },
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private async Task<Check> CheckAsync(string name, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        var watch = Stopwatch.StartNew();
        try
        {
            await call(limit.Token);
            return new Check(name, true, watch.ElapsedMilliseconds, null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Readiness: {Dependency} did not answer: {Problem}", name, e.Message);
            var problem = limit.IsCancellationRequested ? $"no answer within {Limit.TotalSeconds} s" : e.GetType().Name;
            return new Check(name, false, watch.ElapsedMilliseconds, problem);
        }
    }
}
