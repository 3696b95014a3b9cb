using Azure.Messaging;
using Azure.Messaging.EventGrid;

namespace Minutes.Events;

/// <summary>
/// The Event Grid custom topic (CloudEvents 1.0 input schema, local auth off): the SDK's publisher client signs with the
/// app's identity, which holds EventGrid Data Sender on the topic. Event Grid then filters, retries and dead-letters per
/// subscription.
/// </summary>
public sealed class EventGridTopic(EventGridPublisherClient client) : IEventChannel
{
    public async Task SendAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default) =>
        await client.SendEventAsync(cloudEvent, cancellationToken);
}
