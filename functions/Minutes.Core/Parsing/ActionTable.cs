using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// An action list set as a table ("Åtgärdslista"): a header row naming at least the action and who is responsible
/// ("Punkt | Åtgärd | Ansvarig | Klart till", or the same in columns of spaces), then one row per action; a row
/// whose first cells are empty carries the cells above on. The table's lines are taken out of the text, so the
/// item it stands under does not read it again as prose. A table that follows up the last meeting's list has a status
/// column: a row done or dropped ("Klar", "Stryks") is no action of this meeting, and one still open may give its new
/// time there ("Pågår. Ny tid: till mötet 10 juni").
/// </summary>
public static partial class ActionTable
{
    /// <param name="Line">The line the row starts on: a table without a Punkt column belongs to the item it stands in.</param>
    /// <param name="Number">The row's own number ("Nr"), which a sentence in the items may point to ("(nr 3)").</param>
    public sealed record Row(string? Item, string Text, string? Owner, string? Due, int Line = -1, string? Status = null, string? Number = null);

    public static (List<Row> Rows, List<SourceLine> Lines) Extract(List<SourceLine> lines)
    {
        var rows = new List<Row>();
        var rest = new List<SourceLine>(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var j = i + 1;
            var from = rows.Count;
            if (Columns.Of(lines[i]) is not { } columns)
            {
                // "Åtgärdslista" over rows whose header a scan lost: the rows' own shape gives the columns.
                if (!ListHeading().IsMatch(lines[i].Text.Trim())) continue;
                while (j < lines.Count && lines[j].IsBlank) j++;
                if (j >= lines.Count || Columns.OfRow(lines[j]) is not { } shaped) continue;
                columns = shaped;
                for (var k = i + 1; k < j; k++) rest[k] = rest[k] with { Text = "" };
            }
            // A scan loses the rule under the header and may leave a blank line there: the rows start after it.
            if (j + 1 < lines.Count && lines[j].IsBlank && !columns.Piped && columns.Cells(lines[j + 1]).Count(c => c.Length > 0) >= 2) j++;
            // A piped table ends at a line without a pipe: after a page break the next item's heading may follow its
            // last row with no blank line between, once the running head is taken out.
            // A scan reads the rule under the header as marks and letters ("relje S——    Ån EN", "SS"): no row, and no end.
            for (; j < lines.Count && !lines[j].IsBlank && (!columns.Piped || columns.IsRow(lines[j]) || Rule().IsMatch(lines[j].Text) || j == i + 1 && RuleRead(lines[j].Text)); j++)
            {
                if (Rule().IsMatch(lines[j].Text) || j == i + 1 && RuleRead(lines[j].Text)) continue;
                Read(columns, lines[j], j, rows);
            }
            // A scan may read a table's last rows before its header ("Boka lokal … | Hanna Björkqvist | Snarast" over
            // "I | Vem | När ||"): piped rows right above the header, in the same block, go on after the rows below it.
            var above = i;
            while (columns.Piped && columns.Scanned && above > 0 && !lines[above - 1].IsBlank && lines[above - 1].Text.Contains('|')
                   && !Rule().IsMatch(lines[above - 1].Text) && rest[above - 1].Text.Length > 0) above--;
            for (var k = above; k < i; k++) Read(columns, lines[k], k, rows);
            if (columns.Item is null && columns.Number is not null) ItemsNumbered(rows, from);
            for (var k = above; k < j; k++) rest[k] = rest[k] with { Text = "", IsBullet = false };
            i = j;
        }
        var open = rows.Where(r => r.Status is null || !Closed().IsMatch(r.Status)).Select(r => r.Due is null && r.Status is not null ? r with { Due = r.Status } : r);
        return (open.ToList(), rest);
    }

    /// <summary>
    /// "Nr" over 2, 2, 3, 4, 4: numbers that do not count the rows off one by one from 1 are the items the actions
    /// belong to, not the actions' own.
    /// </summary>
    private static void ItemsNumbered(List<Row> rows, int from)
    {
        var numbers = rows.Skip(from).Select(r => r.Number).ToList();
        if (numbers.Count < 2 || numbers.Any(n => n is null) || numbers.Select((n, k) => n == (k + 1).ToString()).All(counted => counted)) return;
        for (var k = from; k < rows.Count; k++) rows[k] = rows[k] with { Item = rows[k].Number, Number = null };
    }

