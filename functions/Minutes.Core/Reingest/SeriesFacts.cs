using Minutes.Model;

namespace Minutes.Reingest;

/// <summary>What a series knows from its meetings' minutes: its title, body, place, last meeting and the meetings announced.</summary>
public sealed record SeriesFacts(
    string? Title, string? Organization, string? Location, DateOnly? LastMeetingDate, IReadOnlyList<ScheduledMeeting> Schedule)
{
    /// <summary>
    /// A meeting's minutes brought into the series, in any order of arrival: the newest meeting's title and place win,
    /// an older one only fills what is missing; the body is the first one known; every meeting announced joins the
    /// schedule once per date (the next meeting, too, when no schedule lists it), in date order.
    /// </summary>
    public SeriesFacts With(Meeting meeting)
    {
        var newest = LastMeetingDate is null || meeting.Date >= LastMeetingDate;
        var announced = meeting.ScheduledMeetings.ToList();
        if (meeting.NextMeeting is { Date: { } next } && announced.All(m => m.Date != next))
            announced.Add(new ScheduledMeeting(next, meeting.NextMeeting.StartTime, null));
        var schedule = Schedule.Concat(announced.Where(a => Schedule.All(s => s.Date != a.Date))).OrderBy(m => m.Date).ToList();
        return new SeriesFacts(
            newest ? meeting.Title ?? Title : Title ?? meeting.Title,
            Organization ?? meeting.Organization,
            newest ? meeting.Location ?? Location : Location ?? meeting.Location,
            newest ? meeting.Date ?? LastMeetingDate : LastMeetingDate,
            schedule);
    }
}
