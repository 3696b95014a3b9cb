using System.Diagnostics;
using System.Globalization;
using Minutes.Storage;

namespace Minutes.Api;

/// <summary>
/// The Server-Timing header (W3C) of every API response: <c>app</c>, the time in our code from the function's start
/// to the answer, and <c>cosmos</c>, the part of it spent waiting on Cosmos DB, with the calls made
/// (<c>cosmos;dur=1.9;desc="reads=1 queries=1 writes=0"</c>). app − cosmos is what our code adds.
/// </summary>
public static class ServerTiming
{
    public static void Begin(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var calls = CosmosCalls.Begin();
        context.Response.OnStarting(() =>
        {
            var app = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers.Append("Server-Timing", string.Create(CultureInfo.InvariantCulture,
                $"app;dur={app:0.###}, cosmos;dur={calls.Elapsed.TotalMilliseconds:0.###};desc=\"reads={calls.PointReads} queries={calls.Queries} writes={calls.Writes}\""));
            return Task.CompletedTask;
        });
    }
}