    /// <summary>One line of the table: a row of its own, or the wrapped cells of the row above.</summary>
    private static void Read(Columns columns, SourceLine line, int at, List<Row> rows)
    {
        var cells = columns.Cells(line);
        var text = cells[columns.Action];
        string? Cell(int? k) => k is { } c && cells[c].Length > 0 ? cells[c] : null;
        // A row starts where its number or item is given, else where its owner is: a wrapped cell leaves those empty.
        // An owner cell goes on where the one above ends in a hyphen or a comma, or it opens in lower case ("Hälso- och
        // sjukvårds-" / "förvaltningen", "Lars Fröjd," / "Annika Löfvenius").
        var starts = rows.Count == 0 || ((columns.Item ?? columns.Number) is { } key ? Cell(key) is not null
            : Cell(columns.Owner) is { } named && !char.IsLower(named[0]) && rows[^1].Owner?.EndsWith('-') != true && rows[^1].Owner?.EndsWith(',') != true);
        // A letter or two left by a scan ("a    I    i") is no task.
        if (starts && text.Count(char.IsLetter) >= 3) rows.Add(new Row(Cell(columns.Item), text, Cell(columns.Owner), Cell(columns.Due), at, Cell(columns.Status), Cell(columns.Number)?.TrimEnd('.')));
        else if (rows.Count > 0)
            rows[^1] = rows[^1] with
            {
                Text = TextJoin.Lines([rows[^1].Text, text]).Trim(),
                Owner = Join(rows[^1].Owner, Cell(columns.Owner)),
                Due = Join(rows[^1].Due, Cell(columns.Due)),
                Status = Join(rows[^1].Status, Cell(columns.Status)),
            };
    }

    // "|    ana ESA SA [SA BA [SLÄNGS e vs Ja …": a rule read as letters, most of them capitals, where a row has few.
    // A row written in capitals has a date or a number somewhere; the marks a rule leaves have none.
    private static bool InCapitals(string line) =>
        line.Count(char.IsLetter) is var letters and >= 12 && line.Count(char.IsUpper) >= letters * 0.6 && !line.Any(char.IsDigit);

    private static string? Join(string? a, string? b) => b is null ? a : a is null ? b : TextJoin.Lines([a, b]);

    // Scanned: the header shows what a scan does to a table (a bar read as a letter, a caption lost), so its rows may
    // have been read out of order.
    private sealed record Columns(bool Piped, bool LeadingPipe, int[] Starts, int? Item, int? Number, int Action, int? Owner, int? Due, int? Status, bool Scanned)
    {
        public static Columns? Of(SourceLine header)
        {
            var piped = header.Text.Contains('|');
            var leading = header.Text.StartsWith('|');
            var (names, starts) = Split(header, piped, leading);
            // "Punkt Vad    Vem    När": a scan closed the gap between two captions.
            if (!piped && names.Any(JoinedCaptions))
                (names, starts) = (names.SelectMany(n => JoinedCaptions(n) ? n.Split(' ') : [n]).ToList(),
                    names.SelectMany((n, k) => JoinedCaptions(n) ? n.Split(' ').Select((_, w) => starts[k] + w) : [starts[k]]).ToArray());
            // "Nr | Åtgärd    Ansvarig    Klart": a hard scan kept one bar of the header; the gaps part the rest.
            if (piped && Pieces(header.Text) is { Count: var n } pieces && n > names.Count) (names, starts) = (pieces, new int[n]);
            // "Klart senast —": a scan may read a bit of the rule into a caption.
            int? Find(Regex r) => names.FindIndex(n => r.IsMatch(n.TrimEnd(' ', '—', '–', '-', '_', '='))) is var k and >= 0 ? k : null;
            var (action, item) = (Find(ActionHeading()), Find(ItemHeading()));
            // "I    | Vem    | När    ||": a scan lost the task's caption; the task is the column before the owner's.
            var lostCaption = false;
            if (action is null && piped && Pieces(header.Text) is [var first, .. var more] && OwnerHeading().IsMatch(first) && more.Any(m => DueHeading().IsMatch(m)))
            {
                lostCaption = true;
                (names, starts, leading) = (["", first, .. more], new int[more.Count + 2], BorderedTable.WithBars(header.Text).StartsWith('|'));
                (action, item) = (0, null);
            }
            // A bevakningslista ("Ärende | Väckt | Ansvarig | Klart"): the matter followed is the task, with who and when beside it.
            if (action is null && item is { } matter && names[matter].Equals("Ärende", StringComparison.OrdinalIgnoreCase)) (action, item) = (matter, null);
            if (action is null || Find(OwnerHeading()) is not { } owner) return null;
            // "Nr | Pkt | Vad …": a "Nr" column numbers the actions themselves, not the items.
            var scanned = lostCaption || BorderedTable.WithBars(header.Text) != header.Text;
            // "Ansvarig    tatus": a scan may lose a caption's first letter into the bar before it.
            var status = Find(StatusHeading()) ?? (piped ? names.FindIndex(n => n.Length == 5 && "Status".EndsWith(n, StringComparison.OrdinalIgnoreCase)) is var k and >= 0 ? k : null : null);
            return new Columns(piped, leading, starts, item, Find(NumberHeading()), action.Value, owner, Find(DueHeading()), status, scanned);
        }

