namespace Minutes.Parsing;

/// <summary>
/// An organisation written after a person's name, set off by a comma: "Per Holm, Solby vårdcentral", "Ann Ek,
/// PRO Stockholms län". It starts with a capital and is no name itself; a role after the comma is written in lower
/// case ("Bo Sten, socialchef") and leaves the person under the heading.
/// </summary>
public static class OrganisationAfterName
{
    public static bool Is(string part)
    {
        var t = part.Trim();
        return t.Length > 1 && char.IsUpper(t[0]) && !t.Any(char.IsDigit) && !t.Contains('(') && Names.Leading(t) is null
               && !Vocabulary.MeetingRoles.Contains(t.ToLowerInvariant())
               && (t.Contains(' ') || t.Length <= 6 && t.All(char.IsUpper) || Vocabulary.IsOrganisation(t) || t.EndsWith("en", StringComparison.Ordinal));
    }
}
