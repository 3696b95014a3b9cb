using Minutes.Agenda;
using Minutes.Storage;

namespace Minutes.Local;

/// <summary>`agenda SERIES [--date yyyy-MM-dd]`: builds the draft for the series' next meeting from what is stored and prints its Markdown.</summary>
public static class AgendaCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var series = args.FirstOrDefault(a => !a.StartsWith('-'));
        var dateIndex = Array.IndexOf(args, "--date");
        DateOnly? date = null;
        if (dateIndex >= 0 && dateIndex + 1 < args.Length && DateOnly.TryParseExact(args[dateIndex + 1], "yyyy-MM-dd", out var given))
            date = given;
        if (series is null || (dateIndex >= 0 && date is null))
        {
            await Console.Error.WriteLineAsync("usage: Minutes.Local agenda <series> [--date yyyy-MM-dd]   (the local stack must be running)");
            return 2;
        }

        // The same stores as the app, with the local defaults; configuration and environment still override them.
        var builder = WebApplication.CreateBuilder(args.Where((_, i) => i != 0 && i != dateIndex && i != dateIndex + 1).ToArray());
        builder.Logging.ClearProviders();
        builder.UseLocalDefaults(announceKey: false);
        builder.AddCosmos();
        builder.AddAgenda();
        await using var app = builder.Build();
        await app.Services.GetRequiredService<CosmosContainers>().CreateIfMissingAsync();
        var agendas = app.Services.GetRequiredService<AgendaBuilder>();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        date ??= await agendas.NextMeetingAsync(series, today);
        if (date is null)
        {
            await Console.Error.WriteLineAsync($"Series '{series}' has no coming meeting; give one with --date, or set its schedule.");
            return 1;
        }
        if (await agendas.BuildAsync(series, date.Value) is not { } draft)
        {
            await Console.Error.WriteLineAsync($"No series '{series}' is stored (GET /api/series lists them).");
            return 1;
        }
        await Console.Out.WriteAsync(MarkdownAgenda.Render(draft));
        return 0;
    }
}
