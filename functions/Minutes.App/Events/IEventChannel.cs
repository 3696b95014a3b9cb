using Azure.Messaging;

namespace Minutes.Events;

/// <summary>Where published events go: the Event Grid topic in Azure, a webhook locally. An exception means not delivered.</summary>
public interface IEventChannel
{
    Task SendAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default);
}
