namespace Minutes.Parsing;

/// <summary>
/// One row of a bordered attendee table: name, organisation, role ("| Birgitta Sundin | PRO Huddinge | ordförande |").
/// Where a scan closed the gap between two cells, the row has fewer cells than the header, and the name runs into the
/// organisation ("Hanna Bergkvist Hälso- och sjukvårdsförvaltningen") or the organisation into the role
/// ("Hälso- och sjukvårdsförvaltningen föredragande"): the name is then the name the cell starts with, at most two
/// words, the rest the organisation; and a role at the organisation's end is the role's.
/// </summary>
public static class AttendeeRow
{
    public sealed record Read(string Name, string? Organization, string Role);

    /// <param name="columns">How many cells a whole row has: the header's, or the fullest row's.</param>
    public static Read? From(string[] cells, int columns, string? defaultGroup)
    {
        if (cells.Length == 0 || cells[0].Equals(Vocabulary.NameCaption, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = cells.Skip(1).ToList();
        string? name;
        if (cells.Length >= columns) name = char.IsUpper(cells[0].FirstOrDefault()) ? Names.Clean(cells[0]) : null;
        else
        {
            name = Names.Leading(cells[0]) is { } leading ? string.Join(' ', leading.Split(' ').Take(2)) : null;
            var spill = name is null ? "" : cells[0][(cells[0].IndexOf(name, StringComparison.Ordinal) + name.Length)..].Trim();
            if (spill.Length > 0) rest.Insert(0, spill);
            if (rest.Count > 0 && RoleAtEnd(rest[0]) is { } role)
            {
                rest[0] = rest[0][..^role.Length].TrimEnd();
                rest.Insert(1, role);
            }
        }
        if (name is null) return null;
        var organization = rest.Count > 0 && rest[0].Length > 0 ? rest[0] : defaultGroup;
        return new Read(name, organization, string.Join(" ", rest.Skip(1)).ToLowerInvariant());
    }

    private static string? RoleAtEnd(string cell) =>
        Vocabulary.MeetingRoles.FirstOrDefault(r => cell.Length > r.Length && cell.EndsWith(" " + r, StringComparison.OrdinalIgnoreCase)) is { } role
            ? cell[^role.Length..] : null;
}
