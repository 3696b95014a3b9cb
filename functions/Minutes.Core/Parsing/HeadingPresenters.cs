using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Presenters named in parentheses at the end of the heading: "2. Demensvården (Anna Berg)",
/// "3. Anhörigstöd (Eva Lind, Bo Ek)", "4. Vaccinationer (Jenny)" for the one attendee named Jenny. Only when every part in the parentheses is a person's name: an
/// abbreviation or a period ("(SPSV)", "(2026–2028)") stays in the title.
/// </summary>
public static partial class HeadingPresenters
{
    /// <param name="people">The attendees: a first name alone in the parentheses ("3. Vaccinationer (Jenny)") is the one who has it.</param>
    public static (string Title, List<string> Presenters) Split(string title, IReadOnlyList<string> people)
    {
        var m = Trailing().Match(title);
        if (!m.Success) return (title, []);
        var inside = PresenterLine.WithoutLabel(m.Groups["names"].Value.Trim());
        var parts = Names.ListParts(inside).ToList();
        var names = parts.Select(p => Names.Leading(p) is { } n && n == Names.Clean(p) ? n : ActionOwner.NamedPerson(p, people)).ToList();
        if (parts.Count == 0 || names.Any(n => n is null)) return (title, []);
        return (m.Groups["title"].Value.TrimEnd(), names.OfType<string>().Distinct().ToList());
    }

    [GeneratedRegex(@"^(?<title>.*\S)\s*\((?<names>[^()]{3,120})\)$")]
    private static partial Regex Trailing();
}
