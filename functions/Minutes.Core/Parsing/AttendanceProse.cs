using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Who attended, told in sentences: "Närvarande var Helene Stenvall (S), ordförande, Per Orrgren (M) … Från vård- och
/// omsorgsförvaltningen deltog äldreomsorgschef Lina Östberg, enhetschef Oskar Malmén (under § 3) och nämndsekreterare
/// Jessica Rantala, som förde anteckningarna. Maj-Britt Selin (SPF Seniorerna) hade meddelat förhinder." Each sentence
/// gives a group of names, those "från" a body under it; a title before a name is no part of it, and those away are
/// not attendees.
/// </summary>
public static partial class AttendanceProse
{
    /// <summary>The groups, each (organisation or null, names); null when the text is not written this way.</summary>
    public static List<(string? Organization, string Names)>? Split(string text)
    {
        // Read after the label "Närvarande": the text goes on with its verb.
        if (!Opening().IsMatch(text)) return null;
        var groups = new List<(string?, string)>();
        foreach (var sentence in Sentences.Split(text))
        {
            if (Away().IsMatch(sentence)) continue;
            string? organisation = null;
            string names;
            if (Opening().Match(sentence) is { Success: true } opening) names = sentence[opening.Length..];
            else if (FromBody().Match(sentence) is { Success: true } from)
                (organisation, names) = (ActionOwner.Capitalised(from.Groups["body"].Value), sentence[from.Length..]);
            else break;
            names = TitleBeforeName().Replace(Aside().Replace(KeptNotes().Replace(names.TrimEnd('.', ' '), ""), ""), "");
            groups.Add((organisation, names));
        }
        return groups.Count > 0 ? groups : null;
    }

    [GeneratedRegex(@"^(?:var|deltog|närvarade)\s+")]
    internal static partial Regex Opening();

    // "Från vård- och omsorgsförvaltningen deltog …", "Från PRO närvarade …".
    [GeneratedRegex(@"^Från\s+(?<body>[^,.]{2,60}?)\s+(?:deltog|närvarade|var)\s+")]
    private static partial Regex FromBody();

    [GeneratedRegex(@"\b(?:förhinder|frånvarande|återbud|förhindrad|förhindrade)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Away();

    // ", som förde anteckningarna": who kept the notes, read by MinuteTakerSentence.
    [GeneratedRegex(@",\s*som\s+[^,]*$")]
    internal static partial Regex KeptNotes();

    // "(under § 3)": when a person was there, no organisation.
    [GeneratedRegex(@"\s*\((?:under|från|till|vid|t\.o\.m\.|fr\.o\.m\.)\s[^()]*\)")]
    private static partial Regex Aside();

    // "äldreomsorgschef Lina Östberg": a title in lower case right before a name.
    [GeneratedRegex(@"(?<=^|,\s|\soch\s)\p{Ll}+\s+(?=\p{Lu}\p{Ll}+[ -]\p{Lu})")]
    internal static partial Regex TitleBeforeName();
}
