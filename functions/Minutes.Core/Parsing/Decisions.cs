using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Sentences that record a decision: "… godkänns och läggs till handlingarna", "Nämnden beslutar …", "Beslut: …".
/// A decision someone reports on ("Anna informerar om att nämnden i januari beslutade …") is news, not a decision
/// of this meeting.
/// </summary>
public static partial class Decisions
{
    /// <summary>
    /// Under a "Beslut" label every sentence is the decision, whatever its verb ("Farid Osmani (S) utses till
    /// justerare"); a label alone on its line heads the paragraph after it, or the list of bullets after it.
    /// </summary>
    public static List<string> Read(IEnumerable<Paragraph> paragraphs)
    {
        var decisions = new List<string>();
        var (underLabel, first) = (false, false);
        foreach (var p in paragraphs)
        {
            if (IsLabelled(p.Text))
            {
                var rest = WithoutLabel(p.Text);
                // "Beslut" over "1. Informationen noteras." and "2. Rådet begär …": each point a decision of its own.
                decisions.AddRange(Point().Split(rest).Where(t => t.Trim().Length > 0).SelectMany(Sentences.Split));
                (underLabel, first) = (rest.Length == 0, true);
                continue;
            }
            if (underLabel && (first || p.IsBullet))
            {
                decisions.AddRange(Sentences.Split(p.Text));
                (underLabel, first) = (p.IsBullet, false);
                continue;
            }
            // "Kommunala pensionärsrådet beslutar" over a blank line and "att notera informationen, samt" over "att uppdra
            // åt …": the att-clauses are the decision the verb opened.
            if (decisions.Count > 0 && OpenDecision().IsMatch(decisions[^1]) && p.Text.StartsWith("att ", StringComparison.Ordinal))
            {
                decisions[^1] += " " + p.Text;
                continue;
            }
            underLabel = false;
            decisions.AddRange(Sentences.Split(p.Text).Where(IsDecision));
        }
        return decisions;
    }

    public static bool IsLabelled(string text) => Label().IsMatch(text);

    // A decision that ends on its verb or a joining word, its clauses still to come.
    [GeneratedRegex(@"(?:\b(?:" + Vocabulary.OpeningDecisionVerbs + @")|,|\bsamt|\boch)$")]
    private static partial Regex OpenDecision();

    /// <summary>The decision without its label: "Beslut: Rapporten läggs till handlingarna" → "Rapporten läggs …".</summary>
    public static string WithoutLabel(string text) => Label().IsMatch(text) ? LabelWord().Replace(text, "", 1) : text;

    private static bool IsDecision(string sentence)
    {
        if (Label().IsMatch(sentence)) return true;
        var cue = Cue().Match(sentence);
        // "… innan den slutligen fastställs av nämnden": a decision still to come, and someone else's.
        // "Nästa möte hålls den 25 november. Då fastställs också mötestiderna": "då" with a verb in the present passive points
        // to that time; "Då inga synpunkter fanns godkändes dagordningen" gives a reason.
        if (cue.Success && ThenToCome().IsMatch(sentence[..cue.Index]) && cue.Value.EndsWith('s')) return false;
        return cue.Success && !IsReported(sentence[..cue.Index]) && !Pending().IsMatch(sentence[..cue.Index]) && !Earlier().IsMatch(sentence) && !Later().IsMatch(sentence)
               && !sentence[(cue.Index + cue.Length)..].TrimStart().StartsWith("av ", StringComparison.Ordinal);
    }

    [GeneratedRegex($@"\b({Vocabulary.DecisionVerbs}|{Vocabulary.MoreDecisionVerbs})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    // "Beslut:", and "Beslut" as a line of its own over the decision, joined to it as "Beslut Protokollet läggs …";
    // with the body's name before it: "Rådets beslut".
    [GeneratedRegex(@"^(?:\p{L}+s\s+)?Beslut(?:\s*[:;]|\s+(?-i:\p{Lu})|\s+\d{1,2}[.)]\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:\p{L}+s\s+)?Beslut\s*[:;]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LabelWord();

    // A decision's point number: "1. ", "2) " at the start or after a sentence, before a capital.
    [GeneratedRegex(@"(?:^|(?<=[.!]\s))\d{1,2}[.)]\s+(?=\p{Lu})")]
    private static partial Regex Point();

    // "Nämnden beslutade i april om …", "I mars fastställde styrelsen …": a decision dated before this meeting is news.
    [GeneratedRegex($@"\b(?:{PastDecided}) (?:\p{{L}}+ )?(?:i|under) (?:{Vocabulary.MonthNames}|våras|höstas|fjol|20\d\d)\b|^(?:I|Under) (?:{Vocabulary.MonthNames}|våras|höstas|fjol) (?:{PastDecided})\b")]
    private static partial Regex Earlier();

    private const string PastDecided = "beslutade|beslöt|fastställde|antog|godkände|valdes|utsågs";

    // "Styrgruppen beslutar i oktober om …", "Nämnden beslutar vid sitt sammanträde den 5 maj om …": a decision to be
    // taken later, elsewhere, is news.
    [GeneratedRegex($@"\bbeslutar\s+(?:(?:i|under)\s+(?:{Vocabulary.MonthNames}|hösten|våren|sommaren|höst|vår)|den\s+\d{{1,2}}\s+\p{{L}}+|(?:vid|på)\s+(?:sitt|sitt nästa|nästa)\s+\p{{L}}+)\b[^.]{{0,40}}?\bom\b", RegexOptions.IgnoreCase)]
    private static partial Regex Later();

    [GeneratedRegex(@"\b(innan|när|efter att|om|ska|skall|kommer att)\s+(?:\S+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex Pending();

    [GeneratedRegex(@"^Då\s+$")]
    private static partial Regex ThenToCome();

    // A verb of telling with "att", "om att" or "hur" after it; two scans rather than ".*" between, so a long sentence
    // of such verbs costs linear time.
    private static bool IsReported(string text) =>
        Telling().Match(text) is { Success: true } verb && That().Match(text, verb.Index + verb.Length).Success;

    [GeneratedRegex($@"\b({Vocabulary.InformingVerbs})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Telling();

    [GeneratedRegex(@"\b(om att|att|hur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex That();
}
