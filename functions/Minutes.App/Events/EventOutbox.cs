using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Events;

/// <summary>
/// The transactional outbox, without a transaction (the local Cosmos DB server has no transactional batch): the event
/// is written before the change it announces, so a process that dies between the two leaves an event that will be
/// published. A change that fails takes its event back. Delivery is at least once; ids stay the same, so subscribers
/// deduplicate on id. A crash after the event but before the change can publish a change that did not happen; the
/// retry (the blob trigger's, the client's) normally makes it true.
/// </summary>
public sealed class EventOutbox(CosmosContainers cosmos, TimeProvider clock, ILogger<EventOutbox> logger)
{
    private static long _counter;

    /// <summary>
    /// Writes the event, then makes the change; when the change fails, or its result says nothing changed
    /// (<paramref name="keep"/> false), the event goes again.
    /// </summary>
    public async Task<T> AroundAsync<T>(NewEvent newEvent, Func<Task<T>> change, Func<T, bool>? keep = null,
        CancellationToken cancellationToken = default)
    {
        var written = await AddAsync(newEvent, cancellationToken);
        T result;
        try
        {
            result = await change();
        }
        catch
        {
            await TakeBackAsync(written);
            throw;
        }
        if (keep is not null && !keep(result)) await TakeBackAsync(written);
        return result;
    }

    public Task<T> AroundAsync<T>(NewEvent newEvent, Func<Task<T>> change, CancellationToken cancellationToken) =>
        AroundAsync(newEvent, change, null, cancellationToken);

    public Task AroundAsync(NewEvent newEvent, Func<Task> change, CancellationToken cancellationToken = default) =>
        AroundAsync(newEvent, async () => { await change(); return true; }, null, cancellationToken);

    /// <summary>Writes an event to be published; an event of the same id (a deterministic one) is written over.</summary>
    public async Task<OutboxEvent> AddAsync(NewEvent newEvent, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var record = new OutboxEvent
        {
            Id = newEvent.Id ?? Guid.NewGuid().ToString(),
            Sequence = $"{now.UtcTicks:D19}-{Interlocked.Increment(ref _counter):D10}",
            Type = newEvent.Type,
            Subject = newEvent.Subject,
            Time = now,
            Data = JsonSerializer.SerializeToElement(newEvent.Data, MinutesJson.Options),
        };
        await cosmos.Outbox.UpsertItemAsync(record, new PartitionKey(OutboxEvent.Pending), cancellationToken: cancellationToken);
        return record;
    }

    /// <summary>The oldest waiting events, in the order they were written.</summary>
    public Task<List<OutboxEvent>> PendingAsync(int count, CancellationToken cancellationToken = default) =>
        cosmos.Outbox.AllAsync<OutboxEvent>(
            new QueryDefinition($"SELECT TOP {count} * FROM c WHERE c.outbox = @pending ORDER BY c.sequence").WithParameter("@pending", OutboxEvent.Pending),
            OutboxEvent.Pending, cancellationToken);

    /// <summary>
    /// A published event leaves the outbox: the record as it was read, no other. The same fact happening again while
    /// it was being delivered (a document stored twice) writes its record over, with a new sequence; deleting that
    /// one too lost the second delivery, so a record changed since the read stays for the next drain.
    /// </summary>
    public async Task RemoveAsync(OutboxEvent published, CancellationToken cancellationToken = default)
    {
        using var response = await cosmos.Outbox.DeleteItemStreamAsync(published.Id, new PartitionKey(OutboxEvent.Pending),
            new ItemRequestOptions { IfMatchEtag = published.ETag }, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed)) response.EnsureSuccessStatusCode();
    }

    /// <summary>Counts a failed delivery on the record (it stays, and is tried again on the next drain).</summary>
    public async Task FailedAsync(OutboxEvent record, string error, CancellationToken cancellationToken = default)
    {
        try
        {
            await cosmos.Outbox.ReplaceItemAsync(record with { Attempts = record.Attempts + 1, LastError = error, ETag = null }, record.Id,
                new PartitionKey(OutboxEvent.Pending), new ItemRequestOptions { IfMatchEtag = record.ETag }, cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed)
        {
            // Taken back, or rewritten by the same fact happening again: that record is the one to publish.
        }
    }

    private async Task TakeBackAsync(OutboxEvent record)
    {
        try
        {
            await RemoveAsync(record, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Left in the outbox: published for a change that failed; at least once covers it, and the log says so.
            logger.LogWarning(e, "Event {EventId} ({EventType}) of a failed change could not be taken back", record.Id, record.Type);
        }
    }
}
