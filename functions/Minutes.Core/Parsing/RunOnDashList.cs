namespace Minutes.Parsing;

/// <summary>
/// People run on over lines, each with a dash and the organisation, a role after a comma: "Närvarande: Anna Berg –
/// Regionstyrelsen, ordförande, Bo Ek – PRO Solby, Eva Lund – SPF Seniorerna Solby". The text between two dashes holds
/// one person's organisation and roles and, after its last comma, the name of the next.
/// </summary>
public static class RunOnDashList
{
    public sealed record Person(string Name, string Organization, IReadOnlyList<string> Roles);

    /// <summary>The people, when every part reads so and the lines hold more people than there are lines; else null.</summary>
    public static IReadOnlyList<Person>? Read(IReadOnlyList<string> lines)
    {
        var written = lines.Where(l => l.Trim().Length > 0).ToList();
        var parts = TextJoin.Lines(written).TrimEnd('.').Split(NameDashOrganisation.Dashes, StringSplitOptions.TrimEntries);
        // One person a line is NameDashOrganisation's reading.
        if (parts.Length - 1 <= written.Count || !IsName(parts[0])) return null;
        var people = new List<Person>();
        var name = parts[0];
        for (var k = 1; k < parts.Length; k++)
        {
            var pieces = parts[k].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var next = k < parts.Length - 1 && pieces.Length > 1 ? pieces[^1] : null;
            if (k < parts.Length - 1 && (next is null || !IsName(next))) return null;
            var own = next is null ? pieces : pieces[..^1];
            // The organisation may read like a name ("Länstrafiken Örebro"): its place after the dash says what it is.
            if (own.Length == 0 || !char.IsUpper(own[0][0])) return null;
            people.Add(new Person(name, own[0], own[1..]));
            name = next!;
        }
        return people;
    }

    private static bool IsName(string phrase) => Names.Leading(phrase) == phrase;
}
