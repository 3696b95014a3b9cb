using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A chair chosen at the meeting, named only in the minutes' text: "Eva Lind väljs till mötesordförande",
/// "Till ordförande för mötet valdes Anna Ek"; or the one who led it: "Susanne hälsade välkommen och ledde mötet",
/// "Mötet leddes av Lars Rydin", "Ordförande var Henrik Ståhlberg"; or the one named as the forum's chair: "Bengt Hallquist, som är rådets ordförande, …".
/// A first name alone is the attendee who has it. Read when the header and the attendee
/// list name no chair.
/// </summary>
public static partial class ElectedChair
{
    public static string? Find(IReadOnlyList<SourceLine> lines, IReadOnlyList<string> people)
    {
        var sentences = Sentences(lines).ToList();
        return sentences.Select(Elected).FirstOrDefault(n => n is not null)
               ?? sentences.Select(s => Leader(s, people)).FirstOrDefault(n => n is not null)
               ?? sentences.Select(s => Appositive().Match(s)).Where(m => m.Success).Select(m => Person(m.Groups["name"].Value, people)).FirstOrDefault(n => n is not null);
    }

    private static string? Elected(string sentence) =>
        NameFirst().Match(sentence) is { Success: true } m && Names.Leading(m.Groups["name"].Value) is { } first ? first
        : NameLast().Match(sentence) is { Success: true } n ? Names.Leading(n.Groups["name"].Value)
        : WasChair().Match(sentence) is { Success: true } w ? Names.Leading(w.Groups["name"].Value) : null;

    // "Ordförande var Henrik Ståhlberg.", "Mötesordförande för dagen var …", "Anna Ek var ordförande.": told in a sentence;
    // not "Vice ordförande var …".
    [GeneratedRegex($@"(?<!\b[Vv]ice\s)\b(?:[Mm]ötes)?[Oo]rdförande(?:\s+(?:för|vid)\s+(?:mötet|dagen|sammanträdet))?\s+var\s+(?<name>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{1,3}})|(?<![\p{{L}}-])(?<name>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{1,3}})\s+var\s+(?:mötes)?ordförande\b")]
    private static partial Regex WasChair();

    // "Bengt Hallquist, som är rådets ordförande, hälsade …", "Bengt Hallquist, rådets ordförande, …": named as the forum's chair.
    [GeneratedRegex($@"(?<![\p{{L}}-])(?<name>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{1,3}}),\s+(?:som\s+är\s+)?(?:\p{{Ll}}+s\s+)?{Vocabulary.Chair}\s*,")]
    private static partial Regex Appositive();

    private static string? Leader(string sentence, IReadOnlyList<string> people)
    {
        var m = Led().Match(sentence);
        if (!m.Success) m = LedBy().Match(sentence);
        return m.Success ? Person(m.Groups["name"].Value, people) : null;
    }

    private static string? Person(string name, IReadOnlyList<string> people)
    {
        // Sentences are joined across lines, so a heading may stand before the name ("Välkommen Susanne hälsade …"):
        // the shortest tail that is one of the meeting's people, else the last two words as a name.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k <= words.Length; k++)
        {
            var tail = string.Join(' ', words[^k..]);
            var person = k == 1 ? ActionOwner.Person(tail, people) : people.Contains(tail) ? tail : null;
            if (person is not null) return person;
        }
        return words.Length >= 2 ? Names.Leading(string.Join(' ', words[^2..])) : null;
    }

    // Sentences of the running text, joined across line breaks; a chair is chosen near the start, so the first 80 lines.
    private static IEnumerable<string> Sentences(IReadOnlyList<SourceLine> lines) =>
        Parsing.Sentences.Split(string.Join(" ", lines.Take(80).Where(l => !l.IsBlank).Select(l => l.Text)));

    // The name, then lower-case words only, so that it is the leader's: "Susanne hälsade välkommen och ledde mötet".
    [GeneratedRegex($@"(?<![\p{{L}}-])(?<name>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{0,3}})\s+(?:[\p{{Ll}} ]{{0,40}}?\s+och\s+)?(?:{Vocabulary.LedVerbs})\s+(?:{Vocabulary.MeetingNouns})\b")]
    private static partial Regex Led();

    [GeneratedRegex($@"\b(?i:{Vocabulary.MeetingNouns})\s+leddes\s+av\s+(?<name>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{0,3}})")]
    private static partial Regex LedBy();

    // A name starts at a word's start, so a long run of capitals is not tried at every letter.
    [GeneratedRegex($@"(?<![\p{{L}}-])(?<name>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{1,3}})\s+(?:{Vocabulary.ElectedVerbs})\s+till\s+(?:mötes)?ordförande\b")]
    private static partial Regex NameFirst();

    [GeneratedRegex($@"\b[Tt]ill\s+(?:mötes)?ordförande(?:\s+för\s+(?:mötet|dagen|sammanträdet))?\s+(?:{Vocabulary.ElectedVerbs})\s+(?<name>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{1,3}})")]
    private static partial Regex NameLast();
}
