using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>Splits a paragraph into sentences at ".", "?" or "!" followed by a capital letter or a parenthesis.</summary>
public static partial class Sentences
{
    public static List<string> Split(string paragraph) =>
        Boundary().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.?!])\s+(?=[\p{Lu}(])")]
    private static partial Regex Boundary();
}
