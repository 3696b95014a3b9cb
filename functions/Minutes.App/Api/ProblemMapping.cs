using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Azure.Cosmos;

namespace Minutes.Api;

/// <summary>One place that turns exceptions into RFC 7807 responses; handlers carry no try/catch of their own.</summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, "Malformed JSON", json.Message),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
            JsonException json => (400, "Malformed JSON", json.Message),
            Storage.InvalidPageTokenException bad => (400, "Bad continuation token", bad.Message),
            CosmosException { StatusCode: HttpStatusCode.PreconditionFailed } =>
                (412, "Changed by someone else", "The resource changed since it was read; read it again and send its current ETag in If-Match."),
            // Lookups answer a missing document with null, so a 404 from Cosmos itself means its database or container
            // cannot be reached (or, locally, the protocol server's stale-range answer outlasted the retries): ours to fix.
            CosmosException { StatusCode: HttpStatusCode.NotFound } => (503, "Database unavailable", (string?)"The database did not answer as expected; try again shortly."),
            CosmosException { StatusCode: HttpStatusCode.Conflict } => (409, "Already exists", null),
            CosmosException { StatusCode: HttpStatusCode.TooManyRequests } => (503, "Busy", "The database is busy; try again shortly."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "Client closed the request", null),
            _ => (500, "Unexpected error", "The error is logged; the request can be tried again."),
        };
        if (exception is CosmosException { StatusCode: HttpStatusCode.NotFound } missing)
            logger.LogWarning(missing, "Cosmos DB answered 404 to {Method} {Path}", context.Request.Method, context.Request.Path);
        if (status >= 500) logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
