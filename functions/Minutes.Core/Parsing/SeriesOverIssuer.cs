namespace Minutes.Parsing;

/// <summary>
/// A letterhead whose first line names the series and whose second names the issuer and its unit with a comma:
/// "Kommunala pensionärsrådet i Täby" over "Täby kommun, Socialförvaltningen". The first line is then the title, the
/// second the organisation and department.
/// </summary>
public static class SeriesOverIssuer
{
    public static (string Title, string Organization, string Department)? Read(IReadOnlyList<string> letterhead)
    {
        if (letterhead.Count != 2 || Vocabulary.IsOrganisation(letterhead[0])) return null;
        return Split(letterhead[1]) is var (organization, department) ? (letterhead[0], organization, department) : null;
    }

    /// <summary>"Täby kommun, Socialförvaltningen" → both parts, when the first is an organisation's name.</summary>
    public static (string Organization, string Department)? Split(string line)
    {
        var parts = line.Split(", ", 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && Vocabulary.IsOrganisation(parts[0]) && parts[1].Length > 0 && char.IsUpper(parts[1][0])
            ? (parts[0], parts[1]) : null;
    }
}
