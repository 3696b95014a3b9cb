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
    /// <param name="headerEnd">Where the first item starts: the header is what comes before.</param>
    public static Header Read(IReadOnlyList<SourceLine> lines, int headerEnd, IReadOnlyList<string> runningHeads)
    {
        var warnings = new List<string>();
        // A rule drawn under the letterhead ("______") is layout, read as a blank line.
        var text = WrappedLabel.Join(KeyValueTable.Unrule(UnfoldLetterhead(lines.Take(headerEnd).ToList()))).Select(l => IsRule(l) ? "" : l)
            .SelectMany(AttendanceFromNewLine).ToList();
        var kindAt = text.FindIndex(IsKind);
        var firstLabel = text.FindIndex(IsMajorLabel);
        // Headerless minutes say what they are in their first sentence: "Minnesanteckningar från mötet tisdagen den 18 november …".
        var opening = text.FindIndex(l => KindOpening().IsMatch(l));
        var type = DocumentKind(text, kindAt, opening, runningHeads);
        var diary = DiaryNumber(text, runningHeads);

        // The letterhead: the lines above the document kind that are neither the kind nor a date.
        var above = kindAt > 0 ? text.Take(kindAt).ToList() : [];
        // "Vård- och omsorgsförvaltningen      Sid 1 av 3": the page counter in the right column is no part of the unit.
        var letterhead = above.Select(WithoutCounterColumn)
            .Where(l => l.Length > 0 && !Diary().IsMatch(l) && SwedishDates.FirstDate(l) is null && l.Any(char.IsLetter) && !Counter().IsMatch(l))
            .ToList();
        string? title = null;
        string? meetingSentence = opening >= 0 ? string.Join(" ", text.Skip(opening).TakeWhile(l => l.Length > 0)) : null;
        // "Anteckningar från samverkansrådet …" as a heading, no date in it: the title, with the letterhead above it.
        if (kindAt < 0 && opening >= 0 && KindPhraseTitle.IsHeading(meetingSentence!))
        {
            (title, meetingSentence) = (meetingSentence, null);
            letterhead = text.Take(opening).Where(l => l.Length > 0).Select(l => ColumnGap().Split(l)[0])
                .Where(l => !Diary().IsMatch(l) && !Counter().IsMatch(l) && SwedishDates.FirstDate(l) is null).ToList();
            // "Kommunala funktionsrättsrådet (KFR)" over "Anteckningar från rådets möte": a heading that names the forum only
            // by its noun leaves the title to the line above.
            if (letterhead.Count > 0 && MeetingOfForum().IsMatch(KindPhraseTitle.Strip(title!)) && ForumName().IsMatch(letterhead[^1]))
                (title, letterhead) = (letterhead[^1], letterhead[..^1]);
        }
        else if (kindAt >= 0)
        {
            (title, letterhead, var underTitle) = TitleUnderKind(text, kindAt, diary, above, letterhead);
            meetingSentence ??= underTitle;
        }
        else if ((opening >= 0 && (firstLabel < 0 || opening < firstLabel) ? opening : firstLabel) is var limit and > 0)
            (title, meetingSentence) = TitleAbove(text, limit, meetingSentence);
        // "Träffen hölls tisdagen den 10 februari … i Haninge kulturhus.": a sentence of meeting that names no forum is
        // the meeting sentence, not a title.
        if (title is not null && MeetingSentence.Forum(title) is null && MeetingSentence.IsMeetingSentence(title)) (title, meetingSentence) = (null, title);
        // "Kommunala pensionärsrådet (KPR) sammanträdde tisdagen den 2 juni …" under the letterhead's kind: the forum is
        // the title, the sentence says when and where.
        else if (title is not null && MeetingSentence.IsMeetingSentence(title) && MeetingSentence.Forum(title) is { } forum) (title, meetingSentence) = (forum, title);
        // No kind line, and a block of its own at the top that opens with an issuer ("Hälso- och sjukvårdsförvaltningen
        // 1 (2)" over "Avdelning närsjukvård"): that block is the letterhead.
        if (kindAt < 0 && letterhead.Count == 0 && TopBlock(text) is { Count: > 0 } top && Vocabulary.IsOrganisation(top[0])
            && (title is null || !title.StartsWith(top[0], StringComparison.Ordinal)))
            letterhead = top;
        // "Rådet i Täby" over "Täby kommun, Socialförvaltningen", no title found elsewhere: the series over its issuer.
        if (title is null && SeriesOverIssuer.Read(letterhead) is var (series, issuer, unit)) (title, letterhead) = (series, [issuer, unit]);
        var (organization, department) = Issuer(text, letterhead, runningHeads);
        if (title is not null) title = KindPhraseTitle.Strip(title);

        var fields = Fields(text, firstLabel, out var groups);
        // "Datum: 2027-03-24" in the letterhead is the day it was written when "Tid: onsdagen den 17 mars 2027, kl. 14.00"
        // names the meeting's own.
        var dateText = (Value(fields, "Tid") is { } dated && SwedishDates.FirstDate(dated) is not null ? dated : null)
                       ?? Value(fields, "Datum", "Mötesdatum", "Sammanträdesdatum", "Sammanträde", "Dag och tid", "Tid och plats");
        var date = MeetingDate(text, firstLabel, dateText, runningHeads, warnings);
        var (start, end) = MeetingTime(text, firstLabel, opening, meetingSentence, Value(fields, "Tid", "Dag och tid", "Tid och plats", "Plats och tid") ?? dateText);
        var location = Value(fields, "Plats", "Lokal") ?? PlaceAfterTime(fields.FirstOrDefault(f => f.Label == "Tid och plats").Lines)
                       ?? PlaceAndTime.Place(Value(fields, "Plats och tid"))
                       ?? (meetingSentence is null ? null : MeetingSentence.Place(meetingSentence))
                       ?? MeetingLine.Place(text.Take(HeadLines(firstLabel)).ToList());
        // A name is the field's first line: "Sekreterare: Elsa Frödin" over blank lines and "Dagordning" ends there.
        var chair = NameIn(FirstSigned(fields, Vocabulary.ChairLabels));
        var secretary = NameIn(FirstSigned(fields, Vocabulary.NoteTakerLabels));
        var attendees = fields.Where((f, k) => Labels.IsAttendeeLabel(f.Label) || groups.Contains(k)).ToList();
        if (title is null) warnings.Add("No title was found in the header.");

        return new Header(type, title, organization, department, diary, date, start, end, location, chair, secretary, attendees, warnings);
    }

    // "… i stadshuset, sammanträdesrum Velamsund. Närvarande var Kristina Lagerholm (M), …": attendance told in the
    // sentence after the meeting's starts a field of its own, as it does at a line's start.
    private static IEnumerable<string> AttendanceFromNewLine(string line) =>
        AttendanceInLine().Match(line) is { Success: true } m ? [line[..m.Index], line[m.Index..]] : [line];

    [GeneratedRegex(@"(?<=\.\s{1,3})Närvarande\s+(?:var|vid\s+mötet\s+var)\s+\p{Lu}")]
    private static partial Regex AttendanceInLine();

    [GeneratedRegex(@"^(?:\p{L}+s\s+)?(?:möte|mötet|sammanträde|sammanträdet|träff|träffen)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOfForum();

    private static string WithoutCounterColumn(string line) =>
        ColumnGap().Split(line) is { Length: 2 } parts && Counter().IsMatch(parts[1].Trim()) ? parts[0] : line;

    /// <summary>The first block of lines, each without its right column and page counter.</summary>
    private static List<string> TopBlock(List<string> text) =>
        text.SkipWhile(l => l.Length == 0).TakeWhile(l => l.Length > 0)
            .Select(l => ColumnGap().Split(l.Trim())[0].Trim()).Where(l => l.Length > 0 && !Counter().IsMatch(l)).ToList();

    /// <summary>
    /// The kind of minutes: the kind line; else a running head, which may write it in lower case ("Brukarrådet … ·
    /// minnesanteckningar 2026-10-08 · 1/2"); else the opening sentence.
    /// </summary>
    private static DocumentType DocumentKind(List<string> text, int kindAt, int opening, IReadOnlyList<string> runningHeads)
    {
        var type = kindAt >= 0 ? Kind(text[kindAt]) : runningHeads.Select(h => KindInHead().Match(h)).Where(m => m.Success).Select(m => Kind(m.Value)).FirstOrDefault();
        return type == DocumentType.Unknown && opening >= 0 ? Kind(text[opening]) : type;
    }

    /// <summary>The diary number, in the header or a running head, without its label: "Dnr: HSN 2025-0125" → "HSN 2025-0125".</summary>
    private static string? DiaryNumber(List<string> text, IReadOnlyList<string> runningHeads)
    {
        var diary = text.Concat(runningHeads).Select(l => Diary().Match(l)).FirstOrDefault(m => m.Success)?.Value;
        return diary is null ? null : Spaces().Replace(DiaryLabel().Replace(diary, ""), " ");
    }

    /// <summary>
    /// Labelled fields from the first label on; a value runs on over the following unlabelled lines, but a paragraph
    /// of prose after a blank line (the forum's purpose, say) is not its value. Several labels may share a line
    /// ("Datum: 2025-09-18   Tid: 09.30–12.00   Plats: Regionens hus").
    /// </summary>
    /// <param name="groups">The fields a heading in the label column opened among the attendee labels (<see cref="ColumnGroupLabel"/>).</param>
    private static List<(string Label, List<string> Lines)> Fields(List<string> text, int firstLabel, out HashSet<int> groups)
    {
        var fields = new List<(string Label, List<string> Lines)>();
        groups = [];
        if (firstLabel < 0) return fields;
        var afterBlank = false;
        var prose = false;
        var valueColumn = -1;
        // "Datum 2026-05-07   Tid kl. 9.30   Plats …": on a line that opens with a label, later labels need no colon.
        foreach (var line in text.Skip(firstLabel).SelectMany(l => GapSplit.Before(l, Labels.Match(l) is null ? LabelStart() : LabelOrBareStart())))
        {
            var last = fields.Count - 1;
            var underAttendees = last >= 0 && (Labels.IsAttendeeLabel(fields[last].Label) || groups.Contains(last));
            // "Sofia Berg, medicinskt ansvarig sjuksköterska," over "ordförande": a role wrapped under a name, no label.
            if (underAttendees && fields[last].Lines.Count > 0 && fields[last].Lines[^1].TrimEnd().EndsWith(',')
                && line.TrimStart() is { Length: > 0 } wrapped && char.IsLower(wrapped[0]))
                fields[last].Lines.Add(line);
            else if (Labels.Match(line) is { } field)
            {
                fields.Add((field.Label, field.Value.Length > 0 ? [field.Value] : []));
                prose = false;
                valueColumn = ColumnGroupLabel.ValueColumn(line, field.Value);
            }
            else if (underAttendees && (valueColumn >= 0 || fields[last].Lines.Count > 0 ? valueColumn : ColumnGroupLabel.FirstValueColumn(line)) is var column
                     && ColumnGroupLabel.Read(line, column,
                         inTable: fields[last].Lines.Count > 0 && ColumnGap().IsMatch(fields[last].Lines[0].Trim())) is var (group, first))
            {
                fields.Add((group, [first]));
                groups.Add(fields.Count - 1);
                valueColumn = column;
            }
            // "Pensionärsorganisationerna" after a blank line under names of an attendee label: a group heading of its own
            // (first under the label, the attendee block reads it as the heading it is).
            else if (afterBlank && underAttendees && fields[last].Lines.Count > 0
                     && ColumnGroupLabel.IsHeading(line, afterRow: ColumnGap().IsMatch(fields[last].Lines[^1].Trim())))
            {
                fields.Add((line.Trim(), []));
                groups.Add(fields.Count - 1);
            }
            else if (groups.Contains(last) && fields[last].Lines.Count == 1 && ColumnGroupLabel.Continuation(line) is var (word, value))
                fields[last] = (fields[last].Label + " " + word, [.. fields[last].Lines, value]);
            else if (groups.Contains(last) && fields[last].Lines.Count == 1 && ColumnGroupLabel.WrappedAlone(line) is { } rest)
                fields[last] = (fields[last].Label + " " + rest, fields[last].Lines);
            else if (afterBlank && IsProse(line)) prose = true;
            // A group's lines in the values' column, as its first line is: a table's wrapped cells keep their place in it.
            else if (line.Length > 0 && fields.Count > 0 && !prose)
                fields[^1].Lines.Add(groups.Contains(last) && valueColumn > 0 && line.Length > valueColumn && line[..valueColumn].Trim().Length == 0 ? line[valueColumn..] : line);
            afterBlank = line.Length == 0;
        }
        return fields;
    }

    // The field's first line, or the line under it where that is only the line to sign on.
    private static string? FirstSigned(List<(string Label, List<string> Lines)> fields, IReadOnlyList<string> labels) =>
        fields.Where(f => labels.Contains(f.Label) && f.Lines.Count > 0)
            .Select(f => f.Lines.FirstOrDefault(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !IsSignatureRule(w))) ?? f.Lines[0])
            .FirstOrDefault();

    private static string? Value(List<(string Label, List<string> Lines)> fields, params IReadOnlyList<string> labels) =>
        fields.Where(f => labels.Contains(f.Label) && f.Lines.Count > 0).Select(f => string.Join(" ", f.Lines)).FirstOrDefault();

    /// <summary>The labelled date; else, with a warning, the first date in the header's first lines or in a page head.</summary>
    private static DateOnly? MeetingDate(List<string> text, int firstLabel, string? dateText, IReadOnlyList<string> runningHeads, List<string> warnings)
    {
        var date = dateText is null ? null : SwedishDates.FirstDate(dateText);
        if (date is not null) return date;
        date = text.Take(HeadLines(firstLabel)).Select(l => SwedishDates.FirstDate(l)).FirstOrDefault(d => d is not null);
        date ??= runningHeads.Select(h => SwedishDates.FirstDate(h)).FirstOrDefault(d => d is not null);
        warnings.Add(date is not null
            ? "The meeting date was not labelled; it was taken from the first date in the header or page heads."
            : "No meeting date was found.");
        return date;
    }

    /// <summary>
    /// The meeting's time: the labelled time (or the date's value); else in the opening sentence ("… den 18 november
    /// 2025 kl. 13.00–15.00 på …"); else on the line of the date under a label of its own ("Sammanträde   Onsdagen den
    /// 16 september 2026, kl. 09.30–12.05").
    /// </summary>
    private static (TimeOnly? Start, TimeOnly? End) MeetingTime(List<string> text, int firstLabel, int opening, string? meetingSentence, string? timeText)
    {
        var (start, end) = SwedishDates.TimeRange(timeText ?? "");
        if (start is null && opening >= 0) (start, end) = SwedishDates.TimeRange(string.Join(" ", text.Skip(opening).Take(3)));
        if (start is null && meetingSentence is not null) (start, end) = SwedishDates.TimeRange(meetingSentence);
        // The first dated line with a time: a running head above it may carry the date alone.
        if (start is null && text.Take(HeadLines(firstLabel)).FirstOrDefault(l => SwedishDates.FirstDate(l) is not null && SwedishDates.TimeRange(l).Start is not null) is { } dated)
            (start, end) = SwedishDates.TimeRange(dated);
        return (start, end);
    }

    // How far down an unlabelled date or time is looked for: a dozen lines past the first label, or the first 15.
    private static int HeadLines(int firstLabel) => firstLabel >= 0 ? firstLabel + 12 : 15;

    // "Kjell Axelsson (PRO), ordförande i KPR" → "Kjell Axelsson"; on a front sheet the name stands under a dotted
    // signature line ("......... Anna Berg", as a scan reads it "= s....seessssssrsss Anna Berg").
    private static string? NameIn(string? value) =>
        value is null ? null
        : string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(IsSignatureRule)).Split(',')[0] is { Length: > 0 } first
            ? Names.Leading(first) ?? Names.Clean(first) : null;

    // Dots, rules and what a scan makes of them: "=", "s....seessssssrsssssssersnne" (a long run of a few letters).
    private static bool IsSignatureRule(string word) =>
        word.Contains("..", StringComparison.Ordinal) || word.Contains('…') || word.All(c => c is '.' or '_' or '=' or '-' or '—' or '–' or ':' or '|')
        || word.Length >= 10 && word.Where(char.IsLetter).Distinct().Count() <= 5;

    private static bool IsKind(string line) => KindWord().IsMatch(line) || ColumnGap().Split(line).Any(KindAlone().IsMatch);

    // A label that opens a second field on the line, after a gap: "Datum: 2025-09-18   Tid: 09.30".
    [GeneratedRegex($@"^(?:{Vocabulary.InlineFieldLabels}|{Vocabulary.MoreInlineFieldLabels})\s*:")]
    private static partial Regex LabelStart();

    [GeneratedRegex($@"^(?:(?:{Vocabulary.InlineFieldLabels}|{Vocabulary.MoreInlineFieldLabels})\s*:|(?:{Vocabulary.BareInlineFieldLabels})\s+\S)")]
    private static partial Regex LabelOrBareStart();

    // A row of a bordered table ("| Rolf Engström | PRO Stockholms län | ordförande |") has many words and is no prose.
    // A row set in columns ("Karlstads kommun      Anders Fryklund, förvaltningschef vård och omsorg") is no prose.
    // A group's names after its name and a colon ("Pensionärsorganisationerna: Rolf Granberg (PRO Rimbo), Gun …") are none.
    private static bool IsProse(string line) => !line.TrimStart().StartsWith('|') && !ColumnGap().IsMatch(line.Trim())
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8 && line.Count(c => c == ',') <= 1 && !GroupColon().IsMatch(line);

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}-]+(?: [\p{L}-]+){0,3}:\s+\p{Lu}")]
    private static partial Regex GroupColon();

    // "1 (6)", "Sida 2 av 3": a page counter OCR left where the layout put it.
    [GeneratedRegex(@"^(?:sida\s+|sid\.?\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();

    private static bool IsMajorLabel(string line) => Labels.Match(line) is { } m && !Labels.IsMinor(m.Label);

    /// <summary>"Tid och plats: Tisdagen den 21 oktober 2025 kl. 09.00–11.20" over "Lindhagensgatan 98, …": the place.</summary>
    private static string? PlaceAfterTime(List<string>? lines)
    {
        if (lines is null || lines.Count == 0) return null;
        var afterTime = TimeThenPlace().Match(lines[0]);
        var first = afterTime.Success ? afterTime.Groups[1].Value.Trim() : null;
        var rest = string.Join(" ", lines.Skip(1));
        // "… kl. 10.00–11.15, Stadshuset," over "sammanträdesrum Hyndevad": a place begun after the time wraps on.
        if (rest.Length > 0) return first is not null && first.EndsWith(',') ? first + " " + rest : rest;
        return first;
    }

    [GeneratedRegex(@"\d{1,2}[.:]\d{2}\s*(?:[-–]\s*\d{1,2}[.:]\d{2})?\s*[,;]?\s+(\p{L}.+)$")]
    private static partial Regex TimeThenPlace();

    private static DocumentType Kind(string line) =>
        line.Contains("PROTOKOLL", StringComparison.OrdinalIgnoreCase) ? DocumentType.Protokoll : DocumentType.Motesanteckningar;

    [GeneratedRegex($@"\b(MÖTESANTECKNINGAR|MINNESANTECKNINGAR|ANTECKNINGAR|PROTOKOLL(SUTDRAG)?|{Vocabulary.CompoundKinds})\b")]
    private static partial Regex KindWord();

    [GeneratedRegex($@"\b({Vocabulary.KindNames}|{Vocabulary.ExtractKind})\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindInHead();

    // "KPR 2026-11-16" is a kind and a date, not a diary number.
    [GeneratedRegex(@"((Dnr|Diarienummer)[:.]?\s*)?\b[A-ZÅÄÖ]{2,6}\s+\d{4}[-/]\d{2,6}\b(?![-/]\d)|\b(Dnr|Diarienummer)[:.]?\s*\S+")]
    private static partial Regex Diary();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(Dnr|Diarienummer)[:.]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DiaryLabel();

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
    // "Minnesanteckningar, digitalt möte", "Minnesanteckningar, möte 3/2027": a kind may say in lower case what meeting it was.
    [GeneratedRegex($@"^\s*({Vocabulary.KindNames}|{Vocabulary.ExtractKind})(?:,\s+\p{{Ll}}[\p{{L}}\d/ ]{{0,30}})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KindAlone();

    // "den 3 februari 2026", "Torsdagen den 12 juni 2025", "2025-06-12" as a line of its own.
    [GeneratedRegex(@"^(\p{L}+dag(en)?\s+)?(den\s+)?(\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateAlone();
}
