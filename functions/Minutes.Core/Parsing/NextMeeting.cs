using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// "Nästa möte i rådet hålls den 25 september 13:00", "Rådet sammanträder nästa gång den 11 februari": the next
/// meeting, its year completed forward from this one.
/// </summary>
public static partial class NextMeeting
{
    // A sentence that starts the line ("Nästa möte …"), not a line that a wrapped "… vid / nästa möte." begins.
    public static bool IsNextMeetingLine(string line) => line.Length > 0 && char.IsUpper(line[0]) && Opening().IsMatch(line);

    /// <summary>What a next-meeting line goes on with after its sentence ends: a sentence of its own, else nothing.</summary>
    public static string After(string line) => SentenceThenMore().Match(line) is { Success: true } m ? line[m.Groups["rest"].Index..] : "";

    // A full stop after a word, not a date's or "kl.": "… till våren 2027. Ingela Rask skickar ut".
    [GeneratedRegex(@"(?<!\bkl)(?<=\p{L}{2}|\d{4})\.\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex SentenceThenMore();

    public static MeetingTime? Read(IReadOnlyList<SourceLine> lines, DateOnly? meetingDate)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            // At the start of a line, or of a sentence within one ("… ett givande möte. Nästa möte med regionen …").
            // The sentence may wrap onto the next line, even between "Nästa" and "sammanträde".
            // "6) Nästa träff" as an item's heading over "Ons 7/4 kl 13–15 på Teams.": the heading, less its number, opens the sentence.
            var heading = NextMeetingHeading().Match(lines[i].Text);
            var next = i + 1;
            while (heading.Success && next < lines.Count - 1 && lines[next].Text.Length == 0) next++;
            var joined = heading.Success
                ? string.Join(" ", [heading.Groups[1].Value, .. lines.Skip(next).Take(2).Select(l => l.Text)])
                : lines[i].Text + (next < lines.Count ? " " + lines[next].Text : "");
            var at = heading.Success || IsNextMeetingLine(lines[i].Text) ? 0
                : InSentence().Match(joined) is { Success: true } m && m.Groups[1].Index < lines[i].Text.Length ? m.Groups[1].Index : -1;
            if (at < 0) continue;
            var text = joined[at..] + (i + 2 < lines.Count && at >= lines[i].Text.Length / 2 ? " " + lines[i + 2].Text : "");
            // The date is the sentence's own: in "Nästa möte: se kallelse. NN skickar ut förslag senast den 15 april." it has none.
            if (SentenceThenMore().Match(text) is { Success: true } end) text = text[..end.Index];
            // "Nästa träff: tors 10/12 kl 9–11": a day and month with a slash, as informal notes write it.
            var date = SwedishDates.FirstDate(text, meetingDate, YearDirection.Future) ?? SlashDate.Read(text, meetingDate, YearDirection.Future);
            if (date is null) continue;
            return new MeetingTime(date, SwedishDates.TimeRange(text).Start);
        }
        return null;
    }

    // The ways a line opens on the next meeting, one per part of Opening.
    // "Nästa ordinarie möte", "Nästa gemensamma träff": one adjective may stand before the meeting.
    private const string Adjective = @"(?:\p{Ll}+[ae] )?";
    // "Nästa möte …", "Nästa dialogmöte: …".
    private const string NextNamed = $@"Nästa {Adjective}\p{{L}}*(möte|sammanträde|träff|avstämning)\p{{L}}*";
    // "Nästa rådsmöte hålls …".
    private const string NextHeld = @"Nästa [\p{L}-]+ (?:hålls|äger rum|blir)";
    // "Rådet sammanträder nästa gång …".
    private const string BodyMeetsNext = @"(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:sammanträder|möts|träffas|har möte) nästa gång";
    // "Rådets sista sammanträde för året hålls …".
    // "Årets sista dialogmöte hålls …".
    private const string MeetingHeld = @"(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:nästa|sista|kommande) (?:\p{L}+ )?\p{L}*(?:möte|sammanträde)\b[^.]{0,20}\b(?:hålls|äger rum)";

    // "Ordföranden konstaterade att nästa sammanträde äger rum …": the chair states it, the meeting is named all the same.
    // "Ordföranden meddelade att beredningen sammanträder nästa gång tisdagen den 9 juni" (or "… att rådet nästa gång
    // sammanträder …"): the same, said of the body.
    private const string StatedNext = $@"(?:\p{{Lu}}[\p{{L}}-]+\s+){{1,2}}(?:{Vocabulary.StatingVerbs})\s+att\s+(?:nästa\s+(?:möte|sammanträde|träff)|\p{{Ll}}+\s+(?:sammanträder|möts|träffas)\s+nästa\s+gång|\p{{Ll}}+\s+nästa\s+gång\s+(?:sammanträder|möts|träffas))";

    [GeneratedRegex($"^({NextNamed}|{NextHeld}|Kommande möte|{BodyMeetsNext}|{MeetingHeld}|{StatedNext})\\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    // Numbered as any item is: "6) Nästa träff", "§ 9 Nästa sammanträde", "Punkt 9 – Nästa möte", "7. NÄSTA MÖTE".
    [GeneratedRegex($@"^{ItemNumberForms.Word}(?:§\s*)?\d{{1,2}}{ItemNumberForms.Close}\s+(?:[-–—]\s+)?(Nästa {Adjective}\p{{L}}*(?:möte|sammanträde|träff)|NÄSTA \p{{Lu}}*(?:MÖTE|SAMMANTRÄDE|TRÄFF))\s*:?\s*$")]
    private static partial Regex NextMeetingHeading();

    [GeneratedRegex($@"[.!?]\s+((?:Nästa|Kommande) {Adjective}\p{{L}}*(?:möte|sammanträde|träff|avstämning)\p{{L}}*)\b")]
    private static partial Regex InSentence();
}
