using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Minutes.Api;

/// <summary>
/// Under the Functions host: an exception from an HTTP function becomes its problem response instead of a bare 500;
/// and every HTTP answer carries its Server-Timing.
/// </summary>
public sealed class ProblemMiddleware(ProblemMapping mapping) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } request) ServerTiming.Begin(request);
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { } http)
        {
            await mapping.WriteAsync(http, e);
        }
    }
}
