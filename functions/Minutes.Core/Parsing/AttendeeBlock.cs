using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// The people present, in printed order, under the group heading they stand under: "PRO: Alf Andersson, …",
/// a heading alone on its line ("Förvaltningen:") with the names below, a label of its own ("Ersättare"), or a
/// Namn/Organisation table. Names wrap over lines: a lone word at either side of a break belongs to its neighbour.
/// </summary>
public static partial class AttendeeBlock
{
    public sealed record Result(IReadOnlyList<Attendee> Attendees, string? Chair, string? Secretary);

    public static Result Read(IReadOnlyList<(string Label, List<string> Lines)> blocks)
    {
        var attendees = new List<Attendee>();
        string? chair = null, secretary = null;
        foreach (var (label, lines) in blocks)
        {
            var defaultGroup = label is "Närvarande" or "Deltagare" ? null : label;
            if (lines.Count > 0 && TableHeader().IsMatch(lines[0]))
            {
                foreach (var row in lines.Skip(1))
                {
                    var cells = Columns().Split(row.Trim());
                    if (cells.Length >= 2 && Names.Clean(cells[0]) is { } n) attendees.Add(new Attendee(n, cells[1].Trim()));
                }
                continue;
            }
            foreach (var (group, text) in Groups(lines, defaultGroup))
            {
                string? previous = null;
                foreach (var part in Names.ListParts(text))
                {
                    var lower = part.TrimStart('(').ToLowerInvariant();
                    if (previous is not null && lower.StartsWith("ordförande")) chair ??= previous;
                    if (previous is not null && lower.StartsWith("sekreterare")) secretary ??= previous;
                    if (!char.IsUpper(part[0]) || part.Any(char.IsDigit)) continue;
                    var name = Names.Leading(part) ?? (part.Split(' ').Length == 1 ? null : Names.Clean(part));
                    if (name is null) continue;
                    attendees.Add(new Attendee(name, group));
                    previous = name;
                }
            }
        }
        return new Result(attendees, chair, secretary);
    }

    /// <summary>Splits a block into (group heading, names text), joining names broken over lines.</summary>
    private static List<(string? Group, string Text)> Groups(List<string> lines, string? defaultGroup)
    {
        var groups = new List<(string? Group, List<string> Lines)>();
        foreach (var line in lines)
        {
            var m = GroupHeading().Match(line);
            if (m.Success && !m.Groups[1].Value.Contains(','))
                groups.Add((m.Groups[1].Value.Trim(), m.Groups[2].Value.Length > 0 ? [m.Groups[2].Value] : []));
            else if (groups.Count == 0) groups.Add((defaultGroup, [line]));
            else groups[^1].Lines.Add(line);
        }
        return groups.Select(g => (g.Group, JoinNames(g.Lines))).ToList();
    }

    private static string JoinNames(List<string> lines)
    {
        var text = "";
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (text.Length == 0) { text = line; continue; }
            var lastPart = text.TrimEnd().EndsWith(',') ? "" : text.Split(',')[^1].Trim();
            var firstPart = line.Split(',')[0].Trim();
            var wrapped = lastPart.Length > 0 && (lastPart.Split(' ').Length == 1 || (firstPart.Split(' ').Length == 1 && char.IsUpper(firstPart[0])));
            text = wrapped ? text.TrimEnd() + " " + line : text.TrimEnd().TrimEnd(',') + ", " + line;
        }
        return text;
    }

    [GeneratedRegex(@"^([\p{L}][\p{L}\s\-&/]{0,40}):\s*(.*)$")]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"^Namn\s{2,}.*(Organisation|Förvaltning|Funktion|Roll)", RegexOptions.IgnoreCase)]
    private static partial Regex TableHeader();

    [GeneratedRegex(@"\s{2,}|\t")]
    private static partial Regex Columns();
}
