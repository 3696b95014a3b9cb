using Minutes.Model;

namespace Minutes.FollowUps;

/// <summary>
/// Whether the commitment's owner reports: a presenter of the item is the owner (by full name or surname), or
/// belongs to the organisation that owns it ("Förvaltningen", a group heading of the attendees), or the owner is
/// named in the item's text.
/// </summary>
public static class OwnerMatch
{
    private const double OwnOrganisation = 0.7;
    private const double NamedInText = 0.6;

    public static double Score(string? owner, AgendaItem item, IReadOnlyList<Attendee> attendees)
    {
        if (string.IsNullOrWhiteSpace(owner)) return 0;
        if (item.Presenters.Any(p => SamePerson(p, owner))) return 1;
        var organisations = item.Presenters
            .Select(p => attendees.FirstOrDefault(a => SamePerson(a.Name, p))?.Organization).OfType<string>();
        if (organisations.Any(o => SameOrganisation(o, owner))) return OwnOrganisation;
        var text = $"{item.Title}\n{item.Body}";
        return text.Contains(owner, StringComparison.OrdinalIgnoreCase) || IsPerson(owner) && text.Contains(Surname(owner), StringComparison.Ordinal)
            ? NamedInText : 0;
    }

    private static bool SamePerson(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase)
        || IsPerson(a) && IsPerson(b) && string.Equals(Surname(a), Surname(b), StringComparison.OrdinalIgnoreCase) && a[0] == b[0];

    // "Förvaltningen" owns what the group "Förvaltningen" or "Hälso- och sjukvårdsförvaltningen" presents.
    private static bool SameOrganisation(string group, string owner)
    {
        var g = group.Trim().ToLowerInvariant();
        var o = owner.Trim().ToLowerInvariant();
        return g == o || g.EndsWith(o, StringComparison.Ordinal) || o.EndsWith(g, StringComparison.Ordinal);
    }

    private static bool IsPerson(string name) => name.Trim().Split(' ').Length >= 2 && char.IsUpper(name.Trim()[0]);

    private static string Surname(string name) => name.Trim().Split(' ')[^1];
}
