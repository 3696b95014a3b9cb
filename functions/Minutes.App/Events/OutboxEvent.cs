using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Messaging;

namespace Minutes.Events;

/// <summary>
/// One event waiting in the outbox container. All waiting events share one partition ("pending"), so the drain reads
/// them in one single-partition query in Sequence order; a published event is deleted.
/// </summary>
public sealed record OutboxEvent
{
    public const string Pending = "pending";

    /// <summary>The CloudEvent's id: the same on every delivery of this record.</summary>
    public string Id { get; init; } = "";
    /// <summary>The partition key.</summary>
    public string Outbox { get; init; } = Pending;
    /// <summary>Sortable: the time written and a counter of this process; publishing follows it.</summary>
    public string Sequence { get; init; } = "";
    public string Type { get; init; } = "";
    public string Subject { get; init; } = "";
    public DateTimeOffset Time { get; init; }
    public JsonElement Data { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }

    [JsonPropertyName("_etag"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }

    /// <summary>The structured CloudEvent 1.0, with the CloudEvents sequence extension.</summary>
    public CloudEvent ToCloudEvent(string source)
    {
        var cloudEvent = new CloudEvent(source, Type, BinaryData.FromString(Data.GetRawText()), "application/json", CloudEventDataFormat.Json)
        {
            Id = Id, Subject = Subject, Time = Time,
        };
        cloudEvent.ExtensionAttributes["sequence"] = Sequence;
        return cloudEvent;
    }
}
