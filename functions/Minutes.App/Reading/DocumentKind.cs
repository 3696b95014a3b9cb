namespace Minutes.Reading;

/// <summary>The upload types we read, told from the content's first bytes, never from the name.</summary>
public enum DocumentKind { Pdf, Tiff, Png, Jpeg }

public static class DocumentSniffer
{
    private const int HeadLength = 1024;

    /// <summary>What the file is, or a rejection saying what it is instead and why we cannot read it.</summary>
    public static async Task<DocumentKind> SniffAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file: {path}", path);
        var head = new byte[HeadLength];
        int read;
        await using (var stream = File.OpenRead(path))
            read = await stream.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, cancellationToken);
        return Sniff(head.AsSpan(0, read));
    }

    public static DocumentKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) throw new DocumentRejectedException("The file is empty.");
        // Some producers put junk before the header; PDF readers accept it within the first kilobyte.
        if (head.IndexOf("%PDF-"u8) >= 0) return DocumentKind.Pdf;
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) return DocumentKind.Tiff;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return DocumentKind.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return DocumentKind.Jpeg;
        throw new DocumentRejectedException(Describe(head));
    }

    private static string Describe(ReadOnlySpan<byte> head)
    {
        const string accepted = "Upload a PDF, TIFF, PNG or JPEG.";
        if (head.StartsWith("PK\x03\x04"u8))
            return $"The file is a zip archive (Word .docx and other Office files are zip archives), not a document we can read. {accepted}";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            return $"The file is an old Office document (.doc/.xls), which we cannot read. {accepted}";
        if (head.StartsWith("{\\rtf"u8)) return $"The file is an RTF document, which we cannot read. {accepted}";
        if (head.StartsWith("GIF8"u8)) return $"The file is a GIF image, which we do not read. {accepted}";
        if (LooksLikeText(head)) return $"The file is plain text, not a document or image. {accepted}";
        return $"The file's type is not recognised from its content. {accepted}";
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
            if (b < 0x09 || (b > 0x0D && b < 0x20)) return false;
        return true;
    }
}
