namespace Minutes.Parsing;

/// <summary>
/// The Swedish words the rules read, in one place. A list a pattern needs is a const of alternatives ("a|b|c"), so a
/// [GeneratedRegex] can build from it; a list code looks words up in is an array split from the same const. A rule
/// refers to these and never writes the words again.
/// </summary>
public static class Vocabulary
{
    // ── Dates ──────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The months, in order: "12 juni 2025", "senast i maj".</summary>
    public const string MonthNames = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";

    public static readonly string[] Months = MonthNames.Split('|');

    /// <summary>A month as a date may shorten it ("12 jan", "3 sept."): each name with its usual abbreviations.</summary>
    public const string MonthsOrAbbreviations =
        "jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|jun[i]?|jul[i]?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    /// <summary>The stem of each day of the week, Monday first: "mån" + "dag(en)".</summary>
    public const string WeekdayStems = "mån|tis|ons|tors|fre|lör|sön";

    /// <summary>A day of the week as a date may write it: "tisdag den 18 november", "tisdagen den 18 november".</summary>
    public const string Weekday = $"(?:{WeekdayStems})dag(?:en)?";

    /// <summary>The seasons a due is set in: "till hösten", "under våren 2026".</summary>
    public const string Seasons = "hösten|våren|sommaren";

    /// <summary>The seasons in the genitive, as a schedule line opens: "Höstens möten: …".</summary>
    public const string SeasonsGenitive = "höstens|vårens|sommarens";

    /// <summary>Meetings in the plural, the nouns a schedule line names: "Träffar våren 2027: …".</summary>
    public const string MeetingPlurals = "möten|mötena|träffar|träffarna|sammanträden|sammanträdena";

    // ── People and bodies ──────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The parties' abbreviations as a member's name carries them: "Talla Alkurdi (S)", "(KD)", "(Fi)".</summary>
    public const string Parties = "S|M|C|L|V|KD|MP|SD|Fi";

    /// <summary>The role that chairs the meeting, as written after a name or in a table: "…, ordförande".</summary>
    public const string Chair = "ordförande";

    /// <summary>The role that keeps the minutes: "…, sekreterare".</summary>
    public const string Secretary = "sekreterare";

    /// <summary>Other words for the one who keeps the notes, as written after a name: "…, projektledare, antecknare".</summary>
    public static readonly string[] NoteTakerRoles = ["antecknare", "protokollförare"];

    /// <summary>The roles shortened, as lists print them after a name: "Annika Friberg (ordf.)", "Mirjam Sjökvist (sekr.)".</summary>
    public const string ChairShort = @"ordf\.?";

    public const string SecretaryShort = @"sekr\.?";

    /// <summary>Keeping the notes, said of a person in parentheses: "(för anteckningar)", "(antecknare)".</summary>
    public const string NoteTaking = "för anteckningar(?:na)?|antecknare|antecknar";

    /// <summary>Roles written in capitals, as organisations are: "Lovisa Norr, MAS" is the municipality's medically responsible nurse.</summary>
    public static readonly string[] RoleAcronyms = ["MAS", "MAR", "SSK", "USK", "MAS/MAR"];

    /// <summary>The roles an attendee table's role column holds: "ordförande", "föredragande".</summary>
    public static readonly string[] MeetingRoles = [Chair, Secretary, "föredragande", "ledamot", "ersättare", "adjungerad"];

    /// <summary>A role holder named by the role alone, as the subject of a commitment: "sekreteraren sammanställer …".</summary>
    public const string RoleHolders = "sekreteraren|ordföranden";

    /// <summary>Bodies reported as having promised something: "… berättar att förvaltningen ska följa upp …".</summary>
    public const string ReportingBodies = "förvaltningen|regionen|nämnden|beredningen|projektet";

    // ── Documents ──────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The kinds of minutes a header or first sentence names: "MÖTESANTECKNINGAR", "Protokoll fört vid …".</summary>
    public const string KindNames = "mötesanteckningar|minnesanteckningar|anteckningar|protokoll";

    /// <summary>An extract of minutes: "PROTOKOLLSUTDRAG".</summary>
    public const string ExtractKind = "protokollsutdrag";

    /// <summary>The heading of a table of contents.</summary>
    public const string ContentsHeadings = "innehåll|innehållsförteckning";

    /// <summary>The box at a protokoll page's foot for the adjusters' initials: "Justerandes sign", "Justerandes signatur".</summary>
    public const string AdjustersBox = "Justerandes sign";

    /// <summary>A meeting named by a common noun, no forum: "Träffen hölls …", "Mötet ägde rum …".</summary>
    public const string MeetingNouns = "träffen|mötet|sammanträdet|sammankomsten";

