using Microsoft.Azure.Functions.Worker;
using Minutes.Api;
using Minutes.Calendar;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Functions;

public sealed class CalendarFunctions(SeriesStore series, TimeProvider clock)
{
    /// <summary>
    /// The series' scheduled meetings as an iCalendar feed (text/calendar) that calendars subscribe to: times in
    /// Europe/Stockholm, the series' place, a link to each meeting's agenda draft, one stable UID per meeting.
    /// </summary>
    [Function("GetSeriesCalendar")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "series/{seriesId}/calendar.ics")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken)
    {
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return Problems.NotFound($"No series '{seriesId}'.");
        var address = request.AddressAskedAt();
        // DTSTAMP: when the schedule was last revised, so the same schedule reads the same.
        var stamp = found.UpdatedAt == default ? clock.GetUtcNow() : found.UpdatedAt;
        var ics = CalendarFeed.Render(new CalendarSeries(found.Id, found.Title, found.Location, found.Schedule), stamp,
            date => $"{address}/api/agendas/{Uri.EscapeDataString(MeetingIds.Meeting(found.Id, date, ""))}/markdown");
        return TypedResults.Text(ics, CalendarFeed.ContentType);
    }
}
