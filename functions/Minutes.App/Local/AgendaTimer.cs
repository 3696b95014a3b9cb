using Microsoft.Extensions.Options;
using Minutes.Agenda;
using NCrontab;

namespace Minutes.Local;

/// <summary>Locally there is no timer trigger: fire the agenda scheduler on the same cron, in the same time zone.</summary>
public sealed class AgendaTimer(AgendaScheduler scheduler, IOptions<AgendaOptions> options, TimeProvider clock,
    ILogger<AgendaTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CrontabSchedule.Parse(options.Value.Cron, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var localNow = TimeZoneInfo.ConvertTime(now, zone).DateTime;
            var next = schedule.GetNextOccurrence(localNow);
            var delay = new DateTimeOffset(next, zone.GetUtcOffset(next)) - now;
            logger.LogInformation("Next agenda run at {NextRun} ({TimeZone})", next, zone.Id);
            await Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, clock, stoppingToken);
            try
            {
                var drafts = await scheduler.RunAsync(stoppingToken);
                logger.LogInformation("Agenda run built or refreshed {DraftCount} drafts", drafts);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The agenda run failed");
            }
        }
    }
}
