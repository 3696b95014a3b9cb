using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// A sentence in an item that points to a row of the minutes' own watch list ("… för patienter över 80 år (nr 6).",
/// "…, se uppföljningslistan nr 4.") tells of the task that row holds: the row is the action, and the sentence gives
/// it the owner or due the row leaves out.
/// </summary>
public static partial class WatchListReference
{
    /// <summary>The row number a sentence ends by pointing to, or null.</summary>
    public static string? RowOf(string text) => Reference().Match(text) is { Success: true } m ? m.Groups["n"].Value : null;

    /// <summary>
    /// The actions read from the items, without those that point to a row the table has, then the rows' actions (one per
    /// row, in order), each given the owner or due its row leaves out by what points to it.
    /// </summary>
    public static List<ActionItem> Fold(List<ActionItem> told, IReadOnlyList<ActionTable.Row> rows, IReadOnlyList<ActionItem> fromRows)
    {
        // TableActions gives one action per row, in the rows' order: fromRows[k] is rows[k]'s.
        var pointing = told.Select(a => RowOf(a.Text) is { } n && rows.Any(r => r.Number == n) ? n : null).ToList();
        var completed = fromRows.Select((action, k) => pointing.IndexOf(rows[k].Number) is var at and >= 0 && rows[k].Number is not null
            ? action with { Owner = action.Owner ?? told[at].Owner, Due = action.Due ?? told[at].Due }
            : action);
        return [.. told.Where((_, k) => pointing[k] is null), .. completed];
    }

    // "(nr 6)", "(bevakningslistan nr 3)", "se uppföljningslistan nr 4": a bare number or a list's; not "se bilaga nr 1".
    [GeneratedRegex(@"(?:\((?:\p{L}*listan\s+)?|\bse\s+\p{L}*listan\s+)nr\.?\s*(?<n>\d{1,3})\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
