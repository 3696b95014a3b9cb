using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// An attendee list of one person a line, the organisation after a dash: "Anna Berg – PRO Täby", "Bo Ek – Täby kommun,
/// kommunstyrelsens ordförande". What follows a comma is the person's role, not part of the organisation, unless the role
/// stands before the dash ("Bo Ek, överläkare – Södertälje sjukhus, geriatriska kliniken"). A group
/// heading before names ("PRO – Anna Berg, Bo Ek") is the other way round and is left to the group reading.
/// </summary>
public static class NameDashOrganisation
{
    /// <summary>The dashes set off by spaces that stand between a name and its organisation.</summary>
    internal static readonly string[] Dashes = [" – ", " — ", " - "];

    public static Attendee? Read(string line)
    {
        var t = line.Trim();
        // The first dash set off by spaces (found by index, not a pattern: linear on any run).
        var at = Dashes.Select(d => t.IndexOf(d, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        if (at < 0) return null;
        var left = t[..at].Trim();
        var right = t[(at + 3)..];
        // "Mirjam Esberg, projektledare – Nykvarns kommun": a role before the dash; a comma after it is then the
        // organisation's own ("Södertälje sjukhus, geriatriska kliniken").
        var comma = left.IndexOf(',');
        var roleFirst = comma > 0 && left[(comma + 1)..].TrimStart() is { Length: > 0 } role && char.IsLower(role[0]);
        if (roleFirst) left = left[..comma].Trim();
        else right = right.Split(',')[0];
        // "Ragnar Ek – Strokeförbundet (ordförande)": the role in parentheses is no part of the organisation.
        var organisation = OrganisationAfterName.WithoutRoleInParentheses(right);
        if (left.Contains(',') || Names.Leading(left) != left || organisation.Length == 0 || Names.Leading(organisation) is not null) return null;
        return new Attendee(left, organisation);
    }

    /// <summary>A block read this way: most of its lines are a name, a dash and an organisation.</summary>
    public static bool Covers(IReadOnlyList<string> lines)
    {
        var written = lines.Where(l => l.Trim().Length > 0).ToList();
        return written.Count > 0 && written.Count(l => Read(l) is not null) * 2 > written.Count;
    }
}
