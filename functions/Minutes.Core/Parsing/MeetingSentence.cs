using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Headerless minutes open with a sentence that says who met, when and where: "Brukarrådet för psykiatri
/// sammanträdde torsdagen den 8 oktober 2026 kl. 14.00–16.00 på Lindhagensgatan 98, rum Fredhäll." or
/// "Anteckningar från mötet tisdagen den 19 maj 2026, kl. 09.00–11.30, Norrtälje sjukhus, konferensrummet Roslagen."
/// The forum is what stands before the verb of meeting; the place what follows "på", or the time and a comma.
/// </summary>
public static partial class MeetingSentence
{
    /// <summary>"Brukarrådet för psykiatri sammanträdde …" → "Brukarrådet för psykiatri"; null when the sentence is not of that form.</summary>
    public static string? Forum(string sentence)
    {
        var verb = MeetingVerb().Match(sentence);
        if (!verb.Success || verb.Index == 0 || !char.IsUpper(sentence[0])) return null;
        var forum = sentence[..verb.Index].Trim();
        return forum.Length >= 3 && !forum.Contains('.') && !MeetingNoun().IsMatch(forum) ? forum : null;
    }

    /// <summary>
    /// "Träffen hölls tisdagen den 10 februari 2026 kl. 13.00 … i Haninge kulturhus.": a sentence of meeting with a date,
    /// which names no forum but is no title either.
    /// </summary>
    public static bool IsMeetingSentence(string sentence) =>
        MeetingVerb().IsMatch(sentence) && SwedishDates.FirstDate(sentence) is not null;

    /// <summary>The place of a meeting sentence, or null: after "på" once the date is given, else after the time and a comma.</summary>
    public static string? Place(string sentence)
    {
        // The place is in the sentence of meeting: "… i Kista träff, sal 3. Två deltog på länk." ends before "Två".
        if (SentenceEnd().Match(sentence) is { Success: true } end) sentence = sentence[..end.Index];
        var date = SwedishDates.FirstDate(sentence) is null ? -1 : Math.Max(sentence.IndexOf(" den ", StringComparison.Ordinal), 0);
        if (date < 0) return null;
        var at = sentence.IndexOf(" på ", date, StringComparison.Ordinal);
        string? place = null;
        if (at >= 0) place = sentence[(at + 4)..];
        else if (TimeThenComma().Match(sentence, date) is { Success: true } time) place = sentence[(time.Index + time.Length)..];
        // "… sammanträdde tisdagen den 2 juni 2026 i Stadshuset, sammanträdesrum Rinman.": no time, the place after the year.
        else if (YearThenIn().Match(sentence, date) is { Success: true } year) place = sentence[(year.Index + year.Length)..];
        place = place?.Trim().TrimEnd('.').Trim();
        // "… kl. 10.00–11.15 i stadshuset, sammanträdesrum Velamsund", "… i konferensrum Kypesjön": a building named in the
        // definite form, or a room, is a place too.
        return place is { Length: >= 3 } && (char.IsUpper(place[0]) || DefiniteBuilding().IsMatch(place)) ? place : null;
    }

    [GeneratedRegex(@"^(?:\p{Ll}{3,}et(?:,|$)|\p{Ll}*(?:rum|rummet|sal|salen|lokal|lokalen)\s\p{Lu})")]
    private static partial Regex DefiniteBuilding();

    // "sammanträdde", "möttes", "träffades", "höll möte": the verb that opens the sentence's account of the meeting.
    [GeneratedRegex(@"\s(?:sammanträdde|sammanträder|möttes|träffades|höll (?:sitt )?möte|hölls|ägde rum)\s")]
    private static partial Regex MeetingVerb();

    // "kl. 09.00–11.30, " or "kl. 13.00–15.00 i " before a place named without "på"; after "kl" the hours alone ("kl 13–15, Teams").
    [GeneratedRegex(@"(?:\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}|\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)(?:\s*,\s*|\s+i\s+)")]
    private static partial Regex TimeThenComma();

    [GeneratedRegex(@"\b20\d{2}\s+i\s+(?=\p{Lu})")]
    private static partial Regex YearThenIn();

    [GeneratedRegex(@"\.\s+\p{Lu}")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex($@"^(?:{Vocabulary.MeetingNouns})$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingNoun();
}
