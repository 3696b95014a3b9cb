using System.Diagnostics;
using Microsoft.Azure.Cosmos;

namespace Minutes.Storage;

/// <summary>
/// Times every call the Cosmos DB client makes and counts it as a point read, a query page or a write, into the
/// <see cref="CosmosCalls"/> of the request (or ingestion) it is made for. This is how the API shows what its own code
/// adds over the database (Server-Timing), and how many calls a read costs.
/// </summary>
internal sealed class CosmosCallTimer : RequestHandler
{
    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        var calls = CosmosCalls.Current;
        if (calls is null) return await base.SendAsync(request, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            calls.Add(KindOf(request), Stopwatch.GetElapsedTime(started));
        }
    }

    // The SDK keeps the operation type to itself; the REST shape of the request says as much.
    private static CosmosCallKind KindOf(RequestMessage request) =>
        request.Headers["x-ms-documentdb-isquery"] is not null || request.Headers.ContentType?.Contains("query", StringComparison.OrdinalIgnoreCase) == true
            ? CosmosCallKind.Query
            : request.Method == HttpMethod.Get
                ? request.RequestUri?.OriginalString.TrimEnd('/').EndsWith("/docs", StringComparison.Ordinal) == true ? CosmosCallKind.Query : CosmosCallKind.PointRead
                : CosmosCallKind.Write;
}

internal enum CosmosCallKind { PointRead, Query, Write }

/// <summary>What one request made of Cosmos DB: calls by kind and the time spent waiting on them.</summary>
public sealed class CosmosCalls
{
    private static readonly AsyncLocal<CosmosCalls?> current = new();
    private long _ticks;
    private int _reads, _queries, _writes;

    /// <summary>The calls of the flow that began counting (<see cref="Begin"/>), or null when nobody counts.</summary>
    public static CosmosCalls? Current => current.Value;

    /// <summary>Counts the calls made from here on in this async flow (a request, an ingestion).</summary>
    public static CosmosCalls Begin() => current.Value = new CosmosCalls();

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));
    public int PointReads => _reads;
    public int Queries => _queries;
    public int Writes => _writes;

    internal void Add(CosmosCallKind kind, TimeSpan elapsed)
    {
        Interlocked.Add(ref _ticks, elapsed.Ticks);
        switch (kind)
        {
            case CosmosCallKind.PointRead: Interlocked.Increment(ref _reads); break;
            case CosmosCallKind.Query: Interlocked.Increment(ref _queries); break;
            default: Interlocked.Increment(ref _writes); break;
        }
    }
}
