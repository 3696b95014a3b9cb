using Microsoft.Azure.Functions.Worker;
using Minutes.Events;

namespace Minutes.Functions;

/// <summary>
/// Drains the event outbox on the schedule of Events:Cron. A timer runs on one instance at a time, so the events of a
/// subject go out in order; an event written just before a crash goes out on the next run.
/// </summary>
public sealed class PublishEvents(EventPublisher publisher)
{
    [Function(nameof(PublishEvents))]
    public async Task RunAsync([TimerTrigger("%Events:Cron%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await publisher.PublishPendingAsync(cancellationToken);
}
