using Microsoft.Azure.Cosmos;
using Minutes.Model;
using Minutes.Reingest;

namespace Minutes.Storage;

/// <summary>Meeting series: created from the first minutes of a forum, kept up to date by every later one and by the API.</summary>
public sealed class SeriesStore(CosmosContainers cosmos, TimeProvider clock)
{
    private static readonly PartitionKey Catalog = new(SeriesDocument.CatalogKey);

    public Task<SeriesDocument?> FindAsync(string seriesId, CancellationToken cancellationToken = default) =>
        cosmos.Series.FindAsync<SeriesDocument>(seriesId, SeriesDocument.CatalogKey, cancellationToken);

    public Task<List<SeriesDocument>> ListAsync(CancellationToken cancellationToken = default) =>
        cosmos.Series.AllAsync<SeriesDocument>(new QueryDefinition("SELECT * FROM c WHERE c.catalog = @catalog ORDER BY c.seriesId").WithParameter("@catalog", SeriesDocument.CatalogKey),
            SeriesDocument.CatalogKey, cancellationToken);

    /// <summary>Takes what a meeting's minutes say about the series: its title, place, and the meetings they announce.</summary>
    public async Task RecordMeetingAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        // Two documents of one series ingested at once (or one document delivered twice) race on the series
        // document; the loser reads it again and merges its meeting into what the winner wrote.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MergeMeetingAsync(meeting, cancellationToken);
                return;
            }
            catch (CosmosException e) when (attempt < 3 && e.StatusCode is System.Net.HttpStatusCode.Conflict or System.Net.HttpStatusCode.PreconditionFailed)
            {
            }
        }
    }

    private async Task MergeMeetingAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(meeting.SeriesId, cancellationToken);
        var series = stored ?? new SeriesDocument { Id = meeting.SeriesId, SeriesId = meeting.SeriesId };
        var facts = new SeriesFacts(series.Title, series.Organization, series.Location, series.LastMeetingDate, series.Schedule).With(meeting);
        var updated = series with
        {
            Title = facts.Title, Organization = facts.Organization, Location = facts.Location,
            LastMeetingDate = facts.LastMeetingDate, Schedule = facts.Schedule,
        };
        if (stored is not null && updated with { Schedule = stored.Schedule } == stored && facts.Schedule.SequenceEqual(stored.Schedule))
            return; // nothing new
        await SaveAsync(updated, stored?.ETag, cancellationToken);
    }

    /// <summary>Writes the series; with an ETag, only if nobody changed it since it was read (else 412 from Cosmos).</summary>
    public async Task<SeriesDocument> SaveAsync(SeriesDocument series, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var document = series with { ETag = null, UpdatedAt = clock.GetUtcNow() };
        var response = ifMatch is null
            ? await cosmos.Series.CreateItemAsync(document, Catalog, cancellationToken: cancellationToken)
            : await cosmos.Series.ReplaceItemAsync(document, document.Id, Catalog, new ItemRequestOptions { IfMatchEtag = ifMatch }, cancellationToken);
        return response.Resource;
    }
}
