using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A line that names an item's presenters by a label: "Föredragande: Eva Malm", "Inledare: Sofia Lind", "Dragning
/// av Lena Ask", also set in parentheses under the heading ("(Föredragande: Ola Dahl)", "(Ola Dahl, enhetschef)"). The label and the
/// parentheses are not part of the names.
/// </summary>
public static partial class PresenterLine
{
    public static bool IsLabelled(string line) => Label().IsMatch(line);

    /// <summary>Labelled, or names alone in parentheses ("(Agneta Lindhé, avdelningschef)"): no part of a title above it.</summary>
    public static bool Is(string line) => IsLabelled(line) || Enclosed().IsMatch(line);

    /// <summary>The line without its label and enclosing parentheses; the line as it is when it has no label.</summary>
    public static string WithoutLabel(string line)
    {
        var m = Label().Match(line);
        // "(Agneta Lindhé, avdelningschef närsjukvård)" under the heading: names in parentheses, without a label.
        if (!m.Success) return Enclosed().Match(line) is { Success: true } e ? e.Groups["inside"].Value.Trim() : line;
        // "Föredragande: socialchef Hanna Åström": the title before the name is no part of it.
        var rest = TitleBefore().Replace(line[m.Length..].Trim(), "");
        return m.Groups["open"].Success && rest.EndsWith(')') ? rest[..^1].TrimEnd() : rest;
    }

    [GeneratedRegex(@"^(?:\p{Ll}[\p{L}-]+\s+){1,3}(?=\p{Lu}\p{Ll}+\s+\p{Lu})")]
    private static partial Regex TitleBefore();

    [GeneratedRegex(@"^\(\s*(?<inside>\p{Lu}[^()]*)\)$")]
    private static partial Regex Enclosed();

    [GeneratedRegex($@"^(?<open>\(\s*)?(?:{Vocabulary.PresenterLabels})\b\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