    /// <summary>The labels over the name of who kept the minutes: "Vid anteckningarna", "Vid protokollet".</summary>
    public const string MinuteTakerLabels = "Vid anteckningarna|Vid protokollet|Vid pennan";

    /// <summary>
    /// A heading over a summary of the meeting's decisions and tasks after its items ("Beslut och åtaganden från mötet",
    /// "Sammanställning av åtgärder"): the items end there, and what it restates is not said again.
    /// </summary>
    public const string SummaryHeadings = "Beslut och (?:åtaganden|åtgärder|uppdrag)|(?:Sammanställning|Sammanfattning) av (?:beslut|åtgärder|åtaganden)";

    /// <summary>Who kept the minutes, said in a passive: "Minnesanteckningarna förda av", "Anteckningarna fördes av", "Protokollet fördes av".</summary>
    public const string NotesKeptBy = @"(?:(?:Minnes|Mötes)?[Aa]nteckning(?:ar|arna)|Protokollet)\s+(?:förda|fördes|förs|fört)\s+av";

    // ── Labels ─────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The labels over who attended; one that begins another ("Närvarande ledamöter", "Närvarande") comes first.</summary>
    public static readonly string[] AttendeeLabels =
    [
        "Närvarande ledamöter", "Närvarande tjänstemän", "Närvarande tjänstepersoner", "Övriga närvarande", "Övriga deltagare",
        "Beslutande ledamöter", "Beslutande", "Övriga deltagande", "Närvarande", "Deltagare", "Ledamöter", "Tjänstepersoner",
        "Tjänstemän", "Tjänstgörande ersättare", "Ersättare", "Förtroendevalda",
    ];

    /// <summary>The labels over who was away: their names are no attendees.</summary>
    public static readonly string[] AbsenceLabels = ["Frånvarande", "Förhinder", "Anmält förhinder", "Anmälda förhinder", "Ej närvarande"];

    /// <summary>The other labels of a header's fields; one that begins another ("Tid och plats", "Tid") comes first.</summary>
    public static readonly string[] FieldLabels =
    [
        .. AbsenceLabels, "Tid och plats", "Datum", "Tid",
        "Plats", "Lokal", "Ordförande", "Sekreterare", "Justerare", "Justeras", "Mötesdatum", "Sammanträdesdatum", "Sammanträde", "Dag och tid",
        "Diarienummer", "Paragrafer",
    ];

    /// <summary>The labels that may open a second field on a line, after a gap: "Datum: 2025-09-18   Tid: 09.30".</summary>
    public const string InlineFieldLabels = "Datum|Tid|Plats|Lokal|Ordförande|Sekreterare|Justerare";

    // ── Commitments and decisions ──────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// A cue that commits someone wherever it stands: "återkommer", "ombeds", "får i uppdrag", "uppdrar åt
    /// förvaltningen", "uppdrog samrådet åt förvaltningen", "gav Anna i uppdrag", "tas upp som egen punkt vid nästa". Group "to" is who a task is given to.
    /// </summary>
    public const string FirmCommitments =
        "återkommer|återkomma|ombeds|ombads"
        + "|får i uppdrag|ges i uppdrag|fick i uppdrag|gavs i uppdrag|har fått i uppdrag|hade fått i uppdrag|får i uppgift|fick i uppgift"
        // "Förvaltningen uppdras att ta fram …": the body given the task is the subject.
        + "|uppdras att|uppdrogs att"
        + "|tar med sig|tar med (?:frågan|synpunkten|inspelet|detta)|tar med (?:den|dem|det) till|åtar sig|ska se till att|lovar att"
        // "… tar med förslaget till nästa möte": a thing brought to the next meeting.
        + @"|tar med \p{Ll}+(?:et|en|na) till nästa"
        // A promise made at the meeting, told in the past: "Charlotte Wendel lovade att skyltningen ses över senast …".
        + "|lovade att|åtog sig att"
        + "|sänds ut|skickas ut|sänder ut|skickar ut|sänds till|skickas till|kontaktas|kontaktar|bjuds in|återrapporteras"
        + "|läggs till i"
        // A matter passed on to someone else: "Frågan lämnas vidare till Regionfastigheter av kansliet".
        + "|lämnas vidare|förs vidare|skickas vidare|lyfts vidare|lyfts till(?! nästa)"
        // "uppdra åt vice ordföranden och sekreteraren att …": two role holders, one of them a vice; two bodies by name
        // ("uppdra åt PRO och SPF Seniorerna att …").
        + @"|(?:uppdra|uppdrar|uppdras|uppdrog|uppdrogs)\s+(?:\p{Ll}+et\s+|\p{Ll}+en\s+)?åt\s+(?<to>vice\s+\p{Ll}+en\s+och\s+\p{Ll}+en|\p{Ll}+en\s+och\s+vice\s+\p{Ll}+en|\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}+)?\s+och\s+\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}+)?(?=\s+att\b)|(?:\p{L}+-\s+och\s+)?\p{L}+)"
        + @"|(?:gav|ger|ge)\s+(?<to>(?:\p{Ll}+s\s+)?\p{L}+(?:\s+\p{Lu}\p{Ll}+)?)\s+i\s+uppdrag"
        // Two given the task together: "ger ordföranden och vice ordföranden i uppdrag", "gav Anna Berg och Per Ek i uppdrag".
        + @"|(?:gav|ger|ge)\s+(?<to>(?:\p{Ll}+(?:en|et)|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+och\s+(?:vice\s+)?(?:\p{Ll}+(?:en|et)|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))\s+i\s+uppdrag"
        // "beslutar att be Folktandvården redovisa utfallet …": asked to do it.
        + @"|(?:be|ber|bad)\s+(?<to>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?|\p{Ll}+(?:en|et))\s+(?:att\s+)?(?:redovisa|återkomma|återrapportera|se över|" + ProductionInfinitives + @")\b"
        // "Rådet begär att förvaltningen redovisar åtgärdsplanen …": a body asked to do it.
        + @"|(?:begär|begärde)\s+att\s+(?<to>\p{Ll}+(?:en|et)|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+(?=(?:redovisar|återkommer|återrapporterar|ser över|tar fram|skickar|presenterar|utreder)\b)"
        + "|följs upp vid nästa|" + NextAgendaCues;

