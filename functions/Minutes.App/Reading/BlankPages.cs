using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace Minutes.Reading;

/// <summary>
/// Tells cheaply, before any OCR, that a PDF page has nothing to read: no letters, no drawing, no visible annotation,
/// and every image on it uniform. An image is judged on the mean of each of its 8×8 blocks, which for a JPEG scan come
/// from the DC coefficients without decoding the picture (<see cref="JpegDc"/>). A block whose mean stands more than
/// <see cref="InkContrast"/> levels off the page's background holds ink; a page with ink in no more than
/// <see cref="MaxInkFraction"/> of its blocks (scanner dust, a stray speck) is blank. What cannot be judged (JPEG 2000,
/// JBIG2, progressive JPEG, palette images) counts as not blank: when in doubt, OCR reads the page.
/// </summary>
internal static class BlankPages
{
    /// <summary>Grey levels (of 255) a block's mean must stand off the background to hold ink.</summary>
    internal const int InkContrast = 24;

    /// <summary>
    /// One block in 5000 (12 blocks of an A4 scan at 200 dpi, about 12 mm² of ink): specks, not writing. The sparsest
    /// page of the scanned samples has ink in far more (see BlankPageTests).
    /// </summary>
    internal const double MaxInkFraction = 1.0 / 5000;

    /// <summary>Checks every image's size against the pixel limit, then (when asked to look) whether the page is blank.</summary>
    public static bool IsBlank(Page page, ReadingOptions limits, bool look = true)
    {
        var images = page.GetImages().ToList();
        foreach (var image in images)
            limits.CheckPixels($"An image on page {page.Number}", image.WidthInSamples, image.HeightInSamples);
        if (!look || !limits.SkipBlankPages) return false;
        if (page.Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value))) return false;
        if (page.Paths.Any(p => !p.IsClipping && (p.IsFilled || p.IsStroked))) return false;
        if (page.GetAnnotations().Any(a => a.Type is not AnnotationType.Link and not AnnotationType.Popup)) return false;
        return images.All(i => InkFraction(i, stopEarly: true) is { } ink && ink <= MaxInkFraction);
    }

    /// <summary>
    /// The fraction of the image's 8×8 blocks that hold ink, or null when the image cannot be judged. Stopping early,
    /// a JPEG is read only until it surely has more ink than a blank page, and the fraction is of the blocks read.
    /// </summary>
    internal static double? InkFraction(IPdfImage image, bool stopEarly = false)
    {
        var histogram = BlockHistogram(image, stopEarly);
        return histogram is null ? null : InkFraction(histogram);
    }

    /// <summary>The fraction of blocks off the background, which is the commonest level: paper, whatever its shade.</summary>
    internal static double InkFraction(ReadOnlySpan<int> histogram)
    {
        var total = 0;
        var background = 0;
        for (var v = 0; v < 256; v++)
        {
            total += histogram[v];
            if (histogram[v] > histogram[background]) background = v;
        }
        return total == 0 ? 0 : (total - Near(histogram, background)) / (double)total;
    }

    // Blocks within InkContrast of the level.
    private static int Near(ReadOnlySpan<int> histogram, int level)
    {
        var near = 0;
        for (var v = Math.Max(0, level - InkContrast); v <= Math.Min(255, level + InkContrast); v++) near += histogram[v];
        return near;
    }

    // Whatever the background turns out to be, more blocks than a blank page may have already stand off it.
    private static bool SurelyInked(int[] histogram, int blocks)
    {
        var read = 0;
        foreach (var count in histogram) read += count;
        var fewestOff = read;
        for (var level = 0; level < 256 && fewestOff > 0; level++) fewestOff = Math.Min(fewestOff, read - Near(histogram, level));
        return fewestOff > MaxInkFraction * blocks;
    }

    private static int[]? BlockHistogram(IPdfImage image, bool stopEarly)
    {
        if (IsOnlyFilter(image, "DCTDecode", "DCT"))
            return JpegDc.BlockHistogram(image.RawMemory.Span, stopEarly ? SurelyInked : null);
        var space = image.ColorSpaceDetails;
        var components = image.IsImageMask ? 1 : space?.Type switch
        {
            ColorSpace.DeviceGray or ColorSpace.CalGray => 1,
            ColorSpace.DeviceRGB or ColorSpace.CalRGB => 3,
            ColorSpace.ICCBased when space.NumberOfColorComponents is 1 or 3 => space.NumberOfColorComponents,
            _ => 0,
        };
        var bits = image.IsImageMask ? 1 : image.BitsPerComponent;
        if (components == 0 || bits is not (1 or 8) || (bits == 1 && components != 1)) return null;
        if (!image.TryGetBytesAsMemory(out var memory)) return null;
        var samples = memory.Span;
        int width = image.WidthInSamples, height = image.HeightInSamples;
        var rowBytes = bits == 1 ? (width + 7) / 8 : width * components;
        if (samples.Length < (long)rowBytes * height) return null;

        int blocksX = (width + 7) / 8, blocksY = (height + 7) / 8;
        var sums = new long[blocksX * blocksY];
        var counts = new int[blocksX * blocksY];
        for (var y = 0; y < height; y++)
        {
            var row = samples.Slice(y * rowBytes, rowBytes);
            var blockRow = y / 8 * blocksX;
            for (var x = 0; x < width; x++)
            {
                int level = bits == 1 ? ((row[x >> 3] >> (7 - (x & 7))) & 1) * 255
                    : components == 1 ? row[x]
                    : (row[3 * x] * 3 + row[3 * x + 1] * 6 + row[3 * x + 2]) / 10;
                sums[blockRow + x / 8] += level;
                counts[blockRow + x / 8]++;
            }
        }
        var histogram = new int[256];
        for (var i = 0; i < sums.Length; i++) histogram[sums[i] / counts[i]]++;
        return histogram;
    }

    private static bool IsOnlyFilter(IPdfImage image, params string[] names) =>
        image.ImageDictionary.Data.TryGetValue(NameToken.Filter.Data, out var filter) && filter switch
        {
            NameToken name => names.Contains(name.Data),
            ArrayToken { Data.Count: 1 } array => array.Data[0] is NameToken one && names.Contains(one.Data),
            _ => false,
        };
}