        private static bool JoinedCaptions(string cell) => cell.Contains(' ') && cell.Split(' ').All(IsCaption);

        private static bool IsCaption(string word) =>
            ActionHeading().IsMatch(word) || OwnerHeading().IsMatch(word) || ItemHeading().IsMatch(word) || NumberHeading().IsMatch(word)
            || DueHeading().IsMatch(word) || StatusHeading().IsMatch(word);

        /// <summary>
        /// The columns of a table whose header was lost, from its first row: "3.1 | Skicka affisch …    Karin Petrén    v. 42"
        /// is an item, a task, an owner by name and a time.
        /// </summary>
        public static Columns? OfRow(SourceLine row) =>
            Pieces(row.Text) is [var item, var task, var owner, var due] && ItemNumber().IsMatch(item) && task.Count(char.IsLetter) >= 10
            && Names.Leading(owner) is not null && IsWhen(due)
                ? new Columns(true, false, new int[4], 0, null, 1, 2, 3, null, true)
                : null;

        /// <summary>A row of a piped table: a line with a bar, or with its bars lost by a scan, a cell for every column.</summary>
        public bool IsRow(SourceLine line) =>
            BorderedTable.WithBars(line.Text).Contains('|') || Pieces(line.Text) is { Count: > 0 } pieces && (pieces.Count == Starts.Length || Wrapped(pieces));

        // Whether a cell reads as a time at all; any day will do as the meeting's for that.
        private static bool IsWhen(string cell) => DueDates.ReadValue(cell, new DateOnly(2026, 1, 1)) is not null;

        // A row that opens in lower case or a parenthesis goes on with the cells above ("hembesök, fördelad per kommun");
        // a lone letter is a number the scan misread ("| i | Rutin för …" is row 1).
        private static bool Wrapped(List<string> pieces) => pieces[0].Length > 1 && char.IsLower(pieces[0][0]) || pieces[0][0] == '(';

