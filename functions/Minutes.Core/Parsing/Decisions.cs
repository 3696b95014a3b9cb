using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>Sentences that record a decision: "… godkänns och läggs till handlingarna", "Nämnden beslutar …", "Beslut: …".</summary>
public static partial class Decisions
{
    public static List<string> Read(IEnumerable<Paragraph> paragraphs) =>
        paragraphs.SelectMany(p => Sentences.Split(p.Text)).Where(s => Cue().IsMatch(s)).ToList();

    [GeneratedRegex(@"\b(godkänns|godkändes|godkänna|fastställs|fastställdes|beslutar|beslutade|beslöt|antogs|antas|läggs till handlingarna|lades till handlingarna|bifalls|avslås)\b|^Beslut\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();
}
