using Minutes.Agenda;
using Minutes.Api;
using Minutes.Functions;
using Minutes.Local;
using Minutes.Reading;
using Minutes.Storage;

namespace Minutes;

/// <summary>The composition root: every feature registers its services and maps its endpoints here.</summary>
public static class MinutesHost
{
    /// <param name="configure">Last say over the services (tests set a clock).</param>
    public static WebApplication Build(string[] args, HostMode mode, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // The Functions host tells a custom handler which port to listen on; loopback only, the host is in front.
        var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (mode == HostMode.FunctionsHost && port is not null)
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        if (mode == HostMode.Local)
            builder.UseLocalDefaults();

        if (mode == HostMode.FunctionsHost)
            builder.Configuration["Api:KeysCheckedByHost"] ??= "true";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.AddBlobStorage();
        builder.AddCosmos();
        builder.AddReading();
        builder.Services.AddSingleton<IngestionPipeline>();
        builder.AddApi();
        builder.AddAgenda();
        builder.Services.AddOptions<LocalOptions>().BindConfiguration(LocalOptions.Section);
        if (mode == HostMode.Local)
        {
            builder.Services.AddHostedService<InboxPoller>();
            builder.Services.AddHostedService<AgendaTimer>();
        }

        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapApi();
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapFunctionInvocations();
        return app;
    }
}
