using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Messaging;
using Microsoft.Extensions.Options;

namespace Minutes.Events;

/// <summary>
/// Locally: each event POSTed to Events:WebhookUrl in the CloudEvents structured mode (application/cloudevents+json),
/// one request per event as Event Grid delivers to a webhook; any 2xx is delivered.
/// </summary>
public sealed class EventWebhook(HttpClient http, IOptions<EventOptions> options) : IEventChannel
{
    public async Task SendAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(cloudEvent));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(options.Value.WebhookUrl, content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
