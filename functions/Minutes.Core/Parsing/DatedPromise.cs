using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A body's or person's promise with its deadline put before the verb: "Förvaltningen ska senast den 30 april lämna
/// ett skriftligt svar …", "… ska till mötet den 18 maj ta fram ett underlag". A body's plain "ska" states a duty ("Förvaltningen ska göra granskningar"); with a
/// deadline between "ska" and the verb it is a task with a date.
/// </summary>
public static partial class DatedPromise
{
    public static ActorTask.Found? Read(string sentence)
    {
        var m = Promise().Match(sentence);
        return m.Success && ActionOwner.IsNamed(sentence, m, []) ? new ActorTask.Found(sentence[..m.Index].Trim(), m) : null;
    }

    // "ska senast den 30 april lämna", "ska till mötet den 18 maj ta fram", "ska till nästa möte ta fram", "ska före
    // sommaren ta fram", "ska i mars skicka", "kommer att under hösten sammankalla"; not a state ("kommer att under
    // hösten vara klart").
    [GeneratedRegex($@"\s(?:ska|skall|kommer att)\s+(?:(?:senast|till|före|inför)\s+(?:(?:mötet|sammanträdet|träffen)\s+)?(?:den\s+)?\d{{1,2}}(?:/\d{{1,2}}|\s+(?:{Vocabulary.MonthNames}))(?:\s+20\d{{2}})?|(?:till|före|inför)\s+nästa\s+(?:möte|sammanträde|träff)"
        + $@"|(?:senast\s+)?(?:före|till|under|i)\s+(?:{Vocabulary.Seasons}|{Vocabulary.MonthNames}|{Vocabulary.Midsummer}|jul)(?:\s+20\d{{2}})?)\s+(?!(?:{Vocabulary.StateInfinitives})\b)\p{{Ll}}+a\b")]
    private static partial Regex Promise();
}
