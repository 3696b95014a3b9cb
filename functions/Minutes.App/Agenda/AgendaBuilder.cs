using Minutes.FollowUps;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Agenda;

/// <summary>Gathers a series' history from the stores and builds or refreshes one meeting's draft; a final draft stays as it is.</summary>
public sealed class AgendaBuilder(MeetingStore meetings, ActionItemStore actions, SeriesStore series, AgendaDraftStore drafts,
    TimeProvider clock, ILogger<AgendaBuilder> logger)
{
    public async Task<AgendaDraft?> BuildAsync(string seriesId, DateOnly date, CancellationToken cancellationToken = default)
    {
        var id = MeetingIds.Meeting(seriesId, date, "");
        if (await drafts.FindAsync(id, cancellationToken) is { Final: true } final)
        {
            logger.LogInformation("Draft {DraftId} is final; left as it is", id);
            return final;
        }
        var found = await series.FindAsync(seriesId, cancellationToken);
        if (found is null) return null;
        var meeting = found.Schedule.FirstOrDefault(m => m.Date == date) ?? new ScheduledMeeting(date, null, null);
        var history = await meetings.AllOfSeriesAsync(seriesId, cancellationToken);
        var open = (await actions.OpenOfSeriesAsync(seriesId, cancellationToken))
            .Where(a => a.MeetingDate is null || a.MeetingDate < date)
            .Select(a => new OpenAction(a.Id, a.Text, a.Owner, a.Due, a.MeetingDate, a.AgendaItemNumber, a.Status,
                FollowUpRules.Latest(a.FollowUps.Where(f => f.MeetingDate is null || f.MeetingDate < date)),
                a.NextMeetingDate < date ? a.NextMeetingDate : null))
            .ToList();
        var proposals = found.ProposedItems.Select(p => new Proposal(p.Title, p.ProposedBy, p.ForDate)).ToList();
        var draft = AgendaDrafter.Build(
            new AgendaInputs(seriesId, found.Title, found.Location, meeting, history, open, proposals, found.Schedule),
            clock.GetUtcNow());
        logger.LogInformation("Built draft {DraftId} with {ItemCount} items", draft.Id, draft.Items.Count);
        return await drafts.SaveAsync(draft, cancellationToken);
    }

    /// <summary>The next scheduled meeting of a series on or after a day.</summary>
    public async Task<DateOnly?> NextMeetingAsync(string seriesId, DateOnly from, CancellationToken cancellationToken = default) =>
        (await series.FindAsync(seriesId, cancellationToken))?.Schedule.Select(m => m.Date).Where(d => d >= from).Order()
            .Cast<DateOnly?>().FirstOrDefault();
}
