using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// An action list set as a table ("Åtgärdslista"): a header row naming at least the action and who is responsible
/// ("Punkt | Åtgärd | Ansvarig | Klart till", or the same in columns of spaces), then one row per action; a row
/// whose first cells are empty carries the cells above on. The table's lines are taken out of the text, so the
/// item it stands under does not read it again as prose.
/// </summary>
public static partial class ActionTable
{
    /// <param name="Line">The line the row starts on: a table without a Punkt column belongs to the item it stands in.</param>
    public sealed record Row(string? Item, string Text, string? Owner, string? Due, int Line = -1);

    public static (List<Row> Rows, List<SourceLine> Lines) Extract(List<SourceLine> lines)
    {
        var rows = new List<Row>();
        var rest = new List<SourceLine>(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Columns.Of(lines[i]) is not { } columns) continue;
            var j = i + 1;
            for (; j < lines.Count && !lines[j].IsBlank; j++)
            {
                if (Rule().IsMatch(lines[j].Text)) continue;
                var cells = columns.Cells(lines[j]);
                var text = cells[columns.Action];
                string? Cell(int? k) => k is { } c && cells[c].Length > 0 ? cells[c] : null;
                var starts = rows.Count == 0 || (columns.Item is null ? Cell(columns.Owner) is not null : Cell(columns.Item) is not null);
                if (starts && text.Length > 0) rows.Add(new Row(Cell(columns.Item), text, Cell(columns.Owner), Cell(columns.Due), j));
                else if (rows.Count > 0)
                    rows[^1] = rows[^1] with
                    {
                        Text = TextJoin.Lines([rows[^1].Text, text]).Trim(),
                        Owner = Join(rows[^1].Owner, Cell(columns.Owner)),
                        Due = Join(rows[^1].Due, Cell(columns.Due)),
                    };
            }
            for (var k = i; k < j; k++) rest[k] = rest[k] with { Text = "", IsBullet = false };
            i = j;
        }
        return (rows, rest);
    }

    private static string? Join(string? a, string? b) => b is null ? a : a is null ? b : a + " " + b;

    private sealed record Columns(bool Piped, bool LeadingPipe, int[] Starts, int? Item, int Action, int? Owner, int? Due)
    {
        public static Columns? Of(SourceLine header)
        {
            var piped = header.Text.Contains('|');
            var leading = header.Text.StartsWith('|');
            var (names, starts) = Split(header, piped, leading);
            int? Find(Regex r) => names.FindIndex(n => r.IsMatch(n)) is var k and >= 0 ? k : null;
            if (Find(ActionHeading()) is not { } action || Find(OwnerHeading()) is not { } owner) return null;
            // "Nr | Pkt | Vad …": the item's column over the action's own number.
            return new Columns(piped, leading, starts, Find(ItemHeading()) ?? Find(NumberHeading()), action, owner, Find(DueHeading()));
        }

        public string[] Cells(SourceLine row)
        {
            var result = new string[Starts.Length];
            Array.Fill(result, "");
            var (cells, starts) = Split(row, Piped, LeadingPipe);
            for (var c = 0; c < cells.Count; c++)
            {
                // Piped cells count off by position; spaced ones fall under the header cell they start nearest after.
                var k = Piped ? c : Math.Max(0, Array.FindLastIndex(Starts, s => s <= starts[c] + 2));
                if (k < result.Length) result[k] = (result[k] + " " + cells[c]).Trim();
            }
            return result;
        }

        private static (List<string> Cells, int[] Starts) Split(SourceLine line, bool piped, bool leadingPipe)
        {
            if (piped)
            {
                var text = line.Text.StartsWith('|') ? line.Text[1..] : line.Text;
                var parts = text.Split('|').Select(p => p.Trim()).ToList();
                // "| tryckeriet |" in a table whose rows do not open with a pipe: the first cell was empty and trimmed away.
                if (line.Text.StartsWith('|') && !leadingPipe) parts.Insert(0, "");
                if (parts.Count > 0 && parts[^1].Length == 0 && text.EndsWith('|')) parts.RemoveAt(parts.Count - 1);
                return (parts, new int[parts.Count]);
            }
            var cells = new List<string>();
            var starts = new List<int>();
            foreach (Match m in Cell().Matches(line.Text))
            {
                cells.Add(m.Value.Trim());
                starts.Add(line.Indent + m.Index);
            }
            return (cells, starts.ToArray());
        }
    }

    [GeneratedRegex(@"\S+(?:\s\S+)*")]
    private static partial Regex Cell();

    [GeneratedRegex(@"^[\s|:+=-]+$")]
    private static partial Regex Rule();

    [GeneratedRegex($@"^(Åtgärd|Aktivitet|Uppgift|Vad|{Vocabulary.MoreActionColumnHeadings})$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionHeading();

    [GeneratedRegex(@"^(Ansvarig|Vem|Ansvar)$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerHeading();

    [GeneratedRegex(@"^(Punkt|Pkt\.?|§|Ärende|Ärendepunkt)$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"^Nr$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberHeading();

    [GeneratedRegex(@"^(Klart|Klart till|Klart senast|Senast|När|Datum|Tidplan|Deadline)$", RegexOptions.IgnoreCase)]
    private static partial Regex DueHeading();
}
