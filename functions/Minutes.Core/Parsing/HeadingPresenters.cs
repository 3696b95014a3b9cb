using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Presenters named in parentheses at the end of the heading: "2. Demensvården (Anna Berg)",
/// "3. Anhörigstöd (Eva Lind, Bo Ek)". Only when every part in the parentheses is a person's name: an
/// abbreviation or a period ("(SPSV)", "(2026–2028)") stays in the title.
/// </summary>
public static partial class HeadingPresenters
{
    public static (string Title, List<string> Presenters) Split(string title)
    {
        var m = Trailing().Match(title);
        if (!m.Success) return (title, []);
        var inside = PresenterLine.WithoutLabel(m.Groups["names"].Value.Trim());
        var parts = Names.ListParts(inside).ToList();
        if (parts.Count == 0 || parts.Any(p => Names.Leading(p) != Names.Clean(p))) return (title, []);
        return (m.Groups["title"].Value.TrimEnd(), parts.Select(p => Names.Leading(p)!).Distinct().ToList());
    }

    [GeneratedRegex(@"^(?<title>.*\S)\s*\((?<names>[^()]{3,120})\)$")]
    private static partial Regex Trailing();
}
