using Microsoft.Azure.Cosmos;
using Minutes.Events;
using Minutes.Storage;

namespace Minutes.Agenda;

/// <summary>Agenda drafts, partitioned by series like everything else.</summary>
public sealed class AgendaDraftStore(CosmosContainers cosmos, EventOutbox events)
{
    public Task<AgendaDraft?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        cosmos.AgendaDrafts.FindAsync<AgendaDraft>(id, Minutes.Model.MeetingIds.SeriesOf(id), cancellationToken);

    public Task<List<AgendaDraft>> ListAsync(string seriesId, CancellationToken cancellationToken = default) =>
        cosmos.AgendaDrafts.AllAsync<AgendaDraft>(
            new QueryDefinition("SELECT * FROM c WHERE c.seriesId = @series ORDER BY c.date").WithParameter("@series", seriesId),
            seriesId, cancellationToken);

    /// <summary>Saves a built or refreshed draft, or one made final, and publishes that it was.</summary>
    public async Task<AgendaDraft> SaveAsync(AgendaDraft draft, CancellationToken cancellationToken = default) =>
        (await events.AroundAsync(EventTypes.Saved(draft), () => cosmos.AgendaDrafts.UpsertItemAsync(draft, new PartitionKey(draft.SeriesId),
            cancellationToken: cancellationToken), cancellationToken)).Resource;
}
