namespace Minutes.Storage;

/// <summary>Ingestion records, one partition each (they are read by id, never listed across).</summary>
public sealed class IngestionStore(CosmosContainers cosmos)
{
    public Task<Ingestion?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        cosmos.Ingestions.FindAsync<Ingestion>(id, "id", id, cancellationToken);

    public async Task<Ingestion> SaveAsync(Ingestion ingestion, CancellationToken cancellationToken = default) =>
        (await cosmos.Ingestions.UpsertItemAsync(ingestion, new Microsoft.Azure.Cosmos.PartitionKey(ingestion.Id),
            cancellationToken: cancellationToken)).Resource;
}
