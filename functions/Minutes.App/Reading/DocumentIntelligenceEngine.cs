using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>Pipeline options (retry, transport) for Document Intelligence; tests swap the transport for recorded answers.</summary>
public sealed class DocumentIntelligenceClientOptions : ClientOptions;

/// <summary>
/// Cloud OCR: Azure AI Document Intelligence v4.0 prebuilt-layout over its REST API. Submits the document, polls the
/// operation until it is done, and maps lines and paragraph roles into pages.
/// </summary>
public sealed class DocumentIntelligenceEngine : IOcrEngine
{
    public const string ApiVersion = "2024-11-30";
    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(10);

    private readonly DocumentIntelligenceOptions options;
    private readonly HttpPipeline? pipeline;
    private readonly TimeProvider time;
    private readonly ILogger<DocumentIntelligenceEngine> logger;

    public DocumentIntelligenceEngine(IOptions<DocumentIntelligenceOptions> options, DocumentIntelligenceClientOptions clientOptions,
        TimeProvider time, ILogger<DocumentIntelligenceEngine> logger)
    {
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        if (!this.options.IsConfigured) return;
        HttpPipelinePolicy auth = string.IsNullOrEmpty(this.options.Key)
            ? new BearerTokenAuthenticationPolicy(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")
            : new KeyHeaderPolicy(this.options.Key);
        pipeline = HttpPipelineBuilder.Build(clientOptions, [], [auth], new ResponseClassifier());
    }

    public string Name => "docint";

    public async Task<IReadOnlyList<TextPage>> ReadAsync(OcrSource source, CancellationToken cancellationToken = default)
    {
        var (path, pages) = (source.Path, source.Pages);
        if (pipeline is null)
            throw new InvalidOperationException("Document Intelligence is not configured: set DocumentIntelligence:Endpoint");

        var operation = await SubmitAsync(path, pages, cancellationToken);
        using var result = await PollAsync(operation, cancellationToken);
        var read = AnalyzeResultMapper.Map(result.RootElement.GetProperty("analyzeResult"), Name);
        logger.LogInformation("Document Intelligence read {PageCount} pages of {Path}", read.Count, path);
        return read;
    }

    private async Task<Uri> SubmitAsync(string path, IReadOnlyList<int>? pages, CancellationToken cancellationToken)
    {
        var uri = new RequestUriBuilder();
        uri.Reset(new Uri(options.Endpoint!.TrimEnd('/') + $"/documentintelligence/documentModels/{options.ModelId}:analyze"));
        uri.AppendQuery("api-version", ApiVersion);
        if (pages is not null) uri.AppendQuery("pages", PageRanges(pages));

        using var message = pipeline!.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri = uri;
        message.Request.Headers.Add("Content-Type", "application/json");
        var source = Convert.ToBase64String(await File.ReadAllBytesAsync(path, cancellationToken));
        message.Request.Content = RequestContent.Create(BinaryData.FromObjectAsJson(new { base64Source = source }));
        await pipeline.SendAsync(message, cancellationToken);

        var response = message.Response;
        if (response.Status == 400)
            throw new DocumentRejectedException($"Document Intelligence cannot read the file: {ErrorMessage(response)}");
        if (response.Status != 202 || !response.Headers.TryGetValue("Operation-Location", out var location))
            throw new RequestFailedException(response);
        return new Uri(location);
    }

    private async Task<JsonDocument> PollAsync(Uri operation, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            using var message = pipeline!.CreateMessage();
            message.Request.Method = RequestMethod.Get;
            message.Request.Uri.Reset(operation);
            await pipeline.SendAsync(message, cancellationToken);
            var response = message.Response;
            if (response.Status != 200) throw new RequestFailedException(response);

            var json = await JsonDocument.ParseAsync(response.ContentStream!, cancellationToken: cancellationToken);
            var status = json.RootElement.GetProperty("status").GetString();
            switch (status)
            {
                case "succeeded":
                    return json;
                case "failed" or "canceled":
                    var error = json.RootElement.TryGetProperty("error", out var e) ? e.GetRawText() : status;
                    json.Dispose();
                    throw new DocumentRejectedException($"Document Intelligence could not analyse the document: {error}");
            }
            json.Dispose();
            if (time.GetUtcNow() - started > MaxWait)
                throw new TimeoutException($"Document Intelligence analysis still {status} after {MaxWait}");

            // The service says when to ask again; without it, back off up to a ceiling.
            var wait = RetryAfter(response) ?? delay;
            delay = TimeSpan.FromTicks(Math.Min(MaxPollDelay.Ticks, delay.Ticks * 2));
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private static TimeSpan? RetryAfter(Response response) =>
        response.Headers.TryGetValue("Retry-After", out var value) && int.TryParse(value, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : null;

    private static string ErrorMessage(Response response)
    {
        try
        {
            using var json = JsonDocument.Parse(response.Content.ToMemory());
            var error = json.RootElement.GetProperty("error");
            var inner = error.TryGetProperty("innererror", out var i) && i.TryGetProperty("message", out var m) ? $" ({m.GetString()})" : "";
            return error.GetProperty("message").GetString() + inner;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"HTTP {response.Status}";
        }
    }

    // The resource key goes in its own header on every attempt, retries included.
    private sealed class KeyHeaderPolicy(string key) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) =>
            message.Request.Headers.SetValue("Ocp-Apim-Subscription-Key", key);
    }

    /// <summary>"1,3-5" for pages 1, 3, 4 and 5.</summary>
    internal static string PageRanges(IReadOnlyList<int> pages)
    {
        var ranges = new List<string>();
        var sorted = pages.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            var start = sorted[i];
            while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1) i++;
            ranges.Add(start == sorted[i] ? $"{start}" : $"{start}-{sorted[i]}");
        }
        return string.Join(",", ranges);
    }
}
