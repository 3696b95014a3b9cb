using Microsoft.Azure.Cosmos;
using Minutes.Events;
using Minutes.FollowUps;
using Minutes.Model;
using Minutes.Reingest;

namespace Minutes.Storage;

/// <summary>The action items of a series, as integrating systems follow them up.</summary>
public sealed class ActionItemStore(CosmosContainers cosmos, TimeProvider clock, EventOutbox events)
{
    public Task<ActionItemDocument?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        cosmos.ActionItems.FindAsync<ActionItemDocument>(id, MeetingIds.SeriesOf(id), cancellationToken);

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <param name="dueBefore">Items whose due (an ISO date, or a period such as 2025-Q4, 2026-03 or 2026-W42) begins before this day.</param>
    /// <param name="overdue">Only items overdue today (Swedish time): open, and their due ended before today (FollowUpRules.IsOverdue).</param>
    public Task<Page<ActionItemDocument>> ListAsync(string seriesId, ActionStatus? status, string? owner, DateOnly? dueBefore,
        bool overdue, int pageSize, string? continuationToken, CancellationToken cancellationToken = default)
    {
        var sql = "SELECT * FROM c WHERE c.seriesId = @series";
        if (status is not null) sql += " AND c.status = @status";
        if (!string.IsNullOrWhiteSpace(owner)) sql += " AND LOWER(c.owner) = @owner";
        if (dueBefore is not null) sql += " AND c.dueStart != null AND c.dueStart < @dueBefore";
        if (overdue) sql += " AND c.status = 'open' AND c.dueEnd != null AND c.dueEnd < @today";
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Stockholm).DateTime);
        var query = new QueryDefinition(sql + " ORDER BY c.id")
            .WithParameter("@series", seriesId)
            .WithParameter("@status", status?.ToString().ToLowerInvariant())
            .WithParameter("@owner", owner?.Trim().ToLowerInvariant())
            .WithParameter("@dueBefore", dueBefore?.ToString("yyyy-MM-dd"))
            .WithParameter("@today", overdue ? today.ToString("yyyy-MM-dd") : null);
        return cosmos.ActionItems.PageAsync<ActionItemDocument>(query, seriesId, pageSize, continuationToken, cancellationToken);
    }

    /// <summary>
    /// Every action item of a series still waiting for people: open, or reported back but not yet confirmed; oldest
    /// meeting first (the bevakningslista, and what the follow-up linker compares a new meeting with).
    /// </summary>
    public Task<List<ActionItemDocument>> OpenOfSeriesAsync(string seriesId, CancellationToken cancellationToken = default) =>
        cosmos.ActionItems.AllAsync<ActionItemDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.seriesId = @series AND (c.status = 'open' OR c.status = 'reported') ORDER BY c.id")
                .WithParameter("@series", seriesId), seriesId, cancellationToken);

    /// <summary>
    /// Writes an item's follow-ups and status (and when its next meeting was held); the ETag read must still be current
    /// (else Cosmos answers 412). A person's decision is marked edited, so a corrected document never drops the item.
    /// </summary>
    public async Task<ActionItemDocument> SaveFollowUpsAsync(ActionItemDocument item, FollowUpState state, DateOnly? nextMeetingDate,
        bool byPerson, string ifMatch, CancellationToken cancellationToken = default)
    {
        var updated = item.With(state) with
        {
            NextMeetingDate = nextMeetingDate,
            Edited = byPerson ? ActionItemEdits.Mark(item.Edited, ActionItemEdits.FollowUps) : item.Edited,
            UpdatedAt = clock.GetUtcNow(),
            ETag = null,
        };
        var response = await events.AroundAsync(EventTypes.Changed(updated, byPerson), () => cosmos.ActionItems.ReplaceItemAsync(updated,
            updated.Id, new PartitionKey(updated.SeriesId), new ItemRequestOptions { IfMatchEtag = ifMatch }, cancellationToken), cancellationToken);
        return response.Resource with { ETag = response.ETag };
    }

    /// <summary>Applies a person's change; the ETag they read must still be current (else Cosmos answers 412).</summary>
    public async Task<ActionItemDocument> UpdateAsync(ActionItemDocument item, ActionItemChange change, string ifMatch,
        CancellationToken cancellationToken = default)
    {
        var (changed, edited) = ActionItemEdits.Apply(item.ToActionItem(), item.Edited, change.Status, change.Owner, change.Due);
        var updated = item with
        {
            Status = changed.Status, Owner = changed.Owner, Due = changed.Due, Edited = edited, UpdatedAt = clock.GetUtcNow(), ETag = null,
        };
        var response = await events.AroundAsync(EventTypes.Changed(updated, byPerson: true), () => cosmos.ActionItems.ReplaceItemAsync(updated,
            updated.Id, new PartitionKey(updated.SeriesId), new ItemRequestOptions { IfMatchEtag = ifMatch }, cancellationToken), cancellationToken);
        return response.Resource with { ETag = response.ETag };
    }
}

/// <summary>A change to an action item; null leaves a field as it is, an empty string clears owner or due.</summary>
public sealed record ActionItemChange(ActionStatus? Status, string? Owner, string? Due);
