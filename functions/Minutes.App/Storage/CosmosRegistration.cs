namespace Minutes.Storage;

public static class CosmosRegistration
{
    public static IHostApplicationBuilder AddCosmos(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CosmosOptions>().BindConfiguration(CosmosOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CosmosContainers>();
        builder.Services.AddSingleton<MeetingStore>();
        builder.Services.AddSingleton<ActionItemStore>();
        builder.Services.AddSingleton<SeriesStore>();
        builder.Services.AddSingleton<FollowUpRecorder>();
        builder.Services.AddSingleton<AcrossSeries>();
        builder.Services.AddSingleton<IngestionStore>();
        builder.Services.AddSingleton<CosmosSetup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CosmosSetup>());
        return builder;
    }
}

/// <summary>
/// Makes sure the database and containers are there (see CosmosContainers.EnsureAsync). In the background, so the app answers (health, the host's
/// probes) while Cosmos DB is still out of reach; it tries again until it succeeds, and Ready says when.
/// </summary>
public sealed class CosmosSetup(CosmosContainers cosmos, ILogger<CosmosSetup> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await cosmos.EnsureAsync(stoppingToken);
                _ready.TrySetResult();
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Creating the Cosmos DB database and containers failed (attempt {Attempt}); trying again", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, attempt * 5)), stoppingToken);
            }
        }
    }
}
