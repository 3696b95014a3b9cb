using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A sentence after a commitment that only says who answers for it: "Region Stockholm sammanställer … i september.
/// Malin Forsell ansvarar för sammanställningen.", "… ses över under våren. Sara Nyhlén ansvarar." The person is the
/// owner, and the sentence part of the item.
/// </summary>
public static partial class ResponsibleAfter
{
    /// <returns>The person responsible, a full name or an attendee's first name made whole; null for anything else.</returns>
    public static string? Read(string sentence, IReadOnlyList<string> people)
    {
        var m = Responsible().Match(sentence.Trim());
        return m.Success ? ActionOwner.NamedPerson(m.Groups["who"].Value, people) : null;
    }

    // What they answer for is a thing in the definite form, the commitment's own ("sammanställningen", "utskicket"),
    // or left unsaid: "Sara Nyhlén ansvarar."
    [GeneratedRegex($@"^(?<who>\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+){{0,2}})\s+(?:(?:{Vocabulary.ResponsibleVerbs})\s+\p{{Ll}}+(?:en|et|na)|ansvarar|är\s+ansvarig)\s*\.?$")]
    private static partial Regex Responsible();
}
