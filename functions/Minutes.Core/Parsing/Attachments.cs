using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// "Bilaga 1", "Bilaga 2: Skriftliga frågor och svar", "Bil. 3  Handlingsplan", or a list "Bilagor: 1. Presentation om …, 2. …": attachments,
/// each once, with a title and date where printed.
/// </summary>
public static partial class Attachments
{
    public static List<Attachment> Read(IReadOnlyList<SourceLine> lines)
    {
        var found = new List<Attachment>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (ListLabel().Match(lines[i].Text) is { Success: true } list)
            {
                var text = lines[i].Text[list.Length..];
                for (var k = i + 1; k < lines.Count && !lines[k].IsBlank && k <= i + 6; k++) text += " " + lines[k].Text;
                var entries = ListEntry().Matches(text);
                for (var e = 0; e < entries.Count; e++)
                {
                    // An entry's title runs to the next entry's number.
                    var start = entries[e].Index + entries[e].Length;
                    var title = text[start..(e + 1 < entries.Count ? entries[e + 1].Index : text.Length)].Trim(' ', ',', ';', '.');
                    var listed = $"Bilaga {entries[e].Groups[1].Value}";
                    if (title.Length > 0 && found.All(a => a.Label != listed)) found.Add(new Attachment(listed, title, null));
                }
                continue;
            }
            var line = lines[i];
            var m = Heading().Match(line.Text);
            if (!m.Success) continue;
            var label = $"Bilaga {m.Groups[1].Value}";
            if (found.Any(a => a.Label == label)) continue;
            var rest = m.Groups[2].Value;
            // A title wrapped under its own start: "Bil. 1   Utvärdering september" over "         2025–augusti 2026".
            for (var k = i + 1; k < lines.Count && lines[k].Indent >= 4 && !lines[k].IsBlank && !Heading().IsMatch(lines[k].Text) && k <= i + 3; k++)
                rest += " " + lines[k].Text;
            rest = rest.Trim(' ', ':', '-', '–', '.');
            found.Add(new Attachment(label, rest.Length > 0 ? rest : null, SwedishDates.FirstDate(rest)));
        }
        return found;
    }

    [GeneratedRegex(@"^Bilagor\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListLabel();

    // "1. Presentation om …, 2. Enkät …": a number, then its title up to the next number.
    [GeneratedRegex(@"(?:^|[,;]\s*|\s)(\d{1,2})[.)]\s+")]
    private static partial Regex ListEntry();

    // "Bilaga 2", or shortened "Bil. 2" in a list of attachments.
    [GeneratedRegex(@"^(?:Bilaga\s+|Bil\.\s*)(\d{1,2})\b\s*(.{0,120})$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