    /// <summary>
    /// A matter put on a later agenda: "tas upp som en egen punkt vid nästa möte", "läggs till på dagordningen",
    /// "bordläggs", "tas upp vid sammanträdet i maj". Always a matter of its own, never the time of the sentence before.
    /// </summary>
    public const string NextAgendaCues =
        "tas upp (?:som (?:en )?egen punkt )?(?:vid|på) nästa|lyfts (?:igen )?(?:vid|på) nästa|läggs till (?:på )?dagordningen|bordläggs|" + OwnItemAtNext
        // "Frågan tas upp vid sammanträdet i maj", "… tas upp igen vid sammanträdet den 3 november": a later meeting named.
        + @"|tas upp (?:igen )?(?:vid|på) (?:\p{Ll}+s\s+)?(?:mötet|sammanträdet) (?:i (?:" + MonthNames + @")|den \d{1,2})"
        // "Punkten om tandvårdsstöd flyttas till rådets möte i juni": a matter moved to a later meeting.
        + @"|flyttas till (?:\p{Ll}+s\s+)?(?:nästa\s+(?:möte|sammanträde)|(?:möte|mötet|sammanträdet) (?:i (?:" + MonthNames + @")|den \d{1,2}))";

    /// <summary>
    /// A matter made an item of its own at the next meeting, whatever the verb: "förs upp som en egen punkt på
    /// dagordningen till nästa möte", "blir en egen punkt vid nästa träff", "behandlas som ett eget ärende vid nästa
    /// sammanträde", "blir en egen punkt nästa gång", "ska vara en informationspunkt vid nästa sammanträde"; or at a later meeting the minutes name: "tas upp som egen punkt på
    /// mötet i september", "… vid rådets möte den 20 oktober".
    /// </summary>
    public const string OwnItemAtNext =
        @"(?:som\s+)?(?:(?:en|ett)\s+)?(?:eg(?:en|et)\s+(?:punkt|ärende)|" + KindedItems + @")\b[^.]{0,40}?\b(?:(?:vid|till|på)\s+nästa|nästa\s+gång"
        + @"|(?:vid|till|på)\s+(?:\p{Ll}+s\s+)?(?:mötet|möte|sammanträdet|sammanträde)\s+(?:i\s+(?:" + MonthNames + @")|den\s+\d{1,2}))";

    /// <summary>An item of a kind on a later agenda: "ska vara en informationspunkt vid nästa sammanträde".</summary>
    public const string KindedItems = "informationspunkt|diskussionspunkt|beslutspunkt";

    /// <summary>
    /// Those a service is for, who are told of in the minutes and take on no task there: "Resenärerna bokar …".
    /// </summary>
    public const string ServiceUsers =
        "resenärerna|patienterna|brukarna|invånarna|kunderna|besökarna|användarna|medborgarna|de anhöriga|anhöriga|de boende|de äldre|eleverna";

    /// <summary>One of those a service is for: "brukaren ska kontaktas" says how the service works, not who does what.</summary>
    public const string ServiceUser = "brukaren|patienten|kunden|resenären|den enskilde|den enskilda|den boende|den äldre";

