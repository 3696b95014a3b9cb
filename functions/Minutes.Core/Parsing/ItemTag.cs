using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// An action listed apart from its item, as in a list of commitments at the end ("Åtaganden"), names the item it
/// belongs to in a tag: "… senast den 18 december. (Punkt 2)", "(p. 4)", "(§ 12)". It is filed under that item,
/// without the tag; a tag naming no item of the minutes is left as it is.
/// </summary>
public static partial class ItemTag
{
    public static List<ActionItem> Refile(IEnumerable<ActionItem> actions, IReadOnlyList<AgendaItem> items) =>
        actions.Select(a => Tag().Match(a.Text) is { Success: true } m
                            && items.FirstOrDefault(i => Digits(i.Number) == m.Groups["n"].Value) is { } item
            ? a with { Text = a.Text[..m.Index].TrimEnd(), AgendaItemNumber = item.Number }
            : a).ToList();

    /// <summary>A paragraph's closing tag, set apart: the sentence splitter would read "(Punkt 2)" as a sentence of its own.</summary>
    public static (string Text, string Tag) Split(string paragraph) =>
        Tag().Match(paragraph) is { Success: true } m ? (paragraph[..m.Index].TrimEnd(), " " + m.Value.Trim()) : (paragraph, "");

    private static string Digits(string number) => new(number.Where(char.IsDigit).ToArray());

    [GeneratedRegex(@"\s*\((?:[Pp]unkt|[Pp]\.|§)\s*(?<n>\d{1,3})\)\.?$")]
    private static partial Regex Tag();
}
