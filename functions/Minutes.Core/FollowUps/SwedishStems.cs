using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Minutes.FollowUps;

/// <summary>
/// The content words of a Swedish text as stems: lower-cased, Swedish stop words and the linker's own procedural words
/// (<see cref="FollowUpWords.Procedural"/>) left out, each word cut by Lucene's light Swedish stemmer, which also
/// takes off the definite endings Snowball's leaves ("väntetiderna" → "väntetid", "tandvårdsstödet" → "tandvårdsstöd").
/// </summary>
public static class SwedishStems
{
    private static readonly Analyzer Analyzer = Analyzer.NewAnonymous((field, reader) =>
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, SwedishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, new SwedishLightStemFilter(stream));
    });
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
