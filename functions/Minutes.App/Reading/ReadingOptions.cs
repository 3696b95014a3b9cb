using System.ComponentModel.DataAnnotations;

namespace Minutes.Reading;

/// <summary>
/// Section "Reading": the bounds on the work one document may cause, whatever engine reads it. A document over a limit
/// is rejected with a reason that names the limit and this setting, so that an operator knows what to raise.
/// </summary>
public sealed class ReadingOptions
{
    public const string Section = "Reading";

    /// <summary>Pages (PDF pages, TIFF frames) a document may have; minutes rarely run past 50 with attachments.</summary>
    [Range(1, 100_000)]
    public int MaxPages { get; set; } = 300;

    /// <summary>
    /// Pixels one image may hold, in millions, checked from its header before anything is decoded. 100 megapixels is
    /// an A0 sheet scanned at 200 dpi, or A4 at 1200 dpi; decoded in grey it is 100 MB, in colour 300 MB.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxImageMegapixels { get; set; } = 100;

    /// <summary>
    /// Seconds OCR of one page by Tesseract, or rendering of one page by pdftoppm, may take before it is given up (the
    /// tool killed) and the document rejected. A page takes 1 to 3 s; one that takes minutes is pathological.
    /// </summary>
    [Range(0.001, 3600)]
    public double ToolTimeoutSeconds { get; set; } = 120;

    /// <summary>Whether pages with nothing on them (no text, no drawing, only uniform scans) are left out of OCR.</summary>
    public bool SkipBlankPages { get; set; } = true;

    internal long MaxImagePixels => MaxImageMegapixels * 1_000_000L;
    internal TimeSpan ToolTimeout => TimeSpan.FromSeconds(ToolTimeoutSeconds);

    internal DocumentRejectedException TooManyPages(string pages) => new(
        $"The document has {pages} pages; the limit is {MaxPages} (setting Reading:MaxPages).");

    internal DocumentRejectedException TooManyPixels(string what, long width, long height) => new(
        $"{what} is {width}×{height} pixels ({width * height / 1e6:0.#} megapixels); the limit is {MaxImageMegapixels} megapixels " +
        "(setting Reading:MaxImageMegapixels).");

    internal void CheckPixels(string what, long width, long height)
    {
        if (width <= 0 || height <= 0) throw new DocumentRejectedException($"{what} has no size ({width}×{height} pixels).");
        if (width * height > MaxImagePixels) throw TooManyPixels(what, width, height);
    }
}
