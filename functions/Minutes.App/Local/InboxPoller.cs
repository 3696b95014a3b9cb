using Microsoft.Extensions.Options;
using Minutes.Storage;

namespace Minutes.Local;

/// <summary>
/// Locally there is no Event Grid: list the inbox container and hand each blob to the same pipeline the
/// IngestDocument function calls. The pipeline moves every blob out of the inbox, so nothing is taken twice.
/// </summary>
public sealed class InboxPoller(
    BlobStorage blobs, IngestionPipeline pipeline, IOptions<StorageOptions> storage, IOptions<LocalOptions> local,
    TimeProvider clock, ILogger<InboxPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = storage.Value.InboxContainer;
        await blobs.CreateContainerIfMissingAsync(inbox, stoppingToken);
        await UploadSamplesAsync(inbox, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var name in blobs.ListAsync(inbox, cancellationToken: stoppingToken))
                    await pipeline.ProcessAsync(name, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Polling the inbox container {Container} failed; trying again", inbox);
            }
            await Task.Delay(local.Value.PollInterval, clock, stoppingToken);
        }
    }

    private async Task UploadSamplesAsync(string inbox, CancellationToken cancellationToken)
    {
        if (local.Value.SamplesFolder is not { } folder) return;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The samples folder {Folder} does not exist", folder);
            return;
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*.pdf").Order())
        {
            await using var file = File.OpenRead(path);
            await blobs.UploadAsync(inbox, Path.GetFileName(path), file, "application/pdf", cancellationToken: cancellationToken);
            logger.LogInformation("Put sample {FileName} into the inbox", Path.GetFileName(path));
        }
    }
}
