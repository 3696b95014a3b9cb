using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A label that wraps in its column, its second word on the next line beside the next value:
/// <code>
/// Övriga          Josefin Ahl, avdelningschef
/// deltagande      Mattias Brodin, enhetschef
/// </code>
/// reads as "Övriga deltagande      Josefin Ahl, avdelningschef" over "Mattias Brodin, enhetschef".
/// </summary>
public static partial class WrappedLabel
{
    public static List<string> Join(IReadOnlyList<string> lines)
    {
        var text = lines.ToList();
        for (var i = 0; i + 1 < text.Count; i++)
        {
            var first = LabelThenValue().Match(text[i]);
            var second = LabelThenValue().Match(text[i + 1]);
            if (!first.Success || !second.Success || !char.IsLower(second.Groups["word"].Value[0]) || Labels.Match(text[i]) is not null) continue;
            var label = first.Groups["word"].Value + " " + second.Groups["word"].Value;
            if (Labels.Match(label) is not { Value: "" } known || known.Label.Length != label.Length) continue;
            text[i] = label + first.Groups["gap"].Value + first.Groups["value"].Value;
            text[i + 1] = second.Groups["value"].Value;
        }
        return text;
    }

    // One word in the label column, then a gap of the layout's column and a value.
    [GeneratedRegex(@"^(?<word>\p{L}+)(?<gap>\s{4,})(?<value>\S.*)$")]
    private static partial Regex LabelThenValue();
}
