using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;

namespace Minutes.Api;

/// <summary>
/// One place that turns exceptions into RFC 7807 responses; functions carry no try/catch of their own. The worker's
/// middleware calls it in Azure, the local runner around each invocation.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger)
{
    public async Task WriteAsync(HttpContext context, Exception exception)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, "Malformed JSON", BodyIsNotJson(json)),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
            JsonException json => (400, "Malformed JSON", BodyIsNotJson(json)),
            UnsupportedBodyException unsupported => (415, "Unsupported media type", unsupported.Message),
            Storage.InvalidPageTokenException bad => (400, "Bad continuation token", bad.Message),
            CosmosException { StatusCode: HttpStatusCode.PreconditionFailed } =>
                (412, "Changed by someone else", "The resource changed since it was read; read it again and send its current ETag in If-Match."),
            // Lookups answer a missing document with null, so a 404 from Cosmos itself means its database or container
            // cannot be reached: ours to fix, not the caller's.
            CosmosException { StatusCode: HttpStatusCode.NotFound } => (503, "Database unavailable", (string?)"The database did not answer as expected; try again shortly."),
            CosmosException { StatusCode: HttpStatusCode.Conflict } => (409, "Already exists", "Someone created the same resource at the same moment; read it and try again."),
            CosmosException { StatusCode: HttpStatusCode.TooManyRequests } => (503, "Busy", "The database is busy; try again shortly."),
            // A dependency out of reach is the caller's to try again, not an error of ours: 503 with Retry-After.
            CosmosException { StatusCode: HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout or HttpStatusCode.Gone } or HttpRequestException
                => (503, "Database unavailable", "The database cannot be reached; try again shortly."),
            Azure.RequestFailedException { Status: 0 or >= 500 } => (503, "Storage unavailable", "Blob storage cannot be reached; try again shortly."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "Client closed the request", "The client went away before the answer."),
            _ => (500, "Unexpected error", "The error is logged; the request can be tried again."),
        };
        if (status >= 500) logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        if (context.Response.HasStarted) return;
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (status == 503) context.Response.Headers.RetryAfter = "5";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>The body and, when the reader got that far, the JSON path of the value at fault ($.owner).</summary>
    private static string BodyIsNotJson(JsonException json) =>
        json.Path is { Length: > 1 } path
            ? $"body: the value at {path} is not what the field takes, or not JSON ({json.Message})"
            : $"body: not a JSON object as this route takes ({json.Message})";
}
