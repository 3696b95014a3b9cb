using Microsoft.Azure.Cosmos;

namespace Minutes.Storage;

/// <summary>One page of a single-partition query, and the token to ask for the next.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);

internal static class CosmosQuery
{
    /// <summary>
    /// One page of a single-partition query, paged by Cosmos DB's own continuation tokens. A page Cosmos DB cuts
    /// short (it may, and say there is more) is filled up from where it stopped, so a caller gets a full page
    /// unless the query has run out.
    /// </summary>
    /// <param name="continuationToken">The SDK's token from the page before, or null for the first page.</param>
    public static async Task<Page<T>> PageAsync<T>(this Container container, QueryDefinition query, string partitionKey,
        int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var items = new List<T>(pageSize);
        var token = continuationToken;
        do
        {
            using var feed = container.GetItemQueryIterator<T>(query, token, Options(partitionKey, pageSize - items.Count));
            if (!feed.HasMoreResults) return new Page<T>(items, null);
            FeedResponse<T> page;
            try
            {
                page = await feed.ReadNextAsync(cancellationToken);
            }
            catch (CosmosException e) when (e.StatusCode == System.Net.HttpStatusCode.BadRequest && token is not null)
            {
                // A token the SDK cannot resume is the caller's to fix, not a fault of ours.
                throw new InvalidPageTokenException(token);
            }
            items.AddRange(page);
            token = page.ContinuationToken;
        } while (token is not null && items.Count < pageSize);
        return new Page<T>(items, token);
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
        // A single-partition query goes straight to its partition, without first asking the gateway for a plan.
        EnableOptimisticDirectExecution = true,
        MaxItemCount = pageSize,
    };
}
