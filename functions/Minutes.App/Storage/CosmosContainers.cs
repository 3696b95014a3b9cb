using Azure.Core;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace Minutes.Storage;

/// <summary>
/// The Cosmos DB database and its containers. Every container but ingestions and the event outbox is partitioned by the series, so
/// every query the API makes stays in one partition (the local protocol server answers no cross-partition plans).
/// </summary>
public sealed class CosmosContainers : IDisposable
{
    public const string MeetingsName = "meetings";
    public const string ActionItemsName = "actionItems";
    public const string SeriesName = "series";
    public const string IngestionsName = "ingestions";
    public const string AgendaDraftsName = "agendaDrafts";
    public const string OutboxName = "outbox";

    private static readonly (string Name, string PartitionKey)[] All =
    [
        (MeetingsName, "/seriesId"), (ActionItemsName, "/seriesId"), (SeriesName, "/catalog"),
        (IngestionsName, "/id"), (AgendaDraftsName, "/seriesId"), (OutboxName, "/outbox"),
    ];

    private readonly CosmosClient _client;
    private readonly string _database;
    private readonly bool _withKey;

    public CosmosContainers(IOptions<CosmosOptions> options, TokenCredential credential)
    {
        var o = options.Value;
        var clientOptions = new CosmosClientOptions
        {
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            Serializer = new CosmosJsonSerializer(),
            CustomHandlers = { new CosmosCallTimer() },
        };
        if (o.AcceptAnyServerCertificate)
            clientOptions.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            });
        var endpoint = o.Endpoint!.ToString();
        _client = string.IsNullOrEmpty(o.Key)
            ? new CosmosClient(endpoint, credential, clientOptions)
            : new CosmosClient(endpoint, o.Key, clientOptions);
        _database = o.Database;
        _withKey = !string.IsNullOrEmpty(o.Key);
    }

    /// <summary>The serializer the client writes documents with, for reading a stream response the same way.</summary>
    public CosmosSerializer Serializer => _client.ClientOptions.Serializer;

    public Container Meetings => Container(MeetingsName);
    public Container ActionItems => Container(ActionItemsName);
    public Container Series => Container(SeriesName);
    public Container Ingestions => Container(IngestionsName);
    public Container AgendaDrafts => Container(AgendaDraftsName);
    public Container Outbox => Container(OutboxName);

    public Container Container(string name) => _client.GetContainer(_database, name);

    /// <summary>
    /// With a key (the local protocol server) the database and containers are created when missing. With a managed
    /// identity (Azure) data-plane roles cannot create them, and the Bicep has: each is read, so a missing one fails
    /// loudly at start instead of at the first request.
    /// </summary>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (_withKey)
        {
            await CreateIfMissingAsync(cancellationToken);
            return;
        }
        foreach (var (name, _) in All)
            await Container(name).ReadContainerAsync(cancellationToken: cancellationToken);
    }

    public async Task CreateIfMissingAsync(CancellationToken cancellationToken = default)
    {
        var database = (await _client.CreateDatabaseIfNotExistsAsync(_database, cancellationToken: cancellationToken)).Database;
        foreach (var (name, key) in All)
            await database.CreateContainerIfNotExistsAsync(new ContainerProperties(name, key), cancellationToken: cancellationToken);
    }

    public void Dispose() => _client.Dispose();
}
