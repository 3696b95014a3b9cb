using Minutes.Text;

namespace Minutes.Reading;

/// <summary>Reads pages from their pixels. Two real engines: Tesseract (local) and Azure AI Document Intelligence.</summary>
public interface IOcrEngine
{
    /// <summary>"tesseract" or "docint", as TextPage.Engine says.</summary>
    string Name { get; }

    /// <summary>Reads the given 1-based pages of a PDF (all pages when null), or every page/frame of an image file.</summary>
    Task<IReadOnlyList<TextPage>> ReadAsync(string path, DocumentKind kind, IReadOnlyList<int>? pages,
        CancellationToken cancellationToken = default);
}
