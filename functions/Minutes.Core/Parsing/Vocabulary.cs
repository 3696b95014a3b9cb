namespace Minutes.Parsing;

/// <summary>
/// Swedish words the action rules share, as pattern alternatives. The older rules still carry their own lists; new
/// ones refer to these.
/// </summary>
public static class Vocabulary
{
    /// <summary>A task an actor takes on, in the present tense: "Karin Lund tar fram en checklista".</summary>
    public const string TaskVerbs =
        @"tar fram|tar reda på|sammanställer|skickar|sänder|bjuder in|ordnar|anordnar|bokar|kontaktar|lyfter|ansvarar för att|meddelar|återkopplar|uppdaterar|förbereder|tar upp(?!\s+(?:att|om|hur|vad)\b)";

    /// <summary>The first word of a task verb, standing before its subject after a fronted phrase: "Till nästa möte tar Elin Sandberg fram …".</summary>
    public const string TaskVerbFirstWords =
        "tar|sammanställer|skickar|sänder|bjuder|ordnar|anordnar|bokar|kontaktar|lyfter|ansvarar|meddelar|återkopplar|uppdaterar|förbereder|redovisar|presenterar|återkommer";

    /// <summary>What tells the meeting something rather than does a task; a commitment only with a time to come.</summary>
    public const string NarratingVerbs = "redovisar|presenterar";

    /// <summary>Producing something, as a body decides to: "Rådet beslutade att ta fram en skrivelse".</summary>
    public const string ProductionInfinitives =
        "ta fram|skriva|skicka|sända|bjuda in|ordna|anordna|sammanställa|utreda|undersöka|kontakta|uppvakta|genomföra";

    /// <summary>Infinitives after "ska" that state a condition, not a task: "Sammanställningen ska vara klar".</summary>
    public const string StateInfinitives = "vara|ha|kunna|gälla|finnas|få|bli|behöva|gå";

    /// <summary>A phrase put first in the sentence, so the verb comes before its subject: "I Flemingsberg ordnar …", "Till nästa möte tar …".</summary>
    public const string FrontingPrepositions = "I|Till|Under|Inför|Vid|Efter|Senast|På|Före";

    /// <summary>An adverb put first, with the same inverted order: "Därefter sammanställer förvaltningen …".</summary>
    public const string FrontingAdverbs = "Därefter|Sedan|Först|Dessutom|Samtidigt|Slutligen|Också";

    /// <summary>The kinds of minutes, as words: "Minnesanteckningar från …", "PROTOKOLL", "Mötesanteckningar 2025-03-12".</summary>
    public static readonly string[] DocumentKinds =
        ["mötesanteckningar", "minnesanteckningar", "anteckningar", "protokoll", "protokollsutdrag", "justerat", "utdrag"];

    /// <summary>Days of the week, as a date is written: "tisdagen den 18 november".</summary>
    public static readonly string[] Weekdays =
        ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen"];

    /// <summary>Words of a page's furniture, not of its forum: "Sida 2 av 4", "Justerandes sign", "Utdragsbestyrkande".</summary>
    public static readonly string[] PageWords = ["sida", "av", "justerandes", "sign", "signatur", "utdragsbestyrkande", "datum", "dnr", "diarienummer"];

    /// <summary>An organisation named by a common noun, in lower case: "Anders Fahl (förvaltningen)". A title ("(enhetschef)") is not one.</summary>
    public static readonly string[] OrganisationNouns =
        ["förvaltningen", "regionen", "kommunen", "nämnden", "staden", "stadsdelsförvaltningen", "landstinget", "sjukhuset", "vårdcentralen"];

    /// <summary>How the name of an issuing body ends or begins: "Hälso- och sjukvårdsförvaltningen", "Region Stockholm", "Nacka kommun".</summary>
    public static bool IsOrganisation(string name)
    {
        var t = name.Trim();
        return t.Length is > 3 and <= 60 && char.IsUpper(t[0])
               && (t.EndsWith("förvaltningen", StringComparison.Ordinal) || t.EndsWith("nämnden", StringComparison.Ordinal)
                   || t.EndsWith(" kommun", StringComparison.Ordinal) || t.StartsWith("Region ", StringComparison.Ordinal)
                   || t.EndsWith("kontoret", StringComparison.Ordinal));
    }
}
