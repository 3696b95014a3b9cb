using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Minutes.Storage;

namespace Minutes.Api;

public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        api.MapPost("/documents", UploadAsync).WithName("UploadDocument")
            .WithSummary("Upload minutes (multipart form with one file, or the raw body with ?fileName=); 202 with the ingestion to follow")
            .DisableAntiforgery();
        api.MapGet("/ingestions/{id}", GetIngestionAsync).WithName("GetIngestion").WithSummary("What became of an upload");
        return api;
    }

    private static readonly HashSet<string> AcceptedTypes =
        ["application/pdf", "image/tiff", "image/png", "image/jpeg", "application/octet-stream"];

    private static async Task<Results<Accepted<Ingestion>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request, string? fileName, BlobStorage blobs, IngestionStore ingestions, IOptions<StorageOptions> storage,
        IOptions<ApiOptions> api, TimeProvider clock, CancellationToken cancellationToken)
    {
        var max = api.Value.MaxUploadBytes;
        if (request.ContentLength > max) return TooLarge(max);
        Stream content;
        string name, contentType;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count != 1)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send exactly one file."] });
            var file = form.Files[0];
            if (file.Length > max) return TooLarge(max);
            content = file.OpenReadStream();
            name = file.FileName;
            contentType = file.ContentType;
        }
        else
        {
            content = new LimitedStream(request.Body, max);
            name = fileName ?? "";
            contentType = request.ContentType ?? "application/octet-stream";
        }
        name = Path.GetFileName(name.Replace('\\', '/')).Trim();
        if (name.Length == 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fileName"] = ["Name the file (the fileName query parameter, or the form file's name)."] });
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (!AcceptedTypes.Contains(mediaType))
            return TypedResults.Problem($"'{mediaType}' is not accepted: upload PDF, TIFF, PNG or JPEG.", statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type");

        // The reader tells the real type from the content; a wrong one is recorded as failed, the original kept.
        var id = Guid.NewGuid().ToString("N");
        var blobName = $"{id}/{name}";
        var now = clock.GetUtcNow();
        var ingestion = new Ingestion { Id = id, BlobName = blobName, FileName = name, ReceivedAt = now, UpdatedAt = now, Container = storage.Value.InboxContainer };
        await using (content)
        {
            try
            {
                await blobs.CreateContainerIfMissingAsync(storage.Value.InboxContainer, cancellationToken);
                await ingestions.SaveAsync(ingestion, cancellationToken);
                await blobs.UploadAsync(storage.Value.InboxContainer, blobName, content, mediaType, cancellationToken: cancellationToken);
            }
            catch (LimitedStream.TooLargeException)
            {
                await ingestions.SaveAsync(ingestion with { Status = IngestionStatus.Failed, Reason = $"The upload is larger than {max} bytes.", Container = null }, CancellationToken.None);
                return TooLarge(max);
            }
        }
        return TypedResults.Accepted($"/api/ingestions/{id}", ingestion);
    }

    private static async Task<Results<Ok<Ingestion>, ProblemHttpResult>> GetIngestionAsync(
        string id, IngestionStore ingestions, CancellationToken cancellationToken) =>
        await ingestions.FindAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No ingestion '{id}'.");

    private static ProblemHttpResult TooLarge(long max) =>
        TypedResults.Problem($"Uploads may be at most {max / (1024 * 1024)} MB (Api:MaxUploadBytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large");
}
