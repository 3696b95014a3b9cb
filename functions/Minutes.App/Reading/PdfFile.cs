using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Minutes.Reading;

/// <summary>
/// Opens a PDF in-process (PdfPig, no native tool) and turns every way a file can fail to open into a rejection that
/// says why: corrupt, encrypted, or without pages.
/// </summary>
internal static class PdfFile
{
    /// <summary>The PDF, or a rejection when it cannot be opened, has no pages, or has more than the limit.</summary>
    public static async Task<PdfDocument> OpenAsync(string path, ReadingOptions limits, CancellationToken cancellationToken)
    {
        // Read asynchronously, parse in memory: PdfPig itself only reads synchronously.
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentRejectedException("The PDF cannot be opened: it is encrypted with a password.");
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever the parser trips on, the cause is the file: it is the only input.
            throw new DocumentRejectedException($"The PDF cannot be opened (corrupt or encrypted): {e.Message}");
        }
        try
        {
            var pages = PageCount(document);
            if (pages == 0) throw new DocumentRejectedException("The PDF has no pages.");
            if (pages > limits.MaxPages) throw limits.TooManyPages($"{pages}");
            return document;
        }
        catch (DocumentRejectedException)
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>A page, or a rejection naming the page when its content cannot be parsed.</summary>
    public static Page Page(PdfDocument document, int number)
    {
        try
        {
            return document.GetPage(number);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new DocumentRejectedException($"Page {number} of the PDF cannot be read (corrupt): {e.Message}");
        }
    }

    // A broken page tree can fail here rather than at open.
    private static int PageCount(PdfDocument document)
    {
        try
        {
            return document.NumberOfPages;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new DocumentRejectedException($"The PDF cannot be opened (corrupt): {e.Message}");
        }
    }
}
