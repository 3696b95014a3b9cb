using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A chair chosen at the meeting, named only in the minutes' text: "Eva Lind väljs till mötesordförande",
/// "Till ordförande för mötet valdes Anna Ek". Read when the header and the attendee list name no chair.
/// </summary>
public static partial class ElectedChair
{
    public static string? Find(IReadOnlyList<SourceLine> lines)
    {
        foreach (var sentence in Sentences(lines))
        {
            if (NameFirst().Match(sentence) is { Success: true } m && Names.Leading(m.Groups["name"].Value) is { } first)
                return first;
            if (NameLast().Match(sentence) is { Success: true } n && Names.Leading(n.Groups["name"].Value) is { } last)
                return last;
        }
        return null;
    }

    // Sentences of the running text, joined across line breaks; a chair is chosen near the start, so the first 80 lines.
    private static IEnumerable<string> Sentences(IReadOnlyList<SourceLine> lines) =>
        Parsing.Sentences.Split(string.Join(" ", lines.Take(80).Where(l => !l.IsBlank).Select(l => l.Text)));

    [GeneratedRegex($@"(?<name>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{1,3}})\s+(?:{Vocabulary.ElectedVerbs})\s+till\s+(?:mötes)?ordförande\b")]
    private static partial Regex NameFirst();

    [GeneratedRegex($@"\b[Tt]ill\s+(?:mötes)?ordförande(?:\s+för\s+(?:mötet|dagen|sammanträdet))?\s+(?:{Vocabulary.ElectedVerbs})\s+(?<name>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{1,3}})")]
    private static partial Regex NameLast();
}
