using System.Net;
using System.Net.Http.Headers;
using Minutes.Storage;

namespace Minutes.Tests.Api;

[Collection(LocalStackCollection.Name)]
public class DocumentsApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(extraArgs: "--Api:MaxUploadBytes=2000000");
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Multipart_upload_lands_in_the_inbox_and_answers_202_with_the_ingestion_url()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(ApiClient.Sample("001.pdf")));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "möte 12 juni.pdf");

        var response = await _app.Http.PostAsync("/api/documents", form);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var ingestion = await response.JsonAsync<Ingestion>();
        Assert.Equal(IngestionStatus.Received, ingestion.Status);
        Assert.Equal("möte 12 juni.pdf", ingestion.FileName);
        Assert.EndsWith($"/api/ingestions/{ingestion.Id}", response.Headers.Location!.ToString());
        var status = await (await _app.Http.GetAsync(response.Headers.Location)).JsonAsync<Ingestion>();
        Assert.Equal(ingestion.Id, status.Id);
        // The blob is in the inbox, or already taken on by the poller.
        var where = (await _app.BlobNamesAsync(_app.Inbox)).Concat(await _app.BlobNamesAsync(_app.Processed));
        Assert.Contains(ingestion.BlobName, where);
    }

    [Fact]
    public async Task Raw_upload_is_read_parsed_and_stored_and_the_original_moves_to_processed()
    {
        var stored = await _app.IngestAsync("001.pdf");

        Assert.Equal(IngestionStatus.Stored, stored.Status);
        Assert.NotNull(stored.MeetingId);
        Assert.Equal(64, stored.Sha256!.Length);
        Assert.Empty(await _app.BlobNamesAsync(_app.Inbox));
        Assert.Equal([stored.BlobName], await _app.BlobNamesAsync(_app.Processed));
        Assert.Equal(stored.BlobName, stored.ArchivedAs);
        // Where the time went, stage by stage, with Cosmos DB's share.
        var t = stored.Timings!;
        Assert.All([t.Waited, t.Receive, t.Read, t.Parse, t.Store, t.Cosmos], ms => Assert.True(ms >= 0));
        Assert.True(t.Cosmos > 0);
        Assert.Equal(t.Waited + t.Receive + t.Read + t.Parse + t.Store, t.Total);
    }

    [Fact]
    public async Task A_file_that_is_no_document_fails_with_its_reason_and_is_kept_in_failed()
    {
        var failed = await _app.IngestAsync("not a pdf at all"u8.ToArray(), "fake.pdf");

        Assert.Equal(IngestionStatus.Failed, failed.Status);
        Assert.False(string.IsNullOrWhiteSpace(failed.Reason));
        Assert.NotNull(failed.Timings?.Receive);
        Assert.Null(failed.Timings!.Parse);
        Assert.Empty(await _app.BlobNamesAsync(_app.Inbox));
        var kept = await _app.Container(_app.Failed).GetBlobClient(failed.ArchivedAs).GetPropertiesAsync();
        Assert.Equal(failed.Reason, Uri.UnescapeDataString(kept.Value.Metadata["reason"]));
    }

    [Fact]
    public async Task Upload_over_the_size_limit_answers_413()
    {
        await (await _app.UploadRawAsync(new byte[2_000_001], "application/pdf", "big.pdf")).ProblemAsync(413);
    }

    [Theory]
    [InlineData("application/msword", "minutes.doc")]
    [InlineData("text/plain", "minutes.txt")]
    public async Task Upload_of_an_unaccepted_type_answers_415(string contentType, string fileName)
    {
        await (await _app.UploadRawAsync("x"u8.ToArray(), contentType, fileName)).ProblemAsync(415);
    }

    [Fact]
    public async Task Unknown_ingestion_answers_404_problem_details()
    {
        await (await _app.Http.GetAsync($"/api/ingestions/{Guid.NewGuid():N}")).ProblemAsync(404);
    }
}
