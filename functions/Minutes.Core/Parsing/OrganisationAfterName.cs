using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// An organisation written after a person's name, set off by a comma: "Per Holm, Solby vårdcentral", "Ann Ek,
/// PRO Stockholms län". It starts with a capital and is no name itself; a role after the comma is written in lower
/// case ("Bo Sten, socialchef") and leaves the person under the heading, and so does one in parentheses after the
/// organisation ("Salems kommun (MAS)").
/// </summary>
public static partial class OrganisationAfterName
{
    /// <summary>"Rönninge vårdcentral (distriktssköterska)" → "Rönninge vårdcentral": a role in parentheses after it is no part of it.</summary>
    public static string WithoutRole(string part)
    {
        var t = part.Trim();
        var open = t.EndsWith(')') ? t.LastIndexOf('(') : -1;
        if (open <= 0 || t.Length - open > 42 || t.IndexOf(')') < open) return part;
        var organisation = t[..open].TrimEnd();
        return Is(organisation) ? organisation : part;
    }

    /// <summary>"Storsthlm (sammankallande)" → "Storsthlm": an organisation standing apart (a column, after a dash) less a role in lower case after it.</summary>
    public static string WithoutRoleInParentheses(string organisation) => RoleAtEnd().Replace(organisation, "").Trim();

    [GeneratedRegex(@"\b(?:avd\.?|avdelning|distrikt)\s*\d{1,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Branch();

    // "(för anteckningar)", and how the person took part: "(Teams)", "(via Zoom)", "(digitalt)"; whom a substitute
    // stands in for: "PRO, tjänstgör för Kerstin Rehnberg".
    [GeneratedRegex(@"\s*\((?:\p{Ll}[^()]*|(?:via\s+)?(?:Teams|Zoom|Skype))\)\s*$|\s*,\s*(?:tjänstgör|tjänstgörande|ersätter|ersättare|i stället)\b[^,()]*$")]
    private static partial Regex RoleAtEnd();

    public static bool Is(string part)
    {
        var t = part.Trim();
        // A branch's number is part of its name ("SKPF avd 56 Umeå"); other digits are not an organisation's.
        return t.Length > 1 && char.IsUpper(t[0]) && !Branch().Replace(t, "").Any(char.IsDigit) && !t.Contains('(') && Names.Leading(t) is null
               && !Vocabulary.MeetingRoles.Contains(t.ToLowerInvariant()) && !Vocabulary.RoleAcronyms.Contains(t)
               && (t.Contains(' ') || t.Length <= 6 && t.All(char.IsUpper) || Vocabulary.IsOrganisation(t) || t.EndsWith("en", StringComparison.Ordinal));
    }
}
