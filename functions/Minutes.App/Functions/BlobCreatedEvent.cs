using System.Text.Json;

namespace Minutes.Functions;

/// <summary>
/// A BlobCreated event as the Functions host hands it to a custom handler: the event (Event Grid or CloudEvents
/// schema) under the trigger's binding name, as an object or as a JSON string. Only the blob's URL is used;
/// the handler fetches the content itself.
/// </summary>
public sealed record BlobCreatedEvent(string EventType, string Container, string BlobName)
{
    public const string BlobCreated = "Microsoft.Storage.BlobCreated";

    public static BlobCreatedEvent Parse(JsonElement invocationData, string bindingName = "event")
    {
        if (invocationData.ValueKind != JsonValueKind.Object || !invocationData.TryGetProperty(bindingName, out var ev))
            throw new FormatException($"The invocation carries no '{bindingName}' binding.");
        if (ev.ValueKind == JsonValueKind.String)
            ev = JsonDocument.Parse(ev.GetString()!).RootElement;

        var type = Text(ev, "eventType") ?? Text(ev, "type") ?? "";
        var url = ev.TryGetProperty("data", out var data) ? Text(data, "url") : null;
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new FormatException("The event has no data.url naming the blob.");

        // https://account.blob.core.windows.net/{container}/{blob}; Azurite puts the account first in the path.
        var segments = uri.AbsolutePath.Trim('/').Split('/', 3);
        if (uri.Host is "127.0.0.1" or "localhost" && segments.Length == 3)
            segments = segments[1..];
        else if (segments.Length == 3)
            segments = [segments[0], segments[1] + "/" + segments[2]];
        if (segments.Length < 2)
            throw new FormatException($"The blob URL '{url}' names no container and blob.");
        return new BlobCreatedEvent(type, segments[0], Uri.UnescapeDataString(segments[1]));
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
