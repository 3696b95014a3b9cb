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

    public static async Task<T?> FindAsync<T>(this Container container, string id, string partitionKey, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return (await container.ReadItemAsync<T>(id, new PartitionKey(partitionKey), cancellationToken: cancellationToken)).Resource;
        }
        catch (CosmosException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static QueryRequestOptions Options(string partitionKey, int? pageSize) => new()
    {
        PartitionKey = new PartitionKey(partitionKey),
        EnableOptimisticDirectExecution = true,
        MaxItemCount = pageSize,
    };
}
