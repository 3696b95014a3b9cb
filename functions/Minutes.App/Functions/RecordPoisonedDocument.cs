using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Minutes.Storage;

namespace Minutes.Functions;

/// <summary>
/// The blobs extension gave up on an inbox blob after its retries and queued it here: the document is recorded as
/// failed with the last reason and its original kept in the failed container, so nothing stays stuck in "reading".
/// </summary>
public sealed class RecordPoisonedDocument(IngestionPipeline pipeline, BlobServiceClient blobs, ILogger<RecordPoisonedDocument> logger)
{
    /// <summary>The blobs extension's poison queue.</summary>
    public const string Queue = "webjobs-blobtrigger-poison";

    /// <summary>The extension's message: {"Type":"BlobTrigger","FunctionId","BlobType","ContainerName","BlobName","ETag"}.</summary>
    public sealed record PoisonedBlob(string? FunctionId, string ContainerName, string BlobName, string? ETag);

    [Function(nameof(RecordPoisonedDocument))]
    public async Task RunAsync([QueueTrigger(Queue)] string message, CancellationToken cancellationToken)
    {
        var poisoned = JsonSerializer.Deserialize<PoisonedBlob>(message, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (poisoned is null || string.IsNullOrEmpty(poisoned.ContainerName) || string.IsNullOrEmpty(poisoned.BlobName))
        {
            logger.LogError("A poison message names no blob: {Message}", message);
            return;
        }
        var blob = blobs.GetBlobContainerClient(poisoned.ContainerName).GetBlobClient(poisoned.BlobName);
        if (await pipeline.GiveUpAsync(blob, cancellationToken) is { } ingestion)
            logger.LogInformation("Ingestion {IngestionId} of {BlobName} recorded as failed", ingestion.Id, poisoned.BlobName);
    }
}
