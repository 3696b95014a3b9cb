using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>"Bilaga 1", "Bilaga 2: Skriftliga frågor och svar": attachments, each once, with a title and date where printed.</summary>
public static partial class Attachments
{
    public static List<Attachment> Read(IReadOnlyList<SourceLine> lines)
    {
        var found = new List<Attachment>();
        foreach (var line in lines)
        {
            var m = Heading().Match(line.Text);
            if (!m.Success) continue;
            var label = $"Bilaga {m.Groups[1].Value}";
            if (found.Any(a => a.Label == label)) continue;
            var rest = m.Groups[2].Value.Trim(' ', ':', '-', '–', '.');
            found.Add(new Attachment(label, rest.Length > 0 ? rest : null, SwedishDates.FirstDate(rest)));
        }
        return found;
    }

    [GeneratedRegex(@"^Bilaga\s+(\d{1,2})\b\s*(.{0,120})$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
