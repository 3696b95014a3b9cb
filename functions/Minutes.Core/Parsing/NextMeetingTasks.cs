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
/// Each bullet is an action of the people before its colon, due at the next meeting unless it says when. The list may
/// also stand under an unnumbered heading inside an item ("Att göra till nästa gång").
/// </summary>
public static partial class NextMeetingTasks
{
    public static bool IsHeading(string title) => Heading().IsMatch(title.Trim());

    /// <returns>The task after the colon, its owners, and its due: the one it gives ("senast 15 juni"), else the next meeting.</returns>
    public static (string Text, string Owner, string Due)? Read(Paragraph bullet, DateOnly? meetingDate, IReadOnlyList<string> people)
    {
        if (!bullet.IsBullet || OwnerThenTask().Match(bullet.Text) is not { Success: true } m) return null;
        var who = m.Groups["who"].Value;
        var due = DueDates.Read(m.Groups["task"].Value, meetingDate) ?? "next-meeting";
        var task = m.Groups["task"].Value.Trim();
        if (ActionOwner.IsEveryone(who)) return (task, who, due);
        var names = who.Split([" och ", ", ", " + "], StringSplitOptions.TrimEntries);
        return names.All(n => ActionOwner.NamedPerson(n, people) is not null || Vocabulary.IsOrganisation(n))
            ? (task, ActionOwner.Each(names, people), due)
            : null;
    }

    [GeneratedRegex(@"^(?:Till|Inför|Att göra till|Uppgifter till|Hemläxa till) nästa (?:möte|träff|sammanträde|gång)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    // "Marjut och Göran: exempel på …", "Oskar + Hanna: skiss …": capitalised names before the colon, the task after it.
    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}-]*(?:(?:\s|,\s|\soch\s|\s\+\s)\p{Lu}[\p{L}-]*){0,5}):\s+(?<task>\S.*)$")]
    private static partial Regex OwnerThenTask();
}
