using Minutes.Reading;

namespace Minutes;

/// <summary>The composition root: every feature registers its services and maps its endpoints here.</summary>
public static class MinutesHost
{
    public static WebApplication Build(string[] args, HostMode mode)
    {
        var builder = WebApplication.CreateBuilder(args);
        // The Functions host tells a custom handler which port to listen on.
        var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (mode == HostMode.FunctionsHost && port is not null)
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");

        builder.Services.AddProblemDetails();
        builder.AddReading();

        var app = builder.Build();
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        return app;
    }
}
