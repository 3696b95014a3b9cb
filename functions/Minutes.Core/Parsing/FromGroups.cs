using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A run-on attendee sentence that gives each group's organisation after its people with "från": "Karin Lindbäck och
/// Tomas Nordmark från Region Norrbotten, Sofia Granström från Piteå kommun samt Anders Lidström från PRO Piteå." The
/// organisation belongs to every name since the last one. A last group may name its body first, with titles before
/// the names: "… samt från vård- och äldreförvaltningen avdelningschef Maria Thornell och enhetschef Patrik Wedin".
/// </summary>
public static partial class FromGroups
{
    /// <summary>The groups, each (organisation, names); null when the text is not written this way.</summary>
    public static List<(string Organization, string Names)>? Split(string text)
    {
        // The list is the first sentence; what follows ("Sofia Granström förde anteckningarna.") is another matter.
        var sentence = SentenceEnd().Match(text) is { Success: true } end ? text[..end.Index] : text.Trim().TrimEnd('.');
        // "Närvarande var …" read after its label, and ", som förde anteckningarna" after the last name.
        sentence = AttendanceProse.KeptNotes().Replace(AttendanceProse.Opening().Replace(sentence, ""), "");
        var groups = new List<(string, string)>();
        var pending = new List<string>();
        var last = BodyFirst().Match(sentence);
        if (last.Success)
        {
            sentence = sentence[..last.Index];
            groups.Add((ActionOwner.Capitalised(last.Groups["body"].Value), AttendanceProse.TitleBeforeName().Replace(last.Groups["names"].Value, "")));
        }
        foreach (var chunk in Chunks().Split(sentence).Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            var from = chunk.IndexOf(" från ", StringComparison.Ordinal);
            var names = from < 0 ? chunk : chunk[..from];
            // Names, and a role after one ("Karin Lindbäck, ordförande"), which the names' reader makes the chair.
            if (Names.ListParts(names).Any(p => Names.Leading(p) != p && !(char.IsLower(p[0]) && p.Split(' ').Length <= 3))) return null;
            pending.Add(names);
            if (from < 0) continue;
            var organisation = chunk[(from + " från ".Length)..].Trim();
            // "… från förvaltningen" names a body in lower case; anything else lower case is a sentence going on.
            if (organisation.Length == 0 || organisation.Split(' ').Length > 5
                || !char.IsUpper(organisation[0]) && !Vocabulary.IsOrganisation(char.ToUpperInvariant(organisation[0]) + organisation[1..])) return null;
            groups.Add((organisation, string.Join(", ", pending)));
            pending.Clear();
        }
        // The body named first was read first; it stands last.
        if (groups.Count > 1 && last.Success) groups = [.. groups.Skip(1), groups[0]];
        return groups.Count > (last.Success ? 1 : 0) && pending.Count == 0 ? groups : null;
    }

    // A full stop after a word, before a capital and a small letter; not an initial's ("Anna K. Berg").
    [GeneratedRegex(@"(?<=\p{L}{2})\.\s+(?=\p{Lu}\p{Ll})")]
    private static partial Regex SentenceEnd();

    // Groups part at commas and "samt"; "och" joins names within a group, and may stand inside an organisation's name.
    // A run of spaces is tried from its first space only, so a long run costs linear time.
    // "och" before a name given its own "från", after an organisation, starts a group: "… från SKPF avd 24 Borås och Siv
    // Ringström från RPG Borås". The look back is bounded, so a long text without commas costs linear time.
    [GeneratedRegex(@",|(?<!\s)\s+samt\s+|(?<=\sfrån\s[^,]{1,80})(?<!\s)\s+och\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+från\s)")]
    private static partial Regex Chunks();

    // "samt från vård- och äldreförvaltningen avdelningschef Maria Thornell, …": the body, then (titled) names to the end.
    [GeneratedRegex(@"(?<!\s)\s+samt\s+från\s+(?<body>(?:\p{L}+-\s+och\s+)?\p{L}+(?:\s\p{Lu}\p{L}+)*?)\s+(?<names>(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+[ -]\p{Lu}.*)$", RegexOptions.Singleline)]
    private static partial Regex BodyFirst();
}
