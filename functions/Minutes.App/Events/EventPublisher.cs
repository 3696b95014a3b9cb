using Microsoft.Extensions.Options;

namespace Minutes.Events;

/// <summary>
/// Drains the outbox: the waiting events in the order they were written, each sent and then deleted. An event that
/// cannot be sent stays, and holds back the later events of its subject until the next drain, so each subject's events
/// go out in order. A crash between sending and deleting sends the event again, with the same id.
/// Without a channel (neither Events:TopicEndpoint nor Events:WebhookUrl set) nothing is sent and events wait.
/// </summary>
public sealed class EventPublisher(EventOutbox outbox, IOptions<EventOptions> options, ILogger<EventPublisher> logger,
    IEventChannel? channel = null)
{
    private int _waiting;

    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken = default)
    {
        var size = options.Value.BatchSize;
        if (channel is null)
        {
            // Said when the number changes, not on every run of a timer that fires every few seconds.
            var waiting = (await outbox.PendingAsync(size, cancellationToken)).Count;
            if (waiting > 0 && Interlocked.Exchange(ref _waiting, waiting) != waiting)
                logger.LogWarning("{EventCount} events wait in the outbox: set Events:TopicEndpoint or Events:WebhookUrl to publish them", waiting);
            return 0;
        }
        var published = 0;
        var held = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var batch = await outbox.PendingAsync(size, cancellationToken);
            var sent = 0;
            foreach (var record in batch.Where(r => !held.Contains(r.Subject)))
            {
                try
                {
                    await channel.SendAsync(record.ToCloudEvent(options.Value.Source), cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    held.Add(record.Subject);
                    logger.LogWarning(e, "Event {EventId} ({EventType}) of {Subject} not delivered (attempt {Attempt}); its subject waits for the next drain",
                        record.Id, record.Type, record.Subject, record.Attempts + 1);
                    await outbox.FailedAsync(record, e.Message, cancellationToken);
                    continue;
                }
                await outbox.RemoveAsync(record, cancellationToken);
                sent++;
            }
            published += sent;
            if (sent == 0 || batch.Count < size) break;
        }
        if (published > 0) logger.LogInformation("Published {EventCount} events", published);
        return published;
    }
}
