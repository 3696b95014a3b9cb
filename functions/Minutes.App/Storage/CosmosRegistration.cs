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
        builder.Services.AddSingleton<IngestionStore>();
        builder.Services.AddHostedService<CosmosSetup>();
        return builder;
    }
}

/// <summary>Creates the database and containers when missing, before the app takes requests.</summary>
internal sealed class CosmosSetup(CosmosContainers cosmos) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => cosmos.CreateIfMissingAsync(cancellationToken);
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
