using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A named actor taking on a task in the present tense, which the minutes record as settled: "Karin Lund tar fram en
/// checklista … tillsammans med Per Ek", "Sekreteraren sammanställer … och skickar …", "Hedda Lundell ska boka …";
/// with the verb before its subject after a fronted phrase, as Swedish word order puts it: "I Flemingsberg ordnar
/// Sanna Ali …", "Till nästa möte tar Elin Sandberg fram …"; and a body deciding to produce something: "Gruppen
/// beslutade att ta fram en rutin", "Gruppen bestämde att göra en folder". A verb that only tells (redovisar, presenterar) needs a time to come. Failing
/// these, a person working with another (<see cref="JointTask"/>) or the administration's present tense by a time to
/// come (<see cref="AdministrationTask"/>).
/// </summary>
public static partial class ActorTask
{
    /// <param name="Owner">The actor as named; a person's name completed from the meeting's people.</param>
    public sealed record Found(string Owner, Match Cue);

    /// <param name="due">When the sentence says the task is due, if at a time to come.</param>
    public static Found? Read(string sentence, string? due, IReadOnlyList<string> people)
    {
        // Telling the meeting about a season's plans ("presenterar förslaget … för hösten") is no task; by a day, a
        // month or the next meeting it is.
        var timeAhead = due is not null && (!DueDates.IsSeason(due) || BySeason().IsMatch(sentence));
        var straight = Straight().Match(sentence);
        // "Hedda Lundell ska boka …" is a person's promise; "Förvaltningen ska göra granskningar" states a body's duty, and
        // so does "Kommunerna ansvarar för att identifiera …".
        var duty = straight.Groups["ska"].Success || straight.Groups["verb"].Value.StartsWith("ansvarar", StringComparison.Ordinal);
        // … but "Verksamhetsledningen ska lämna en skriftlig handlingsplan … senast den 15 januari" is a task with its deadline.
        var person = !duty || ActionOwner.IsPerson(sentence, straight, people)
                     || straight.Groups["ska"].Success && timeAhead && sentence.Contains(" senast ", StringComparison.Ordinal);
        // "Sjukhuset skickar en uppdaterad läkemedelslista … senast vid utskrivningen": a routine's step, told by the case.
        if (straight.Success && person && (timeAhead || !Narrating().IsMatch(straight.Groups["verb"].Value)) && !ServiceRoutine.Is(sentence, straight)
            && (due is not null || !ServiceRoutine.IsTimedByCase(sentence))
            && ActionOwner.IsNamed(sentence, straight, people))
            return new Found(Owner(sentence[..straight.Index].Trim(), people), straight);
        var decided = Decided().Match(sentence);
        if (decided.Success && ActionOwner.IsNamed(sentence, decided, people))
            return new Found(Owner(sentence[..decided.Index].Trim(), people), decided);
        var inverted = Inverted().Match(sentence);
        if (inverted.Success && (timeAhead || !Narrating().IsMatch(inverted.Groups["verb"].Value))
            && Particle(inverted.Groups["verb"].Value) is var particle
            && (particle is null || sentence.AsSpan(inverted.Index + inverted.Length).TrimStart().StartsWith(particle, StringComparison.Ordinal)))
            return new Found(Owner(inverted.Groups["actor"].Value, people), inverted);
        return JointTask.Read(sentence, people) ?? AdministrationTask.Read(sentence, timeAhead ? due : null);
    }

    private static string Owner(string actor, IReadOnlyList<string> people) =>
        ActionOwner.GroupOfPeople(actor) ?? ActionOwner.Capitalised(ActionOwner.TwoPeople(actor, people) ?? ActionOwner.Person(actor, people) ?? actor);

    // "tar … fram", "bjuder … in", "ansvarar … för": the rest of the verb after its subject.
    private static string? Particle(string verb) => verb switch
    {
        "tar" => "fram",
        "bjuder" => "in",
        "ansvarar" => "för",
        _ => null,
    };

    // The verb has an object, a word or a number ("skickar 200 exemplar"): a sentence cut off after it ("Förvaltningen
    // ska göra") says no task.
    [GeneratedRegex($@"\s(?:(?<ska>ska)\s+(?!(?:{Vocabulary.StateInfinitives})\b)(?<verb>\p{{Ll}}+a)|(?<verb>{Vocabulary.TaskVerbs}|{Vocabulary.MoreTaskVerbs}|{Vocabulary.TimedVerbs}))\b(?=\s+[\p{{L}}\d])")]
    private static partial Regex Straight();

    [GeneratedRegex($@"\s(?:beslutade|beslutar|beslöt|{Vocabulary.AgreedVerbs})\s+att\s+(?:{Vocabulary.ProductionInfinitives})\b")]
    private static partial Regex Decided();

    // The fronted phrase is short and has no comma; the subject is a name ("Elin Sandberg") or a body in the definite
    // form ("hälso- och sjukvårdsförvaltningen", "sekreteraren").
    private const string Fronted = $@"(?:(?:{Vocabulary.FrontingPrepositions})\s[^,.]{{1,60}}?|{Vocabulary.FrontingAdverbs})";
    private const string NamedOrDefinite = @"\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}|(?:\p{Ll}+-\s+och\s+)?\p{Ll}{3,}(?:en|et)";

    [GeneratedRegex($@"^{Fronted}\s(?<verb>{Vocabulary.TaskVerbFirstWords})\s+(?<actor>{NamedOrDefinite})\b")]
    private static partial Regex Inverted();

    // "… redovisar resultatet till hösten": a season as the time it is due by, not what is told about.
    [GeneratedRegex($@"\btill\s+(?:{Vocabulary.Seasons})\b")]
    private static partial Regex BySeason();

    [GeneratedRegex($@"^(?:{Vocabulary.TimedVerbs})$")]
    private static partial Regex Narrating();
}
