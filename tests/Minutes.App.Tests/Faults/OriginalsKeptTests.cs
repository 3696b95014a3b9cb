using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Functions;
using Minutes.Reading;
using Minutes.Storage;

namespace Minutes.Tests.Faults;

/// <summary>Every original is kept, whatever becomes of its document, and nothing is left stuck.</summary>
[Collection(LocalStackCollection.Name)]
public class OriginalsKeptTests
{
    [Fact]
    public async Task Two_documents_dropped_under_one_name_are_both_kept()
    {
        await using var app = await TestApp.StartAsync(triggers: false);
        var first = await app.DropAsync(Path.Combine("samples", "001.pdf"), "protokoll.pdf");
        await app.Function<IngestDocument>().RunAsync(first, first.Name, CancellationToken.None);
        var second = await app.DropAsync(Path.Combine("samples", "002.pdf"), "protokoll.pdf");
        await app.Function<IngestDocument>().RunAsync(second, second.Name, CancellationToken.None);

        var kept = await app.BlobNamesAsync(app.Processed);
        Assert.Equal(2, kept.Count);
        Assert.All(kept, name => Assert.EndsWith("/protokoll.pdf", name));
        Assert.Empty(await app.BlobNamesAsync(app.Inbox));
    }

    [Fact]
    public async Task The_same_blob_delivered_twice_is_one_meeting_and_one_original()
    {
        await using var app = await TestApp.StartAsync(triggers: false);
        var blob = await app.DropAsync(Path.Combine("samples", "001.pdf"), "001.pdf");

        await Task.WhenAll(
            app.Function<IngestDocument>().RunAsync(blob, blob.Name, CancellationToken.None),
            app.Function<IngestDocument>().RunAsync(blob, blob.Name, CancellationToken.None));
        await app.Function<IngestDocument>().RunAsync(blob, blob.Name, CancellationToken.None);

        Assert.Single(await app.BlobNamesAsync(app.Processed));
        Assert.Empty(await app.BlobNamesAsync(app.Inbox));
        var meetings = await app.Http.GetAsync("/api/meetings");
        Assert.Equal(HttpStatusCode.OK, meetings.StatusCode);
    }

    [Fact]
    public async Task A_document_that_keeps_failing_is_recorded_failed_with_the_reason_and_kept()
    {
        // Document Intelligence out of reach: a fault of the platform, tried again, then given up on.
        // The client's own retries (seconds of back-off) are not under test here; the runner's attempts are.
        var noClientRetries = new DocumentIntelligenceClientOptions { Retry = { MaxRetries = 0 } };
        await using var app = await TestApp.StartAsync(true, services => services.AddSingleton(noClientRetries),
            "--Ocr:Engine=docint", "--DocumentIntelligence:Endpoint=http://127.0.0.1:9/", "--DocumentIntelligence:Key=k",
            "--Local:MaxAttempts=2", "--Local:PollInterval=00:00:00.100");
        await app.DropAsync(Path.Combine("samples", "001.scanned.pdf"), "skannad.pdf");

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await app.BlobNamesAsync(app.Failed)).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(250);

        var kept = Assert.Single(await app.BlobNamesAsync(app.Failed));
        Assert.Empty(await app.BlobNamesAsync(app.Inbox));
        var ingestion = await app.Service<IngestionStore>().FindAsync(kept.Split('/')[0]);
        Assert.Equal(IngestionStatus.Failed, ingestion!.Status);
        Assert.StartsWith("Gave up after repeated failures", ingestion.Reason);
    }

    [Fact]
    public async Task Readiness_answers_200_while_cosmos_and_storage_answer()
    {
        await using var app = await TestApp.StartAsync(triggers: false);
        await app.Container(app.Inbox).CreateIfNotExistsAsync();
        using var anonymous = new HttpClient { BaseAddress = app.Http.BaseAddress };

        var response = await anonymous.GetAsync("/api/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
