using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>The header's title: under the kind line, on it, or, without one, the last block before the fields.</summary>
public static partial class HeaderBlock
{
    /// <summary>
    /// The title under a kind line: the lines from after it to the first label, without captions, diary numbers, kinds,
    /// dates and page counters. Failing that, the title on the kind line itself; failing that (OCR set the right-hand
    /// kind below the title), the block above the kind, after the letterhead, which then loses those lines.
    /// </summary>
    private static (string? Title, List<string> Letterhead, string? MeetingSentence) TitleUnderKind(
        List<string> text, int kindAt, string? diary, List<string> above, List<string> letterhead)
    {
        var nextLabel = text.FindIndex(kindAt + 1, IsMajorLabel);
        var titleEnd = nextLabel > kindAt ? nextLabel : Math.Min(text.Count, kindAt + 6);
        // A title line may carry the right column's caption ("Hälso- och sjukvårdsnämnden      Sammanträdesdatum").
        var below = text.Skip(kindAt + 1).Take(titleEnd - kindAt - 1).ToList();
        // The title is the first block under the kind; the day and the place under it ("Onsdag 19 maj 2027 kl. 13.00" /
        // "Aulan, hus 2") are a block of their own.
        var firstBlock = below.FindIndex(l => l.Length > 0);
        if (firstBlock >= 0 && below.FindIndex(firstBlock, l => l.Length == 0) is var blank and > 0
            && below.Skip(blank).Any(l => DateLead().IsMatch(l)) && DateLead().IsMatch(below.Skip(blank).First(l => l.Length > 0)))
            below = below.Take(blank).ToList();
        // Nor is a block under the title that gives the day and the hour in a sentence ("Möte tisdagen den 14 april 2026
        // kl. 13.15–15.45 i Eyrasalen, …"): that is the meeting sentence, and names the place.
        string? sentence = null;
        if (DatedSentenceBlock(below, firstBlock) is var (at, dated))
            (below, sentence) = (below.Take(at).ToList(), dated);
        // The wrapped end of a dated line ("Onsdag 20 maj 2026, kl. 13.00, Vårdcentralen," / "rum 2") is its place.
        var titleLines = below.Where((l, k) => !(k > 0 && DateLead().IsMatch(below[k - 1]) && below[k - 1].TrimEnd().EndsWith(',')))
            .Select(WithoutCaption).Where(IsTitleLine).ToList();
        // The kind line may carry the title itself ("PROTOKOLL Hälso- och sjukvårdsnämnden").
        // A kind standing alone in ordinary case ("Anteckningar" under the title) carries none.
        var onKindLine = KindAlone().IsMatch(text[kindAt]) ? "" : KindWord().Replace(text[kindAt], "").Replace(diary ?? "\u0000", "").Trim(' ', '-', '–', ':');
        // Not the right column's captions, dates and page counter unfolded beside the kind ("PROTOKOLL    Sammanträdesdatum    2027-01-26").
        // A scan may read a rule between them as a mark of its own ("SAMMANTRÄDESPROTOKOLL = Sida").
        onKindLine = string.Join(" ", ColumnGap().Split(onKindLine).Select(c => c.Trim(' ', '=', '|', '—', '–', '_')).Where(IsTitleLine));
        if (titleLines.Count == 0 && onKindLine.Length > 3) titleLines.Add(onKindLine);
        var lastBlock = above.Count - 1 - above.AsEnumerable().Reverse().TakeWhile(l => l.Length > 0).Count();
        if (titleLines.Count == 0 && lastBlock > 0 && above.Take(lastBlock).Any(l => l.Length > 0))
        {
            titleLines = above.Skip(lastBlock + 1).Where(l => !Counter().IsMatch(l)).ToList();
            letterhead = letterhead.Take(letterhead.Count - titleLines.Count).ToList();
        }
        // "PROTOKOLL" at the right of the first line, "REGION DALARNA" over "Funktionsrättsrådet" at the left: the issuer in
        // capitals is the letterhead, not the title's first line.
        if (titleLines.Count >= 2 && titleLines[0].Where(char.IsLetter).All(char.IsUpper)
            && Vocabulary.IsOrganisation(FromCapitals(titleLines[0])))
            (titleLines, letterhead) = (titleLines[1..], [.. letterhead, titleLines[0]]);
        // "Region Sörmland" over "Pensionärsrådet för hälso- och sjukvård" and nothing under the kind: the letterhead's last
        // line names the forum, not a unit of the issuer.
        if (titleLines.Count == 0 && letterhead.Count >= 2 && ForumName().IsMatch(letterhead[^1]))
            return (letterhead[^1], letterhead[..^1], sentence);
        return (titleLines.Count == 0 ? null : TextJoin.Lines(titleLines), letterhead, sentence);
    }