    /// <summary>A softer cue, a commitment only in a reply or with a deadline: "ses över", "undersöks", "följs upp".</summary>
    public const string SoftCommitments = "ses över|ser över|undersöks|undersöker|följs upp|följer upp|ska följas upp|utreds|utreder|tittar på|ska se över|ser till att|kollar upp|kollar om|kollar med";

    /// <summary>What a named actor does by a time to come: "Jakob Lindman skickar … senast i juni".</summary>
    public const string DeadlineVerbs = "anmäler|skickar|sänder|mejlar|mailar|presenterar|redovisar|tar fram|lämnar|återkopplar|skriver|slutför|färdigställer|justerar|reviderar|uppdaterar|föreslår(?! att)";

    /// <summary>What an actor "ska" do as a plain promise: "Förvaltningen ska ta fram …".</summary>
    public const string PromisedInfinitives = "ta fram|återkomma|undersöka|utreda|skicka|sända|sammanställa|se över|följa upp|införa";

    /// <summary>What a reported actor is said to do: "… att förvaltningen ska följa upp / undersöker …".</summary>
    public const string ReportedPromises =
        @"ska följa upp|ska se över|ska undersöka|ska utreda|ska återkomma|ska \p{Ll}+|undersöker|ser över|följer upp|utreder";

    /// <summary>A verb of telling, or a numbered point, before the clause that reports a promise.</summary>
    public const string ReportingVerbs = @"berättar|informerar|svarar|säger|meddelar|förklarar|lovar|beslutar|beslöt|\d\.";

    /// <summary>
    /// What a decision says: "godkänns", "fastställs", "beslutade", "läggs till handlingarna", "noterar informationen",
    /// "gav X i uppdrag".
    /// </summary>
    public const string DecisionVerbs =
        "godkänns|godkändes|godkänna|godkänner|fastställs|fastställdes|fastställer|beslutar|beslutade|beslöt|antogs|antas"
        + @"|läggs (?:\p{L}+ )?till handlingarna|lades (?:\p{L}+ )?till handlingarna|bifalls|avslås"
        + @"|noteras till protokollet|noterar (?:\p{L}+ )?till protokollet|noterar informationen"
        + @"|(?:gav|ger|ge)\s+\p{L}+(?:\s+\p{L}+){0,4}?\s+i\s+uppdrag|fick i uppdrag|gavs i uppdrag";

    /// <summary>A verb that opens a decision whose att-clauses follow: "Kommunala pensionärsrådet beslutar" over "att …".</summary>
    public const string OpeningDecisionVerbs = "beslutar|beslutade|beslöt|föreslår";

    /// <summary>The caption of a column of names in a table of attendees: "Namn    Organisation".</summary>
    public const string NameCaption = "Namn";

    /// <summary>Telling the meeting about something, which makes a decision in the sentence news, not a decision.</summary>
    public const string InformingVerbs = "informerar|berättar|redogör|meddelar|rapporterar|presenterar|beskriver";

    /// <summary>A task an actor takes on, in the present tense: "Karin Lund tar fram en checklista".</summary>
    public const string TaskVerbs =
        "tar " + Too + "fram|tar reda på|sammanställer|skickar|sänder|mejlar|mailar|bjuder " + Too + "in|ordnar|anordnar|bokar|kontaktar"
        + @"|lyfter(?!\s+(?:att|om|hur|vad)\b)" // "lyfter att …" tells, "lyfter frågan" does
        + "|ansvarar för att|meddelar|återkopplar|uppdaterar|förbereder|reviderar|stämmer av|lägger " + Too + "(?:ut|in|upp)"
        + "|tar " + Too + @"upp(?!\s+(?:att|om|hur|vad)\b)"; // "tar upp att …" tells, "tar upp frågan" does

    /// <summary>
    /// "Annika tar också upp …", "Hälsocentralerna tar tillsammans fram …", "Tobias Hed tar till våren fram …": an adverb
    /// or a time between a verb and its particle.
    /// </summary>
    private const string Too = "(?:också |även |tillsammans |(?:till|under|före|inför) (?:" + Seasons + "|nästa möte) )?";

    /// <summary>The first word of a task verb, standing before its subject after a fronted phrase: "Till nästa möte tar Elin Sandberg fram …".</summary>
    public const string TaskVerbFirstWords =
        "tar|sammanställer|skickar|sänder|mejlar|mailar|bjuder|reviderar|stämmer|lägger|ordnar|anordnar|bokar|kontaktar|lyfter|ansvarar|meddelar|återkopplar|uppdaterar|förbereder|redovisar|presenterar|återkommer"
        + "|" + EventVerbs;

    /// <summary>What tells the meeting something rather than does a task; a commitment only with a time to come.</summary>
    public const string NarratingVerbs = "redovisar|presenterar|går igenom";

