using System.Text.Json;
using Minutes.Functions;

namespace Minutes.Tests;

public class BlobCreatedEventTests
{
    [Fact]
    public void Event_grid_schema_event_names_container_and_nested_blob()
    {
        var data = Json("""{"event":{"eventType":"Microsoft.Storage.BlobCreated","subject":"/blobServices/default/containers/inbox/blobs/2025/m%C3%B6te.pdf","data":{"url":"https://acct.blob.core.windows.net/inbox/2025/m%C3%B6te.pdf"}}}""");

        var created = BlobCreatedEvent.Parse(data);

        Assert.Equal(new BlobCreatedEvent(BlobCreatedEvent.BlobCreated, "inbox", "2025/möte.pdf"), created);
    }

    [Fact]
    public void Cloud_event_passed_as_a_json_string_is_read_too()
    {
        var inner = """{"type":"Microsoft.Storage.BlobCreated","data":{"url":"http://127.0.0.1:10000/devstoreaccount1/inbox/a.pdf"}}""";
        var data = Json(JsonSerializer.Serialize(new Dictionary<string, string> { ["event"] = inner }));

        var created = BlobCreatedEvent.Parse(data);

        Assert.Equal(("inbox", "a.pdf"), (created.Container, created.BlobName));
    }

    [Theory]
    [InlineData("""{"other":{}}""")]
    [InlineData("""{"event":{"eventType":"Microsoft.Storage.BlobCreated","data":{}}}""")]
    [InlineData("""{"event":{"eventType":"Microsoft.Storage.BlobCreated","data":{"url":"https://acct.blob.core.windows.net/"}}}""")]
    public void Event_without_a_blob_url_is_refused(string json)
    {
        Assert.Throws<FormatException>(() => BlobCreatedEvent.Parse(Json(json)));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
