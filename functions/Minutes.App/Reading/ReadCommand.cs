namespace Minutes.Reading;

/// <summary>`read FILE [--engine auto|text|tesseract|docint]`: prints the cleaned text, pages separated by form feeds.</summary>
public static class ReadCommand
{
    public const string Usage = "usage: Minutes read FILE [--engine auto|text|tesseract|docint]";

    public static async Task<int> RunAsync(string[] args)
    {
        string? file = null;
        var engine = ReadEngine.Auto;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--engine" && i + 1 < args.Length && Enum.TryParse(args[++i], ignoreCase: true, out engine)
                && Enum.IsDefined(engine)) continue;
            if (args[i].StartsWith("--engine", StringComparison.Ordinal) || file is not null || args[i].StartsWith('-'))
            {
                await Console.Error.WriteLineAsync(Usage);
                return 2;
            }
            file = args[i];
        }
        if (file is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder();
        // The text goes to stdout; keep the log out of it.
        builder.Logging.ClearProviders();
        builder.AddReading();
        using var host = builder.Build();
        try
        {
            var text = await host.Services.GetRequiredService<DocumentReader>().ReadAsync(Path.GetFullPath(file), engine);
            await Console.Out.WriteLineAsync(text.ToString());
            return 0;
        }
        catch (DocumentRejectedException e)
        {
            await Console.Error.WriteLineAsync($"rejected: {e.Reason}");
            return 3;
        }
        catch (FileNotFoundException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
