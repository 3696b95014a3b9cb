using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Minutes.Api;
using Minutes.Storage;

namespace Minutes.Functions;

public sealed class DocumentFunctions(BlobServiceClient blobs, IngestionStore ingestions, IOptions<StorageOptions> storage,
    IOptions<ApiOptions> api, TimeProvider clock)
{
    private static readonly HashSet<string> AcceptedTypes =
        ["application/pdf", "image/tiff", "image/png", "image/jpeg", "application/octet-stream"];

    /// <summary>Upload minutes (multipart form with one file, or the raw body with ?fileName=); 202 with the ingestion to follow.</summary>
    [Function("UploadDocument")]
    public async Task<IResult> UploadAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "documents")] HttpRequest request, CancellationToken cancellationToken)
    {
        var max = api.Value.MaxUploadBytes;
        if (request.ContentLength > max) return TooLarge(max);
        if (request.ContentLength == 0) return Empty();
        // The server's own cap (30 MB by default) would answer before ours; ours is the one documented.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } cap)
            cap.MaxRequestBodySize = max + 1024 * 1024;

        Stream content;
        string name, contentType;
        if (request.HasFormContentType)
        {
            if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
                || type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) && type.Boundary.Length == 0)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["Content-Type"] = ["multipart/form-data needs its boundary parameter (Content-Type: multipart/form-data; boundary=…)."],
                }, detail: "The Content-Type header has no multipart boundary.");
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception e) when (e is (IOException or InvalidDataException) && !cancellationToken.IsCancellationRequested)
            {
                // The reader's own words (a missing end boundary, a cut-off part) are what the sender needs to fix it.
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["body"] = [$"The multipart body does not follow its boundary: {e.Message}"],
                }, detail: "The multipart body cannot be read.");
            }
            if (form.Files.Count != 1)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send exactly one file."] });
            var file = form.Files[0];
            if (file.Length > max) return TooLarge(max);
            if (file.Length == 0) return Empty();
            content = file.OpenReadStream();
            (name, contentType) = (file.FileName, file.ContentType);
        }
        else
        {
            content = new LimitedStream(request.Body, max);
            (name, contentType) = (request.Text("fileName") ?? "", request.ContentType ?? "application/octet-stream");
        }

        await using (content)
        {
            if (UploadName.Clean(name) is not { } clean)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["fileName"] = [$"Name the file (the fileName query parameter, or the form file's name): a plain file name of at most {Limits.FileName} characters, not '.', '..' or a path."],
                });
            var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
            if (!AcceptedTypes.Contains(mediaType))
                return TypedResults.Problem($"Content-Type '{mediaType}' is not accepted: upload PDF, TIFF, PNG or JPEG.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

            // The blob first, then the record: a refused or aborted upload leaves neither. The reader tells the real
            // type from the content; a wrong one is recorded as failed, the original kept.
            var id = Guid.NewGuid().ToString("N");
            var blobName = $"{id}/{clean}";
            var inbox = blobs.GetBlobContainerClient(storage.Value.InboxContainer);
            await inbox.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            try
            {
                await inbox.GetBlobClient(blobName).UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = mediaType } },
                    cancellationToken);
            }
            catch (LimitedStream.TooLargeException)
            {
                return TooLarge(max);
            }
            var now = clock.GetUtcNow();
            var ingestion = await ingestions.AddAsync(new Ingestion
            {
                Id = id, BlobName = blobName, FileName = clean, ReceivedAt = now, UpdatedAt = now, Container = storage.Value.InboxContainer,
            }, cancellationToken);
            return TypedResults.Accepted($"/api/ingestions/{id}", ingestion);
        }
    }

    /// <summary>What became of an upload.</summary>
    [Function("GetIngestion")]
    public async Task<IResult> GetIngestionAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "ingestions/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken) =>
        await ingestions.FindAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No ingestion '{id}'.");

    private static IResult Empty() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The upload is empty: send the document's bytes."] },
            detail: "The upload is empty.");

    private static IResult TooLarge(long max) =>
        TypedResults.Problem($"Uploads may be at most {max / (1024 * 1024)} MB (Api:MaxUploadBytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large");
}
