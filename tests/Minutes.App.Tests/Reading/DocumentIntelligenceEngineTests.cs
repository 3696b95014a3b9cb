using System.Net;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Reading;
using Minutes.Text;

namespace Minutes.Tests.Reading;

public sealed class DocumentIntelligenceEngineTests
{
    private const string Endpoint = "https://minutes-docint.cognitiveservices.azure.com/";
    private const string OperationLocation =
        "https://minutes-docint.cognitiveservices.azure.com/documentintelligence/documentModels/prebuilt-layout/analyzeResults/3b2c8f3e-1d4a-4c1e-9a51-2f1a3f0c7d10?api-version=2024-11-30";

    private static DocumentReader Reader(RecordedTransport service, string engine = "auto") =>
        Readers.Services(
            new Dictionary<string, string?>
            {
                ["DocumentIntelligence:Endpoint"] = Endpoint,
                ["DocumentIntelligence:Key"] = "test-key",
                ["Ocr:Engine"] = engine,
            },
            services => services.AddSingleton(new DocumentIntelligenceClientOptions
            {
                Transport = service.Transport,
                Retry = { Delay = TimeSpan.Zero, MaxRetries = 2, Mode = RetryMode.Fixed },
            }))
        .GetRequiredService<DocumentReader>();

    private static RecordedTransport SucceedingService() => new RecordedTransport()
        .Answer(HttpStatusCode.Accepted, null, ("Operation-Location", OperationLocation))
        .Answer(HttpStatusCode.OK, "analyze-running.json", ("Retry-After", "0"))
        .Answer(HttpStatusCode.OK, "analyze-succeeded.json");

    [Fact]
    public async Task An_image_is_posted_as_base64_with_the_key_header_and_the_operation_polled_until_it_succeeds()
    {
        var service = SucceedingService();

        await Reader(service).ReadAsync(Readers.Sample("001.page1.png"), ReadEngine.DocInt);

        var (method, uri, headers, body) = service.Requests[0];
        Assert.Equal(HttpMethod.Post, method);
        Assert.Equal("/documentintelligence/documentModels/prebuilt-layout:analyze", uri.AbsolutePath);
        Assert.Contains("api-version=2024-11-30", uri.Query);
        Assert.Equal("test-key", headers["Ocp-Apim-Subscription-Key"]);
        var sent = JsonDocument.Parse(body).RootElement.GetProperty("base64Source").GetString();
        Assert.Equal(await File.ReadAllBytesAsync(Readers.Sample("001.page1.png")), Convert.FromBase64String(sent!));
        Assert.Equal(3, service.Requests.Count);
        Assert.All(service.Requests.Skip(1), r => Assert.Equal(new Uri(OperationLocation), r.Uri));
    }

    [Fact]
    public async Task Lines_take_their_paragraph_role_word_confidence_and_indent_and_furniture_is_dropped()
    {
        var text = await Reader(SucceedingService()).ReadAsync(Readers.Sample("001.page1.png"), ReadEngine.DocInt);

        Assert.Equal("docint", text.Engine);
        Assert.Equal(2, text.Pages.Count);
        var first = text.Pages[0].Lines;
        Assert.Equal(("Samverkansmöte med pensionärsorganisationerna", LineRole.Title), (first[0].Text, first[0].Role));
        Assert.Equal(LineRole.SectionHeading, first.Single(l => l.Text == "1 Inledning").Role);
        Assert.DoesNotContain(text.Pages.SelectMany(p => p.Lines), l => l.Text.StartsWith("MÖTESANTECKNINGAR") || l.Text.EndsWith("(2)"));
        // "väl-" / "komna" joined by the cleaner, as for every engine.
        Assert.Contains(first, l => l.Text == "Johan Bratt öppnar mötet och hälsar alla välkomna");
        var date = first.Single(l => l.Text.StartsWith("Datum"));
        Assert.Equal(Math.Round(0.9 / 8.2639, 3), date.Indent);
        Assert.InRange(date.Confidence!.Value, 0.9, 1);
    }

    [Fact]
    public async Task Scanned_pages_of_a_digital_pdf_are_sent_as_a_page_range_when_docint_is_configured()
    {
        var service = SucceedingService();

        await Reader(service).ReadAsync(Readers.Sample("001.scanned.pdf"));

        Assert.Contains("pages=1-7", service.Requests[0].Uri.Query);
    }

    [Fact]
    public async Task A_failed_analysis_rejects_the_document_with_the_service_reason()
    {
        var service = new RecordedTransport()
            .Answer(HttpStatusCode.Accepted, null, ("Operation-Location", OperationLocation))
            .Answer(HttpStatusCode.OK, "analyze-failed.json");

        var e = await Assert.ThrowsAsync<DocumentRejectedException>(
            () => Reader(service).ReadAsync(Readers.Sample("001.page1.png"), ReadEngine.DocInt));
        Assert.Contains("ContentSourceNotAccessible", e.Reason);
    }

    [Fact]
    public async Task Content_the_service_calls_invalid_rejects_the_document()
    {
        var service = new RecordedTransport().Answer(HttpStatusCode.BadRequest, "analyze-invalid-content.json");

        var e = await Assert.ThrowsAsync<DocumentRejectedException>(
            () => Reader(service).ReadAsync(Readers.Sample("001.page1.png"), ReadEngine.DocInt));
        Assert.Contains("corrupted or format is unsupported", e.Reason);
    }

    [Fact]
    public async Task A_throttled_submit_is_retried_by_the_pipeline()
    {
        var service = new RecordedTransport()
            .Answer(HttpStatusCode.TooManyRequests, null, ("Retry-After", "0"))
            .Answer(HttpStatusCode.Accepted, null, ("Operation-Location", OperationLocation))
            .Answer(HttpStatusCode.OK, "analyze-succeeded.json");

        var text = await Reader(service).ReadAsync(Readers.Sample("001.page1.png"), ReadEngine.DocInt);

        Assert.Equal(2, service.Requests.Count(r => r.Method == HttpMethod.Post));
        Assert.Equal(2, text.Pages.Count);
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 5, 7, 8 }, "1-3,5,7-8")]
    [InlineData(new[] { 4 }, "4")]
    public void Page_lists_become_ranges(int[] pages, string expected) =>
        Assert.Equal(expected, DocumentIntelligenceEngine.PageRanges(pages));
}
