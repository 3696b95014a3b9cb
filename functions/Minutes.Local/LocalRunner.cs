using Minutes.Functions;

namespace Minutes.Local;

/// <summary>
/// The development runner: the Functions app's services and function classes on ASP.NET Core, with the triggers
/// Azure would drive (HTTP routes with the key check, the inbox, the timer) driven from here.
/// </summary>
public static class LocalRunner
{
    /// <param name="configure">Last say over the services (tests set a clock).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseLocalDefaults();
        builder.AddMinutes();
        builder.Services.AddOptions<LocalOptions>().BindConfiguration(LocalOptions.Section);
        var catalog = FunctionCatalog.Of(typeof(IngestDocument).Assembly);
        foreach (var function in catalog.Functions) FunctionInvoker.CheckBindable(function);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddTransient<FunctionKeyCheck>();
        builder.Services.AddHostedService<CosmosWatch>();
        if (builder.Configuration.GetValue("Local:Triggers", true))
        {
            builder.Services.AddHostedService<InboxFeeder>();
            builder.Services.AddHostedService<TimerDriver>();
        }
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseStatusProblems();
        app.UseRouting();
        app.UseMiddleware<FunctionKeyCheck>();
        app.MapHttpFunctions();
        return app;
    }
}
