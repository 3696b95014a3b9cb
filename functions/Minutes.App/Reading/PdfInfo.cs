using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Reading;

/// <summary>Page count, sizes and rotation of a PDF, from poppler's pdfinfo.</summary>
internal sealed partial record PdfInfo(int PageCount, IReadOnlyDictionary<int, (double Width, double Height, int Rotation)> Pages)
{
    public double PageWidth(int page) => Pages.TryGetValue(page, out var p) ? p.Width : 595;

    public static async Task<PdfInfo> ReadAsync(OcrOptions options, string pdfPath, CancellationToken cancellationToken)
    {
        var result = await ExternalTool.RunAsync(options.Poppler("pdfinfo"), ["-f", "1", "-l", "100000", pdfPath], cancellationToken);
        if (result.ExitCode != 0)
            throw new DocumentRejectedException($"The PDF cannot be opened (corrupt or encrypted): {FirstLine(result.StdErr)}");
        var count = PagesLine().Match(result.StdOut) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (count == 0) throw new DocumentRejectedException("The PDF has no pages.");

        var sizes = new Dictionary<int, (double, double, int)>();
        var rotations = new Dictionary<int, int>();
        foreach (Match size in PageSizeLine().Matches(result.StdOut))
            sizes[int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture)] = (
                double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture),
                double.Parse(size.Groups[3].Value, CultureInfo.InvariantCulture), 0);
        foreach (Match rot in PageRotLine().Matches(result.StdOut))
            rotations[int.Parse(rot.Groups[1].Value, CultureInfo.InvariantCulture)] = int.Parse(rot.Groups[2].Value, CultureInfo.InvariantCulture);
        var pages = sizes.ToDictionary(kv => kv.Key, kv =>
        {
            var rotation = rotations.GetValueOrDefault(kv.Key);
            // A page turned a quarter is as wide as it is tall unturned.
            return rotation % 180 == 0 ? (kv.Value.Item1, kv.Value.Item2, rotation) : (kv.Value.Item2, kv.Value.Item1, rotation);
        });
        return new PdfInfo(count, pages);
    }

    private static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();

    [GeneratedRegex(@"^Page\s+(\d+) rot:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PageRotLine();
}
