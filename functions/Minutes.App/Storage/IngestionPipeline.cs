using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Minutes.Model;
using Minutes.Parsing;
using Minutes.Reading;

namespace Minutes.Storage;

/// <summary>
/// One document from the inbox container to a stored meeting: read, parse, store, and the original moved to
/// "processed". A document that cannot be minutes goes to "failed" with the reason, in the blob and the record.
/// Nothing is deleted: the inbox copy goes only once the original sits safely in one of the other two.
/// </summary>
public sealed partial class IngestionPipeline(
    BlobStorage blobs, DocumentReader reader, MeetingStore meetings, SeriesStore series, IngestionStore ingestions,
    IOptions<StorageOptions> storage, TimeProvider clock, ILogger<IngestionPipeline> logger)
{
    public async Task<Ingestion> ProcessAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var (id, fileName) = Identify(blobName);
        var now = clock.GetUtcNow();
        var ingestion = await ingestions.FindAsync(id, cancellationToken)
            ?? new Ingestion { Id = id, BlobName = blobName, FileName = fileName, ReceivedAt = now, UpdatedAt = now };
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["IngestionId"] = id });
        var o = storage.Value;

        var path = Path.Combine(Path.GetTempPath(), $"minutes-{id}{Path.GetExtension(fileName)}");
        try
        {
            try
            {
                await blobs.DownloadToFileAsync(o.InboxContainer, blobName, path, cancellationToken);
            }
            catch (BlobNotFoundException)
            {
                // A second event for a blob already taken care of.
                logger.LogInformation("{BlobName} is no longer in the inbox; nothing to do", blobName);
                return ingestion;
            }
            ingestion = await SetAsync(ingestion with { Sha256 = await Sha256Async(path, cancellationToken), Status = IngestionStatus.Reading, Container = o.InboxContainer }, cancellationToken);
            logger.LogInformation("Reading {FileName} ({Sha256})", fileName, ingestion.Sha256);
            var text = await reader.ReadAsync(path, cancellationToken: cancellationToken);

            ingestion = await SetAsync(ingestion with { Status = IngestionStatus.Parsing }, cancellationToken);
            logger.LogInformation("Parsing {PageCount} pages read by {Engine}", text.Pages.Count, text.Engine);
            var meeting = Parse(text) with
            {
                Source = new DocumentSource(fileName, ingestion.Sha256!, text.Pages.Count, text.Engine, text.MeanConfidence),
            };
            if (meeting.DocumentType == DocumentType.Presentation)
                throw new DocumentRejectedException("The document is a presentation (slides only), not minutes; no meeting was stored.");

            await meetings.SaveAsync(meeting, cancellationToken);
            await series.RecordMeetingAsync(meeting, cancellationToken);
            await MoveAsync(blobName, o.ProcessedContainer, null, cancellationToken);
            logger.LogInformation("Stored meeting {MeetingId} with {ItemCount} items and {ActionCount} action items",
                meeting.Id, meeting.AgendaItems.Count, meeting.ActionItems.Count);
            return await SetAsync(ingestion with
            {
                Status = IngestionStatus.Stored, MeetingId = meeting.Id, SeriesId = meeting.SeriesId,
                Container = o.ProcessedContainer, Warnings = meeting.Warnings, Reason = null,
            }, cancellationToken);
        }
        catch (DocumentRejectedException e)
        {
            logger.LogWarning("Rejected {FileName}: {Reason}", fileName, e.Reason);
            await MoveAsync(blobName, o.FailedContainer, e.Reason, cancellationToken);
            return await SetAsync(ingestion with { Status = IngestionStatus.Failed, Reason = e.Reason, Container = o.FailedContainer }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not the document's fault (a service down): leave it in the inbox to be tried again.
            logger.LogError(e, "Processing {FileName} failed; it stays in the inbox to be tried again", fileName);
            await SetAsync(ingestion with { Reason = $"Will be tried again: {e.Message}" }, CancellationToken.None);
            throw;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The parser is pure: an exception from it is about this document and would recur on every retry, so the
    /// document fails (kept, with the reason) instead of circling in the inbox.
    /// </summary>
    private static Meeting Parse(Minutes.Text.DocumentText text)
    {
        try
        {
            return MinutesParser.Parse(text);
        }
        catch (Exception e)
        {
            throw new DocumentRejectedException($"The text was read but could not be parsed as minutes ({e.GetType().Name}: {e.Message}).");
        }
    }

    /// <summary>Uploads through the API are named "{ingestionId}/{fileName}"; anything else dropped in gets a new id.</summary>
    public static (string Id, string FileName) Identify(string blobName)
    {
        var m = UploadName().Match(blobName);
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (Guid.NewGuid().ToString("N"), Path.GetFileName(blobName));
    }

    private async Task MoveAsync(string blobName, string container, string? reason, CancellationToken cancellationToken)
    {
        await blobs.CreateContainerIfMissingAsync(container, cancellationToken);
        await blobs.CopyAsync(storage.Value.InboxContainer, blobName, container,
            reason is null ? null : new Dictionary<string, string> { ["reason"] = reason }, cancellationToken);
        await blobs.DeleteAsync(storage.Value.InboxContainer, blobName, cancellationToken);
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
