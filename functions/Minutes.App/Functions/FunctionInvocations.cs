using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Agenda;
using Minutes.Storage;

namespace Minutes.Functions;

/// <summary>
/// The endpoints the Functions host calls for non-HTTP triggers (POST /{FunctionName}). The HTTP API is proxied
/// to the app as it is and needs none of this. Names match the folders holding each function.json.
/// </summary>
public static class FunctionInvocations
{
    public static IEndpointRouteBuilder MapFunctionInvocations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/IngestDocument", IngestDocumentAsync).ExcludeFromDescription();
        app.MapPost("/DraftAgendas", DraftAgendasAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<InvocationResult>, ProblemHttpResult>> IngestDocumentAsync(
        JsonElement body, IngestionPipeline pipeline, IOptions<StorageOptions> storage, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        BlobCreatedEvent created;
        try
        {
            created = BlobCreatedEvent.Parse(body.TryGetProperty("Data", out var data) ? data : body);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // A malformed event will never parse: answer 400 so the host does not retry it.
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Unreadable event");
        }

        if (created.EventType != BlobCreatedEvent.BlobCreated || created.Container != storage.Value.InboxContainer)
            return TypedResults.Ok(InvocationResult.Done($"Ignored {created.EventType} for {created.Container}/{created.BlobName}"));

        // Failures of the document are recorded by the pipeline; an exception here is the platform's and is retried.
        var ingestion = await pipeline.ProcessAsync(created.BlobName, cancellationToken);
        loggers.CreateLogger(typeof(FunctionInvocations)).LogInformation(
            "Ingestion {IngestionId} of {BlobName} ended {Status}", ingestion.Id, created.BlobName, ingestion.Status);
        return TypedResults.Ok(InvocationResult.Done($"Ingestion {ingestion.Id}: {ingestion.Status}"));
    }

    private static async Task<Ok<InvocationResult>> DraftAgendasAsync(AgendaScheduler scheduler, CancellationToken cancellationToken)
    {
        var drafts = await scheduler.RunAsync(cancellationToken);
        return TypedResults.Ok(InvocationResult.Done($"Built or refreshed {drafts} agenda drafts"));
    }
}
