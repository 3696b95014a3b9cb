using Minutes.Parsing;
using System.Text.Json;
using Minutes.Model;
using Minutes.Reading;
using Minutes.Text;

namespace Minutes.Local;

/// <summary>`parse FILE [--engine …]`: the meeting as JSON, exactly as the API serves it. A .txt file is taken as read text.</summary>
public static class ParseCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var engineIndex = Array.IndexOf(args, "--engine");
        var file = args.Where((a, i) => !a.StartsWith('-') && (engineIndex < 0 || i != engineIndex + 1)).FirstOrDefault();
        DocumentText? text;
        if (file is not null && file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && File.Exists(file))
            text = PageCleaner.Clean(FromPlainText(await File.ReadAllTextAsync(file)));
        else
            text = await CommandLine.ReadDocumentAsync(args, "parse");
        if (text is null) return 2;
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(MinutesParser.Parse(text, Path.GetFileName(file)), MinutesJson.Options));
        return 0;
    }

    /// <summary>Plain text, pages split at form feeds.</summary>
    public static DocumentText FromPlainText(string text) => PlainText.Read(text);
}