        // A scan reads bars as letters or loses them, and loses an empty cell's bar: the row's pieces, split at bars and gaps.
        private static List<string> Pieces(string text) =>
            Gap().Split(BorderedTable.WithBars(text)).SelectMany(p => p.Split('|')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

        public string[] Cells(SourceLine row)
        {
            var result = new string[Starts.Length];
            Array.Fill(result, "");
            // A scanned row whose bars do not count off its columns: a full row by position, a row that opens in lower case
            // (or a parenthesis) the wrapped text of the task and its owner above.
            var (cells, starts) = Split(row, Piped, LeadingPipe);
            if (Piped && cells.Count != Starts.Length && Pieces(row.Text) is var pieces && pieces.Count > 0)
            {
                if (pieces.Count == Starts.Length) return [.. pieces];
                if (Wrapped(pieces))
                {
                    result[Action] = pieces[0];
                    // The cell beside it goes on with the owner ("organisationer"), or with the when or the status ("nästa
                    // möte", "Stryks.").
                    if (pieces.Count > 1 && (IsWhen(pieces[1]) ? Due ?? Status : Status is { } s && !char.IsLower(pieces[1][0]) && Names.Leading(pieces[1]) is null ? s : Owner) is { } k)
                        result[k] = pieces[1];
                    return result;
                }
            }
            if (!Piped && cells.Count < Starts.Length) (cells, starts) = Repaired(cells, starts);
            for (var c = 0; c < cells.Count; c++)
            {
                // Piped cells count off by position, and so does a full row (a scan's columns keep their order, not their
                // places); the cells of a shorter row fall under the header cell they start nearest after.
                var k = Piped || cells.Count == Starts.Length ? c : Math.Max(0, Array.FindLastIndex(Starts, s => s <= starts[c] + 2));
                if (k < result.Length) result[k] = (result[k] + " " + cells[c]).Trim();
            }
            return result;
        }

        /// <summary>
        /// A scanned row that lost a gap: a mark read from the page ("Helena Berg = v. 48", "registrera — Anders Berg")
        /// parts cells; then a task that ends in a name ("… SIP-utbildning Maria Nordin") or a name with a time after it
        /// ("Anders Berg 15/12") is two cells, where the row is one short of the header.
        /// </summary>
        private (List<string> Cells, int[] Starts) Repaired(List<string> cells, int[] starts)
        {
            var parts = cells.Select((c, k) => (Text: c, Start: starts[k]))
                .SelectMany(c => Mark().Split(c.Text).Select(t => (Text: t.Trim(), c.Start))).Where(c => c.Text.Length > 0).ToList();
            if (parts.Count == Starts.Length - 1 && Owner is { } owner && owner > 0)
            {
                // The owner's cell is at its place or one before it, as the row is one short.
                for (var k = Math.Min(owner, parts.Count - 1); k >= owner - 1 && k >= 0 && parts.Count < Starts.Length; k--)
                {
                    var text = parts[k].Text;
                    if (k == owner - 1 && NameAtEnd().Match(text) is { Success: true } end && end.Index > 0 && Names.Leading(end.Groups[1].Value) is not null)
                        parts = [.. parts[..k], (text[..end.Index].Trim(), parts[k].Start), (end.Groups[1].Value, parts[k].Start), .. parts[(k + 1)..]];
                    else if (Due is { } due && due == owner + 1 && NameThenTime().Match(text) is { Success: true } named && IsWhen(named.Groups[2].Value))
                        parts = [.. parts[..k], (named.Groups[1].Value, parts[k].Start), (named.Groups[2].Value, parts[k].Start), .. parts[(k + 1)..]];
                }
            }
            return (parts.Select(p => p.Text).ToList(), parts.Select(p => p.Start).ToArray());
        }

        private static (List<string> Cells, int[] Starts) Split(SourceLine line, bool piped, bool leadingPipe)
        {
            if (piped)
            {
                // "| Nr | Åtgärd | Ansvarig | Klart    I", "| Vad    | Vem    I När    I": a scan's bar read as a letter.
                line = line with { Text = BorderedTable.WithBars(BarBeforeWord().Replace(line.Text, " | ")) };
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

    [GeneratedRegex(@"(?<!\s)\s{2,}")]
    private static partial Regex Gap();

    // A mark a scan read from a rule between cells: "=", "—" or a bar between spaces.
    [GeneratedRegex(@"\s[=—|¦]\s")]
    private static partial Regex Mark();

    [GeneratedRegex(@"\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$")]
    private static partial Regex NameAtEnd();

    [GeneratedRegex(@"^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s(\S.*)$")]
    private static partial Regex NameThenTime();

    // In a piped row, a lone "I" after a gap and before a capitalised word is a bar, not the word "I".
    [GeneratedRegex(@"(?<=\S)\s{2,}[Il!]\s(?=\p{Lu})")]
    private static partial Regex BarBeforeWord();

    [GeneratedRegex(@"^[\s|:+=-]+$")]
    private static partial Regex Rule();

    private static bool RuleRead(string line) => ScannedRule(line) || InCapitals(line) || ShortMarks(line);

    // "SS", "=-": a few marks with no small letter or digit.
    private static bool ShortMarks(string line) =>
        line.Trim() is { Length: > 0 and <= 4 } t && !t.Any(c => char.IsLower(c) || char.IsDigit(c));

    private static bool ScannedRule(string line) => !line.Contains('|') && (line.Contains("——") || line.Contains("__"));

    // "Åtgärd från 2026-09-29", "Åtgärder från förra mötet": the caption of a list followed up may say whence it came.
    [GeneratedRegex($@"^(Åtgärd|Åtgärder|Aktivitet|Uppgift|Vad|{Vocabulary.MoreActionColumnHeadings})(?:\s+från\s+\S.{{0,30}})?$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionHeading();

    [GeneratedRegex(@"^(Ansvarig|Vem|Ansvar)$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerHeading();

    [GeneratedRegex(@"^(Punkt|Pkt\.?|P\.|§|Ärende|Ärendepunkt)$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"^(Nr|Nr\.)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberHeading();

    [GeneratedRegex(@"^(Status|Läge|Status/kommentar)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusHeading();

    // The heading of an action list set as a table: "Åtgärdslista", "Åtgärder:", "Uppföljningslista".
    [GeneratedRegex(@"^(?:Åtgärdslista|Åtgärder|Uppföljningslista|Beslutade åtgärder|Uppdragslista)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})?\.?$")]
    private static partial Regex ItemNumber();

    // Done or dropped: "Klar, se punkt 4", "Klart", "Stryks, …", "Avslutad"; not "Klart till nästa möte", a due.
    [GeneratedRegex(@"^(?:Klar|Klart(?!\s+(?:till|senast|före|i|under)\b)|Avslutad|Avslutat|Utförd|Utfört|Genomförd|Genomfört|Stryks|Struken|Strykes|Avförs|Avförd|Färdig|Levererad)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Closed();

    [GeneratedRegex(@"^(Klart|Klart till|Klart senast|Senast|När|Datum|Tidplan|Deadline)$", RegexOptions.IgnoreCase)]
    private static partial Regex DueHeading();
}
