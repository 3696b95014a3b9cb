using Microsoft.Azure.Functions.Worker;
using NCrontab;

namespace Minutes.Local;

/// <summary>The timer trigger, locally: each timer function fires on its own six-field schedule, in UTC as on the Functions host.</summary>
public sealed class TimerDriver(FunctionCatalog catalog, FunctionInvoker invoker, IConfiguration configuration, TimeProvider clock,
    ILogger<TimerDriver> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(catalog.Functions.Where(f => f.Timer is not null).Select(f => RunAsync(f, stoppingToken)));

    private async Task RunAsync(FunctionEntry function, CancellationToken stoppingToken)
    {
        var cron = FunctionCatalog.Resolve(function.Timer!.Schedule, configuration);
        var schedule = CrontabSchedule.Parse(cron, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        var last = clock.GetUtcNow().UtcDateTime;
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(last);
            logger.LogDebug("{Function} fires next at {NextRun:u}", function.Name, next);
            var delay = new DateTimeOffset(next, TimeSpan.Zero) - clock.GetUtcNow();
            await Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, clock, stoppingToken);
            last = next;
            try
            {
                await invoker.InvokeAsync(function, new FunctionInvoker.Trigger(Timer: new TimerInfo()), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Function} failed", function.Name);
            }
        }
    }
}
