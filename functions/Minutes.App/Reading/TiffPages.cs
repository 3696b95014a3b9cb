namespace Minutes.Reading;

/// <summary>A multi-page TIFF as one image file per page (libtiff's tiffsplit), so pages are read in parallel like a PDF's.</summary>
internal static class TiffPages
{
    public static async Task<IReadOnlyList<string>> SplitAsync(string tiff, string work, CancellationToken cancellationToken)
    {
        var split = await ProcessRunner.RunAsync("tiffsplit", [tiff, Path.Combine(work, "tiff-")], cancellationToken);
        var pages = Directory.EnumerateFiles(work, "tiff-*").Order(StringComparer.Ordinal).ToList();
        if (split.ExitCode != 0 || pages.Count == 0)
            throw new DocumentRejectedException($"The TIFF could not be read: {split.Error.Trim()}");
        return pages;
    }
}
