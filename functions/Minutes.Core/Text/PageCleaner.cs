using System.Text.RegularExpressions;

namespace Minutes.Text;

/// <summary>
/// Makes pages read as one text: running heads and feet (a line near the top or bottom that recurs on other pages
/// once its digits are set aside, such as "MÖTESANTECKNINGAR 2023-06-20 4 (12)") and page numbers are taken out of
/// the lines and kept in <see cref="DocumentText.RunningHeads"/>; a word hyphenated across a line break is joined.
/// </summary>
public static partial class PageCleaner
{
    private const int EdgeLines = 3;

    public static DocumentText Clean(DocumentText text)
    {
        var recurring = RecurringEdgeLines(text.Pages);
        var heads = new List<string>();
        var headed = new Dictionary<string, SortedSet<int>>();
        var pages = text.Pages.Select(page =>
        {
            var nonEmpty = page.Lines.Select((l, i) => (l, i)).Where(x => x.l.Text.Trim().Length > 0).Select(x => x.i).ToList();
            var edge = nonEmpty.Take(EdgeLines).Concat(nonEmpty.TakeLast(EdgeLines)).ToHashSet();
            // A head of three lines ("Uppsala kommun   PROTOKOLL", the body, its date) may put the counter on a fourth.
            // A bare number there may be an item's.
            if (nonEmpty.Count > 2 * EdgeLines && page.Lines[nonEmpty[EdgeLines]].Text.Trim() is var fourth
                && PageNumber().IsMatch(fourth) && !fourth.All(char.IsDigit)) edge.Add(nonEmpty[EdgeLines]);
            var kept = new List<TextLine>();
            var foot = Foot(page, nonEmpty, recurring);
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                var shape = Shape(line.Text);
                // The first page's head is often its letterhead too ("Region Stockholm   PROTOKOLL"): it stays for the
                // header to read, and still marks the page as one of the minutes'.
                string? head = null;
                var recurs = nonEmpty.Take(EdgeLines).Contains(i) && recurring.TryGetValue(Top + shape, out head)
                             || foot.Contains(i) && recurring.TryGetValue(Bottom + shape, out head);
                var letterhead = page == text.Pages[0] && nonEmpty.Take(EdgeLines).Contains(i) && recurs
                    && line.Role is not (LineRole.PageHeader or LineRole.PageFooter or LineRole.PageNumber) && !PageNumber().IsMatch(line.Text);
                if (letterhead) (headed.TryGetValue(head!, out var first) ? first : headed[head!] = []).Add(page.Number);
                var isHead = line.Role is LineRole.PageHeader or LineRole.PageFooter or LineRole.PageNumber
                    || edge.Contains(i) && !letterhead && (PageNumber().IsMatch(line.Text) || recurs);
                if (!isHead)
                {
                    // A letterhead line may carry the page counter at its right margin: "Hälso- och … förvaltningen     1 (3)".
                    var counter = edge.Contains(i) ? CounterAtRight().Match(line.Text).Groups[1] : Match.Empty;
                    if (counter.Success) heads.Add(counter.Value.Trim());
                    var body = counter.Success ? line.Text[..counter.Index] : line.Text;
                    kept.Add(line with { Text = body.Replace("\u00AD", "") });
                    continue;
                }
                heads.Add(line.Text.Trim());
                if (recurs)
                    (headed.TryGetValue(head!, out var set) ? set : headed[head!] = []).Add(page.Number);
            }
            return page with { Lines = TidyBlankLines(JoinHyphenated(kept)) };
        }).ToList();
        // The minutes' own head is the one on most pages; appended slides may repeat a footer of their own.
        var minutesHead = headed.Values.OrderByDescending(v => v.Count).FirstOrDefault();
        return new DocumentText(pages) { RunningHeads = heads, HeadedPages = minutesHead?.ToList() ?? [] };
    }

    /// <summary>
    /// The last lines of a page that may be its running foot: those that recur at the bottom of other pages with nothing
    /// but foot (or signature dots) below them. A protokoll's items end alike ("Kommunala pensionärsrådet beslutar" over "att notera
    /// informationen."), so a line of the body recurs at the bottom too, with the body's last line under it.
    /// </summary>
    private static HashSet<int> Foot(TextPage page, List<int> nonEmpty, Dictionary<string, string> recurring)
    {
        var foot = new HashSet<int>();
        foreach (var i in nonEmpty.TakeLast(EdgeLines).Reverse())
        {
            var line = page.Lines[i];
            // A signature's dotted line or a rule under the foot is no body.
            if (!line.Text.Any(char.IsLetterOrDigit)) continue;
            if (!recurring.ContainsKey(Bottom + Shape(line.Text)) && !PageNumber().IsMatch(line.Text)
                && line.Role is not (LineRole.PageFooter or LineRole.PageNumber)) break;
            foot.Add(i);
        }
        return foot;
    }

    /// <summary>
    /// The shapes of edge lines that recur on enough pages, each with the head it is a reading of. OCR reads the same
    /// foot a little differently on every page ("Justerandes sign … Utdragsbestyrkande" comes out as noise before
    /// the last word), so a long shape counts as the same head when it is close enough.
    /// </summary>
    private static Dictionary<string, string> RecurringEdgeLines(IReadOnlyList<TextPage> pages)
    {
        if (pages.Count < 2) return [];
        var heads = new List<(string Shape, HashSet<int> Pages)>();
        var headOf = new Dictionary<string, int>();
        for (var p = 0; p < pages.Count; p++)
        {
            var nonEmpty = pages[p].Lines.Where(l => l.Text.Trim().Length > 0).ToList();
            // A head recurs at the same edge: the last line of one page and the first of the next that end alike
            // ("… av kommunernas hemsjukvård" over "3 Gränssnittet mot kommunernas hemsjukvård") are text, not a head.
            foreach (var shape in nonEmpty.Take(EdgeLines).Select(l => Top + Shape(l.Text))
                         .Concat(nonEmpty.TakeLast(EdgeLines).Select(l => Bottom + Shape(l.Text))).Distinct())
            {
                if (!headOf.TryGetValue(shape, out var k))
                {
                    k = heads.FindIndex(h => Close(h.Shape, shape));
                    if (k < 0) { heads.Add((shape, [])); k = heads.Count - 1; }
                    headOf[shape] = k;
                }
                heads[k].Pages.Add(p);
            }
        }
        // Three pages are enough: minutes often carry many appended slides with heads of their own.
        var needed = Math.Max(2, Math.Min(3, pages.Count - 1));
        // A shape needs letters or a date ("2023-06-20" with its counter-like tail set aside: "#-#-") to be a head; a lone number is an item number as often as not.
        return headOf.Where(s => heads[s.Value].Pages.Count >= needed && (s.Key.Any(char.IsLetter) || s.Key.Count(ch => ch == '#') >= 2))
            .ToDictionary(s => s.Key, s => heads[s.Value].Shape);
    }

    private const string Top = "^", Bottom = "$";

    private static bool Close(string a, string b)
    {
        if (a == b) return true;
        if (a[0] != b[0]) return false;
        var longer = Math.Max(a.Length, b.Length);
        if (Math.Min(a.Length, b.Length) < 16 || Math.Abs(a.Length - b.Length) > longer * 0.35) return false;
        // The printed part of a foot survives OCR whole at one end ("…utdragsbestyrkande") while the rest is noise.
        var prefix = a.Zip(b).TakeWhile(x => x.First == x.Second).Count();
        var suffix = a.Reverse().Zip(b.Reverse()).TakeWhile(x => x.First == x.Second).Count();
        return Math.Max(prefix, suffix) >= 16 || Distance(a, b) <= longer * 0.3;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    // Digits and spacing differ from page to page ("2 (7)", "3 (7)"); the rest of a running head does not.
    // OCR also differs in spacing and in the page counter ("2(7)", "07)"), so those are set aside too.
    private static string Shape(string line) =>
        Spaces().Replace(Digits().Replace(TrailingCounter().Replace(line.Trim(), ""), "#"), "").ToLowerInvariant();

    /// <summary>"sjukvårds-" + "förvaltningen ..." → "sjukvårdsförvaltningen" + "...", but "hälso- och" stays.</summary>
    private static List<TextLine> JoinHyphenated(List<TextLine> lines)
    {
        var result = new List<TextLine>(lines);
        for (var i = 0; i < result.Count - 1; i++)
        {
            var current = result[i].Text.TrimEnd();
            var next = result[i + 1].Text.TrimStart();
            var m = HyphenEnd().Match(current);
            if (!m.Success || next.Length == 0 || !char.IsLower(next[0])) continue;
            var split = next.IndexOf(' ');
            var word = split < 0 ? next : next[..split];
            if (Conjunctions.Contains(WithoutTrailingPunctuation(word))) continue;
            result[i] = result[i] with { Text = current[..^1] + word };
            // A continuation that was the whole next line takes the line with it; a blank line there would read as a paragraph break.
            if (split < 0) result.RemoveAt(i + 1);
            else result[i + 1] = result[i + 1] with { Text = next[(split + 1)..].TrimStart() };
        }
        return result;
    }

    /// <summary>One blank line keeps a paragraph break; runs of them, and blank lines at a page's ends, say nothing.</summary>
    private static List<TextLine> TidyBlankLines(List<TextLine> lines)
    {
        var tidy = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            var blank = line.Text.Trim().Length == 0;
            if (blank && (tidy.Count == 0 || tidy[^1].Text.Length == 0)) continue;
            tidy.Add(blank ? line with { Text = "" } : line);
        }
        while (tidy.Count > 0 && tidy[^1].Text.Length == 0) tidy.RemoveAt(tidy.Count - 1);
        return tidy;
    }

    // "hälso- och sjukvård", "för- eller eftermiddag": the hyphen stands for a shared word part and stays.
    private static readonly HashSet<string> Conjunctions = ["och", "eller", "samt", "som", "till", "resp", "respektive"];

    private static string WithoutTrailingPunctuation(string word)
    {
        var end = word.Length;
        while (end > 0 && !char.IsLetterOrDigit(word[end - 1])) end--;
        return word[..end];
    }

    [GeneratedRegex(@"^\s*(sida\s+)?\d+\s*(\(\s*\d+\s*\)|av\s+\d+|/\s*\d+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    // "1 (3)", and OCR's "1(3)", "13)"; "Sida 2 av 3". Page numbers have at most four digits, which also keeps the two
    // numbers side by side from splitting a long run of digits every possible way.
    [GeneratedRegex(@"\S(\s{3,}(?:(?:sida\s+)?\d{1,4}\s*\(?\s*\d{1,4}\s*\)|sida\s+\d{1,4}\s+av\s+\d{1,4})\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CounterAtRight();

    [GeneratedRegex(@"\p{Ll}-$")]
    private static partial Regex HyphenEnd();

    [GeneratedRegex(@"[\d()\s/]+$")]
    private static partial Regex TrailingCounter();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
