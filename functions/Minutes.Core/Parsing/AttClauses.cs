using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A protokoll's decision as a list of att-clauses: "Beredningen beslutar att notera informationen, att ge
/// förvaltningen i uppdrag att …, och att åtgärdsplanen ska redovisas …". Each clause is a decision point of its own,
/// so a commitment in one takes its owner and time from that clause (or the next), not from its neighbours.
/// </summary>
public static partial class AttClauses
{
    public static List<string> Split(IEnumerable<string> sentences) => sentences.SelectMany(SplitOne).ToList();

    private static IEnumerable<string> SplitOne(string sentence)
    {
        var decided = Decided().Match(sentence);
        if (!decided.Success) return [sentence];
        var cuts = Clause().Matches(sentence, decided.Index + decided.Length).ToList();
        if (cuts.Count == 0) return [sentence];
        // The separator (", och ", " samt ") belongs to neither clause; each clause starts at its "att".
        var parts = new List<string>();
        var start = 0;
        foreach (var cut in cuts)
        {
            parts.Add(sentence[start..cut.Index].Trim());
            start = cut.Index + cut.Length;
        }
        parts.Add(sentence[start..].Trim());
        return parts.Where(p => p.Length > 0);
    }

    /// <summary>
    /// The subject of a clause that names who acts: "att ordföranden och vice ordföranden formulerar rådets yttrande,
    /// som skickas …" → "Ordföranden och vice ordföranden" (role holders or bodies in the definite form, before a verb in
    /// the present tense), also in the first clause, after the decision's verb; null for an infinitive clause ("att bjuda in …").
    /// </summary>
    public static string? Subject(string clause) =>
        ClauseSubject().Match(clause) is { Success: true } m ? ActionOwner.Capitalised(m.Groups["s"].Value) : null;

    private const string Definite = @"(?:vice\s+)?\p{Ll}{3,}(?:en|et|na)";

    // The first clause keeps the decision's verb before it: "Rådet beslutar att arbetsgruppen skickar …".
    [GeneratedRegex($@"^(?:\p{{Lu}}[^.]{{0,60}}?\s(?:beslutar|beslöt|beslutade)\s+)?att\s+(?<s>{Definite}(?:\s+och\s+{Definite})?)\s+\p{{Ll}}{{3,}}(?:ar|er|ir|yr)\b")]
    private static partial Regex ClauseSubject();

    [GeneratedRegex(@"\b(?:beslutar|beslöt|beslutade)\s+att\s", RegexOptions.IgnoreCase)]
    private static partial Regex Decided();

    // ", att …", ", och att …", ", samt att …" (and "samt att" without the comma, as protokoll write it).
    [GeneratedRegex(@"(?:,\s*(?:och\s+|samt\s+)?|\s(?:och|samt)\s+)(?=att\s)")]
    private static partial Regex Clause();
}
