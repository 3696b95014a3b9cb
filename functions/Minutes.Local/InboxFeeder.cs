using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Minutes.Functions;
using Minutes.Storage;

namespace Minutes.Local;

/// <summary>
/// The blob trigger, locally: Azurite has no Event Grid, so the inbox container is listed and each blob handed to the
/// blob-trigger functions whose path names that container, a few documents at a time so that one long scan never
/// holds up the rest. A blob that keeps failing goes to the poison-queue function after Local:MaxAttempts tries,
/// as the blobs extension does after poisonBlobThreshold.
/// </summary>
public sealed class InboxFeeder(
    FunctionCatalog catalog, FunctionInvoker invoker, BlobServiceClient blobs, CosmosSetup cosmos, IConfiguration configuration,
    IOptions<LocalOptions> options, TimeProvider clock, ILogger<InboxFeeder> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly ConcurrentDictionary<string, Task> _running = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var triggers = catalog.Functions.Where(f => f.Blob is not null)
            .Select(f => (Function: f, Container: FunctionCatalog.Resolve(f.Blob!.BlobPath, configuration).Split('/')[0]))
            .ToList();
        if (triggers.Count == 0) return;
        await cosmos.Ready.WaitAsync(stoppingToken);
        foreach (var container in triggers.Select(t => t.Container).Distinct())
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        await UploadSamplesAsync(triggers[0].Container, stoppingToken);

        using var slots = new SemaphoreSlim(Math.Max(1, options.Value.MaxParallelDocuments));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var (function, container) in triggers)
                    await foreach (var item in blobs.GetBlobContainerClient(container).GetBlobsAsync(cancellationToken: stoppingToken))
                    {
                        var key = container + "/" + item.Name;
                        if (_running.ContainsKey(key)) continue;
                        await slots.WaitAsync(stoppingToken);
                        var blob = blobs.GetBlobContainerClient(container).GetBlobClient(item.Name);
                        _running[key] = Task.Run(async () =>
                        {
                            try { await RunAsync(function, blob, key, stoppingToken); }
                            finally { slots.Release(); _running.TryRemove(key, out _); }
                        }, CancellationToken.None);
                    }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Listing the inbox failed; trying again");
            }
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
        await Task.WhenAll(_running.Values);
    }

    private async Task RunAsync(FunctionEntry function, BlobClient blob, string key, CancellationToken stoppingToken)
    {
        try
        {
            await invoker.InvokeAsync(function, new FunctionInvoker.Trigger(Blob: blob), stoppingToken);
            _attempts.TryRemove(key, out _);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            var attempt = _attempts.AddOrUpdate(key, 1, (_, n) => n + 1);
            logger.LogWarning(e, "{Function} failed on {Blob} (attempt {Attempt} of {MaxAttempts})", function.Name, key, attempt, options.Value.MaxAttempts);
            if (attempt >= options.Value.MaxAttempts)
            {
                _attempts.TryRemove(key, out _);
                await PoisonAsync(function, blob, stoppingToken);
            }
        }
    }

    /// <summary>The message the blobs extension puts on its poison queue, handed to the function that listens there.</summary>
    private async Task PoisonAsync(FunctionEntry function, BlobClient blob, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Serialize(new
        {
            Type = "BlobTrigger", FunctionId = $"Host.Functions.{function.Name}", BlobType = "BlockBlob",
            ContainerName = blob.BlobContainerName, BlobName = blob.Name,
            ETag = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ETag.ToString(),
        });
        foreach (var poison in catalog.Functions.Where(f => f.Queue?.QueueName == RecordPoisonedDocument.Queue))
        {
            try
            {
                await invoker.InvokeAsync(poison, new FunctionInvoker.Trigger(Message: message), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Function} failed on the poison message for {Blob}", poison.Name, blob.Name);
            }
        }
    }

    private async Task UploadSamplesAsync(string inbox, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SamplesFolder)) return;
        var folder = options.Value.SamplesFolder;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The samples folder {Folder} does not exist", folder);
            return;
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*.pdf").Order())
        {
            await using var file = File.OpenRead(path);
            await blobs.GetBlobContainerClient(inbox).GetBlobClient(Path.GetFileName(path)).UploadAsync(file, overwrite: true, cancellationToken);
            logger.LogInformation("Put sample {FileName} into the inbox", Path.GetFileName(path));
        }
    }
}
