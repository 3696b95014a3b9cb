using Azure.Core;
using Azure.Messaging.EventGrid;
using Microsoft.Extensions.Options;

namespace Minutes.Events;

public static class EventsRegistration
{
    /// <summary>The outbox always; the channel the configuration names: the Event Grid topic, else the webhook, else none.</summary>
    public static IHostApplicationBuilder AddEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EventOptions>().BindConfiguration(EventOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.TopicEndpoint is null || o.WebhookUrl is null,
                "Set one of Events:TopicEndpoint (Event Grid, in Azure) and Events:WebhookUrl (locally), not both.")
            .ValidateOnStart();
        builder.Services.AddSingleton<EventOutbox>();
        builder.Services.AddSingleton<EventPublisher>();
        var section = builder.Configuration.GetSection(EventOptions.Section);
        if (!string.IsNullOrWhiteSpace(section[nameof(EventOptions.TopicEndpoint)]))
        {
            builder.Services.AddSingleton(sp => new EventGridPublisherClient(
                sp.GetRequiredService<IOptions<EventOptions>>().Value.TopicEndpoint!, sp.GetRequiredService<TokenCredential>()));
            builder.Services.AddSingleton<IEventChannel, EventGridTopic>();
        }
        else if (!string.IsNullOrWhiteSpace(section[nameof(EventOptions.WebhookUrl)]))
            builder.Services.AddHttpClient<IEventChannel, EventWebhook>(http => http.Timeout = TimeSpan.FromSeconds(30));
        return builder;
    }
}
