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

    /// <summary>Uploads a sample over HTTP and runs the pipeline on it, as the inbox poller or Event Grid would.</summary>
    public static async Task<Ingestion> IngestAsync(this TestApp app, string sample)
    {
        var response = await app.UploadRawAsync(await File.ReadAllBytesAsync(Sample(sample)), "application/pdf", sample);
        response.EnsureSuccessStatusCode();
        var received = await response.Content.ReadFromJsonAsync<Ingestion>(MinutesJson.Options);
        return await app.Service<IngestionPipeline>().ProcessAsync(received!.BlobName);
    }

    public static async Task<T> JsonAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, MinutesJson.Options)!;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static HttpRequestMessage Patch(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
