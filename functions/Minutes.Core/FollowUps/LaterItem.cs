using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.FollowUps;

/// <summary>An item of the later meeting read once for linking: the stems of its title and of its whole text, and its sentences.</summary>
public sealed record LaterItem(AgendaItem Item, IReadOnlySet<string> TitleStems, IReadOnlySet<string> Stems, IReadOnlyList<string> Sentences)
{
    public static LaterItem From(AgendaItem item)
    {
        var title = SwedishStems.Of(item.Title).ToHashSet();
        var text = string.Join("\n", [item.Body, .. item.Decisions]);
        var sentences = text.Split("\n\n").Select(p => p.Replace('\n', ' ').Trim()).Where(p => p.Length > 0)
            .SelectMany(Minutes.Parsing.Sentences.Split).Distinct().ToList();
        return new LaterItem(item, title, title.Concat(SwedishStems.Of(text)).ToHashSet(), sentences);
    }
}
