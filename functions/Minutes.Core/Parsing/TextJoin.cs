using System.Text;
using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>Wrapped lines back into one text: "hälso-" + "och" keeps its hyphen and gains a space; "sjukvårds-" + "förvaltningen" closes up.</summary>
public static partial class TextJoin
{
    public static string Lines(IEnumerable<string> lines)
    {
        // A builder, so a paragraph of many lines is joined in linear time.
        var result = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = Spaces().Replace(raw.Trim(), " ");
            if (line.Length == 0) continue;
            if (result.Length == 0) { result.Append(line); continue; }
            if (result[^1] == '-' && result.Length > 1 && char.IsLower(result[^2]))
            {
                var first = line.Split(' ')[0];
                if (Conjunction().IsMatch(first) || !char.IsLower(line[0])) result.Append(' ');
                else result.Length--;
                result.Append(line);
            }
            else result.Append(' ').Append(line);
        }
        return result.ToString();
    }

    [GeneratedRegex(@"^(och|eller|samt|som|till|resp\.?|respektive)$")]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
