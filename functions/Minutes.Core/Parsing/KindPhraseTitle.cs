using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A title heading that opens with the document's kind: "Anteckningar från samverkansrådet mellan …", "Protokoll fört
/// vid sammanträde med Beredningen för …". The kind phrase says what the document is, not which forum met, so it is
/// dropped and the forum written with a capital: "Samverkansrådet mellan …", "Beredningen för …". So is a kind and day
/// after the forum: "Arbetsgruppen för … i Piteå, anteckningar 2026-03-10".
/// </summary>
public static partial class KindPhraseTitle
{
    /// <summary>The forum the heading names; the text unchanged when it does not open with a kind phrase.</summary>
    public static string Strip(string title)
    {
        // "Arbetsgruppen för trygg hemgång i Piteå, anteckningar 2026-03-10": the kind and the day after the forum.
        if (KindAndDayAtEnd().Match(title) is { Success: true, Index: > 0 } tail && SwedishDates.FirstDate(tail.Value) is not null)
            title = title[..tail.Index].TrimEnd();
        var m = Phrase().Match(title);
        if (!m.Success || m.Length >= title.Length) return title;
        var rest = title[m.Length..].Trim();
        return rest.Length == 0 ? title : char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    /// <summary>Whether the block is such a heading and not a sentence of meeting: it names no date.</summary>
    public static bool IsHeading(string block) => Phrase().IsMatch(block) && SwedishDates.FirstDate(block) is null;

    [GeneratedRegex($@"\s*[,–-]\s*(?:{Vocabulary.KindNames})(?:\s+(?:från\s+)?(?:mötet\s+)?(?:den\s+)?[\p{{L}}\d/.-]+){{1,4}}$", RegexOptions.IgnoreCase)]
    private static partial Regex KindAndDayAtEnd();

    [GeneratedRegex($@"^\s*{Vocabulary.KindPhrases}", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
