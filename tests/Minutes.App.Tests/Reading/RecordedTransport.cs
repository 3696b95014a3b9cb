using System.Net;
using System.Text;
using Azure.Core.Pipeline;

namespace Minutes.Tests.Reading;

/// <summary>
/// The Document Intelligence service as recorded: answers each request with the next recorded response, and keeps
/// the requests so a test can check what the client sent.
/// </summary>
internal sealed class RecordedTransport : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> answers = new();
    public List<(HttpMethod Method, Uri Uri, Dictionary<string, string> Headers, string Body)> Requests { get; } = [];

    public HttpClientTransport Transport => new(new HttpClient(this));

    public RecordedTransport Answer(HttpStatusCode status, string? recordedFile = null, params (string Name, string Value)[] headers)
    {
        answers.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status);
            response.Content = new StringContent(recordedFile is null ? "" :
                File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reading", "Recorded", recordedFile)), Encoding.UTF8, "application/json");
            foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!, headers, body));
        if (answers.Count == 0) throw new InvalidOperationException($"no recorded answer left for {request.Method} {request.RequestUri}");
        return answers.Dequeue()();
    }
}
