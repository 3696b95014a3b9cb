using Minutes.Reading;
using Minutes.Text;

namespace Minutes.Local;

/// <summary>What the read, parse and agenda verbs share: a small host for settings and logging, and reading a file.</summary>
public static class CommandLine
{
    /// <summary>Reads the file named in args; prints the reason and returns null when the input is wrong.</summary>
    public static async Task<DocumentText?> ReadDocumentAsync(string[] args, string verb)
    {
        var engineIndex = Array.IndexOf(args, "--engine");
        // The file is the argument that is neither an option nor the engine named after --engine.
        var file = args.Where((a, i) => !a.StartsWith('-') && (engineIndex < 0 || i != engineIndex + 1)).FirstOrDefault();
        var engineName = engineIndex >= 0 && engineIndex + 1 < args.Length ? args[engineIndex + 1] : "auto";
        if (file is null || !Enum.TryParse<ReadEngine>(engineName, ignoreCase: true, out var engine))
        {
            await Console.Error.WriteLineAsync($"usage: Minutes.Local {verb} <file> [--engine auto|text|tesseract|docint]");
            return null;
        }
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"{file}: no such file");
            return null;
        }

        // The reading services alone, configured from the environment (Ocr__Parallelism, Ocr__Engine, …): a bare host
        // starts in a fraction of the time of a full one, which a one-document command pays every time.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddEnvironmentVariables();
        builder.AddReading();
        using var host = builder.Build();
        try
        {
            return await host.Services.GetRequiredService<DocumentReader>().ReadAsync(file, engine);
        }
        catch (DocumentRejectedException e)
        {
            await Console.Error.WriteLineAsync($"{file}: {e.Reason}");
            return null;
        }
    }
}
