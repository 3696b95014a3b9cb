using Minutes.Text;

namespace Minutes.Local;

/// <summary>`read FILE [--engine auto|text|tesseract|docint]`: prints the text read, pages separated by a form feed.</summary>
public static class ReadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (await CommandLine.ReadDocumentAsync(args, "read") is not { } text) return 2;
        await Console.Out.WriteAsync(text.ToString());
        await Console.Out.WriteLineAsync();
        return 0;
    }
}
