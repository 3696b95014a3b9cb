using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>What the lines before the first item say about the meeting.</summary>
public sealed record Header(
    DocumentType DocumentType, string? Title, string? Organization, string? Department, string? DiaryNumber,
    DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Location, string? Chair, string? Secretary,
    IReadOnlyList<(string Label, List<string> Lines)> AttendeeBlocks, IReadOnlyList<string> Warnings);

/// <summary>
/// The header of minutes: a letterhead (organisation, then unit), the document kind with its diary number
/// ("MÖTESANTECKNINGAR HSN 2025-0125"), the title (the lines between that and the first label), then labelled
/// fields (Datum, Tid, Plats, Närvarande …) whose values may run over several lines.
/// </summary>
public static partial class HeaderBlock
{
    /// <param name="end">Where the first item starts: the header is what comes before.</param>
    public static Header Read(IReadOnlyList<SourceLine> lines, int headerEnd, IReadOnlyList<string> runningHeads)
    {
        var warnings = new List<string>();
        // A rule drawn under the letterhead ("______") is layout, read as a blank line.
        var text = UnfoldLetterhead(lines.Take(headerEnd).ToList()).Select(l => IsRule(l) ? "" : l).ToList();
        var kindAt = text.FindIndex(IsKind);
        var firstLabel = text.FindIndex(IsMajorLabel);
        // A running head may write the kind in lower case ("Brukarrådet … · minnesanteckningar 2026-10-08 · 1/2").
        var type = kindAt >= 0 ? Kind(text[kindAt]) : runningHeads.Select(h => KindInHead().Match(h)).Where(m => m.Success).Select(m => Kind(m.Value)).FirstOrDefault();
        // Headerless minutes say what they are in their first sentence: "Minnesanteckningar från mötet tisdagen den 18 november …".
        var opening = text.FindIndex(l => KindOpening().IsMatch(l));
        if (type == DocumentType.Unknown && opening >= 0) type = Kind(text[opening]);

        var diary = text.Concat(runningHeads).Select(l => Diary().Match(l)).FirstOrDefault(m => m.Success)?.Value;
        diary = diary is null ? null : Spaces().Replace(Regex.Replace(diary, @"^(Dnr|Diarienummer)[:.]?\s*", "", RegexOptions.IgnoreCase), " ");

        // The letterhead: the lines above the document kind that are neither the kind nor a date.
        var above = kindAt > 0 ? text.Take(kindAt).ToList() : [];
        var letterhead = above
            .Where(l => l.Length > 0 && !Diary().IsMatch(l) && SwedishDates.FirstDate(l) is null && l.Any(char.IsLetter) && !Counter().IsMatch(l))
            .ToList();

        // The title: from after the kind line to the first label.
        string? title = null;
        string? meetingSentence = opening >= 0 ? string.Join(" ", text.Skip(opening).TakeWhile(l => l.Length > 0)) : null;
        if (kindAt >= 0)
        {
            var nextLabel = text.FindIndex(kindAt + 1, IsMajorLabel);
            var titleEnd = nextLabel > kindAt ? nextLabel : Math.Min(text.Count, kindAt + 6);
            // A title line may carry the right column's caption ("Hälso- och sjukvårdsnämnden      Sammanträdesdatum").
            var titleLines = text.Skip(kindAt + 1).Take(titleEnd - kindAt - 1).Select(WithoutCaption)
                .Where(l => l.Length > 0 && !(Diary().IsMatch(l) && l.Length < 30) && !KindAlone().IsMatch(l) && !DateAlone().IsMatch(l)
                            && !Counter().IsMatch(l) && !Caption().IsMatch(l) && !(SwedishDates.FirstDate(l) is not null && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3))
                .ToList();
            // The kind line may carry the title itself ("PROTOKOLL Hälso- och sjukvårdsnämnden").
            var onKindLine = KindWord().Replace(text[kindAt], "").Replace(diary ?? "\u0000", "").Trim(' ', '-', '–', ':');
            if (titleLines.Count == 0 && onKindLine.Length > 3) titleLines.Add(onKindLine);
            // OCR may set the right-hand kind below the title: then the title is the block above it, after the letterhead.
            var lastBlock = above.Count - 1 - above.AsEnumerable().Reverse().TakeWhile(l => l.Length > 0).Count();
            if (titleLines.Count == 0 && lastBlock > 0 && above.Take(lastBlock).Any(l => l.Length > 0))
            {
                titleLines = above.Skip(lastBlock + 1).Where(l => !Counter().IsMatch(l)).ToList();
                letterhead = letterhead.Take(letterhead.Count - titleLines.Count).ToList();
            }
            title = titleLines.Count == 0 ? null : TextJoin.Lines(titleLines);
        }
        else if ((opening >= 0 && (firstLabel < 0 || opening < firstLabel) ? opening : firstLabel) is var limit and > 0)
        {
            // Without a kind line the title is the last block before the fields or the opening sentence, all its lines.
            var blockEnd = limit - 1;
            while (blockEnd >= 0 && text[blockEnd].Length == 0) blockEnd--;
            var blockStart = blockEnd;
            while (blockStart > 0 && text[blockStart - 1].Length > 0) blockStart--;
            var block = blockEnd < 0 ? [] : text.Skip(blockStart).Take(blockEnd - blockStart + 1).Where(l => !l.Contains(" · ")).ToList();
            title = block.Count == 0 ? null : block.Count <= 3 ? TextJoin.Lines(block) : block[^1];
            // "Brukarrådet för psykiatri sammanträdde torsdagen den 8 oktober …": the block is the opening sentence, its forum the title.
            if (title is not null && MeetingSentence.Forum(title) is { } forum)
            {
                meetingSentence = title;
                title = forum;
            }
        }
        var organization = letterhead.ElementAtOrDefault(0);
        var department = letterhead.ElementAtOrDefault(1);
        // A letterhead on one line, parts set apart by a middle dot: "Hälso- och sjukvårdsförvaltningen · Avdelning närsjukvård".
        if (organization is null && text.FirstOrDefault(l => l.Length > 0) is { } top && top.Contains(" · ")
            && Counter().Replace(top, "").Split(" · ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 } parts)
            (organization, department) = (ColumnGap().Split(parts[0])[0], parts.Length > 1 ? ColumnGap().Split(parts[1])[0] : null);

        // A headerless document may name its issuer only in a running foot: "Hälso- och sjukvårdsförvaltningen, Avdelning närsjukvård".
        if (organization is null && runningHeads.Select(IssuerInHead).FirstOrDefault(h => h is not null) is { } issuer)
            (organization, department) = issuer;

        // Labelled fields; a value runs on over the following unlabelled lines.
        var fields = new List<(string Label, List<string> Lines)>();
        if (firstLabel >= 0)
        {
            var afterBlank = false;
            var prose = false;
            // "Datum: 2025-09-18   Tid: 09.30–12.00   Plats: Regionens hus": several labels on one line.
            foreach (var line in text.Skip(firstLabel).SelectMany(l => GapSplit.Before(l, LabelStart())))
            {
                if (Labels.Match(line) is { } field) { fields.Add((field.Label, field.Value.Length > 0 ? [field.Value] : [])); prose = false; }
                // A paragraph of prose after the fields (the forum's purpose, say) is not their value.
                else if (afterBlank && IsProse(line)) prose = true;
                else if (line.Length > 0 && fields.Count > 0 && !prose) fields[^1].Lines.Add(line);
                afterBlank = line.Length == 0;
            }
        }
        string? Value(params string[] labels) =>
            fields.Where(f => labels.Contains(f.Label) && f.Lines.Count > 0).Select(f => string.Join(" ", f.Lines)).FirstOrDefault();

        var dateText = Value("Datum", "Mötesdatum", "Sammanträdesdatum", "Dag och tid", "Tid och plats");
        var date = dateText is null ? null : SwedishDates.FirstDate(dateText);
        if (date is null)
        {
            date = text.Take(firstLabel >= 0 ? firstLabel + 12 : 15).Select(l => SwedishDates.FirstDate(l)).FirstOrDefault(d => d is not null);
            date ??= runningHeads.Select(h => SwedishDates.FirstDate(h)).FirstOrDefault(d => d is not null);
            if (date is not null) warnings.Add("The meeting date was not labelled; it was taken from the first date in the header or page heads.");
            else warnings.Add("No meeting date was found.");
        }
        var (start, end) = SwedishDates.TimeRange(Value("Tid", "Dag och tid", "Tid och plats") ?? dateText ?? "");
        // … and its time: "… den 18 november 2025 kl. 13.00–15.00 på …".
        if (start is null && opening >= 0) (start, end) = SwedishDates.TimeRange(string.Join(" ", text.Skip(opening).Take(3)));
        if (start is null && meetingSentence is not null) (start, end) = SwedishDates.TimeRange(meetingSentence);
        // The time may stand on the line of the date under a label of its own ("Sammanträde   Onsdagen den 16 september 2026, kl. 09.30–12.05").
        if (start is null && text.Take(firstLabel >= 0 ? firstLabel + 12 : 15).FirstOrDefault(l => SwedishDates.FirstDate(l) is not null) is { } dated)
            (start, end) = SwedishDates.TimeRange(dated);
        var location = Value("Plats", "Lokal") ?? PlaceAfterTime(fields.FirstOrDefault(f => f.Label == "Tid och plats").Lines)
                       ?? (meetingSentence is null ? null : MeetingSentence.Place(meetingSentence));
        // "Kjell Axelsson (PRO), ordförande i KPR" → "Kjell Axelsson".
        string? NameIn(string? value) => value?.Split(',')[0] is { } first ? Names.Leading(first) ?? Names.Clean(first) : null;
        var chair = NameIn(Value("Ordförande"));
        var secretary = NameIn(Value("Sekreterare"));
        var attendees = fields.Where(f => Labels.IsAttendeeLabel(f.Label)).ToList();
        if (title is null) warnings.Add("No title was found in the header.");

        return new Header(type, title, organization, department, diary, date, start, end, location, chair, secretary, attendees, warnings);
    }

    /// <summary>
    /// A letterhead in two columns ("Hälso- och sjukvårdsförvaltningen      MÖTESANTECKNINGAR" over "Enheten för …
    /// 2024-12-05") becomes the left column's lines, then one line of the right column's (kind, date, diary number).
    /// A line standing far in belongs to the right column.
    /// </summary>
    private static List<string> UnfoldLetterhead(List<SourceLine> lines)
    {
        var text = lines.Select(l => l.Text).ToList();
        var kindAt = text.FindIndex(IsKind);
        if (kindAt < 0 || ColumnGap().Match(text[kindAt]) is not { Success: true } gap || IsKind(text[kindAt][..gap.Index]))
            return text;
        var start = kindAt;
        while (start > 0 && text[start - 1].Length > 0) start--;
        var end = kindAt;
        while (end + 1 < text.Count && text[end + 1].Length > 0) end++;
        var left = new List<string>();
        var right = new List<string>();
        for (var i = start; i <= end; i++)
        {
            var parts = ColumnGap().Split(text[i]);
            // Right: what stands far in, dates, diary numbers and their captions ("Sammanträdesdatum", "Diarienummer").
            if (parts.Length == 1 && (lines[i].Indent >= RightColumn || Diary().IsMatch(parts[0]) || SwedishDates.FirstDate(parts[0]) is not null
                                      || Caption().IsMatch(parts[0])))
                right.Add(parts[0]);
            else { left.Add(parts[0]); right.AddRange(parts.Skip(1)); }
        }
        return [.. text.Take(start), .. left, string.Join(" ", right), .. text.Skip(end + 1)];
    }

    private const int RightColumn = 24;

    private static bool IsKind(string line) => KindWord().IsMatch(line) || ColumnGap().Split(line).Any(KindAlone().IsMatch);

    // A label that opens a second field on the line, after a gap: "Datum: 2025-09-18   Tid: 09.30".
    [GeneratedRegex(@"^(?:Datum|Tid|Plats|Lokal|Ordförande|Sekreterare|Justerare)\s*:")]
    private static partial Regex LabelStart();

    private static string WithoutCaption(string line)
    {
        var parts = ColumnGap().Split(line);
        return parts.Length > 1 && parts.Skip(1).All(p => Caption().IsMatch(p) || Diary().IsMatch(p) || SwedishDates.FirstDate(p) is not null)
            ? parts[0] : line;
    }

    /// <summary>"Hälso- och sjukvårdsförvaltningen, Avdelning närsjukvård" → both; a head with digits (a date, a page) is not an issuer line.</summary>
    private static (string, string?)? IssuerInHead(string head)
    {
        if (head.Any(char.IsDigit)) return null;
        var parts = head.Split([", ", " · "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is 1 or 2 && Vocabulary.IsOrganisation(parts[0]) ? (parts[0], parts.ElementAtOrDefault(1)) : null;
    }

    // A row of a bordered table ("| Rolf Engström | PRO Stockholms län | ordförande |") has many words and is no prose.
    private static bool IsProse(string line) => !line.TrimStart().StartsWith('|')
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8 && line.Count(c => c == ',') <= 1;

    // "1 (6)", "Sida 2 av 3": a page counter OCR left where the layout put it.
    [GeneratedRegex(@"^(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();

    private static bool IsMajorLabel(string line) => Labels.Match(line) is { } m && !Labels.IsMinor(m.Label);

    /// <summary>"Tid och plats: Tisdagen den 21 oktober 2025 kl. 09.00–11.20" over "Lindhagensgatan 98, …": the place.</summary>
    private static string? PlaceAfterTime(List<string>? lines)
    {
        if (lines is null || lines.Count == 0) return null;
        var rest = lines.Skip(1).ToList();
        if (rest.Count > 0) return string.Join(" ", rest);
        var afterTime = TimeThenPlace().Match(lines[0]);
        return afterTime.Success ? afterTime.Groups[1].Value.Trim() : null;
    }

    [GeneratedRegex(@"\d{1,2}[.:]\d{2}\s*(?:[-–]\s*\d{1,2}[.:]\d{2})?\s*[,;]?\s+(\p{L}.+)$")]
    private static partial Regex TimeThenPlace();

    private static DocumentType Kind(string line) =>
        line.Contains("PROTOKOLL", StringComparison.OrdinalIgnoreCase) ? DocumentType.Protokoll : DocumentType.Motesanteckningar;

    [GeneratedRegex(@"\b(MÖTESANTECKNINGAR|MINNESANTECKNINGAR|ANTECKNINGAR|PROTOKOLL(SUTDRAG)?)\b")]
    private static partial Regex KindWord();

    [GeneratedRegex($@"\b({Vocabulary.KindNames}|{Vocabulary.ExtractKind})\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindInHead();

    [GeneratedRegex(@"((Dnr|Diarienummer)[:.]?\s*)?\b[A-ZÅÄÖ]{2,6}\s+\d{4}[-/]\d{2,6}\b|\b(Dnr|Diarienummer)[:.]?\s*\S+")]
    private static partial Regex Diary();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s{4,}")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^(Sammanträdesdatum|Mötesdatum|Datum|Diarienummer|Dnr|Sida|Beteckning|Dokumentdatum)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    // A first sentence that names the kind: "Minnesanteckningar från mötet …", "Protokoll fört vid …".
    [GeneratedRegex($@"^\s*({Vocabulary.KindNames})\s+(från|fört|förda|vid)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindOpening();

    private static bool IsRule(string line)
    {
        var t = line.Trim();
        return t.Length >= 5 && t.All(c => c is '_' or '-' or '=' or '—' or '–' or '─' or '‾');
    }

    // The kind in ordinary case, standing alone: "Mötesanteckningar", "Minnesanteckningar", "Protokoll".
    [GeneratedRegex($@"^\s*({Vocabulary.KindNames}|{Vocabulary.ExtractKind})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KindAlone();

    // "den 3 februari 2026", "Torsdagen den 12 juni 2025", "2025-06-12" as a line of its own.
    [GeneratedRegex(@"^(\p{L}+dag(en)?\s+)?(den\s+)?(\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateAlone();
}
