using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// The administration, a body or a role holder as the subject of a present tense with a time to come is a task the
/// minutes settle, whatever the verb: "Förvaltningen kompletterar svaret senast den 30 oktober", "Nämndsekreteraren
/// lägger in datumen i kalendern under maj". A season alone is a plan, not a task; a verb that states, judges or
/// tells ("har", "bedömer", "informerar") is none.
/// </summary>
public static partial class AdministrationTask
{
    /// <param name="due">The sentence's due, if at a time to come.</param>
    public static ActorTask.Found? Read(string sentence, string? due)
    {
        if (due is null || DueDates.IsSeason(due)) return null;
        var task = SubjectAndVerb().Match(sentence);
        if (!task.Success || !Body().IsMatch(task.Groups["actor"].Value) || NotTask().IsMatch(task.Groups["verb"].Value)) return null;
        return new ActorTask.Found(ActionOwner.Capitalised(task.Groups["actor"].Value), task);
    }

    // The sentence opens with its subject, one word or "Hälso- och sjukvårdsförvaltningen", then a present-tense verb.
    [GeneratedRegex(@"^(?<actor>(?:\p{Lu}\p{Ll}*-\s+och\s+)?\p{L}+)\s+(?<verb>\p{Ll}{2,}(?:ar|er|r))\b")]
    private static partial Regex SubjectAndVerb();

    [GeneratedRegex($@"(?:{Vocabulary.ActingBodies}|{Vocabulary.RoleHolders})$", RegexOptions.IgnoreCase)]
    private static partial Regex Body();

    [GeneratedRegex($@"^(?:{Vocabulary.PresentStates}|{Vocabulary.InformingVerbs}|{Vocabulary.ReportingVerbs}|{Vocabulary.TimedVerbs})$")]
    private static partial Regex NotTask();
}
