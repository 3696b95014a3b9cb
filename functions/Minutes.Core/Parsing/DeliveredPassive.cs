using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A passive that delivers something by a time to come is a commitment even with no actor named: "Utfallet per
/// sjukhus redovisas vid nästa möte", "Sammanställningen skickas till ledamöterna i maj". Its owner is unstated. Right
/// after a commitment it only dates that one (<see cref="CommitmentDue"/>), and a season alone is no time to come.
/// </summary>
public static partial class DeliveredPassive
{
    /// <param name="due">The sentence's due, if at a time to come.</param>
    public static Match Read(string sentence, string? due) =>
        due is not null && !DueDates.IsSeason(due) ? Passive().Match(sentence) : Match.Empty;

    [GeneratedRegex($@"\b(?:{Vocabulary.DeliveredPassives})\b")]
    private static partial Regex Passive();
}
