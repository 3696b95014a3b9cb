namespace Minutes.FollowUps;

/// <summary>The one or two sentences of a later item that say most about a commitment: the sentence covering most of its stems, and the next one while short.</summary>
public static class Excerpt
{
    private const int MaxLength = 300;

    public static string Of(LaterItem item, IReadOnlyCollection<string> subject)
    {
        if (item.Sentences.Count == 0) return item.Item.Title;
        var scored = item.Sentences.Select((s, i) => (i, score: SubjectOverlap.Coverage(subject, SwedishStems.Of(s).ToHashSet(), _ => 1)));
        var best = scored.OrderByDescending(x => x.score).ThenBy(x => x.i).First().i;
        var text = item.Sentences[best];
        if (best + 1 < item.Sentences.Count && text.Length + item.Sentences[best + 1].Length < MaxLength)
            text += " " + item.Sentences[best + 1];
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)].TrimEnd() + "…";
    }
}
