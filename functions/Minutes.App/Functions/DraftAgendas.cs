using Microsoft.Azure.Functions.Worker;
using Minutes.Agenda;

namespace Minutes.Functions;

/// <summary>Builds or refreshes the drafts of the meetings within the lead time, on the schedule of Agenda:Cron.</summary>
public sealed class DraftAgendas(AgendaScheduler scheduler, ILogger<DraftAgendas> logger)
{
    [Function(nameof(DraftAgendas))]
    public async Task RunAsync([TimerTrigger("%Agenda:Cron%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var drafts = await scheduler.RunAsync(cancellationToken);
        logger.LogInformation("Built or refreshed {DraftCount} agenda drafts", drafts);
    }
}
