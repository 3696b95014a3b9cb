using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// An item that lists what each brings to the next meeting, one bullet a person:
/// <code>
/// 5. Till nästa möte
/// - Ida: statistik över hur många som fortsatt träna
/// - Marjut och Göran: exempel på vad som fått deltagarna att fortsätta
/// - Alla: läsa igenom rekommendationen
/// </code>
/// Each bullet is an action of the people before its colon, due at the next meeting.
/// </summary>
public static partial class NextMeetingTasks
{
    public static bool IsHeading(string title) => Heading().IsMatch(title.Trim());

    public static (string Text, string Owner)? Read(Paragraph bullet, IReadOnlyList<string> people)
    {
        if (!bullet.IsBullet || OwnerThenTask().Match(bullet.Text) is not { Success: true } m) return null;
        var who = m.Groups["who"].Value;
        if (who is "Alla" or "Samtliga") return (m.Groups["task"].Value.Trim(), who);
        var names = who.Split([" och ", ", "], StringSplitOptions.TrimEntries);
        return names.All(n => ActionOwner.NamedPerson(n, people) is not null || Vocabulary.IsOrganisation(n))
            ? (m.Groups["task"].Value.Trim(), ActionOwner.Each(names, people))
            : null;
    }

    [GeneratedRegex(@"^(?:Till|Inför|Att göra till|Uppgifter till|Hemläxa till) nästa (?:möte|träff|sammanträde)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    // "Marjut och Göran: exempel på …": capitalised names before the colon, the task after it.
    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}-]*(?:(?:\s|,\s|\soch\s)\p{Lu}[\p{L}-]*){0,5}):\s+(?<task>\S.*)$")]
    private static partial Regex OwnerThenTask();
}
