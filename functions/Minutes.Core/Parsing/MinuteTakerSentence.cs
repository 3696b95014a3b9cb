using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Who kept the minutes, told in a sentence rather than under a label: "Sofia Granström förde anteckningarna.",
/// "Eva Lund skrev dagens minnesanteckningar.", "… och nämndsekreterare Jessica Rantala, som förde anteckningarna."
/// </summary>
public static partial class MinuteTakerSentence
{
    public static string? Find(IReadOnlyList<SourceLine> lines)
    {
        // A name may wrap between first name and surname, so the lines are read as one text.
        var text = string.Join(" ", lines.Where(l => !l.IsBlank).Select(l => l.Text.Trim()));
        foreach (Match m in KeptBy().Matches(text))
            if (Names.Leading(m.Groups["name"].Value) is { } name) return name;
        return null;
    }

    [GeneratedRegex(@"(?<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}),?\s+(?:som\s+)?(?:förde|för|skrev|skriver)\s+(?:dagens\s+)?(?:minnes|mötes)?(?:anteckningar(?:na)?|protokoll(?:et)?)\b")]
    private static partial Regex KeptBy();
}