    /// <summary>The first block after the one at <paramref name="first"/> that holds a date and a clock time, with its start.</summary>
    private static (int At, string Sentence)? DatedSentenceBlock(List<string> lines, int first)
    {
        if (first < 0) return null;
        for (var k = first + 1; k < lines.Count; k++)
        {
            if (lines[k].Length == 0 || lines[k - 1].Length > 0) continue;
            var block = string.Join(" ", lines.Skip(k).TakeWhile(l => l.Length > 0).Select(l => l.Trim()));
            if (SwedishDates.FirstDate(block) is not null && ClockTime().IsMatch(block)) return (k, block);
        }
        return null;
    }

    [GeneratedRegex(@"\bkl(?:\.|ockan)?\s{0,3}\d{1,2}\b|\b\d{1,2}[.:]\d{2}\s{0,3}[-–]\s{0,3}\d{1,2}[.:]\d{2}\b")]
    private static partial Regex ClockTime();

    // "Pensionärsrådet för …", "Kommunala pensionärsrådet": the forum's noun, with one word before it.
    [GeneratedRegex($@"^\p{{Lu}}\p{{Ll}}*(?:\s\p{{Ll}}+?)?(?:{Vocabulary.ForumNouns})\b")]
    private static partial Regex ForumName();

    // A line that opens with a date ("Onsdag 20 maj 2026, kl. 13.00, …") says when and where, not what.
    private static bool IsTitleLine(string l) =>
        l.Length > 0 && !DateLead().IsMatch(l) && !(Diary().IsMatch(l) && l.Length < 30) && !KindAlone().IsMatch(l) && !DateAlone().IsMatch(l)
        && !Counter().IsMatch(l) && !Caption().IsMatch(l) && !(SwedishDates.FirstDate(l) is not null && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);

    /// <summary>
    /// Without a kind line the title is the last block before the fields or the opening sentence: all its lines, or its
    /// last when it has more than three. When that block is itself the opening sentence ("Brukarrådet för psykiatri
    /// sammanträdde torsdagen den 8 oktober …"), its forum is the title and the block the meeting sentence.
    /// </summary>
    private static (string? Title, string? MeetingSentence) TitleAbove(List<string> text, int limit, string? meetingSentence)
    {
        var blockEnd = limit - 1;
        while (blockEnd >= 0 && text[blockEnd].Length == 0) blockEnd--;
        var blockStart = blockEnd;
        while (blockStart > 0 && text[blockStart - 1].Length > 0) blockStart--;
        var block = blockEnd < 0 ? [] : text.Skip(blockStart).Take(blockEnd - blockStart + 1).Where(l => !l.Contains(" · ")).ToList();
        // The day and place under the title ("Tisdagen den 25 maj 2027, kl. 13.00" / "Lindhagensgatan 98") are no title.
        if (block.Count > 0 && DateLead().IsMatch(block[0]) && blockStart > 0) return TitleAbove(text, blockStart, meetingSentence);
        var title = block.Count == 0 ? null : block.Count <= 3 ? TextJoin.Lines(block) : block[^1];
        return title is not null && MeetingSentence.Forum(title) is { } forum ? (forum, title) : (title, meetingSentence);
    }

    [System.Text.RegularExpressions.GeneratedRegex($@"{MeetingLine.Day}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DateLead();

    private static string WithoutCaption(string line)
    {
        var parts = ColumnGap().Split(line);
        return parts.Length > 1 && parts.Skip(1).All(p => Caption().IsMatch(p) || Diary().IsMatch(p) || SwedishDates.FirstDate(p) is not null)
            ? parts[0] : line;
    }
}
