using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Minutes.Storage;

namespace Minutes.Functions;

/// <summary>
/// A document dropped into the inbox. Event Grid tells the blobs extension, which queues the blob and returns at
/// once, so a long read never sits inside a webhook delivery; the extension retries a failed run and, after
/// host.json's poisonBlobThreshold, puts the blob on the poison queue, where <see cref="RecordPoisonedDocument"/> takes it.
/// </summary>
public sealed class IngestDocument(IngestionPipeline pipeline, ILogger<IngestDocument> logger)
{
    [Function(nameof(IngestDocument))]
    public async Task RunAsync(
        [BlobTrigger("%Storage:InboxContainer%/{name}", Source = BlobTriggerSource.EventGrid)] BlobClient blob, string name,
        CancellationToken cancellationToken)
    {
        // A document's own faults are recorded by the pipeline; an exception here is the platform's and is retried.
        if (await pipeline.ProcessAsync(blob, cancellationToken) is { } ingestion)
            logger.LogInformation("Ingestion {IngestionId} of {BlobName} ended {Status}", ingestion.Id, name, ingestion.Status);
    }
}
