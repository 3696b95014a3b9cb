using System.Reflection;
using System.Runtime.ExceptionServices;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;

namespace Minutes.Local;

/// <summary>
/// Calls a function method as the worker would: a new instance from the container in a scope of its own, each
/// parameter bound from the trigger (the request and its route values, the blob and its name, the queue message,
/// the timer), and the result awaited. An exception comes out as the function threw it.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes)
{
    public sealed record Trigger(HttpContext? Http = null, BlobClient? Blob = null, string? Message = null, TimerInfo? Timer = null);

    public async Task<object?> InvokeAsync(FunctionEntry function, Trigger trigger, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var instance = function.Factory?.Invoke(scope.ServiceProvider, null);
        var args = new object?[function.Parameters.Length];
        for (var i = 0; i < args.Length; i++) args[i] = Bind(function, function.Parameters[i], trigger, cancellationToken);
        object? returned;
        try
        {
            returned = function.Method.Invoke(instance, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        if (returned is not Task task) return returned;
        await task;
        return function.TaskResult?.GetValue(task);
    }

    /// <summary>Every parameter of every function can be bound: checked at start, so a new binding fails loudly, not at the first call.</summary>
    public static void CheckBindable(FunctionEntry function)
    {
        foreach (var p in function.Parameters)
            if (!CanBind(function, p))
                throw new NotSupportedException($"The runner cannot bind parameter '{p.Name}' ({p.ParameterType.Name}) of function {function.Name}.");
    }

    private static bool CanBind(FunctionEntry function, ParameterInfo p) =>
        p.ParameterType == typeof(CancellationToken)
        || p == function.TriggerParameter && p.ParameterType == (function.Trigger switch
        {
            HttpTriggerAttribute => typeof(HttpRequest),
            BlobTriggerAttribute => typeof(BlobClient),
            QueueTriggerAttribute => typeof(string),
            _ => typeof(TimerInfo),
        })
        || p.ParameterType == typeof(string) && function.Trigger is HttpTriggerAttribute { Route: { } route } && route.Contains('{' + p.Name!)
        || p.ParameterType == typeof(string) && function.Trigger is BlobTriggerAttribute { BlobPath: { } path } && path.Contains('{' + p.Name + '}');

    private static object? Bind(FunctionEntry function, ParameterInfo p, Trigger trigger, CancellationToken cancellationToken)
    {
        if (p.ParameterType == typeof(CancellationToken)) return trigger.Http?.RequestAborted ?? cancellationToken;
        if (p == function.TriggerParameter)
            return function.Trigger switch
            {
                HttpTriggerAttribute => trigger.Http!.Request,
                BlobTriggerAttribute => trigger.Blob,
                QueueTriggerAttribute => trigger.Message,
                _ => trigger.Timer ?? new TimerInfo(),
            };
        if (trigger.Http is { } http) return http.Request.RouteValues.TryGetValue(p.Name!, out var value) ? value?.ToString() : null;
        return trigger.Blob is { } blob ? blob.Name : null;
    }
}
