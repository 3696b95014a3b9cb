using Microsoft.Azure.Cosmos;

namespace Minutes.Storage;

/// <summary>One page of a single-partition query, and the token to ask for the next.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);

internal static class CosmosQuery
{
    /// <summary>
    /// Queries one partition. Optimistic direct execution skips the query plan, which is cheaper on Cosmos DB and
    /// the only way the local protocol server answers.
    /// </summary>
    public static async Task<Page<T>> PageAsync<T>(this Container container, QueryDefinition query, string partitionKey,
        int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        using var feed = container.GetItemQueryIterator<T>(query, continuationToken, Options(partitionKey, pageSize));
        if (!feed.HasMoreResults) return new Page<T>([], null);
        var response = await feed.ReadNextAsync(cancellationToken);
        return new Page<T>(response.ToList(), response.ContinuationToken);
    }

    public static async Task<List<T>> AllAsync<T>(this Container container, QueryDefinition query, string partitionKey,
        CancellationToken cancellationToken)
    {
        var items = new List<T>();
        using var feed = container.GetItemQueryIterator<T>(query, null, Options(partitionKey, null));
        while (feed.HasMoreResults)
            items.AddRange(await feed.ReadNextAsync(cancellationToken));
        return items;
    }

    /// <summary>
    /// One document by id, or null. A query rather than a point read: the local protocol server answers a point
    /// read of a missing document with a 500, not a 404; and it wants the partition key in the query text itself.
    /// </summary>
    /// <param name="keyProperty">The property the container is partitioned by ("seriesId").</param>
    public static async Task<T?> FindAsync<T>(this Container container, string id, string keyProperty, string partitionKey,
        CancellationToken cancellationToken) where T : class =>
        (await container.AllAsync<T>(ById("*", id, keyProperty, partitionKey), partitionKey, cancellationToken)).FirstOrDefault();

    /// <summary>The ETag of a document, or null when there is none.</summary>
    public static async Task<string?> ETagAsync(this Container container, string id, string keyProperty, string partitionKey,
        CancellationToken cancellationToken) =>
        (await container.AllAsync<ETagOnly>(ById("c._etag", id, keyProperty, partitionKey), partitionKey, cancellationToken)).FirstOrDefault()?.ETag;

    private static QueryDefinition ById(string select, string id, string keyProperty, string partitionKey) =>
        new QueryDefinition($"SELECT {select} FROM c WHERE c.id = @id AND c.{keyProperty} = @key")
            .WithParameter("@id", id).WithParameter("@key", partitionKey);

    private sealed record ETagOnly([property: System.Text.Json.Serialization.JsonPropertyName("_etag")] string ETag);

    private static QueryRequestOptions Options(string partitionKey, int? pageSize) => new()
    {
        PartitionKey = new PartitionKey(partitionKey),
        EnableOptimisticDirectExecution = true,
        MaxItemCount = pageSize,
    };
}
