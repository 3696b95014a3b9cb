using Azure;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Minutes.Storage;

/// <summary>
/// The few Blob Storage REST operations the app needs, on Azure.Core's pipeline (retry, logging, managed identity).
/// Azure.Storage.Blobs does not restore from our feed; this keeps the same shape so it can replace this class later.
/// </summary>
public sealed class BlobStorage
{
    private const string ApiVersion = "2024-11-04";
    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;

    public BlobStorage(StorageOptions options, TokenCredential? credential)
    {
        var clientOptions = new BlobClientOptions();
        HttpPipelinePolicy auth;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var account = StorageAccount.Parse(options.ConnectionString);
            _endpoint = account.BlobEndpoint;
            auth = account is { AccountName: { } name, AccountKey: { } key }
                ? new SharedKeyPolicy(name, key)
                : throw new FormatException("The storage connection string needs AccountName and AccountKey.");
        }
        else
        {
            _endpoint = options.ServiceUri ?? throw new InvalidOperationException("Storage:ServiceUri is not set.");
            auth = new BearerTokenAuthenticationPolicy(
                credential ?? throw new InvalidOperationException("A managed identity is needed for Storage:ServiceUri."),
                "https://storage.azure.com/.default");
        }
        _pipeline = HttpPipelineBuilder.Build(clientOptions, auth);
    }

    public async Task CreateContainerIfMissingAsync(string container, CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Put, container, null, "restype=container");
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status is not (201 or 409)) throw Failed(message.Response, container, null);
    }

    /// <param name="metadata">Values are percent-encoded: blob metadata must be ASCII.</param>
    public async Task UploadAsync(string container, string name, Stream content, string? contentType,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        // Put Blob needs a length; a request body that cannot seek is spooled to disk first.
        await using var spool = content.CanSeek ? null : await SpoolAsync(content, cancellationToken);
        using var message = Message(RequestMethod.Put, container, name);
        message.Request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        message.Request.Headers.SetValue("Content-Type", contentType ?? "application/octet-stream");
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
            message.Request.Headers.SetValue($"x-ms-meta-{key}", Uri.EscapeDataString(value));
        message.Request.Content = RequestContent.Create(spool ?? content);
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status != 201) throw Failed(message.Response, container, name);
    }

    /// <summary>Streams the blob; the caller disposes the stream.</summary>
    public async Task<Stream> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var message = Message(RequestMethod.Get, container, name);
        message.BufferResponse = false;
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status == 200)
            return message.ExtractResponseContent() ?? Stream.Null;
        var error = Failed(message.Response, container, name);
        message.Dispose();
        throw error;
    }

    public async Task DownloadToFileAsync(string container, string name, string path, CancellationToken cancellationToken = default)
    {
        await using var source = await OpenReadAsync(container, name, cancellationToken);
        await using var target = File.Create(path);
        await source.CopyToAsync(target, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>?> GetMetadataAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Head, container, name);
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status == 404) return null;
        if (message.Response.Status != 200) throw Failed(message.Response, container, name);
        return message.Response.Headers
            .Where(h => h.Name.StartsWith("x-ms-meta-", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Name["x-ms-meta-".Length..].ToLowerInvariant(), h => Uri.UnescapeDataString(h.Value));
    }

    public async IAsyncEnumerable<string> ListAsync(string container, string? prefix = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? marker = null;
        do
        {
            var query = "restype=container&comp=list"
                + (prefix is null ? "" : "&prefix=" + Uri.EscapeDataString(prefix))
                + (marker is null ? "" : "&marker=" + Uri.EscapeDataString(marker));
            using var message = Message(RequestMethod.Get, container, null, query);
            await _pipeline.SendAsync(message, cancellationToken);
            if (message.Response.Status != 200) throw Failed(message.Response, container, null);
            var xml = await XDocument.LoadAsync(message.Response.ContentStream!, LoadOptions.None, cancellationToken);
            foreach (var blob in xml.Descendants("Blob"))
                yield return (string)blob.Element("Name")!;
            marker = (string?)xml.Root?.Element("NextMarker");
        } while (!string.IsNullOrEmpty(marker));
    }

    /// <summary>Copies through the app: simple, synchronous, and works the same with a key or a managed identity.</summary>
    public async Task CopyAsync(string fromContainer, string name, string toContainer,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var spool = await SpoolFromBlobAsync(fromContainer, name, cancellationToken);
        await using (spool)
            await UploadAsync(toContainer, name, spool, null, metadata, cancellationToken);
    }

    public async Task DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Delete, container, name);
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status is not (202 or 404)) throw Failed(message.Response, container, name);
    }

    private async Task<Stream> SpoolFromBlobAsync(string container, string name, CancellationToken cancellationToken)
    {
        await using var source = await OpenReadAsync(container, name, cancellationToken);
        return await SpoolAsync(source, cancellationToken);
    }

    private static async Task<Stream> SpoolAsync(Stream source, CancellationToken cancellationToken)
    {
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await source.CopyToAsync(spool, cancellationToken);
        spool.Position = 0;
        return spool;
    }

    private HttpMessage Message(RequestMethod method, string container, string? name, string? query = null)
    {
        var path = _endpoint.AbsoluteUri.TrimEnd('/') + "/" + container
            + (name is null ? "" : "/" + string.Join('/', name.Split('/').Select(Uri.EscapeDataString)));
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(new Uri(path + (query is null ? "" : "?" + query)));
        message.Request.Headers.SetValue("x-ms-version", ApiVersion);
        return message;
    }

    private static Exception Failed(Response response, string container, string? name) =>
        response.Status == 404 && name is not null
            ? new BlobNotFoundException(container, name)
            : new RequestFailedException(response);

    private sealed class BlobClientOptions : ClientOptions;
}
