using Minutes.Agenda;

namespace Minutes.Api;

public static class ApiRegistration
{
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateOnStart();
        builder.Services.AddTransient<ApiKeyCheck>();
        builder.Services.AddExceptionHandler<ProblemMapping>();
        builder.Services.AddOpenApi("v1");
        builder.Services.ConfigureHttpJsonOptions(o => Model.MinutesJson.Configure(o.SerializerOptions));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiKeyCheck>();
        app.MapOpenApi("/api/openapi.json");
        app.MapGet("/api/health", () => TypedResults.Ok(new { status = "ok" })).WithName("Health").AllowAnonymous();
        app.MapGroup("/api").MapMeetings().MapActionItems().MapSeries().MapDocuments().MapAgendas();
        return app;
    }
}
