using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// An action set off by a label, and its time by another: "Action: Mona skickar ut presentationen … Deadline: 10 mars",
/// "Åtgärd: Tomas och Hanna sammanställer rutinerna. Klart: nästa möte", or by an arrow: "-> Peter och Sofia går igenom
/// …". The text after the label is the action; its
/// doers are the names it opens with, first names made whole from the attendee list. A time label says when, even
/// when it says nothing ("Deadline: –"); without one, the text may.
/// </summary>
public static partial class ActionLabel
{
    public sealed record Found(string Text, string? Owner, string? Due);

    public static Found? Read(string paragraph, DateOnly? meetingDate, IReadOnlyList<string> people)
    {
        var m = Label().Match(paragraph.Trim());
        if (!m.Success) return null;
        var text = m.Groups["task"].Value.Trim();
        // "ATT GÖRA: Boka Folkets hus … (Anna-Karin Hallgren, senast 30 april)": who and when in parentheses after the task.
        if (!m.Groups["when"].Success && OwnerAndWhen().Match(text) is { Success: true } after
            && (Names.Leading(after.Groups["who"].Value) is not null || Vocabulary.IsOrganisation(after.Groups["who"].Value)))
        {
            var when = after.Groups["when"].Success ? DueDates.ReadValue(after.Groups["when"].Value.Trim(), meetingDate) : null;
            return new Found(text[..after.Index].Trim(), Each(after.Groups["who"].Value, people), when);
        }
        var due = m.Groups["when"].Success
            ? DueDates.ReadValue(m.Groups["when"].Value.Trim(), meetingDate)
            : DueDates.Read(text, meetingDate);
        return new Found(text, Doers(text, people), due);
    }

    // "(Kristina Wiklöf, v. 12)", "(Peter Wallén och Kristina Wiklöf, april)", "(Elias Berglöf)" closing the task.
    [GeneratedRegex(@"\s*\((?<who>\p{Lu}[^,()]{1,80}?)(?:,\s*(?<when>[^()]{1,40}?))?\)\.?$")]
    private static partial Regex OwnerAndWhen();

    private static string? Doers(string text, IReadOnlyList<string> people)
    {
        var who = Subject().Match(text);
        return who.Success ? Each(who.Groups["who"].Value, people) : null;
    }

    // "Tomas och Hanna" → each made whole from the meeting's people.
    private static string Each(string names, IReadOnlyList<string> people) =>
        ActionOwner.Each(names.Split(" och ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), people);

    [GeneratedRegex($@"^(?:(?:{Vocabulary.ActionLabels})\s*:|(?:{Vocabulary.ActionArrows}))\s*(?<task>\S.*?)(?:\s+(?:{Vocabulary.ActionTimeLabels})\s*:\s*(?<when>.*))?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Label();

    // The capitalised names before the first lower-case word: "Tomas och Hanna sammanställer …".
    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+|\s+och(?=\s+\p{Lu}))*)\s+\p{Ll}")]
    private static partial Regex Subject();
}
