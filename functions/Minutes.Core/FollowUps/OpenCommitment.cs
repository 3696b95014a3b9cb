using Minutes.Model;

namespace Minutes.FollowUps;

/// <summary>An open action item of a series, with the meeting it was recorded at: what the linker looks for later.</summary>
public sealed record OpenCommitment(
    string ActionItemId, string Text, string? Owner, string? Due, string MeetingId, DateOnly? MeetingDate, string? AgendaItemNumber)
{
    /// <summary>The open action items of one stored meeting.</summary>
    public static IEnumerable<OpenCommitment> Of(Meeting meeting) =>
        meeting.ActionItems.Where(a => a.Status == ActionStatus.Open)
            .Select(a => new OpenCommitment(a.Id, a.Text, a.Owner, a.Due, meeting.Id, meeting.Date, a.AgendaItemNumber));
}
