using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Minutes.FollowUps;

/// <summary>
/// The content words of a Swedish text as stems: lower-cased, Swedish stop words and the linker's own procedural words
/// (<see cref="FollowUpWords.Procedural"/>) left out, each word cut to its Snowball stem ("väntetiderna" → "väntetid").
/// </summary>
public static class SwedishStems
{
    private static readonly SwedishAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);
    private static readonly HashSet<string> Procedural = new(FollowUpWords.Procedural.SelectMany(Raw), StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string text) => Raw(text).Where(s => !Procedural.Contains(s) && !s.Any(char.IsDigit)).ToList();

    private static List<string> Raw(string text)
    {
        var stems = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) stems.Add(term.ToString());
        stream.End();
        return stems;
    }
}
