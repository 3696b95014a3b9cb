using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// When an action is due, as the minutes put it: "under kvartal 4, 2025" → 2025-Q4, "i mars 2026" → 2026-03,
/// "till hösten" → the coming autumn's quarter, "vecka 42" → 2026-W42, "vid nästa möte" → next-meeting, "senast den 1 mars", "vid mötet den 23 april" → a date.
/// </summary>
public static partial class DueDates
{
    /// <summary>A due of a season or quarter ("2026-Q3"): a plan's time, not a task's day, month or meeting.</summary>
    public static bool IsSeason(string due) => due.Contains("-Q", StringComparison.Ordinal);

    /// <summary>A due of an ISO week ("2026-W42").</summary>
    public static bool IsWeek(string due) => due.Contains("-W", StringComparison.Ordinal);

    public static string? Read(string text, DateOnly? meetingDate)
    {
        // An explicit "senast 15/8" or "senast den 1 mars" outranks a meeting named in passing.
        if (ByLatest(text, meetingDate) is { } byLatest) return byLatest;
        // "inom två veckor": counted from the meeting.
        if (Within().Match(text) is { Success: true } within && meetingDate is { } from)
            return from.AddDays(7 * (Array.IndexOf(Counts, within.Groups["n"].Value.ToLowerInvariant()) is var k and >= 0 ? k + 1 : int.Parse(within.Groups["n"].Value))).ToString("yyyy-MM-dd");
        if (Week().Match(text) is { Success: true } week) return IsoWeek(week, meetingDate);
        if (NextMeeting().IsMatch(text)) return "next-meeting";
        var q = Quarter().Match(text);
        if (q.Success)
        {
            var year = q.Groups["year"].Success ? int.Parse(q.Groups["year"].Value) : meetingDate?.Year;
            // "under första kvartalet 2027": the quarter by its ordinal.
            var quarter = q.Groups["q"].Success ? q.Groups["q"].Value : (Array.IndexOf(Ordinals, q.Groups["ord"].Value.ToLowerInvariant()) + 1).ToString();
            return year is null ? null : $"{year}-Q{quarter}";
        }
        var byDate = ByDate().Match(text);
        if (byDate.Success && SwedishDates.FirstDate(byDate.Value, meetingDate, YearDirection.Future) is { } d)
            return d.ToString("yyyy-MM-dd");
        var month = InMonth().Match(text);
        // "gå igenom utskrivningarna under februari och mars": two months together are the period looked at, not a due.
        if (month.Success && MonthSpan().IsMatch(text, month.Index + month.Length)) month = Match.Empty;
        if (month.Success && SwedishDates.Month(month.Groups["m"].Value) is { } mm)
        {
            var year = month.Groups["year"].Success ? int.Parse(month.Groups["year"].Value)
                : meetingDate is { } md ? (mm > md.Month ? md.Year : md.Year + 1) : (int?)null;
            return year is null ? null : $"{year}-{mm:00}";
        }
        // "efter sommaren" is the autumn to come, as "till hösten" is.
        var season = Season().Match(AfterSummer().Replace(text, "till hösten"));
        if (season.Success && meetingDate is { } m)
        {
            // Autumn begins with Q3's September, spring with Q1; "the autumn" after September is next year's.
            // "Våren 2027" in a När column is capitalised.
            var name = season.Groups["s"].Value.ToLowerInvariant();
            var (quarter, startMonth) = name.StartsWith("höst") ? (3, 9) : name.StartsWith("vår") ? (1, 3) : (2, 6);
            // "till hösten" looks ahead to the next autumn; "under våren" in March is the spring under way.
            var during = season.Groups["p"].Value.ToLowerInvariant() is "under" or "i";
            var next = during ? m.Month > startMonth + 2 : m.Month >= startMonth;
            var year = season.Groups["year"].Success ? int.Parse(season.Groups["year"].Value) : next ? m.Year + 1 : m.Year;
            return $"{year}-Q{quarter}";
        }
        // "före jul": Christmas is in December, the meeting's own unless it is past.
        if (BeforeChristmas().IsMatch(text) && meetingDate is { } xmas) return $"{(xmas is { Month: 12, Day: > 24 } ? xmas.Year + 1 : xmas.Year)}-12";
        // "före midsommar": midsummer falls in late June, so the due is June.
        if (BeforeMidsummer().IsMatch(text) && meetingDate is { } mm2) return $"{(mm2.Month > 6 ? mm2.Year + 1 : mm2.Year)}-06";
        var endOfYear = YearEnd().Match(text);
        if (endOfYear.Success) return $"{endOfYear.Groups["year"].Value}-Q4";
        // "före årsskiftet": by the end of the year the meeting is in, so its December.
        if (YearTurn().IsMatch(text) && meetingDate is { } yt) return $"{yt.Year}-12";
        // "… ordnar en informationsträff den 18 november": a day to come named in the sentence, with no preposition.
        if (NamedDay().Match(text) is { Success: true } day && SwedishDates.FirstDate(day.Value, meetingDate, YearDirection.Future) is { } on
            && (meetingDate is null || on > meetingDate))
            return on.ToString("yyyy-MM-dd");
        return null;
    }

