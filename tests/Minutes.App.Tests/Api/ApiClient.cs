using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Tests.Api;

/// <summary>What the API tests do over and over: upload a sample, run the pipeline on it, read JSON back.</summary>
internal static class ApiClient
{
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static async Task<HttpResponseMessage> UploadRawAsync(this TestApp app, byte[] body, string contentType, string? fileName = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await app.Http.PostAsync("/api/documents" + (fileName is null ? "" : "?fileName=" + Uri.EscapeDataString(fileName)), content);
    }

    /// <summary>Uploads a sample over HTTP and waits until the app's inbox poller has stored it (or failed it).</summary>
    public static async Task<Ingestion> IngestAsync(this TestApp app, string sample, string contentType = "application/pdf") =>
        await app.IngestAsync(await File.ReadAllBytesAsync(Sample(sample)), sample, contentType);

    public static async Task<Ingestion> IngestAsync(this TestApp app, byte[] body, string fileName, string contentType = "application/pdf")
    {
        var response = await app.UploadRawAsync(body, contentType, fileName);
        var received = await response.JsonAsync<Ingestion>();
        return await app.WaitForAsync(received.Id);
    }

    /// <summary>Follows the ingestion's URL, as a client would, until it is stored or failed.</summary>
    public static async Task<Ingestion> WaitForAsync(this TestApp app, string ingestionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await app.Http.GetAsync($"/api/ingestions/{ingestionId}");
            // A 503 says try again shortly, and a client following an ingestion does.
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
                continue;
            }
            var ingestion = await response.JsonAsync<Ingestion>();
            if (ingestion.Status is IngestionStatus.Stored or IngestionStatus.Failed) return ingestion;
            Assert.True(DateTime.UtcNow < deadline, $"ingestion {ingestionId} still {ingestion.Status} after 60 s");
            await Task.Delay(100);
        }
    }

    public static async Task<T> JsonAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        OpenApiDocument.AssertConforms(response);
        return JsonSerializer.Deserialize<T>(text, MinutesJson.Options)!;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode} where {status} was expected: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        OpenApiDocument.AssertConforms(response);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        // RFC 7807 as this API promises it: a type, a title, a detail naming what is wrong, and the trace id.
        foreach (var member in new[] { "type", "title", "detail", "traceId" })
            Assert.True(problem.TryGetProperty(member, out var value) && value.GetString() is { Length: > 0 }, $"the {status} problem has no {member}: {text}");
        return problem;
    }

    public static HttpRequestMessage Patch(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
