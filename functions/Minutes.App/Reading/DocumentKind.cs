namespace Minutes.Reading;

public enum DocumentKind { Pdf, Tiff, Png, Jpeg }

/// <summary>Tells what a file is from its first bytes; names and content types from uploaders are not trusted.</summary>
public static class DocumentSniffer
{
    public static async Task<DocumentKind> SniffAsync(string path, CancellationToken cancellationToken = default)
    {
        var head = new byte[8];
        int read;
        await using (var file = File.OpenRead(path))
            read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var h = head.AsSpan(0, read);
        if (read == 0) throw new DocumentRejectedException("The file is empty.");
        if (h.StartsWith("%PDF-"u8)) return DocumentKind.Pdf;
        if (h.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 })) return DocumentKind.Png;
        if (h.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return DocumentKind.Jpeg;
        if (h.StartsWith("II*\0"u8) || h.StartsWith("MM\0*"u8)) return DocumentKind.Tiff;
        if (h.StartsWith("PK\u0003\u0004"u8))
            throw new DocumentRejectedException("The file is a ZIP package (a Word or other Office document?); upload the minutes as PDF, TIFF, PNG or JPEG.");
        if (h.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            throw new DocumentRejectedException("The file is an old Office document (.doc); upload the minutes as PDF, TIFF, PNG or JPEG.");
        throw new DocumentRejectedException("The file is not a PDF, TIFF, PNG or JPEG.");
    }
}
