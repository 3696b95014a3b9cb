namespace Minutes.Parsing;

/// <summary>
/// An owner written as initials ("TW" in an action table's Vem column) is the one person of the meeting whose name's
/// words start with those letters ("Tove Ahl"); the attendee list often prints them ("Tove Ahl (TA)").
/// Two people with the same initials leave them as printed.
/// </summary>
public static class Initials
{
    public static string? Resolve(string owner, IReadOnlyList<string> people)
    {
        var t = owner.Trim();
        if (!Look(t)) return null;
        var matches = people.Distinct().Where(p => Of(p) == t).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Two or three capitals, as initials are written: "MB", "TWA".</summary>
    public static bool Look(string text) => text.Length is 2 or 3 && text.All(char.IsUpper);

    /// <summary>The first letters of a name's capitalised words: "Ulla-Britt Holm" → "UH".</summary>
    public static string Of(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
}
