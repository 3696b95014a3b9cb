namespace Minutes.Parsing;

/// <summary>
/// Initials in parentheses after a name, the way an action list's Vem column refers back to the attendee list:
/// "Per Ek (PE)", "Ulla-Britt Holm (UH)". They repeat the name, so they are no organisation.
/// </summary>
public static class NameInitials
{
    /// <summary>Whether <paramref name="tag"/> is the first letters of the words of <paramref name="name"/>.</summary>
    public static bool AreOf(string tag, string name)
    {
        var initials = Initials.Of(name);
        return initials.Length >= 2 && tag.Trim() == initials;
    }
}
