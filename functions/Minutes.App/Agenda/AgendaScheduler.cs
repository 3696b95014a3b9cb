using Microsoft.Extensions.Options;
using Minutes.Storage;

namespace Minutes.Agenda;

/// <summary>
/// The timer's work: in every series, the scheduled meetings within the lead time (from the minutes' next meeting and
/// meeting dates, or set through the API) get their draft built or refreshed. Running it twice gives the same drafts.
/// </summary>
public sealed class AgendaScheduler(SeriesStore series, AgendaBuilder builder, IOptions<AgendaOptions> options, TimeProvider clock,
    ILogger<AgendaScheduler> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var until = today.AddDays(options.Value.LeadDays);
        var built = 0;
        foreach (var s in await series.ListAsync(cancellationToken))
            foreach (var meeting in s.Schedule.Where(m => m.Date >= today && m.Date <= until))
            {
                if (await builder.BuildAsync(s.SeriesId, meeting.Date, cancellationToken) is { Final: false }) built++;
            }
        logger.LogInformation("Agenda run for {Today} to {Until}: {DraftCount} drafts built or refreshed", today, until, built);
        return built;
    }
}
