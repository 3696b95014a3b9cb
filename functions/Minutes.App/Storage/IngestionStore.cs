using System.Net;
using Microsoft.Azure.Cosmos;

namespace Minutes.Storage;

/// <summary>Ingestion records, one partition each (they are read by id, never listed across).</summary>
public sealed class IngestionStore(CosmosContainers cosmos)
{
    public Task<Ingestion?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        cosmos.Ingestions.FindAsync<Ingestion>(id, id, cancellationToken);

    public async Task<Ingestion> SaveAsync(Ingestion ingestion, CancellationToken cancellationToken = default) =>
        (await cosmos.Ingestions.UpsertItemAsync(ingestion, new PartitionKey(ingestion.Id), cancellationToken: cancellationToken)).Resource;

    /// <summary>
    /// The record of a new upload, unless processing got there first (the blob is written before the record) and
    /// already says more: then that one stands.
    /// </summary>
    public async Task<Ingestion> AddAsync(Ingestion ingestion, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await cosmos.Ingestions.CreateItemAsync(ingestion, new PartitionKey(ingestion.Id), cancellationToken: cancellationToken)).Resource;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            return await FindAsync(ingestion.Id, cancellationToken) ?? ingestion;
        }
    }
}