    /// <summary>Holding an event, a task only on a day to come: "I Kallhäll håller Gunilla Rehn en träff den 19 november".</summary>
    public const string EventVerbs = "håller|arrangerar|genomför";

    /// <summary>The verbs that make a task only with a time to come: telling, and holding an event.</summary>
    public const string TimedVerbs = NarratingVerbs + "|" + EventVerbs;

    /// <summary>
    /// A present tense that states, judges or plans rather than does: "Förvaltningen har …", "Regionen bedömer …";
    /// and a body's course of business: "Nämnden fattar beslut … den 10 december", "Rådet sammanträder …". Not a task
    /// even with a date in the sentence.
    /// </summary>
    public const string PresentStates =
        "är|har|finns|gäller|blir|startar|börjar|pågår|löper|ligger|står|får|kan|bedömer|anser|menar|tycker|konstaterar|noterar|planerar|föreslår|tackar|välkomnar"
        + "|fattar|beslutar|behandlar|sammanträder|möts|träffas";

    /// <summary>
    /// The administration and bodies that act on their own in the minutes, as the sentence's subject, also inside a
    /// compound ("stadsdelsförvaltningen", "Kanslisekreteraren"): "Förvaltningen kompletterar svaret senast …".
    /// </summary>
    public const string ActingBodies = "förvaltningen|regionen|nämnden|kommunen|staden|sjukhuset|vårdcentralen|sekretariatet|kansliet";

    /// <summary>Working with another: "Elin Strid skriver utkastet tillsammans med Per Ek", "ihop med", "i samarbete med".</summary>
    public const string TogetherWith = "tillsammans med|ihop med|i samarbete med";

    /// <summary>
    /// A passive that delivers something, a commitment with a time to come even without an actor: "Utfallet redovisas
    /// vid nästa möte", "Statistiken sammanställs till den 5 maj".
    /// </summary>
    public const string DeliveredPassives = "redovisas|presenteras|lämnas|överlämnas|sammanställs|tas fram|skickas|sänds|återkopplas";

    /// <summary>Producing something, as a body decides to: "Rådet beslutade att ta fram en skrivelse".</summary>
    public const string ProductionInfinitives =
        "ta fram|skriva|skicka|sända|bjuda in|ordna|anordna|sammanställa|utreda|undersöka|kontakta|uppvakta|genomföra|göra|skapa"
        + "|arbeta fram|utarbeta|utforma|formulera";

    /// <summary>Infinitives after "ska" that state a condition, not a task: "Sammanställningen ska vara klar".</summary>
    public const string StateInfinitives = "vara|ha|kunna|gälla|finnas|få|bli|behöva|gå";

    /// <summary>A phrase put first in the sentence, so the verb comes before its subject: "I Flemingsberg ordnar …", "Till nästa möte tar …".</summary>
    public const string FrontingPrepositions = "I|Till|Under|Inför|Vid|Efter|Senast|På|Före";

    /// <summary>An adverb put first, with the same inverted order: "Därefter sammanställer förvaltningen …".</summary>
    public const string FrontingAdverbs = "Därefter|Sedan|Först|Dessutom|Samtidigt|Slutligen|Också";

    /// <summary>The kinds of minutes, as words: "Minnesanteckningar från …", "PROTOKOLL", "Mötesanteckningar 2025-03-12".</summary>
    public static readonly string[] DocumentKinds = [.. KindNames.Split('|'), ExtractKind, "justerat", "utdrag"];

    /// <summary>Days of the week, as a date is written: "tisdagen den 18 november".</summary>
    public static readonly string[] Weekdays =
        [.. WeekdayStems.Split('|').Select(d => d + "dag"), .. WeekdayStems.Split('|').Select(d => d + "dagen")];

    /// <summary>Words of a page's furniture, not of its forum: "Sida 2 av 4", "Justerandes sign", "Utdragsbestyrkande".</summary>
    public static readonly string[] PageWords = ["sida", "av", "justerandes", "sign", "signatur", "utdragsbestyrkande", "datum", "dnr", "diarienummer"];

    /// <summary>An organisation named by a common noun, in lower case: "Anders Fahl (förvaltningen)". A title ("(enhetschef)") is not one.</summary>
    public static readonly string[] OrganisationNouns =
        ["förvaltningen", "regionen", "kommunen", "nämnden", "staden", "stadsdelsförvaltningen", "landstinget", "sjukhuset", "vårdcentralen"];

    /// <summary>The noun that makes a compound a unit of an organisation: "Koncernavdelning", "Enheten", "Utvecklingsstaben".</summary>
    public const string UnitNouns = "avdelning(?:en)?|enhet(?:en)?|kansli(?:et)?|sektion(?:en)?|stab(?:en)?|kontor(?:et)?|centrum";

