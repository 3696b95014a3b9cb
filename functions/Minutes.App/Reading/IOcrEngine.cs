using Minutes.Text;

namespace Minutes.Reading;

/// <summary>Reads pages from their pixels. Two real engines: Tesseract (local) and Azure AI Document Intelligence.</summary>
public interface IOcrEngine
{
    /// <summary>"tesseract" or "docint", as TextPage.Engine says.</summary>
    string Name { get; }

    /// <summary>Reads the given pages of a PDF (all pages when none are named), or every page/frame of an image file.</summary>
    Task<IReadOnlyList<TextPage>> ReadAsync(OcrSource source, CancellationToken cancellationToken = default);
}

/// <summary>What to read.</summary>
/// <param name="Pages">1-based pages of a PDF to read; null for all.</param>
/// <param name="Pdf">The PDF as the reader already opened it, so that no engine parses the file a second time.</param>
public sealed record OcrSource(string Path, DocumentKind Kind, IReadOnlyList<int>? Pages = null, UglyToad.PdfPig.PdfDocument? Pdf = null);
