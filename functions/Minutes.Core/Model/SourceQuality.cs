namespace Minutes.Model;

/// <summary>
/// Which of two readings of the same minutes stands when both are ingested (the born-digital PDF and its scan, or a
/// scan and a better scan): a text layer over OCR, since OCR misreads names that reach the agenda's invitations;
/// between two OCR readings the higher mean confidence; on a tie the newer copy, which may be a correction.
/// </summary>
public static class SourceQuality
{
    public static bool Replaces(DocumentSource candidate, DocumentSource? stored)
    {
        if (stored is null) return true;
        var (mine, theirs) = (Rank(candidate), Rank(stored));
        if (mine != theirs) return mine > theirs;
        return (candidate.OcrMeanConfidence ?? 0) >= (stored.OcrMeanConfidence ?? 0);
    }

    private static int Rank(DocumentSource source) => source.OcrEngine == "text" ? 1 : 0;
}
