using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// One item from its heading to the next: the title (the heading line and the lines that carry it on: they start
/// in lower case, or the line before ends mid-phrase), the presenters (the line or lines right under the title
/// that list names and no sentence), and the body with its decisions and questions.
/// </summary>
public static partial class ItemReader
{
    public sealed record Read(AgendaItem Item, IReadOnlyList<Paragraph> Paragraphs);

    public static Read From(IReadOnlyList<SourceLine> lines, ItemHeading.Found heading, int end, IReadOnlyList<string> attendees)
    {
        var (title, i) = Title(lines, heading, end);
        // A protocol's case number under the heading ("HSN 2024-0312") stands between the title and the presenter.
        if (NextNonBlank(lines, i, end, maxBlanks: 1) is { } c && CaseNumber().IsMatch(lines[c].Text)) i = c + 1;
        var (presenters, bodyStart) = Presenters(lines, i, end);
        // "2. Anhörigstöd (Eva Lind, Bo Ek)": the presenters in the heading's parentheses.
        if (HeadingPresenters.Split(title, attendees) is { Presenters.Count: > 0 } inHeading)
            (title, presenters) = (inHeading.Title, presenters.Count > 0 ? presenters : inHeading.Presenters);

        // The next meeting is read on its own; a sentence after it on the line ("… till våren 2027. Ingela Rask skickar ut")
        // is the body's.
        var paragraphs = Paragraphs.From(lines.Skip(bodyStart).Take(end - bodyStart).SelectMany(l =>
            !NextMeeting.IsNextMeetingLine(l.Text) ? [l] : NextMeeting.After(l.Text) is { Length: > 0 } rest ? [l with { Text = rest }] : Array.Empty<SourceLine>()));
        var item = new AgendaItem
        {
            Number = heading.Number,
            Title = title,
            Presenters = presenters,
            Body = string.Join("\n", paragraphs.Select(x => x.IsBullet ? "- " + x.Text : x.Text)),
            Decisions = Decisions.Read(paragraphs),
            Questions = QuestionBlock.Read(paragraphs),
        };
        return new Read(item, paragraphs);
    }

    /// <summary>
    /// An item's title runs on over the next lines while they continue it: a line in lower case, after a title that
    /// ends open ("… och", "-", an open parenthesis), or one set with a hanging indent to the title ("§ 42    Förlängning av …" over
    /// "        (SPSV) för perioden …"); never a bullet, a sentence or a long line.
    /// </summary>
    /// <returns>The title, and the line after it.</returns>
    private static (string Title, int Next) Title(IReadOnlyList<SourceLine> lines, ItemHeading.Found heading, int end)
    {
        var i = heading.TitleLine + 1;
        var titleLines = new List<string> { heading.FirstTitleLine };
        var titleColumn = lines[heading.TitleLine].Indent + Math.Max(0, lines[heading.TitleLine].Text.IndexOf(heading.FirstTitleLine, StringComparison.Ordinal));
        bool Hanging(SourceLine line) => titleColumn >= 4 && Math.Abs(line.Indent - titleColumn) <= 1 && !CaseNumber().IsMatch(line.Text)
                                         && !NamesOnly(line.Text) && !PresenterLine.Is(line.Text);
        while (NextNonBlank(lines, i, end, maxBlanks: 1) is { } n
               && !lines[n].IsBullet && !PresenterLine.IsLabelled(lines[n].Text) && !LetteredPart().IsMatch(lines[n].Text)
               && (char.IsLower(lines[n].Text[0]) || OpenEnd().IsMatch(titleLines[^1]) || titleLines[^1].EndsWith('-') || Hanging(lines[n]) && n == i && titleLines[^1].Length >= WrapsAfter
                   || Unclosed(titleLines) && n == i)
               && !Paragraphs.EndsSentence(lines[n].Text) && lines[n].Text.Length < 100)
        {
            titleLines.Add(lines[n].Text);
            i = n + 1;
        }
        return (TextJoin.Lines(titleLines), i);
    }

    // A title wraps where its line is full: a short one ("Föregående protokoll") over a line set in its column is over
    // the body, where a scan lost the blank line between them.
    private const int WrapsAfter = 40;

    // "a) Hörslingan i sessionssalen": a lettered part of the item opens in lower case but starts its body.
    [GeneratedRegex(@"^[a-zåäö]\)\s+\p{Lu}")]
    private static partial Regex LetteredPart();

    // "4. Utvärdering (Sara Hedblom," over "Navid Azizi)": a parenthesis the title opens closes on the next line.
    private static bool Unclosed(List<string> titleLines) => titleLines.Sum(l => l.Count(c => c == '(')) > titleLines.Sum(l => l.Count(c => c == ')'));

