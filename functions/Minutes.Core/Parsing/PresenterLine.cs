using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A line that names an item's presenters by a label: "Föredragande: Eva Malm", "Inledare: Sofia Lind", "Dragning
/// av Lena Ask", also set in parentheses under the heading ("(Föredragande: Ola Dahl)"). The label and the
/// parentheses are not part of the names.
/// </summary>
public static partial class PresenterLine
{
    public static bool IsLabelled(string line) => Label().IsMatch(line);

    /// <summary>The line without its label and enclosing parentheses; the line as it is when it has no label.</summary>
    public static string WithoutLabel(string line)
    {
        var m = Label().Match(line);
        if (!m.Success) return line;
        var rest = line[m.Length..].Trim();
        return m.Groups["open"].Success && rest.EndsWith(')') ? rest[..^1].TrimEnd() : rest;
    }

    [GeneratedRegex($@"^(?<open>\(\s*)?(?:{Vocabulary.PresenterLabels})\b\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
