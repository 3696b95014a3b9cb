using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// Future meeting dates, listed one to a line ("Torsdagen 5 februari 13:00-14:30") under a line that names the year
/// ("… sammanträder nedan tider 2026:", "förslaget till sammanträdesdagar för 2026"), or run on after it in one
/// sentence ("Mötestider 2026: 23 april 13:00–14:30, 11 juni …"). A line of its own counts only when a date (and a
/// time) is all it says; a time for them all may stand on the line that introduces them.
/// </summary>
public static partial class MeetingSchedule
{
    /// <param name="forum">The minutes' title: in a list of several bodies' dates, only the lines of its own body count.</param>
    public static List<ScheduledMeeting> Read(IReadOnlyList<SourceLine> lines, DateOnly? meetingDate, string? forum)
    {
        var meetings = new Listed();
        var others = OtherBodiesLines(lines, forum);
        int? year = null;
        var common = "";
        // Dates count only in a list that something announced: a line naming the year or the meeting times.
        var sinceAnnounced = int.MaxValue;
        string? above = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            // The last line with text before this one, kept as the loop goes rather than looked back for.
            var before = above;
            if (line.Length > 0) above = line;
            if (line.Length == 0 || others.Contains(i)) continue;
            sinceAnnounced = sinceAnnounced == int.MaxValue ? sinceAnnounced : sinceAnnounced + 1;
            // "Sammanträdena hålls på torsdagar kl. 14.00–16.00:" gives the list below its time.
            if (line.EndsWith(':') && SwedishDates.TimeRange(line).Start is not null && SwedishDates.FirstDate(line) is null) common = line;
            // "Mötesdatum 2027 (onsdagar kl. 14.00–16.00): 3 februari, …": the time before the colon is the list's.
            var announcement = ScheduleAnnouncement.Is(line);
            if (announcement && line.IndexOf(':') is var colon and > 0 && SwedishDates.TimeRange(line[..colon]).Start is not null) common = line[..colon];
            // A header field ("Datum: 12 juni 2025", "Sammanträdesdatum    2026-09-22") neither announces a list nor is one.
            var label = Labels.Match(line);
            var field = label is not null && !announcement;
            var announced = field ? null : AnnouncedYear(line);
            if (announced is not null || ListHeading().IsMatch(line) && !(field && label!.Value.Value.Length > 0) || !field && announcement)
            {
                if (announced is not null) year = int.Parse(announced.Value);
                sinceAnnounced = 0;
            }
            if (sinceAnnounced > 6) continue;
            // A date under a year's announcement is of that year; else the next such day after the meeting.
            var (reference, direction) = year is { } y ? (new DateOnly(y, 1, 1), YearDirection.Nearest) : (meetingDate, YearDirection.Future);

            // Several on one line, or run on from the announcement ("Mötestider 2026: 23 april 13:00–14:30, 11 juni …").
            var listed = RunOn(lines, i, announced);
            var entries = field ? null : InlineEntry().Matches(listed);
            if (entries is { Count: >= 2 })
            {
                meetings.Begin();
                foreach (var (dateText, time) in EntriesOnOneLine(entries, listed, common)) meetings.Add(dateText, time, reference, direction);
                sinceAnnounced = 0;
                continue;
            }
            var m = DateLine().Match(line);
            if (!m.Success || i > 0 && !lines[i].IsBullet && Unfinished(lines[i - 1].Text)) continue;
            // Dates one to a line run forward while they follow one another.
            if (before is null || !DateLine().IsMatch(before)) meetings.Begin();
            meetings.Add(m.Groups["date"].Value, SwedishDates.TimeRange(m.Groups["time"].Value.Length > 0 ? m.Groups["time"].Value : common), reference, direction);
            sinceAnnounced = 0;
        }
        // "Rådets övriga möten … är den 16 september och den 25 november.": dates in a sentence of running text.
        // "Nästa möte: 16/9 kl. 16–17.30. Därefter 25/11, samma tid.": the meetings after the next one.
        foreach (var paragraph in Paragraphs.From(lines))
        {
            var afterNext = false;
            foreach (var sentence in Sentences.Split(paragraph.Text))
            {
                var single = (afterNext ? ScheduleSentence.Thereafter(sentence) : null) ?? ScheduleSentence.SeasonsMeeting(sentence);
                var dates = ScheduleSentence.Dates(sentence) ?? single;
                afterNext = NextMeeting.IsNextMeetingLine(sentence);
                if (dates is null) continue;
                var entries = InlineEntry().Matches(dates);
                if (entries.Count >= 2 || entries.Count == 1 && single is not null)
                {
                    meetings.Begin();
                    foreach (var (dateText, time) in EntriesOnOneLine(entries, dates, ""))
                        meetings.Add(dateText, time, meetingDate, YearDirection.Future);
                }
            }
        }
        // Future meetings: a date on or before this meeting's is the meeting itself or history.
        return meetingDate is { } held ? meetings.Meetings.Where(x => x.Date > held).ToList() : meetings.Meetings;
    }

    /// <summary>
    /// "Kommande möten" listing several bodies' dates, each after its name: "- Styrgruppen: onsdag 10 mars, …",
    /// "- Projektgruppen: varannan tisdag …", "- Referensgruppen …:" over "24 februari kl. 10.00". When one of the names
    /// is the minutes' own body (its word stands in the title), the others' lines, with the lines they wrap onto, are
    /// not the series' meetings. Without such a name, every line counts as before.
    /// </summary>
    private static HashSet<int> OtherBodiesLines(IReadOnlyList<SourceLine> lines, string? forum)
    {
        var others = new HashSet<int>();
        if (forum is null) return others;
        var labelled = new List<(int Line, bool Own)>();
        for (var i = 0; i < lines.Count; i++)
            if (BodyLabel().Match(lines[i].Text) is { Success: true } m && !ScheduleAnnouncement.Is(lines[i].Text) && Labels.Match(lines[i].Text) is null)
                labelled.Add((i, forum.Contains(m.Groups["body"].Value.Split(' ')[0], StringComparison.OrdinalIgnoreCase)));
        if (!labelled.Any(l => l.Own) || labelled.All(l => l.Own)) return others;
        foreach (var (start, _) in labelled.Where(l => !l.Own))
            for (var k = start; k < lines.Count && (k == start || !lines[k].IsBlank && !lines[k].IsBullet && labelled.All(l => l.Line != k)); k++)
                others.Add(k);
        return others;
    }

    // "Styrgruppen:", "- Referensgruppen med patient- och pensionärsorganisationer:": a body's name before its dates.
    [GeneratedRegex(@"^(?:[-–•*]\s*)?(?<body>\p{Lu}\p{Ll}+(?:[ -][\p{L}-]+){0,6}):(?:\s|$)")]
    private static partial Regex BodyLabel();

    /// <summary>
    /// A line of prose that stops mid-sentence ("Pensionärsorganisationerna skickar in frågor till sekreteraren senast"):
    /// a date on the line below ends that sentence (a deadline), it is no entry of a list. A heading over a list is short
    /// or announces it; an entry above is an entry (the place after its date may end in a lower-case letter).
    /// </summary>
    private static bool Unfinished(string line) =>
        line.Length > 0 && char.IsLower(line[^1]) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4
        && !DateLine().IsMatch(line) && !ListHeading().IsMatch(line) && !ScheduleAnnouncement.Is(line) && AnnouncedYear(line) is null;

    /// <summary>The meetings a list gives, each date once, the first time it is listed.</summary>
    private sealed class Listed
    {
        private readonly HashSet<DateOnly> _seen = [];
        private int _listStart;
        public List<ScheduledMeeting> Meetings { get; } = [];

        /// <summary>A list starts: its dates run forward from one another, not from those of a list before it.</summary>
        public void Begin() => _listStart = Meetings.Count;

        public void Add(string dateText, (TimeOnly? Start, TimeOnly? End) time, DateOnly? reference, YearDirection direction)
        {
            // "10/9": a day and month without a year, completed the way a month name's date is.
            DateOnly? Read(DateOnly? from) => SwedishDates.FirstDate(dateText, from, direction) ?? SlashDate.Read(dateText, from, direction);
            // A date listed again (the year's dates repeated further on) is the one read before.
            if (Read(reference) is not { } date || _seen.Contains(date)) return;
            // A list runs forward: "17 februari, 21 april, 15 september" after a meeting in September 2026 are all of 2027.
            if (direction == YearDirection.Future && Meetings.Count > _listStart && Meetings[^1].Date > date && Read(Meetings[^1].Date) is { } later) date = later;
            if (!_seen.Add(date)) return;
            Meetings.Add(new ScheduledMeeting(date, time.Start, time.End));
        }
    }

    /// <summary>
    /// Several entries on one line: each with its own time, else the one time for all at the end ("4 september,
    /// 16 oktober, 27 november   13.30–15.30", "…, samtliga kl 13–15"), else the time the list was announced with.
    /// </summary>
    private static IEnumerable<(string Date, (TimeOnly? Start, TimeOnly? End) Time)> EntriesOnOneLine(MatchCollection entries, string listed, string common)
    {
        var last = entries[^1].Groups["time"].Value;
        var shared = entries.Take(entries.Count - 1).All(e => e.Groups["time"].Value.Length == 0) ? last : "";
        if (entries.All(e => e.Groups["time"].Value.Length == 0)) shared = listed;
        // Read once for the line, not once an entry: a line of many dates is read in linear time.
        var sharedTime = SwedishDates.TimeRange(shared.Length > 0 ? shared : common);
        // Dates one to a line, read together, with no time among them: the time the list was announced with.
        if (sharedTime.Start is null) sharedTime = SwedishDates.TimeRange(common);
        foreach (Match entry in entries)
            yield return (entry.Groups["date"].Value, entry.Groups["time"].Value.Length > 0 ? SwedishDates.TimeRange(entry.Groups["time"].Value) : sharedTime);
    }

    /// <summary>What follows the announcement's colon, over the lines it wraps onto, to the end of its sentence.</summary>
    private static string RunOn(IReadOnlyList<SourceLine> lines, int i, Group? year)
    {
        // After the colon ("Mötestider 2026: …"), or after the year ("… mötestider för 2025 är 12 mars, …").
        var colon = lines[i].Text.IndexOf(':');
        var from = year is null ? 0 : colon >= 0 ? colon + 1 : year.Index + year.Length;
        var text = lines[i].Text[from..];
        // A bullet is an entry of its own ("- Projektgruppen: …" under "- Styrgruppen: 10 mars och 19 maj,").
        for (var k = i + 1; k < lines.Count && k <= i + 4 && !lines[k].IsBlank && !lines[k].IsBullet && !SentenceEnd().IsMatch(text); k++)
            text += " " + lines[k].Text;
        var end = SentenceEnd().Match(text);
        return end.Success ? text[..end.Index] : text;
    }

    // The parts of a schedule entry: "Onsdagen den 14 mars 2026, kl. 13.00–15.00 (digitalt)".
    private const string DayBefore = $@"(?:{Vocabulary.Weekday}\s+)?(?:den\s+)?";
    private const string EntryTime = @"(?<time>\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?)";
    private const string Clock = @"(?:kl\.?\s*)?";

    // A line that is only an entry: "14 mars 2026 kl. 13.00–15.00", with its place after a comma: "torsdag 18 februari,
    // Regionhuset i Malmö", "onsdag 9 juni kl. 13.00–15.30, Ludvika hälsocentral (länk till Mora)", "…, digitalt via Teams".
    [GeneratedRegex($@"^{DayBefore}(?<date>\d{{1,2}}\s+\p{{L}}+\.?(?:\s+\d{{4}})?)\s*(?:,\s*)?{Clock}{EntryTime}?\s*(?:\([^()]*\))?(?:,\s*\p{{L}}[\p{{L}} .-]{{2,60}}(?:\s*\([^()]*\))?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    // An entry inside running text names its month in full, or is written "2026-09-08" or "10/9".
    [GeneratedRegex($@"{DayBefore}(?<date>\d{{1,2}}\s+(?:{Vocabulary.MonthNames})(?:\s+20\d{{2}})?|\b20\d{{2}}-\d{{2}}-\d{{2}}\b|{SlashDate.Pattern})\s*{Clock}{EntryTime}?", RegexOptions.IgnoreCase)]
    private static partial Regex InlineEntry();

    // A full stop that ends the sentence, not the one in "kl. 13" or a date's "3." .
    [GeneratedRegex(@"(?<!\bkl)\.(?:\s|$)")]
    private static partial Regex SentenceEnd();

    // "Kommande möten", "Mötestider:", "Sammanträdesdagar" as a heading, without a year; also an item's ("Punkt 7   Kommande
    // möten", "§ 10  Kommande sammanträden", on a scan "& 10  …").
    [GeneratedRegex(@"^(?:(?:Punkt\s+|" + ItemNumberForms.Sign + @")?\d{1,3}\.?\s+)?(?:Kommande (?:möten|sammanträden)|(?:Möte|Sammanträde)s(?:tider|dagar|datum|plan)|Mötestider)\b[^.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHeading();

    /// <summary>
    /// The year a line announces meeting times for: "Mötestider 2026", "… sammanträder följande datum 2026:" (the first
    /// year after a word for meeting times), "2026 års sammanträdestider" (a year before one). Two scans, not one
    /// pattern with ".*" on both sides, so a long line of years costs linear time.
    /// </summary>
    private static Group? AnnouncedYear(string line)
    {
        var word = TimesWord().Match(line);
        var after = word.Success ? Year().Match(line, word.Index + word.Length) : Match.Empty;
        var first = Year().Match(line);
        var before = first.Success && first.Index < (after.Success ? word.Index : int.MaxValue)
            && TimesWordAfterYear().Match(line, first.Index + first.Length).Success;
        return before ? first.Groups["year"] : after.Success ? after.Groups["year"] : null;
    }

    // "Sammanträdestiderna för 2027 fastställs …": the definite forms too.
    // A meeting plan ("sammanträdesplan 2027"), not a project's "tidplan 2027".
    [GeneratedRegex(@"(?:tider(?:na)?|datum(?:en)?|dagar(?:na)?|sammanträder|möten(?:a)?|(?:mötes|sammanträdes)plan(?:en)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimesWord();

    [GeneratedRegex(@"tider|sammanträder", RegexOptions.IgnoreCase)]
    private static partial Regex TimesWordAfterYear();

    [GeneratedRegex(@"\b(?<year>20\d{2})\b")]
    private static partial Regex Year();
}