    /// <summary>
    /// The presenters under a heading: a block of names, labelled ("Föredragande: …") or names only, one to a line or
    /// run on ("Sara Nyberg, sjuksköterska" / "Fredrik Almqvist, utvecklare"). The body may follow with no blank line
    /// between (as after a page break), so the block ends after the longest run of presenter lines that reads as names.
    /// </summary>
    /// <returns>The presenters, and where the body starts (<paramref name="i"/> when there are none).</returns>
    private static (List<string> Presenters, int Next) Presenters(IReadOnlyList<SourceLine> lines, int i, int end)
    {
        var presenters = new List<string>();
        if (NextNonBlank(lines, i, end, maxBlanks: 1) is not { } p || lines[p].IsBullet || PresenterLine.WithoutLabel(lines[p].Text).Contains("   "))
            return (presenters, i);
        var labelled = PresenterLine.IsLabelled(lines[p].Text);
        var block = new List<string> { PresenterLine.WithoutLabel(lines[p].Text) };
        var j = p + 1;
        // Where the block could end: after each line that began a presenter of its own.
        var ends = new List<(int Lines, int Next)>();
        while (j < end && !lines[j].IsBlank && !lines[j].IsBullet)
        {
            if (!ContinuesNames(block[^1], lines[j].Text))
            {
                if (!NamesOnly(lines[j].Text)) break;
                ends.Add((block.Count, j));
                block[^1] = block[^1].TrimEnd().TrimEnd(',') + ",";
            }
            block.Add(lines[j++].Text);
        }
        ends.Add((block.Count, j));
        foreach (var (count, next) in ends.AsEnumerable().Reverse())
        {
            var joined = TextJoin.Lines(block.Take(count).ToList()).TrimEnd(',');
            if (Paragraphs.EndsSentence(joined) || SentenceInside().IsMatch(joined) || joined.Length >= 300 || Names.Leading(joined) is null
                || !labelled && !NamesOnly(joined)) continue;
            presenters.AddRange(Names.ListParts(joined).Where(part => char.IsUpper(part[0])).Select(Names.Leading).OfType<string>().Distinct());
            return (presenters, next);
        }
        return (presenters, i);
    }

    // Names run on to the next line after a comma or "och", into a lower-case title, or when a name is cut in two.
    private static bool ContinuesNames(string current, string next) =>
        current.TrimEnd().EndsWith(',') || current.TrimEnd().EndsWith(" och") || char.IsLower(next[0])
        || SplitName().IsMatch(current)
        || next.Split(',')[0].Trim().Split(' ').Length == 1 || PartyTag().IsMatch(next) && !Paragraphs.EndsSentence(next);

    // "Anna Berg, enhetschef, Danderyds kommun" or "Lina Sundberg och Marie Brantestad": every name stands alone in its
    // part, titles and units in theirs. "Maria Lind öppnar mötet" is a sentence about her, not a presenter line.
    private static bool NamesOnly(string text)
    {
        // A table row ("Period      Mötesdagar      Tid") is no presenter line.
        if (text.Contains("   ")) return false;
        var parts = Names.ListParts(text).ToList();
        if (parts.Count == 0 || Names.Leading(parts[0]) is null) return false;
        // A title may end in a unit ("verksamhetschef Vårdcentralen Husby"); "särskilt Ewa Kardell som är ny" and "hälsar
        // alla välkomna till höstens möte" are a sentence.
        return parts.All(part => Names.Leading(part) is not { } name
            ? !char.IsLower(part[0]) || !NameInside().IsMatch(part) && part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 6
            : Names.Clean(part) is { } clean && (clean == name || AfterParentheses().IsMatch(clean[name.Length..])));
    }

    // "Anna Berg (S)", "Anna Berg (PRO) ordförande": a tag, then at most a short title; "Leo Holm (RPG) tog upp att …" is a sentence.
    [GeneratedRegex(@"^\s*\([^()]*\)\s*(?:\p{Ll}+(?:\s\p{Ll}+){0,2})?$")]
    private static partial Regex AfterParentheses();

    private static int? NextNonBlank(IReadOnlyList<SourceLine> lines, int from, int end, int maxBlanks)
    {
        var blanks = 0;
        for (var k = from; k < end; k++)
        {
            if (!lines[k].IsBlank) return k;
            if (++blanks > maxBlanks) return null;
        }
        return null;
    }

    // "… och Gunilla" / "Benner Forsberg, …": a first name left alone at the end of the line.
    [GeneratedRegex(@"(,|\soch)\s+\p{Lu}\p{Ll}+$")]
    private static partial Regex SplitName();

    [GeneratedRegex(@"[.!?]\s+\p{Lu}")]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@"\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s+\p{Ll}")]
    private static partial Regex NameInside();

    // "HSN 2025-0487", "Dnr RS 2026-02876", "Dnr KS2026/0871" under a § heading: the case's diary number, not its title.
    [GeneratedRegex(@"^(?:(?:Dnr|Diarienr|Diarienummer)\.?:?\s*(?:[A-ZÅÄÖ]{1,6}\s*)?|[A-ZÅÄÖ]{2,6}\s+)\d{4}[-/]\d{2,6}$")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"\s(och|i|för|av|till|med|om|på|inom|samt|kring|från|vid|mellan)$")]
    private static partial Regex OpenEnd();

    [GeneratedRegex($@"\(({Vocabulary.Parties})\)")]
    private static partial Regex PartyTag();
}
