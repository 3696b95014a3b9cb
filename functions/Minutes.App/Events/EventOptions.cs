using System.ComponentModel.DataAnnotations;

namespace Minutes.Events;

/// <summary>
/// Section "Events": where the outbox is published. TopicEndpoint (Azure: an Event Grid custom topic, CloudEvents 1.0
/// schema, reached with the app's identity) or WebhookUrl (locally: each event POSTed as application/cloudevents+json).
/// With neither, events wait in the outbox until one is set.
/// </summary>
public sealed class EventOptions
{
    public const string Section = "Events";

    public Uri? TopicEndpoint { get; set; }

    public Uri? WebhookUrl { get; set; }

    /// <summary>The CloudEvents source of every event.</summary>
    [Required] public string Source { get; set; } = "/minutes";

    /// <summary>Six-field cron (with seconds) of the drain; the timer trigger reads the same setting (%Events:Cron%).</summary>
    [Required] public string Cron { get; set; } = "*/10 * * * * *";

    /// <summary>Outbox records read per round trip.</summary>
    [Range(1, 1000)] public int BatchSize { get; set; } = 100;
}
