using System.Text.Json.Nodes;
using Minutes.Api;

namespace Minutes.Local;

/// <summary>Serves each HTTP function on its route and methods under the host's route prefix, as the Functions host does.</summary>
public static class HttpFunctions
{
    public static WebApplication MapHttpFunctions(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<FunctionCatalog>();
        var prefix = RoutePrefix();
        foreach (var function in catalog.Functions.Where(f => f.Http is not null))
        {
            var route = "/" + string.Join('/', new[] { prefix, function.Http!.Route ?? function.Name }.Where(s => s.Length > 0));
            var methods = (function.Http.Methods ?? ["get", "post"]).Select(m => m.ToUpperInvariant()).ToArray();
            app.MapMethods(route, methods, (HttpContext context) => InvokeAsync(function, context))
                .WithName(function.Name).WithMetadata(function);
        }
        return app;
    }

    private static async Task InvokeAsync(FunctionEntry function, HttpContext context)
    {
        var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
        ServerTiming.Begin(context);
        try
        {
            switch (await invoker.InvokeAsync(function, new FunctionInvoker.Trigger(Http: context), context.RequestAborted))
            {
                case IResult result:
                    await result.ExecuteAsync(context);
                    break;
                case null:
                    break;
                case var other:
                    throw new NotSupportedException($"Function {function.Name} returned {other.GetType().Name}; HTTP functions return IResult.");
            }
        }
        catch (Exception e)
        {
            await context.RequestServices.GetRequiredService<ProblemMapping>().WriteAsync(context, e);
        }
    }

    /// <summary>host.json's extensions.http.routePrefix ("api" when it says nothing), from the app's output beside the runner.</summary>
    private static string RoutePrefix()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "host.json");
        if (!File.Exists(path)) return "api";
        var prefix = JsonNode.Parse(File.ReadAllText(path))?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>();
        return (prefix ?? "api").Trim('/');
    }
}
