using Microsoft.Azure.Cosmos;
using Minutes.Model;
using Minutes.Reingest;

namespace Minutes.Storage;

/// <summary>
/// Meetings and their action items. Saving a meeting again (the same file, or a corrected scan of the same meeting)
/// updates it in place and keeps what people changed on its action items, and their follow-ups.
/// </summary>
public sealed class MeetingStore(CosmosContainers cosmos, TimeProvider clock)
{
    /// <summary>
    /// Stores a meeting read from one copy of its minutes. Another copy of the same meeting already stored stays when
    /// it is the better reading (SourceQuality); either way every copy is listed in Versions. True when this copy
    /// now stands.
    /// </summary>
    public async Task<bool> SaveAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        var key = new PartitionKey(meeting.SeriesId);
        var stored = await cosmos.Meetings.ReadItemStreamAsync(meeting.Id, key, cancellationToken: cancellationToken);
        Meeting? current = null;
        string? etag = null;
        using (stored)
        {
            if (stored.IsSuccessStatusCode)
            {
                current = cosmos.Serializer.FromStream<Meeting>(stored.Content);
                etag = stored.Headers.ETag;
            }
            else if (stored.StatusCode != System.Net.HttpStatusCode.NotFound) stored.EnsureSuccessStatusCode();
        }
        var (toStore, wins) = MeetingCopies.Merge(current, meeting);
        if (etag is null)
            // Upsert, not create: the same document delivered twice at once writes the same deterministic record.
            await cosmos.Meetings.UpsertItemAsync(toStore, key, cancellationToken: cancellationToken);
        else
            await cosmos.Meetings.ReplaceItemAsync(toStore, toStore.Id, key, new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
        if (wins) await SaveActionItemsAsync(meeting, cancellationToken);
        return wins;
    }

    /// <summary>The meeting with its action items as they stand now (status and edits included).</summary>
    public async Task<Meeting?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var series = MeetingIds.SeriesOf(id);
        var meeting = await cosmos.Meetings.FindAsync<Meeting>(id, series, cancellationToken);
        if (meeting is null) return null;
        var items = await ActionItemsOfAsync(id, series, cancellationToken);
        return meeting with { ActionItems = items.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => i.ToActionItem()).ToList() };
    }

    /// <summary>Newest first: within a series the id ends in the meeting date, so id order is date order.</summary>
    public Task<Page<Meeting>> ListAsync(string seriesId, DateOnly? from, DateOnly? to, string? titleText, int pageSize,
        string? continuationToken, CancellationToken cancellationToken = default)
    {
        var sql = "SELECT * FROM c WHERE c.seriesId = @series";
        if (from is not null) sql += " AND c.date >= @from";
        if (to is not null) sql += " AND c.date <= @to";
        if (!string.IsNullOrWhiteSpace(titleText)) sql += " AND CONTAINS(LOWER(c.title), @text)";
        var query = new QueryDefinition(sql + " ORDER BY c.id DESC")
            .WithParameter("@series", seriesId)
            .WithParameter("@from", from?.ToString("yyyy-MM-dd"))
            .WithParameter("@to", to?.ToString("yyyy-MM-dd"))
            .WithParameter("@text", titleText?.Trim().ToLowerInvariant());
        return cosmos.Meetings.PageAsync<Meeting>(query, seriesId, pageSize, continuationToken, cancellationToken);
    }

    /// <summary>Every meeting of a series, oldest first (the agenda drafter reads a series' history).</summary>
    public Task<List<Meeting>> AllOfSeriesAsync(string seriesId, CancellationToken cancellationToken = default) =>
        cosmos.Meetings.AllAsync<Meeting>(
            new QueryDefinition("SELECT * FROM c WHERE c.seriesId = @series ORDER BY c.date").WithParameter("@series", seriesId),
            seriesId, cancellationToken);

    private async Task SaveActionItemsAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var key = new PartitionKey(meeting.SeriesId);
        var existing = (await ActionItemsOfAsync(meeting.Id, meeting.SeriesId, cancellationToken)).ToDictionary(i => i.Id);
        var now = clock.GetUtcNow();
        foreach (var item in meeting.ActionItems)
        {
            var parsed = new ActionItemDocument
            {
                Id = item.Id, SeriesId = meeting.SeriesId, MeetingId = meeting.Id, MeetingDate = meeting.Date,
                AgendaItemNumber = item.AgendaItemNumber, Text = item.Text, Owner = item.Owner, Due = item.Due,
                Status = ActionStatus.Open, UpdatedAt = now,
            };
            if (!existing.Remove(item.Id, out var stored))
            {
                await cosmos.ActionItems.UpsertItemAsync(parsed, key, cancellationToken: cancellationToken);
                continue;
            }
            var kept = ActionItemEdits.Reread(parsed.ToActionItem(), stored.ToActionItem(), stored.Edited);
            var merged = parsed with
            {
                Status = kept.Status,
                Owner = kept.Owner,
                Due = kept.Due,
                Edited = stored.Edited,
                FollowUps = stored.FollowUps,
                NextMeetingDate = stored.NextMeetingDate,
                UpdatedAt = stored.UpdatedAt,
                ETag = stored.ETag,
            };
            if (merged == stored) continue; // the same file again: nothing changes
            merged = merged with { UpdatedAt = now, ETag = null };
            await cosmos.ActionItems.ReplaceItemAsync(merged, merged.Id, key,
                new ItemRequestOptions { IfMatchEtag = stored.ETag }, cancellationToken);
        }
        foreach (var gone in existing.Values.Where(i => ActionItemEdits.GoesWhenUnread(i.Status, i.Edited)))
            await cosmos.ActionItems.DeleteItemAsync<ActionItemDocument>(gone.Id, key,
                new ItemRequestOptions { IfMatchEtag = gone.ETag }, cancellationToken);
    }

    private Task<List<ActionItemDocument>> ActionItemsOfAsync(string meetingId, string seriesId, CancellationToken cancellationToken) =>
        cosmos.ActionItems.AllAsync<ActionItemDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.seriesId = @series AND c.meetingId = @meeting")
                .WithParameter("@series", seriesId).WithParameter("@meeting", meetingId),
            seriesId, cancellationToken);
}
