using Minutes.Parsing;

namespace Minutes.FollowUps;

/// <summary>The Swedish words the follow-up linker reads; rules refer to these lists and never repeat them.</summary>
public static class FollowUpWords
{
    /// <summary>Phrases with which a later item says it reports back on something promised.</summary>
    public static readonly string[] ReportBackCues =
    [
        "återrapporterar", "återrapportering", "återrapporteras", "redovisar", "redovisas", "informerar om",
        "som utlovades", "som utlovat", "som utlovats", "utlovade", "som lovades", "som lovats", "enligt löfte",
        "återkommer till", "återkommer nu", "uppföljning av", "som efterfrågades", "efterfrågade",
        "från förra mötet", "från föregående möte", "vid förra mötet", "vid föregående möte", "förra sammanträdet",
        "föregående sammanträde", "som rådet bad om", "svar på frågan",
    ];

    /// <summary>Phrases with which a later item says that what was promised has not come yet: a reminder, not a report.</summary>
    public static readonly string[] PendingCues =
    [
        "ännu inte", "ännu inget", "ännu ingen", "inte klart", "inte kommit", "inget besked", "påminner om",
        "väntar fortfarande på", "fortfarande inte", "skjuts upp", "senare möte",
    ];

    /// <summary>
    /// Words that say how or when something is promised or reported rather than what it is about: they are left out
    /// of the subject on both sides.
    /// </summary>
    public static readonly string[] Procedural =
    [
        "förvaltningen", "förvaltning", "förvaltningens", "regionen", "rådet", "rådets", "ledamöterna", "ledamöter",
        "återkommer", "återkomma", "återkom", "återrapportera", "återrapporterar", "redovisa", "redovisar", "redovisning",
        "informera", "informerar", "information", "informationen", "ska", "skall", "kommer", "mötet", "möte", "nästa",
        "förra", "föregående", "sammanträdet", "sammanträde", "senast", .. Vocabulary.Seasons.Split('|'), "vintern",
        .. Vocabulary.Months, "fråga", "frågan", "frågor", "svar", "ta", "tar", "fram", "med", "sig", "följer", "följs", "upp",
        "uppföljning", "ser", "över", "ses", "undersöker", "undersöks", "utreder", "utreds", "noterar", "tackar", "bad",
        "ber", "ombeds", "uppdrag", "uppdras", "lovar", "lovade", "utlovade", "utlovat", "redogör", "redogörelse",
        "berättar", "presenterar", "presentation", "punkt", "punkten", "ärendet", "mer", "också", "även", "nu", "kring",
        "gäller", "både", "del", "dels", "hur", "vilka", "vad", "läget", "lägesrapport", "rapport", "sänds", "skickas",
        "ut", "efter", "inför", "per", "får", "fick", "finns", "ny", "nya", "aktuellt", "övriga",
    ];
}
