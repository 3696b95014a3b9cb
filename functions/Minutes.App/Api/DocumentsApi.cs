using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Storage;

namespace Minutes.Api;

/// <summary>Uploads into the inbox container, and what became of them.</summary>
public static class DocumentsApi
{
    private static readonly Dictionary<string, string> Accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = ".pdf", ["image/tiff"] = ".tif", ["image/png"] = ".png", ["image/jpeg"] = ".jpg",
    };

    private static readonly HashSet<string> AcceptedExtensions = new(StringComparer.OrdinalIgnoreCase)
    { ".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg" };

    // Room for the multipart boundaries and part headers around the file itself.
    private const long MultipartOverhead = 64 * 1024;

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        api.MapPost("/documents", UploadAsync).WithName("UploadDocument")
            .WithSummary("Upload minutes (PDF, TIFF, PNG, JPEG) as multipart/form-data or as the raw body")
            .Accepts<IFormFile>("multipart/form-data")
            .Accepts<Stream>("application/pdf", "image/tiff", "image/png", "image/jpeg", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
        api.MapGet("/ingestions/{id}", GetIngestionAsync).WithName("GetIngestion")
            .WithSummary("What became of an upload: received, reading, parsing, stored or failed (with the reason)");
        return api;
    }

    /// <param name="fileName">The document's name for a raw-body upload (else Content-Disposition, else a generic name).</param>
    internal static async Task<Results<AcceptedAtRoute<Ingestion>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request, string? fileName, BlobStorage blobs, IngestionStore ingestions, IOptions<ApiOptions> api,
        IOptions<StorageOptions> storage, TimeProvider clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var max = api.Value.MaxUploadBytes;
        var multipart = request.HasFormContentType;
        var limit = multipart ? max + MultipartOverhead : max;
        if (request.ContentLength > limit) return TooLarge(max);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit;

        Stream content;
        string? contentType;
        if (multipart)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.FirstOrDefault() is not { } file)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The form carries no file."] });
            if (file.Length > max) return TooLarge(max);
            content = file.OpenReadStream();
            contentType = file.ContentType;
            fileName ??= file.FileName;
        }
        else
        {
            content = request.Body;
            contentType = request.ContentType;
            fileName ??= request.Headers.ContentDisposition.FirstOrDefault() is { } disposition
                && System.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(disposition, out var parsed)
                ? (parsed.FileNameStar ?? parsed.FileName)?.Trim('"') : null;
        }

        var mediaType = contentType?.Split(';')[0].Trim();
        var name = SafeName(fileName);
        var extension = Path.GetExtension(name ?? "");
        var known = mediaType is not null && Accepted.ContainsKey(mediaType);
        var octets = mediaType is null or "application/octet-stream" && AcceptedExtensions.Contains(extension);
        if (!known && !octets)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported document type.",
                detail: $"Send application/pdf, image/tiff, image/png or image/jpeg (got '{mediaType ?? "none"}'); "
                    + "application/octet-stream is taken when the file name ends in .pdf, .tif, .tiff, .png, .jpg or .jpeg.");
        name ??= "document" + (known ? Accepted[mediaType!] : extension);

        var o = storage.Value;
        var now = clock.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var blobName = $"{id}/{name}";
        // The record first: the inbox poller (or Event Grid) may pick the blob up the moment it lands.
        var ingestion = await ingestions.SaveAsync(new Ingestion
        {
            Id = id, BlobName = blobName, FileName = name, Status = IngestionStatus.Received, Container = o.InboxContainer,
            ReceivedAt = now, UpdatedAt = now,
        }, cancellationToken);
        var logger = loggers.CreateLogger(typeof(DocumentsApi));
        using (logger.BeginScope(new Dictionary<string, object> { ["IngestionId"] = id }))
        {
            await using (content)
            {
                await blobs.CreateContainerIfMissingAsync(o.InboxContainer, cancellationToken);
                await blobs.UploadAsync(o.InboxContainer, blobName, content, known ? mediaType : "application/octet-stream",
                    cancellationToken: cancellationToken);
            }
            logger.LogInformation("Received {FileName} into {Container}/{BlobName}", name, o.InboxContainer, blobName);
        }
        return TypedResults.AcceptedAtRoute(ingestion, "GetIngestion", new { id });
    }

    internal static async Task<Results<Ok<Ingestion>, ProblemHttpResult>> GetIngestionAsync(
        string id, IngestionStore ingestions, CancellationToken cancellationToken) =>
        await ingestions.FindAsync(id, cancellationToken) is { } ingestion
            ? TypedResults.Ok(ingestion)
            : ApiResults.NotFound("ingestion", id);

    private static ProblemHttpResult TooLarge(long max) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The document is too large.",
            detail: $"Uploads are limited to {max} bytes (Api:MaxUploadBytes).");

    /// <summary>Only the last path segment, without characters that blob names or the ingestion id pattern refuse.</summary>
    private static string? SafeName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return null;
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c) && c != '/').ToArray()).Trim();
        return name.Length == 0 || name is "." or ".." ? null : name.Length > 200 ? name[^200..] : name;
    }
}
