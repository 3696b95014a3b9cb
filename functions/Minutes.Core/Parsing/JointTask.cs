using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A named person doing something together with another named person is work the minutes settle, whatever the verb:
/// "Elin Strid utformar mallen ihop med Rebecka Öhman", "Per Ek skriver förslaget tillsammans med Anna Berg", by a first
/// name that one attendee has: "Hamid skriver texten tillsammans med Sirkka Heinonen"; two of them together: "Helén
/// Strandh och Johan Tegnér går igenom vårdtiderna tillsammans". The
/// verb is in the present tense; one that tells the meeting (presenterar, berättar) or states (har, är) is no task.
/// </summary>
public static partial class JointTask
{
    public static ActorTask.Found? Read(string sentence, IReadOnlyList<string> people)
    {
        // "Helén Strandh och Johan Tegnér går igenom vårdtiderna tillsammans": two of them, working together.
        if (Pair().Match(sentence) is { Success: true } pair && !NotTask().IsMatch(pair.Groups["verb"].Value)
            && ActionOwner.TwoPeople(pair.Groups["actor"].Value, people) is { } both)
            return new ActorTask.Found(both, pair);
        var joint = Joint().Match(sentence);
        if (!joint.Success || NotTask().IsMatch(joint.Groups["verb"].Value)) return null;
        var actor = joint.Groups["actor"].Value;
        // A first name alone is one of the meeting's people, as informal notes write them ("Hamid skriver texten …").
        if (!actor.Contains(' ')) return ActionOwner.Person(actor, people) is { } person ? new ActorTask.Found(person, joint) : null;
        return new ActorTask.Found(ActionOwner.Person(actor, people) ?? actor, joint);
    }

    // "Förnamn Efternamn verbar … tillsammans med Förnamn": the subject a name, the partner a name.
    [GeneratedRegex($@"^(?<actor>\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+){{0,2}})\s+(?<verb>\p{{Ll}}{{2,}}(?:ar|er|r))\b[^.]*?\b(?:{Vocabulary.TogetherWith})\s+\p{{Lu}}\p{{Ll}}+")]
    private static partial Regex Joint();

    [GeneratedRegex(@"^(?<actor>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\soch\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\s+(?<verb>\p{Ll}{2,}(?:ar|er|r))\b[^.]*?\btillsammans\b(?!\s+med\b)")]
    private static partial Regex Pair();

    [GeneratedRegex($@"^(?:{Vocabulary.PresentStates}|{Vocabulary.InformingVerbs}|{Vocabulary.TimedVerbs})$")]
    private static partial Regex NotTask();
}
