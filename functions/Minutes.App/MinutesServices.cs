using Minutes.Logging;
using Minutes.Agenda;
using Minutes.Api;
using Minutes.Events;
using Minutes.Reading;
using Minutes.Storage;

namespace Minutes;

/// <summary>The app's services, registered the same way under the Functions host and under the local runner.</summary>
public static class MinutesServices
{
    public static IHostApplicationBuilder AddMinutes(this IHostApplicationBuilder builder)
    {
        // What a process killed mid-read left behind goes before this one starts work.
        WorkFolder.SweepLeftovers();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddBlobStorage();
        builder.AddCosmos();
        builder.AddEvents();
        builder.AddReading();
        builder.Services.AddSingleton<IngestionPipeline>();
        builder.AddApi();
        builder.AddAgenda();
        builder.Services.RedactSecretsInLogs();
        return builder;
    }
}
