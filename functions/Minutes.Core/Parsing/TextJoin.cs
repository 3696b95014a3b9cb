using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>Wrapped lines back into one text: "hälso-" + "och" keeps its hyphen and gains a space; "sjukvårds-" + "förvaltningen" closes up.</summary>
public static partial class TextJoin
{
    public static string Lines(IEnumerable<string> lines)
    {
        var result = "";
        foreach (var raw in lines)
        {
            var line = Spaces().Replace(raw.Trim(), " ");
            if (line.Length == 0) continue;
            if (result.Length == 0) { result = line; continue; }
            if (result.EndsWith('-') && result.Length > 1 && char.IsLower(result[^2]))
            {
                var first = line.Split(' ')[0];
                result = Conjunction().IsMatch(first) || !char.IsLower(line[0]) ? result + " " + line : result[..^1] + line;
            }
            else result += " " + line;
        }
        return result;
    }

    [GeneratedRegex(@"^(och|eller|samt|som|till|resp\.?|respektive)$")]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
