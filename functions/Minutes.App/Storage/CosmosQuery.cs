using Microsoft.Azure.Cosmos;

namespace Minutes.Storage;

/// <summary>One page of a single-partition query, and the token to ask for the next.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);

internal static class CosmosQuery
{
    /// <summary>
    /// One page of a single-partition query in id order, paged by keyset: the token is the last id served, and the
    /// next page asks for ids past it. The SDK's own continuation tokens are no use here: resuming one makes the SDK
    /// fall back from optimistic direct execution to a query plan, which the local protocol server does not answer.
    /// Keyset paging also costs the same for page 100 as for page 1.
    /// </summary>
    /// <param name="where">The filter, over "c", without WHERE.</param>
    public static async Task<Page<T>> PageByIdAsync<T>(this Container container, string where,
        IEnumerable<(string Name, object? Value)> parameters, bool descending, Func<T, string> idOf, string partitionKey,
        int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var after = continuationToken is null ? null : PageToken.Decode(continuationToken);
        var sql = $"SELECT TOP {pageSize + 1} * FROM c WHERE {where}"
            + (after is null ? "" : descending ? " AND c.id < @after" : " AND c.id > @after")
            + (descending ? " ORDER BY c.id DESC" : " ORDER BY c.id");
        var query = new QueryDefinition(sql);
        foreach (var (name, value) in parameters) query = query.WithParameter(name, value);
        if (after is not null) query = query.WithParameter("@after", after);

        var items = new List<T>();
        using (var feed = container.GetItemQueryIterator<T>(query, null, Options(partitionKey, pageSize + 1)))
            while (feed.HasMoreResults && items.Count <= pageSize)
                items.AddRange(await feed.ReadNextAsync(cancellationToken));
        // One more than asked for says there is a next page, without a second round trip to find out.
        return items.Count > pageSize
            ? new Page<T>(items[..pageSize], PageToken.Encode(idOf(items[pageSize - 1])))
            : new Page<T>(items, null);
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

    /// <summary>One document by id, or null: a point read by id and partition key.</summary>
    public static async Task<T?> FindAsync<T>(this Container container, string id, string partitionKey,
        CancellationToken cancellationToken) where T : class
    {
        try
        {
            return (await container.ReadItemAsync<T>(id, new PartitionKey(partitionKey), cancellationToken: cancellationToken)).Resource;
        }
        catch (CosmosException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound && e.SubStatusCode == 0)
        {
            // Substatus 0 is a missing document; a missing database or container (1003) is not "no such item".
            return null;
        }
    }

    /// <summary>The ETag of a document, or null when there is none: a point read of its headers.</summary>
    public static async Task<string?> ETagAsync(this Container container, string id, string partitionKey,
        CancellationToken cancellationToken)
    {
        using var response = await container.ReadItemStreamAsync(id, new PartitionKey(partitionKey), cancellationToken: cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound && response.Headers["x-ms-substatus"] is null or "0") return null;
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag;
    }

    private static QueryRequestOptions Options(string partitionKey, int? pageSize) => new()
    {
        PartitionKey = new PartitionKey(partitionKey),
        EnableOptimisticDirectExecution = true,
        MaxItemCount = pageSize,
    };
}