    /// <summary>How the name of an issuing body ends or begins: "Hälso- och sjukvårdsförvaltningen", "Region Stockholm", "Nacka kommun", "Borås Stad".</summary>
    public static bool IsOrganisation(string name)
    {
        var t = name.Trim();
        return t.Length is > 3 and <= 60 && char.IsUpper(t[0])
               && (t.EndsWith("förvaltningen", StringComparison.Ordinal) || t.EndsWith("nämnden", StringComparison.Ordinal)
                   || t.EndsWith(" kommun", StringComparison.Ordinal) || t.EndsWith(" stad", StringComparison.Ordinal) || t.EndsWith(" Stad", StringComparison.Ordinal) || t.EndsWith(" stadsdelsförvaltning", StringComparison.Ordinal) || t.StartsWith("Region ", StringComparison.Ordinal)
                   || t.EndsWith("kontoret", StringComparison.Ordinal));
    }

    // ── Items, presenters, decisions, questions (heldout13d) ────────────────────────────────────────────────────

    /// <summary>A word printed before an item's number: "Punkt 3: Fallprevention", "Ärende 4  Frågor".</summary>
    public const string ItemWords = "Punkt|Ärende";

    /// <summary>
    /// The labels before an item's presenters, on the line under the heading: "Föredragande: NN", "Inledare: NN",
    /// "Medverkande: NN och NN, Org", "Dragning av NN" (the last without a colon).
    /// </summary>
    public const string PresenterLabels = @"Föredragande|Föredragare|Presentatör|Inledare|Dragning(?: av)?|Föredras av|Medverkande";

    /// <summary>The heading of the agenda printed before the minutes, which lists the items without being them.</summary>
    public const string AgendaListLabels = "Dagordning|Föredragningslista";

    /// <summary>
    /// Decision verbs the first list lacks: "Det beslutades att …" (impersonal: "Planen beslutades i nämnden" is news),
    /// "dagordningen kan fastställas"; agreement on what is to be done ("Gruppen var överens om att en genomgång ska
    /// göras"), not on a view ("… var överens om att det behövs bättre underlag").
    /// </summary>
    public const string MoreDecisionVerbs = @"var\s+(?:överens|eniga?)\s+om\s+att\s+[^.]{0,80}?\bska|" + "det beslutades att|fastställas|valdes att|utsågs att|valdes till|utsågs till|" + AgreedVerbs + @"|(?:\p{L}*(?:" + ForumNouns + @")|\b(?-i:AU|KPR|RPR|KFR|LSG|SVG|FHR))\s+(?:fastställde|godkände|antog|ställde sig bakom|ställer sig bakom)";

    /// <summary>
    /// The meeting's own body as its minutes name it, also in a compound ("Styrgruppen fastställde"), whose past tense is
    /// this meeting's decision ("Rådet fastställde mötestiderna", "Gruppen godkände foldern"), where another's is news ("Regionfullmäktige fastställde budgeten").
    /// </summary>
    public const string ForumNouns = "rådet|gruppen|mötet|nätverket|samrådet|beredningen|arbetsgruppen|samverkansgruppen|utskottet|forumet|kommittén";

    /// <summary>
    /// Asking, which makes what follows in the sentence a question put to the meeting, not a commitment: "Anita Kåhre
    /// frågar om handlingarna kan skickas ut en vecka före", "Flera undrar hur …".
    /// </summary>
    public const string AskingVerbs = "frågar|frågade|undrar|undrade";

    /// <summary>Answering for a task: "Malin Forsell ansvarar för sammanställningen", "… är ansvarig för utskicket", "… håller i arbetet".</summary>
    public const string ResponsibleVerbs = @"ansvarar\s+för|är\s+ansvarig\s+för|håller\s+i";

    /// <summary>A group settling something among itself: "Gruppen bestämde att göra en folder", "Rådet enades om att …".</summary>
    public const string AgreedVerbs = "bestämde|bestämmer|bestämdes|enades om|kom överens om";

    /// <summary>The one-letter labels of a question and its answer in terse minutes: "F: …?" / "S: …".</summary>
    public const string ShortQuestionLabel = "F";

    public const string ShortAnswerLabel = "S";

