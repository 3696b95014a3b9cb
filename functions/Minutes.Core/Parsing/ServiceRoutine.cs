using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// How a service works, told in the present tense, is no one's task: what a part of it does, in a relative clause ("Om
/// båda näten ligger nere skickas en signal till larmcentralen som kontaktar hemtjänsten"), what its users do ("Resenärerna bokar båda resetyperna via
/// samma telefonnummer"), what is done to them ("… svarade att brukaren ska kontaktas"), and what is done for each of them
/// ("Larmleverantören kontaktar varje brukare").
/// </summary>
public static partial class ServiceRoutine
{
    /// <param name="verb">The verb that would make the sentence a task.</param>
    public static bool Is(string sentence, Match verb) =>
        RelativeBefore().IsMatch(sentence[..verb.Index]) || verb.Value.EndsWith('s') && UserAsSubject().IsMatch(sentence[..verb.Index])
        || ServiceUsers().IsMatch(sentence[..verb.Index].Trim()) || EachAfter().IsMatch(sentence[(verb.Index + verb.Length)..]);

    /// <summary>
    /// A time told against the case, not the calendar: "senast vid utskrivningen". A routine's step, not a task with a
    /// deadline. ("… en vecka före varje dialogmöte" is a standing promise, and "… inom två arbetsdagar" a deadline.)
    /// </summary>
    public static bool IsTimedByCase(string sentence) => TimedByCase().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:senast\s+)?vid\s+\p{Ll}{3,}ningen\b")]
    private static partial Regex TimedByCase();

    // "… svarade att brukaren ska kontaktas": the user is what the passive is done to, as a rule.
    [GeneratedRegex($@"\b(?:{Vocabulary.ServiceUsers}|{Vocabulary.ServiceUser})\s+(?:ska\s+|skall\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UserAsSubject();

    [GeneratedRegex(@"\bsom\s*$")]
    private static partial Regex RelativeBefore();

    [GeneratedRegex($@"^(?:{Vocabulary.ServiceUsers})$", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceUsers();

    [GeneratedRegex(@"^\s+(?:\p{Ll}+\s+)?(?:varje|var och en av)\s")]
    private static partial Regex EachAfter();
}
