using Minutes.Model;

namespace Minutes.Storage;

/// <summary>
/// A list over every series that keeps each query to one partition: the series in id order, each one's items in
/// its own order. The continuation token (the last id served) names the series to go on in.
/// </summary>
public sealed class AcrossSeries(SeriesStore series)
{
    /// <summary>A page of one series when a series is named, else of every series in turn: the choice each list route makes.</summary>
    public Task<Page<T>> PageAsync<T>(string? seriesId, int pageSize, string? continuationToken, Func<T, string> idOf,
        Func<string, int, string?, Task<Page<T>>> pageOfSeries, CancellationToken cancellationToken) =>
        seriesId is null
            ? PageAsync(pageSize, continuationToken, idOf, pageOfSeries, cancellationToken)
            : pageOfSeries(seriesId, pageSize, continuationToken);

    public async Task<Page<T>> PageAsync<T>(int pageSize, string? continuationToken, Func<T, string> idOf,
        Func<string, int, string?, Task<Page<T>>> pageOfSeries, CancellationToken cancellationToken)
    {
        var ids = (await series.ListAsync(cancellationToken)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        var start = 0;
        string? token = null;
        if (continuationToken is not null)
        {
            var at = MeetingIds.SeriesOf(PageToken.Decode(continuationToken));
            start = ids.FindIndex(id => string.CompareOrdinal(id, at) >= 0);
            if (start < 0) return new Page<T>([], null);
            // A series that has gone since is passed over, not resumed in.
            if (ids[start] == at) token = continuationToken;
        }
        var items = new List<T>();
        for (var k = start; k < ids.Count; k++)
        {
            var page = await pageOfSeries(ids[k], pageSize - items.Count, k == start ? token : null);
            items.AddRange(page.Items);
            if (items.Count == pageSize)
                return new Page<T>(items, page.ContinuationToken is not null || k + 1 < ids.Count ? PageToken.Encode(idOf(items[^1])) : null);
        }
        return new Page<T>(items, null);
    }
}
