using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// An attendee table drawn with bars whose header row names its columns, in any order ("| Namn | Funktion |
/// Organisation | Närv. |"). A cell may wrap onto the next row, whose name cell is then empty ("| | ordförande | |");
/// and a column of presence marks who came ("X", "T" for Teams) and who did not ("–", "Nej", "Frånv."), so the
/// invited who stayed away are no attendees.
/// </summary>
public static partial class PresenceTable
{
    public sealed record Row(string Name, string? Organization, string Role);

    /// <summary>The present people's rows; null when the table has no such header, or its rows do not keep its columns.</summary>
    public static List<Row>? Read(IReadOnlyList<string> lines)
    {
        // From the header row on, every line is a row or a rule: a scan that lost bars is left to the reader of scans.
        var table = lines.SkipWhile(l => l.Count(c => c == '|') < 2).Where(l => l.Trim().Length > 0 && !IsRule(l)).ToList();
        if (table.Count < 2) return null;
        // "Namn    | Funktion    | Organisation", bars only between cells: a wrapped cell's line keeps its empty first cell
        // ("        | hälsocentral, ordförande    |"), and a bar after its last is no cell of its own.
        var outer = table[0].TrimStart().StartsWith('|');
        var split = table.Select(l => Cells(l, outer)).ToList();
        var rows = split.Select(r => !outer && r.Length == split[0].Length + 1 && r[^1].Length == 0 ? r[..^1] : r).ToList();
        var header = rows[0];
        var name = Array.FindIndex(header, h => NameHeading().IsMatch(h));
        var organisation = Array.FindIndex(header, h => OrganisationHeading().IsMatch(h));
        var role = Array.FindIndex(header, h => RoleHeading().IsMatch(h));
        var presence = Array.FindIndex(header, h => PresenceHeading().IsMatch(h));
        // Only where the old reading would go wrong: a column of presence, or the role before the organisation.
        if (name < 0 || presence < 0 && !(role >= 0 && organisation > role)) return null;
        if (rows.Skip(1).Any(r => r.Length != header.Length)) return null;

        var people = new List<string[]>();
        foreach (var cells in rows.Skip(1))
        {
            if (cells[name].Length > 0) people.Add(cells);
            else if (people.Count > 0)
                for (var c = 0; c < cells.Length; c++)
                    if (cells[c].Length > 0) people[^1][c] = TextJoin.Lines([people[^1][c], cells[c]]);
        }
        var marked = presence >= 0 && people.Any(p => p[presence].Length > 0);
        return people
            .Where(p => presence < 0 || !Absent(p[presence], marked))
            .Select(p => new Row(p[name], organisation >= 0 && p[organisation].Length > 0 ? p[organisation] : null, role >= 0 ? p[role].ToLowerInvariant() : ""))
            .ToList();
    }

    // An empty cell is absence where others are marked ("X" for those who came).
    private static bool Absent(string cell, bool marked) => cell.Length == 0 ? marked : AbsentMark().IsMatch(cell);

    private static string[] Cells(string line, bool outer) =>
        (outer ? line.Trim().Trim('|') : line.Trim()).Split('|').Select(c => c.Trim()).ToArray();

    private static bool IsRule(string line) => line.Trim().All(c => c is '-' or '+' or '=' or '|' or ':' or ' ' or '–' or '—');

    [GeneratedRegex(@"^(?:Namn|Deltagare|Person)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameHeading();

    [GeneratedRegex(@"^(?:Organisation|Org\.?|Verksamhet|Förvaltning|Representerar|Företräder|Kommun/region)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationHeading();

    [GeneratedRegex(@"^(?:Funktion|Roll|Titel|Befattning|Uppdrag)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleHeading();

    [GeneratedRegex(@"^(?:Närv\.?|Närvaro|Närvarande|Deltog|Närvarande\s*\(?ja/nej\)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PresenceHeading();

    [GeneratedRegex(@"^(?:[-–—]|nej|ej|frånv\.?|frånvarande|förhinder|anmält förhinder|återbud)$", RegexOptions.IgnoreCase)]
    private static partial Regex AbsentMark();
}
