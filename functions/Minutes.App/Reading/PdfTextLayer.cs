using Minutes.Text;

namespace Minutes.Reading;

/// <summary>The text layer of a born-digital PDF, read with poppler's pdftotext, keeping the printed layout.</summary>
public static class PdfTextLayer
{
    public static async Task<IReadOnlyList<TextPage>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = await ProcessRunner.RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], cancellationToken);
        if (result.ExitCode != 0)
            throw new DocumentRejectedException($"The PDF cannot be opened: {result.Error.Trim()}");

        var pages = result.Output.Split('\f');
        // pdftotext ends the last page with a form feed too.
        if (pages.Length > 0 && pages[^1].Trim().Length == 0) pages = pages[..^1];
        return pages.Select((text, i) => new TextPage(i + 1, Lines(text), "text")).ToList();
    }

    private static List<TextLine> Lines(string page)
    {
        var lines = page.Split('\n').Select(l => l.TrimEnd()).ToList();
        var width = Math.Max(80, lines.Count == 0 ? 0 : lines.Max(l => l.Length));
        return lines.Select(l => new TextLine(l.Trim(), null, LineRole.Body,
            l.Length == 0 ? null : (double)(l.Length - l.TrimStart().Length) / width)).ToList();
    }
}
