using Minutes.Storage;

namespace Minutes.Local;

/// <summary>
/// The local Cosmos DB protocol server keeps its data in memory: restarted, it comes back empty. Azure Cosmos DB
/// never loses its database, so this belongs to the local stack: the runner notices and creates them again, and the
/// app recovers without a restart.
/// </summary>
public sealed class CosmosWatch(CosmosContainers cosmos, CosmosSetup setup, TimeProvider clock, ILogger<CosmosWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await setup.Ready.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            try
            {
                using var response = await cosmos.Ingestions.ReadContainerStreamAsync(cancellationToken: stoppingToken);
                if (response.StatusCode != System.Net.HttpStatusCode.NotFound) continue;
                logger.LogWarning("The local Cosmos DB server lost its database; creating it again");
                await cosmos.EnsureAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Down for now: the readiness check says so; try again on the next round.
                logger.LogDebug(e, "The local Cosmos DB server does not answer");
            }
        }
    }
}
