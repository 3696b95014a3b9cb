using Microsoft.Azure.Functions.Worker;
using Minutes.Storage;
using NCrontab;

namespace Minutes.Local;

/// <summary>The timer trigger, locally: each timer function fires on its own six-field schedule, in UTC as on the Functions host.</summary>
public sealed class TimerDriver(FunctionCatalog catalog, FunctionInvoker invoker, CosmosSetup cosmos, IConfiguration configuration,
    TimeProvider clock, ILogger<TimerDriver> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Locally the runner creates the containers at start; a timer that fired before that read a container not yet
        // there and logged a failure. In Azure the Bicep made them before the app ran.
        await cosmos.Ready.WaitAsync(stoppingToken);
        await Task.WhenAll(catalog.Functions.Where(f => f.Timer is not null).Select(f => RunAsync(f, stoppingToken)));
    }

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