    // ── Actions (heldout13d) ───────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// Firm cues the first list lacks: reporting back ("… och rapporterar tillbaka till nästa möte"), a matter taken
    /// up again ("Frågan om … tas upp igen vid nästa möte", "… som rådet tar upp på nästa möte"), and the infinitive
    /// of giving a task after a decision verb ("Rådet beslöt att ge sekreteraren i uppdrag att …"), and people appointed
    /// to produce something ("Margareta Öst och Gun Bergius utses att skriva yttrandet"; not the adjusters, "utses att
    /// justera", nor a representative, "utses att företräda rådet").
    /// </summary>
    public const string MoreFirmCommitments =
        @"rapporterar tillbaka|tas upp igen vid nästa|tar upp (?:den |frågan |ärendet )?(?:igen )?på nästa"
        + @"|ge\s+(?<to>\p{L}+)\s+i\s+uppdrag"
        + @"|(?:utses|utsågs)\s+att\s+(?:" + ProductionInfinitives + ")";

    /// <summary>
    /// Task verbs the first list lacks: "Marie Ek förmedlar kontakten", "Ordföranden tar kontakt med …", "Birgit Holm
    /// samordnar svaret", "Elin Sandvik för in … på bevakningslistan".
    /// </summary>
    public const string MoreTaskVerbs = "påminner(?!\\s+om\\b)(?![^.]{0,40}?\\b(?:om\\s+)?att\\b)|vidarebefordrar|förmedlar|kontrollerar|sprider|tar kontakt|tar frågan|samordnar|sammankallar|för in|för upp|gör ett utkast|gör en sammanställning|skriver ett utkast|skriver ett förslag|rättar|felanmäler|ombesörjer|kallar till|skriver ett brev|skriver en skrivelse|skriver ett yttrande"
        // Views or a matter carried on to another body: "Ordföranden framför rådets synpunkter till nämnden", "… för frågan
        // vidare"; not what someone says ("X framför att …") or thanks ("framför ett tack till …").
        + @"|framför(?=\s(?!(?:att|allt|ett tack|sitt tack|tack)\b)[^.]{1,60}?\btill\s)|för (?:\p{Ll}+ )?vidare";

    /// <summary>The heading of an action table's task column the first list lacks: "Att göra | Vem | När".</summary>
    public const string MoreActionColumnHeadings = "Att göra|Åtaganden";

    /// <summary>The label an action is set off by, English loan and short form included: "Action: Mona skickar …", "Åtgärd: …", "ÅTG: …", "ATT GÖRA: …".</summary>
    public const string ActionLabels = @"Action|Åtgärd|Åtg\.?|Att göra|Att-göra";

    /// <summary>An arrow that marks a line as an action in informal notes: "-> Peter och Sofia går igenom …".</summary>
    public const string ActionArrows = "->|→|=>|⇒";

    /// <summary>
    /// The labels of an action's time: "Deadline: 10 mars", "Klart: nästa möte", "Klart till: maj", "Senast: 30/5",
    /// "Tidplan: v. 12", "Återrapport: till nästa möte" (when the one named reports back).
    /// </summary>
    public const string ActionTimeLabels = @"Deadline|Klart(?:\s+till)?|Senast|Tidplan|Återrapport(?:ering|eras)?|Redovisas|Rapporteras";

    /// <summary>A commission addressed by a label: "Uppdrag till sekretariatet: bjud in …".</summary>
    public const string CommissionLabels = "Uppdrag till|Uppdrag åt";

    /// <summary>The feast a due may be set by: "före midsommar" is in June (midsummer falls in late June).</summary>
    public const string Midsummer = "midsommar";

    // ── Header, attendees and schedule: conventions met in later minutes ──────────────────────────────────────

    /// <summary>
    /// More labels over who attended: "Deltagande organisationer" (organisation headings with names under them).
    /// Read before the older labels, so a longer label wins over one it begins with.
    /// </summary>
    public static readonly string[] MoreAttendeeLabels = ["Deltagande organisationer"];

    /// <summary>
    /// More header labels, read before the older ones: who chairs and who keeps notes, written out or shortened
    /// ("Mötesordförande:", "Ordf.:", "Antecknare:", "Anteckn.:"); the protokoll front sheet's "Plats och tid" (before
    /// "Plats") and the signature rows that end its attendee lists ("Utses att justera", "Justeringens plats",
    /// "Underskrifter", "Justerande").
    /// </summary>
    public static readonly string[] MoreFieldLabels =
    [
        "Mötesordförande", "Mötesledare", "Ordf.", "Antecknare", "Anteckn.", "Antecknat av", "Protokollförare", "Plats och tid",
        "Utses att justera", "Justeringens plats", "Underskrifter", "Justerande",
        // A series' running number ("Möte nr: 7/2027") ends the title above it.
        "Mötesnummer", "Möte nr", "Möte nummer",
    ];

