using System.Net;
using Microsoft.Azure.Cosmos;
using Minutes.FollowUps;
using Minutes.Model;

namespace Minutes.Storage;

/// <summary>
/// When a meeting is stored, links the open action items of its series' earlier meetings to the meeting's items that
/// report them back (<see cref="FollowUpLinker"/>) and keeps each link on its action item (<see cref="FollowUpRules"/>:
/// reported ones move the item to reported; what people decided stays). Storing the same meeting again finds the same
/// links and changes nothing.
/// </summary>
public sealed class FollowUpRecorder(ActionItemStore items, ILogger<FollowUpRecorder> logger)
{
    private const int Attempts = 3;

    public async Task RecordAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var earlier = (await items.OpenOfSeriesAsync(meeting.SeriesId, cancellationToken)).Where(i => Precedes(i, meeting)).ToList();
        if (earlier.Count == 0) return;
        var found = FollowUpLinker.Link(earlier.Select(Commitment), meeting).ToDictionary(f => f.ActionItemId);
        var reported = 0;
        foreach (var item in earlier)
            if (await RecordAsync(item, found.GetValueOrDefault(item.Id), meeting, cancellationToken)) reported++;
        logger.LogInformation("Compared {OpenCount} open action items with meeting {MeetingId}: {LinkCount} linked, {ReportedCount} newly reported",
            earlier.Count, meeting.Id, found.Count, reported);
    }

    /// <summary>Keeps one item's link; a person changing the item meanwhile (412) makes it read the item again and retry.</summary>
    private async Task<bool> RecordAsync(ActionItemDocument item, FollowUp? found, Meeting meeting, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = item.FollowUpState();
            var state = found is null ? current : FollowUpRules.Record(current, found);
            // The first later meeting held is when an item due "next-meeting" falls due.
            var next = meeting.Date is { } held && item.MeetingDate is not null && (item.NextMeetingDate is null || held < item.NextMeetingDate)
                ? held : item.NextMeetingDate;
            if (ReferenceEquals(state, current) && next == item.NextMeetingDate) return false; // nothing new: no write
            try
            {
                await items.SaveFollowUpsAsync(item, state, next, byPerson: false, item.ETag!, cancellationToken);
                return state.Status == ActionStatus.Reported && item.Status != ActionStatus.Reported;
            }
            catch (CosmosException e) when (e.StatusCode == HttpStatusCode.PreconditionFailed && attempt < Attempts)
            {
                if (await items.FindAsync(item.Id, cancellationToken) is not { } again) return false;
                item = again;
            }
        }
    }

    // Only commitments made before the meeting: an item of the meeting itself, or of a later one, is not reported in it.
    private static bool Precedes(ActionItemDocument item, Meeting meeting) =>
        item.MeetingId != meeting.Id && (item.MeetingDate is null || meeting.Date is null || item.MeetingDate < meeting.Date);

    private static OpenCommitment Commitment(ActionItemDocument i) =>
        new(i.Id, i.Text, i.Owner, i.Due, i.MeetingId, i.MeetingDate, i.AgendaItemNumber);
}