    private static readonly string[] Counts = ["en", "två", "tre", "fyra", "fem", "sex"];

    /// <summary>"vecka 42" → "2026-W42": the year given, else the year of the next such week from the meeting's own on.</summary>
    private static string? IsoWeek(Match week, DateOnly? meetingDate)
    {
        // "vecka 43–46": done by the last week of the span.
        var number = int.Parse(week.Groups[week.Groups["to"].Success ? "to" : "w"].Value);
        int year;
        if (week.Groups["year"].Success) year = int.Parse(week.Groups["year"].Value);
        else if (meetingDate is { } m)
        {
            var held = m.ToDateTime(TimeOnly.MinValue);
            year = ISOWeek.GetYear(held) + (number < ISOWeek.GetWeekOfYear(held) ? 1 : 0);
        }
        else return null;
        return number >= 1 && number <= ISOWeek.GetWeeksInYear(year) ? $"{year}-W{number:00}" : null;
    }

    // "vecka 42", "v. 9", "v42", "senast vecka 9 2027"; not "veckan", nor a count of weeks ("två veckor").
    // A scan may read the abbreviation's full stop as a colon ("v:22").
    [GeneratedRegex(@"\b(?:vecka|v[.:]?)\s?(?<w>\d{1,2})(?:\s?[–-]\s?(?<to>\d{1,2}))?(?:,?\s(?<year>20\d{2}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Week();

    // Not what was or was not done in that time ("… där vårdgivaren inte har svarat inom fyra veckor"): a rule, no deadline.
    [GeneratedRegex(@"(?<!\b(?:har|hade|inte)\s+\p{Ll}+\s)\binom\s+(?<n>en|två|tre|fyra|fem|sex|[1-9])\s+veck(?:a|or)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Within();

    /// <summary>A deadline given with "senast": "senast 15/8", "Senast den 7 november".</summary>
    public static string? ByLatest(string text, DateOnly? meetingDate) =>
        Latest().Match(text) is { Success: true } latest ? ReadValue(latest.Groups[1].Value, meetingDate) : null;

    /// <summary>A due written as a label's value: "maj 2025", "hösten 2025", "26/3", "20 februari", "nästa möte".</summary>
    public static string? ReadValue(string value, DateOnly? meetingDate)
    {
        var v = value.Trim().TrimEnd('.', ',').Trim();
        if (v.Length == 0) return null;
        if (IsoDate().IsMatch(v)) return SwedishDates.FirstDate(v)?.ToString("yyyy-MM-dd");
        if (DayMonth().Match(v) is { Success: true } dm
            && SwedishDates.Complete(int.Parse(dm.Groups[2].Value), int.Parse(dm.Groups[1].Value), meetingDate, YearDirection.Future) is { } d)
            return d.ToString("yyyy-MM-dd");
        return Read(Preposition().IsMatch(v) ? v : "till " + v, meetingDate);
    }

    // A weekday may stand before the day, written out or short: "senast fredag 23/10", "senast fre 23/10"; the day
    // as an ordinal ("senast den 5:e nov."), or the date in ISO form ("senast 2026-10-15").
    [GeneratedRegex($@"\bsenast\s+(?:(?:{Vocabulary.Weekday}|{Vocabulary.WeekdayStems})\.?\s+)?(?:den\s+)?(\d{{1,2}}/\d{{1,2}}|\d{{1,2}}(?::[ae])?\s+\p{{L}}+(?:\s+\d{{4}})?|20\d{{2}}-\d{{2}}-\d{{2}})", RegexOptions.IgnoreCase)]
    private static partial Regex Latest();

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})$")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^20\d{2}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(i|under|till|vid|senast|före|innan|inför|på)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    // "före nästa möte" is by the next meeting as much as "till nästa möte"; "nästa gång" is the next meeting, with a
    // preposition or without ("blir en egen punkt nästa gång").
    // "till rådets nästa möte": the forum's genitive may stand between. A forum may name its meeting by itself ("till
    // nästa samråd", "till nästa AU", "Till nästa LSG").
    [GeneratedRegex(@"\b(?:(vid|till|på|inför|under|före|innan)\s+(?:\p{Ll}+s\s+)?(nästa|kommande)\s+(?:ordinarie\s+)?[\p{L}-]*(möte|sammanträde|träff|avstämning|samverkan|samråd|arbetsutskott|(?-i:\p{Lu}{2,4})\b)|nästa\s+gång\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    private static readonly string[] Ordinals = ["första", "andra", "tredje", "fjärde"];

    // "utfallet för första kvartalet" is what is reported on, not when; "planerad för kvartal 3" is when.
    [GeneratedRegex(@"(?<!\p{Ll}{2}(?:et|en|na)\s{1,3}för\s{1,3})\b(?:(?:kvartal|kv\.?|q)\s*(?<q>[1-4])|(?<ord>första|andra|tredje|fjärde)\s+kvartalet)(?:[,\s]+(?<year>20\d{2}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    // "senast den 15 december", "vid mötet den 23 april", "vid rådets sammanträde den 11 december 2025",
    // "återkommer till nätverket den 5:e nov.", "till mötet 2026-11-05".
    [GeneratedRegex(@"\b(senast|till|innan|före|vid|på|inför)\s+(\p{L}+\s+){0,2}?(den\s+)?(?:\d{1,2}(?::[ae])?\s+\p{L}+(\s+\d{4})?|20\d{2}-\d{2}-\d{2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ByDate();

    // "i början av september", "före slutet av maj": a part of a month is still that month.
    [GeneratedRegex($@"\b(?:i|under|till|före|innan|senast i)\s+(?:(?:början|mitten|slutet)\s+av\s+)?(?<m>{Vocabulary.MonthNames})(?:\s+(?<year>20\d{{2}}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex InMonth();

    [GeneratedRegex($@"\G\s*(?:och|–|-)\s*(?:{Vocabulary.MonthNames})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthSpan();

    [GeneratedRegex($@"\b(?<p>till|under|i|inför|före|innan)\s+(?<s>{Vocabulary.Seasons})(?:\s+(?<year>20\d{{2}}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?:före|innan|till|vid)\s+årsskiftet\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearTurn();

    [GeneratedRegex(@"\befter\s+sommaren\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterSummer();

    // Not a day something starts from ("avgifterna från den 1 januari"): that is what the meeting is told, not a due.
    [GeneratedRegex($@"(?<!\b(?:från|från och med|sedan)\s+)\bden\s+\d{{1,2}}\s+(?:{Vocabulary.MonthNames})(?:\s+20\d{{2}})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedDay();

    [GeneratedRegex(@"\b(?:före|innan|till|inför)\s+jul(?:en|helgen)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeChristmas();

    [GeneratedRegex($@"\b(?:före|innan|till|inför)\s+{Vocabulary.Midsummer}\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeMidsummer();

    [GeneratedRegex(@"\b(?:vid|före|innan)\s+(?:års|årets)\s*slut(?:et)?\s+(?<year>20\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex YearEnd();
}