    /// <summary>
    /// Labels shortened in informal notes, each read as the label it stands for and only before a colon, since the short
    /// forms are words of their own ("Var och en …"): "Närv: …", "Ej närv: …", "Var: Skärholmens vårdcentral", "När: tors 15 okt";
    /// "Anteckningar: Linn" is who kept them, where "Anteckningar" alone is the kind.
    /// </summary>
    public static readonly (string Short, string Label)[] ShortLabels =
        [("Ej närv.", "Ej närvarande"), ("Ej närv", "Ej närvarande"), ("Närv.", "Närvarande"), ("Närv", "Närvarande"), ("Var", "Plats"), ("När", "Datum"),
         ("Anteckningar", "Antecknare")];

    /// <summary>
    /// Other words for the day, time and place, read as the label they stand for: "Mötesdag:", "Sammanträdesdag",
    /// "Mötestid", "Klockan", "Mötesplats", "Mötesrum", "Möteslokal"; and for who attended.
    /// </summary>
    public static readonly (string Word, string Label)[] LabelSynonyms =
    [
        ("Sammanträdesdag", "Datum"), ("Mötesdag", "Datum"), ("Sammanträdestid", "Tid"), ("Mötestid", "Tid"), ("Tidpunkt", "Tid"), ("Klockan", "Tid"),
        ("Sammanträdesplats", "Plats"), ("Sammanträdeslokal", "Plats"), ("Mötesplats", "Plats"), ("Möteslokal", "Plats"), ("Mötesrum", "Plats"),
        // Who attended, in other words: a list ("Med på mötet") or a table with a column of presence ("Inbjudna och närvaro").
        ("Med på mötet", "Närvarande"), ("Med vid mötet", "Närvarande"), ("Inbjudna och närvaro", "Närvarande"), ("Närvarolista", "Närvarande"),
        ("Närvaro", "Närvarande"),
    ];

    /// <summary>How a chair is chosen at the meeting: "Eva Lind väljs till mötesordförande", "Till ordförande valdes …".</summary>
    public const string ElectedVerbs = "väljs|valdes|utses|utsågs";

    /// <summary>Leading the meeting, which makes the chair: "ledde mötet", "leder sammanträdet".</summary>
    public const string LedVerbs = "ledde|leder";

    /// <summary>The labels that name the chair: "Ordförande", "Mötesordförande", "Mötesledare", "Ordf.".</summary>
    public static readonly string[] ChairLabels = ["Ordförande", "Mötesordförande", "Mötesledare", "Ordf."];

    /// <summary>The labels that name who kept the notes: "Sekreterare", "Protokollförare", "Antecknare", "Antecknat av", "Anteckn.".</summary>
    public static readonly string[] NoteTakerLabels = ["Sekreterare", "Protokollförare", "Antecknare", "Antecknat av", "Anteckn."];

    /// <summary>The shortened labels that may open a second field on a line, after a gap: "Ordf.: Lina Ö   Anteckn.: Per D".</summary>
    public const string MoreInlineFieldLabels = @"Mötesordförande|Ordf\.|Antecknare|Anteckn\.";

    /// <summary>The labels that may open a second field after a gap without a colon: "Datum 2026-05-07   Tid kl. 9.30   Plats …".</summary>
    public const string BareInlineFieldLabels = "Tid|Plats|Lokal";

    /// <summary>A kind written as one compound with the meeting or what it holds: "SAMMANTRÄDESPROTOKOLL", "BESLUTSPROTOKOLL".</summary>
    public const string CompoundKinds = "SAMMANTRÄDESPROTOKOLL|MÖTESPROTOKOLL|BESLUTSPROTOKOLL";

    /// <summary>
    /// A kind phrase that opens a title heading, dropped from the title: "Anteckningar från samverkansrådet …",
    /// "Protokoll fört vid sammanträde med Beredningen …", "Minnesanteckningar från mötet med …".
    /// </summary>
    public const string KindPhrases =
        @"(?:mötesanteckningar|minnesanteckningar|anteckningar|protokoll)(?:\s+(?:(?:fört|förda)\s+vid\s+(?:sammanträde|möte)(?:t)?\s+med|från\s+(?:(?:sammanträdet|mötet)\s+(?:med|i)\s+)?)"
        // "Minnesanteckningar – Dialogmöte om äldreomsorgen …": the kind set off by a dash.
        + @"|\s*[–—-]\s+)";

    /// <summary>The words that announce future meeting dates in a heading or a line: "Mötesdatum hösten 2026:", "Sammanträdesdagar våren 2027:".</summary>
    public const string ScheduleWords = "mötesdatum|mötesdagar|mötestider|sammanträdesdatum|sammanträdesdagar|sammanträdestider";

    /// <summary>What a chair or secretary is reported to state about the next meeting: "Ordföranden konstaterade att nästa sammanträde …".</summary>
    public const string StatingVerbs = "konstaterade|konstaterar|meddelade|meddelar|informerade|informerar";
}
