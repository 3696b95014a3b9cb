using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Minutes.Events;
using Minutes.Model;
using Minutes.Parsing;
using Minutes.Reading;

namespace Minutes.Storage;

/// <summary>
/// One document from the inbox container to a stored meeting: read, parse, store, and the original moved to
/// "processed". A document that cannot be minutes goes to "failed" with the reason, in the blob and the record.
/// Nothing is deleted: the inbox copy goes only once the original sits safely in one of the other two, under its
/// ingestion id, so two documents of one name never overwrite each other.
/// </summary>
public sealed partial class IngestionPipeline(
    BlobServiceClient blobs, DocumentReader reader, MeetingStore meetings, SeriesStore series, FollowUpRecorder followUps,
    IngestionStore ingestions, EventOutbox events, IOptions<StorageOptions> storage, TimeProvider clock, ILogger<IngestionPipeline> logger)
{
    /// <summary>Processes one inbox blob; null when it is no longer there (a second event for a document already handled).</summary>
    public async Task<Ingestion?> ProcessAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        if (await PropertiesAsync(blob, cancellationToken) is not { } properties) return null;
        var stages = new Stages(clock.GetUtcNow() - properties.CreatedOn);
        var ingestion = await StartAsync(blob, properties, cancellationToken);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["IngestionId"] = ingestion.Id });

        var folder = WorkFolder.Create(ingestion.Id);
        var path = Path.Combine(folder, "original" + Path.GetExtension(ingestion.FileName));
        try
        {
            // To a file, never whole into memory; the ETag makes sure it is the version this ingestion is about.
            try
            {
                await blob.DownloadToAsync(path, new BlobDownloadToOptions { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } },
                    cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Another delivery of the same event took it on and moved it meanwhile.
                logger.LogInformation("{BlobName} left the inbox while being read; another run has it", blob.Name);
                return await ingestions.FindAsync(ingestion.Id, cancellationToken);
            }
            ingestion = await SetAsync(ingestion with { Sha256 = await Sha256Async(path, cancellationToken), Status = IngestionStatus.Reading }, cancellationToken);
            logger.LogInformation("Reading {FileName} ({Sha256})", ingestion.FileName, ingestion.Sha256);
            stages.Receive = stages.Lap();
            var text = await reader.ReadAsync(path, cancellationToken: cancellationToken);
            stages.Read = stages.Lap();

            ingestion = await SetAsync(ingestion with { Status = IngestionStatus.Parsing }, cancellationToken);
            logger.LogInformation("Parsing {PageCount} pages read by {Engine}", text.Pages.Count, text.Engine);
            var meeting = Parse(text, ingestion.FileName) with
            {
                Source = new DocumentSource(ingestion.FileName, ingestion.Sha256!, text.Pages.Count, text.Engine, text.MeanConfidence),
            };
            stages.Parse = stages.Lap();
            if (meeting.DocumentType == DocumentType.Presentation)
                throw new DocumentRejectedException("The document is a presentation (slides only), not minutes; no meeting was stored.");

            // Announced only when this copy stands: a worse copy of a stored meeting is kept as a version, and its event taken back.
            var stands = await events.AroundAsync(EventTypes.Stored(meeting, ingestion), () => meetings.SaveAsync(meeting, cancellationToken), s => s, cancellationToken);
            await series.RecordMeetingAsync(meeting, cancellationToken);
            if (stands) await followUps.RecordAsync(meeting, cancellationToken);
            else
            {
                logger.LogInformation("A better copy of meeting {MeetingId} is stored; {FileName} is kept as a version", meeting.Id, ingestion.FileName);
                meeting = meeting with { Warnings = [.. meeting.Warnings, "A better copy of these minutes is stored (a text layer, or a clearer scan); this copy is kept as a version of the meeting."] };
            }
            var archived = await MoveAsync(blob, properties.ETag, ingestion, storage.Value.ProcessedContainer, null, cancellationToken);
            stages.Store = stages.Lap();
            var timings = stages.Timings;
            logger.LogInformation("Stored meeting {MeetingId} with {ItemCount} items and {ActionCount} action items; ms waited {Waited}, " +
                "receive {Receive}, read {Read}, parse {Parse}, store {Store} (Cosmos DB {Cosmos})", meeting.Id, meeting.AgendaItems.Count,
                meeting.ActionItems.Count, timings.Waited, timings.Receive, timings.Read, timings.Parse, timings.Store, timings.Cosmos);
            return await SetAsync(ingestion with
            {
                Status = IngestionStatus.Stored, MeetingId = meeting.Id, SeriesId = meeting.SeriesId,
                Container = storage.Value.ProcessedContainer, ArchivedAs = archived, Warnings = meeting.Warnings, Reason = null,
                Timings = timings,
            }, cancellationToken);
        }
        catch (DocumentRejectedException e)
        {
            logger.LogWarning("Rejected {FileName}: {Reason}", ingestion.FileName, e.Reason);
            return await FailAsync(blob, properties.ETag, ingestion with { Timings = stages.Timings }, e.Reason, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not the document's fault (a service down): it stays in the inbox and the trigger tries it again.
            logger.LogError(e, "Processing {FileName} failed; it stays in the inbox to be tried again", ingestion.FileName);
            // Never over a record another run has finished meanwhile.
            var latest = await ingestions.FindAsync(ingestion.Id, CancellationToken.None) ?? ingestion;
            if (latest.Status is not (IngestionStatus.Stored or IngestionStatus.Failed))
                await SetAsync(latest with { Reason = $"Will be tried again: {e.Message}" }, CancellationToken.None);
            throw;
        }
        finally
        {
            WorkFolder.Delete(folder);
        }
    }

    /// <summary>
    /// The trigger gave up on a blob after its retries (the poison queue): the document is recorded as failed with the
    /// last reason, and its original moves to the failed container. Null when the blob is gone already.
    /// </summary>
    public async Task<Ingestion?> GiveUpAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        if (await PropertiesAsync(blob, cancellationToken) is not { } properties) return null;
        var ingestion = await StartAsync(blob, properties, cancellationToken);
        var last = ingestion.Reason?.Replace("Will be tried again: ", "", StringComparison.Ordinal);
        var reason = $"Gave up after repeated failures{(last is null ? "" : ": " + last)}";
        logger.LogError("Gave up on {BlobName} (ingestion {IngestionId}): {Reason}", blob.Name, ingestion.Id, reason);
        return await FailAsync(blob, properties.ETag, ingestion, reason, cancellationToken);
    }

    private async Task<BlobProperties?> PropertiesAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            logger.LogInformation("{BlobName} is no longer in the inbox; nothing to do", blob.Name);
            return null;
        }
    }

    private async Task<Ingestion> StartAsync(BlobClient blob, BlobProperties properties, CancellationToken cancellationToken)
    {
        var (id, fileName) = Identify(blob.Name, properties.ETag.ToString());
        var now = clock.GetUtcNow();
        return await ingestions.FindAsync(id, cancellationToken)
            ?? new Ingestion
            {
                Id = id, BlobName = blob.Name, FileName = fileName, ReceivedAt = now, UpdatedAt = now,
                Container = storage.Value.InboxContainer,
            };
    }

    private async Task<Ingestion> FailAsync(BlobClient blob, ETag etag, Ingestion ingestion, string reason, CancellationToken cancellationToken)
    {
        await events.AddAsync(EventTypes.Failed(ingestion, reason), cancellationToken);
        var archived = await MoveAsync(blob, etag, ingestion, storage.Value.FailedContainer, reason, cancellationToken);
        return await SetAsync(ingestion with
        {
            Status = IngestionStatus.Failed, Reason = reason, Container = storage.Value.FailedContainer, ArchivedAs = archived,
        }, cancellationToken);
    }

    /// <summary>Times the stages of one run over a document, and the Cosmos DB calls made in them.</summary>
    private sealed class Stages(TimeSpan waited)
    {
        private readonly CosmosCalls _cosmos = CosmosCalls.Begin();
        private long _lap = Stopwatch.GetTimestamp();

        public long? Receive, Read, Parse, Store;

        /// <summary>Milliseconds since the last lap (or the start).</summary>
        public long Lap()
        {
            var now = Stopwatch.GetTimestamp();
            var ms = (long)Stopwatch.GetElapsedTime(_lap, now).TotalMilliseconds;
            _lap = now;
            return ms;
        }

        // A clock skew between Blob Storage and this machine must not make a negative wait.
        public IngestionTimings Timings => new((long)Math.Max(0, waited.TotalMilliseconds), Receive, Read, Parse, Store,
            (long)_cosmos.Elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// The parser is pure: an exception from it is about this document and would recur on every retry, so the
    /// document fails (kept, with the reason) instead of circling in the inbox.
    /// </summary>
    private static Meeting Parse(Minutes.Text.DocumentText text, string fileName)
    {
        try
        {
            return MinutesParser.Parse(text, fileName);
        }
        catch (Exception e)
        {
            throw new DocumentRejectedException($"The text was read but could not be parsed as minutes ({e.GetType().Name}: {e.Message}).");
        }
    }

    /// <summary>
    /// Uploads through the API are named "{ingestionId}/{fileName}". Anything else dropped in gets an id from its name
    /// and version (ETag): a retry of the same blob finds its record again, a new document of the same name gets its own.
    /// </summary>
    public static (string Id, string FileName) Identify(string blobName, string etag)
    {
        var m = UploadName().Match(blobName);
        if (m.Success) return (m.Groups[1].Value, m.Groups[2].Value);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(blobName + "\n" + etag));
        return (Convert.ToHexString(hash)[..32].ToLowerInvariant(), Path.GetFileName(blobName));
    }

    /// <summary>
    /// A server-side copy to "{id}/{fileName}" in the target container, then the inbox copy goes. The copy never
    /// overwrites: after a crash between copy and delete the archived copy is there already and is the same document.
    /// </summary>
    private async Task<string> MoveAsync(BlobClient blob, ETag etag, Ingestion ingestion, string container, string? reason,
        CancellationToken cancellationToken)
    {
        var archivedAs = $"{ingestion.Id}/{ingestion.FileName}";
        var targetContainer = blobs.GetBlobContainerClient(container);
        await targetContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var target = targetContainer.GetBlobClient(archivedAs);
        try
        {
            var copy = await target.StartCopyFromUriAsync(blob.Uri, new BlobCopyFromUriOptions
            {
                // Blob metadata is ASCII: the reason goes percent-encoded.
                Metadata = reason is null ? null : new Dictionary<string, string> { ["reason"] = Uri.EscapeDataString(reason) },
                SourceConditions = new BlobRequestConditions { IfMatch = etag },
                DestinationConditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
            await copy.WaitForCompletionAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 404 or 412)
        {
            // Copied already: by a run that died before it deleted the inbox copy, or by a second delivery just now.
            if (e.Status != 409 && !await target.ExistsAsync(cancellationToken)) throw;
            logger.LogInformation("{ArchivedAs} is in {Container} already", archivedAs, container);
        }
        try
        {
            await blob.DeleteIfExistsAsync(conditions: new BlobRequestConditions { IfMatch = etag }, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Gone already (Azurite checks the condition before it looks for the blob), or replaced by a new document
            // of the same name, which is its own ingestion: either way not this one's to delete.
            logger.LogInformation("{BlobName} in the inbox is not the version this ingestion read; left as it is", blob.Name);
        }
        return archivedAs;
    }

    private Task<Ingestion> SetAsync(Ingestion ingestion, CancellationToken cancellationToken) =>
        ingestions.SaveAsync(ingestion with { UpdatedAt = clock.GetUtcNow() }, cancellationToken);

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexString(await SHA256.HashDataAsync(file, cancellationToken)).ToLowerInvariant();
    }

    [GeneratedRegex(@"^([0-9a-f]{32})/([^/]+)$")]
    private static partial Regex UploadName();
}
