using System.Net;
using Microsoft.Azure.Cosmos;

namespace Minutes.Api;

/// <summary>
/// Conflicts the caller did not opt into are the server's to resolve: a read-modify-write that loses to another
/// writer (412 from Cosmos DB on replace, 409 on create) reads again and tries again, a few times with a little
/// jitter. Only for requests that sent no If-Match; one that did gets its 412.
/// </summary>
internal static class ConflictRetry
{
    public const int Attempts = 8;

    public static async Task<T> RunAsync<T>(Func<Task<T>> readModifyWrite, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await readModifyWrite();
            }
            catch (CosmosException e) when (attempt < Attempts && e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25 * attempt)), cancellationToken);
            }
        }
    }
}
