namespace Minutes.Storage;

/// <summary>
/// A list over every series that keeps each query to one partition: the series in id order, each one's items in
/// its own order. The token callers get names the series to go on in and Cosmos DB's token within it.
/// </summary>
public sealed class AcrossSeries(SeriesStore series)
{
    /// <summary>A page of one series when a series is named, else of every series in turn: the choice each list route makes.</summary>
    /// <param name="pageOfSeries">A page of one series: its id, the most items to give, and Cosmos DB's token (null to start).</param>
    public async Task<Page<T>> PageAsync<T>(string? seriesId, int pageSize, string? continuationToken,
        Func<string, int, string?, Task<Page<T>>> pageOfSeries, CancellationToken cancellationToken)
    {
        var at = continuationToken is null ? null : PageToken.Decode(continuationToken);
        if (seriesId is not null)
        {
            if (at is not null && at.Series != seriesId) throw new InvalidPageTokenException(continuationToken!);
            var page = await pageOfSeries(seriesId, pageSize, at?.Cosmos);
            return page with { ContinuationToken = page.ContinuationToken is null ? null : new PageToken(seriesId, page.ContinuationToken).Encode() };
        }
        return await EverySeriesAsync(pageSize, at, pageOfSeries, cancellationToken);
    }

    private async Task<Page<T>> EverySeriesAsync<T>(int pageSize, PageToken? at,
        Func<string, int, string?, Task<Page<T>>> pageOfSeries, CancellationToken cancellationToken)
    {
        var ids = (await series.ListAsync(cancellationToken)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        var start = at is null ? 0 : ids.FindIndex(id => string.CompareOrdinal(id, at.Series) >= 0);
        if (start < 0) return new Page<T>([], null);
        // A series that has gone since is passed over, not resumed in.
        var token = at is not null && ids[start] == at.Series ? at.Cosmos : null;

        var items = new List<T>(pageSize);
        for (var k = start; k < ids.Count; k++, token = null)
        {
            var page = await pageOfSeries(ids[k], pageSize - items.Count, token);
            items.AddRange(page.Items);
            if (page.ContinuationToken is not null) return new Page<T>(items, new PageToken(ids[k], page.ContinuationToken).Encode());
            if (items.Count == pageSize)
                return new Page<T>(items, k + 1 < ids.Count ? new PageToken(ids[k + 1], null).Encode() : null);
        }
        return new Page<T>(items, null);
    }
}
