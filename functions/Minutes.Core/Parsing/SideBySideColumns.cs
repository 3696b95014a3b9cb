namespace Minutes.Parsing;

/// <summary>
/// An attendee table printed twice side by side to save space ("Namn  Organisation  Namn  Organisation"): each row
/// holds two people, read left pair then right pair, row by row.
/// </summary>
public static class SideBySideColumns
{
    /// <summary>How many name/organisation pairs the header row repeats: 2 for "Namn Organisation Namn Organisation".</summary>
    public static int PairsIn(string[] headerCells) =>
        Math.Max(1, headerCells.Count(c => c.Trim().Equals(Vocabulary.NameCaption, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The (name, organisation) cells of a row, pair by pair; a pair cut short keeps its name alone.</summary>
    public static IEnumerable<(string Name, string? Organization)> Pairs(string[] cells, int pairs)
    {
        if (pairs < 2 || cells.Length < 3) yield break;
        for (var i = 0; i < cells.Length; i += 2)
            yield return (cells[i].Trim(), i + 1 < cells.Length ? cells[i + 1].Trim() : null);
    }
}
