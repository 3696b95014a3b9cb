using System.Net;
using System.Net.Http.Headers;
using Minutes.Storage;
using Minutes.Tests.Api;

namespace Minutes.Tests.Faults;

/// <summary>Uploads that must be refused cleanly: a clear 4xx, and neither a record nor a blob left behind.</summary>
[Collection(LocalStackCollection.Name)]
public class UploadEdgeTests : IAsyncLifetime
{
    private TestApp _app = null!;

    // The poller is off: whatever a refused upload left in the inbox stays there to be seen.
    public async Task InitializeAsync() => _app = await TestApp.StartAsync(triggers: false);
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("x/..")]
    [InlineData("a\\..")]
    [InlineData("   ")]
    [InlineData("bad\u0001name.pdf")]
    public async Task A_file_name_that_is_no_file_name_answers_400_and_leaves_nothing(string fileName)
    {
        var problem = await (await _app.UploadRawAsync("%PDF-1.7"u8.ToArray(), "application/pdf", fileName)).ProblemAsync(400);

        Assert.Contains("fileName", problem.GetRawText());
        Assert.Empty(await _app.BlobNamesAsync(_app.Inbox));
    }

    [Fact]
    public async Task Multipart_without_a_boundary_answers_400_naming_the_header()
    {
        var content = new ByteArrayContent("--x\r\n\r\n"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");

        var problem = await (await _app.Http.PostAsync("/api/documents", content)).ProblemAsync(400);

        Assert.Contains("Content-Type", problem.GetRawText());
        Assert.Empty(await _app.BlobNamesAsync(_app.Inbox));
    }

    [Theory]
    [InlineData("%PDF-1.4 not a multipart body")]
    [InlineData("--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 cut off here")]
    public async Task A_multipart_body_that_does_not_follow_its_boundary_answers_400_and_leaves_nothing(string body)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=zz");

        var problem = await (await _app.Http.PostAsync("/api/documents", content)).ProblemAsync(400);

        Assert.Contains("multipart", problem.GetRawText());
        Assert.Empty(await _app.BlobNamesAsync(_app.Inbox));
    }

    [Fact]
    public async Task An_empty_upload_answers_400_and_leaves_nothing()
    {
        var problem = await (await _app.UploadRawAsync([], "application/pdf", "tom.pdf")).ProblemAsync(400);

        Assert.Contains("empty", problem.GetRawText());
        Assert.Empty(await _app.BlobNamesAsync(_app.Inbox));
    }

    [Fact]
    public async Task An_upload_over_the_server_default_body_cap_but_under_ours_is_accepted()
    {
        // 40 MB: over Kestrel's default 30 MB request body cap, under the documented 50 MB.
        var body = new byte[40 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(body);

        var response = await _app.UploadRawAsync(body, "application/pdf", "stor.pdf");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var ingestion = await response.JsonAsync<Ingestion>();
        Assert.Equal([ingestion.BlobName], await _app.BlobNamesAsync(_app.Inbox));
        var properties = await _app.Container(_app.Inbox).GetBlobClient(ingestion.BlobName).GetPropertiesAsync();
        Assert.Equal(body.Length, properties.Value.ContentLength);
    }

    [Fact]
    public async Task An_upload_over_the_limit_answers_413_and_leaves_no_record_and_no_blob()
    {
        var content = new StreamContent(new MemoryStream(new byte[51 * 1024 * 1024]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        // No length given: the limit is found while reading, not from the header.
        content.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents?fileName=big.pdf") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await (await _app.Http.SendAsync(request)).ProblemAsync(413);

        Assert.Empty(await _app.BlobNamesAsync(_app.Inbox));
    }
}
