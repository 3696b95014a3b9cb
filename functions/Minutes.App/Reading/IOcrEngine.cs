using Minutes.Text;

namespace Minutes.Reading;

/// <summary>Reads the text of one page image. Two engines: Tesseract locally, Document Intelligence in Azure.</summary>
public interface IOcrEngine
{
    string Name { get; }

    /// <param name="pageNumber">1-based number the page gets in the document.</param>
    Task<TextPage> ReadPageAsync(string imagePath, int pageNumber, CancellationToken cancellationToken = default);
}
