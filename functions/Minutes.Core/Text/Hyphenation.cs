using System.Text.RegularExpressions;

namespace Minutes.Text;

/// <summary>
/// Undoes hyphenation at line ends: "sjukvårds-" + "förvaltningen" becomes "sjukvårdsförvaltningen", the word moving
/// up a line. A hyphen before a conjunction is a Swedish elided compound ("hälso- och sjukvård") and stays.
/// </summary>
internal static partial class Hyphenation
{
    private static readonly HashSet<string> Conjunctions = ["och", "eller", "samt", "respektive", "resp", "till", "som", "men"];

    public static IReadOnlyList<TextLine> Undo(IReadOnlyList<TextLine> lines)
    {
        var result = lines.ToList();
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var line = result[i].Text;
            var next = result[i + 1].Text;
            if (!HyphenatedEnd().IsMatch(line)) continue;
            var word = FirstWord().Match(next);
            if (!word.Success || Conjunctions.Contains(word.Groups["word"].Value)) continue;

            result[i] = result[i] with { Text = line[..^1] + word.Value.TrimEnd() };
            var rest = next[word.Length..].TrimStart();
            if (rest.Length == 0) result.RemoveAt(i + 1);
            else result[i + 1] = result[i + 1] with { Text = rest };
        }
        return result;
    }

    // A letter right before the final hyphen: "sjukvårds-", not " - " nor "2024-".
    [GeneratedRegex(@"\p{L}\p{L}-$")]
    private static partial Regex HyphenatedEnd();

    // The continuation starts in lower case and takes its punctuation with it ("förvaltningen," / "förvaltningen.").
    [GeneratedRegex(@"^(?<word>\p{Ll}[\p{L}\-]*)[\p{P}]*\s?")]
    private static partial Regex FirstWord();
}
