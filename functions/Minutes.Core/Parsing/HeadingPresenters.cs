using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Presenters named at the end of the heading, in parentheses or after a dash: "2. Demensvården (Anna Berg)",
/// "3. Anhörigstöd (Eva Lind, Bo Ek)", "4. Vaccinationer (Jenny)" for the one attendee named Jenny,
/// "13.15 Anhörigstöd i Vetlanda – Åsa Kullenberg och Mattias Ringborg", "3. Hemsjukvård – Anna Ek, enhetschef" (a
/// title or body after a name describes them). Only when every part is a person's name: an
/// abbreviation or a period ("(SPSV)", "(2026–2028)"), or a subtitle ("Ekonomi – utfall 2026"), stays in the title.
/// </summary>
public static partial class HeadingPresenters
{
    /// <param name="people">The attendees: a first name alone in the parentheses ("3. Vaccinationer (Jenny)") is the one who has it.</param>
    public static (string Title, List<string> Presenters) Split(string title, IReadOnlyList<string> people)
    {
        var m = Trailing().Match(title);
        if (!m.Success) m = AfterDash().Match(title);
        if (!m.Success) return (title, []);
        var inside = PresenterLine.WithoutLabel(m.Groups["names"].Value.Trim());
        var parts = Names.ListParts(inside).ToList();
        var names = new List<string>();
        foreach (var part in parts)
        {
            if ((Names.Leading(part) is { } n && n == Names.Clean(part) ? n : ActionOwner.NamedPerson(part, people)) is { } name) names.Add(name);
            // "– Anna Ek, enhetschef", "– Malin Torstensson, Norrköpings kommun": a title or a body after a name describes them.
            else if (names.Count == 0 || !(char.IsLower(part[0]) || Vocabulary.IsOrganisation(part))) return (title, []);
        }
        if (names.Count == 0) return (title, []);
        return (m.Groups["title"].Value.TrimEnd(), names.Distinct().ToList());
    }

    [GeneratedRegex(@"^(?<title>.*\S)\s*\((?<names>[^()]{3,120})\)$")]
    private static partial Regex Trailing();

    // The last dash of the heading, set with spaces: the title may hold one of its own ("Unga anhöriga – hur når vi dem? – Sofia Lind").
    [GeneratedRegex(@"^(?<title>.*\S)\s+[–—-]\s+(?<names>[^–—()]{3,120})$")]
    private static partial Regex AfterDash();
}
