using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Minutes.Model;

namespace Minutes.Api;

public static class ApiRegistration
{
    public const string OpenApiPath = "/api/openapi.json";

    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.ConfigureHttpJsonOptions(o => MinutesJson.Configure(o.SerializerOptions));
        // Binding failures (malformed JSON, a date that is no date) throw, so the exception handler answers them as ProblemDetails.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = long.MaxValue); // the upload checks its own limit
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Minutes API";
            document.Info.Description = "Meetings, action items and series read from uploaded Swedish minutes. "
                + "Every route but /api/health needs a key: the x-functions-key header or the code query parameter.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiKeyMiddleware>();

        app.MapGet("/api/health", () => TypedResults.Ok(new { status = "ok" })).WithName("ApiHealth").WithSummary("Liveness, no key needed");
        app.MapOpenApi(OpenApiPath).ExcludeFromDescription();
        app.MapGroup("/api").WithTags("Minutes")
            .MapDocuments()
            .MapMeetings()
            .MapActionItems()
            .MapSeries();
        return app;
    }
}
