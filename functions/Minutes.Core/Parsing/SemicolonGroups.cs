namespace Minutes.Parsing;

/// <summary>
/// A run-on attendee list where an organisation in parentheses closes a group of names and semicolons part the
/// groups: "Kjell Ek, Eva Lund (PRO Bro); Lisa Berg (SPF Bro)". The parenthesis belongs to every name since the
/// last semicolon.
/// </summary>
public static class SemicolonGroups
{
    /// <summary>The groups, each (organisation, names); null when the text is not written this way.</summary>
    public static List<(string Organization, string Names)>? Split(string text)
    {
        var segments = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2) return null;
        var groups = new List<(string, string)>();
        foreach (var segment in segments)
        {
            // Names, then one parenthesis that ends the segment (read by index, not a pattern: linear on any run).
            var s = segment.TrimEnd('.', ' ');
            var open = s.IndexOf('(');
            if (open <= 0 || !s.EndsWith(')') || s.LastIndexOf('(') != open || s.IndexOf(')') != s.Length - 1) return null;
            var organisation = string.Join(' ', s[(open + 1)..^1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            groups.Add((organisation, s[..open].Trim().TrimEnd(',')));
        }
        return groups;
    }
}
