namespace Minutes.Api;

public static class ApiRegistration
{
    /// <summary>Options of the HTTP API, its JSON conventions and the one exception-to-problem mapping.</summary>
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateOnStart();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Complete);
        builder.Services.AddSingleton<ProblemMapping>();
        builder.Services.ConfigureHttpJsonOptions(o => Model.MinutesJson.Configure(o.SerializerOptions));
        return builder;
    }
}
