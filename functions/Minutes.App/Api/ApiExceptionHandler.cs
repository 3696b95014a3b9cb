using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Azure.Cosmos;
using Minutes.Storage;

namespace Minutes.Api;

/// <summary>The one place exceptions become RFC 7807 answers; handlers throw or return results, never catch.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (413, "The request body is too large.", exception.Message),
            BadHttpRequestException { InnerException: JsonException json } =>
                (400, "The request body is not valid JSON for this operation.", json.Message),
            BadHttpRequestException e => (e.StatusCode, "The request is not valid.", e.Message),
            JsonException e => (400, "The request body is not valid JSON for this operation.", e.Message),
            CosmosException { StatusCode: HttpStatusCode.PreconditionFailed } =>
                (412, "The resource changed since it was read.", "Read it again and send its current ETag in If-Match."),
            CosmosException { StatusCode: HttpStatusCode.NotFound } => (404, "Not found.", (string?)null),
            CosmosException { StatusCode: HttpStatusCode.Conflict } => (409, "The resource already exists.", null),
            CosmosException { StatusCode: HttpStatusCode.TooManyRequests } =>
                (503, "The database is busy; try again shortly.", null),
            BlobNotFoundException => (404, "Not found.", null),
            _ => (500, "Something went wrong on our side.", null),
        };
        if (status >= 500)
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        if (status == 503) context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
