using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A sentence in running text that gives the forum's coming meetings: "Rådets övriga möten med närsjukvården under året
/// är den 16 september och den 25 november.", "Höstens träffar blir den 3 september och den 5 november.", "Höstens
/// övriga möten: 19 oktober och 7 december". Its subject is
/// meetings in the plural, the forum's own (a genitive of a forum word, the year's or a season's, or none); another
/// body's ("Nämndens sammanträden är …") are not the minutes' series. So does a sentence after the next meeting's that
/// gives the one after it ("Därefter 25/11, samma tid."), and one on a season's meeting ("Höstens möte blir …").
/// </summary>
public static partial class ScheduleSentence
{
    /// <summary>What the sentence says after its verb, where the dates stand; null when it is no such sentence.</summary>
    public static string? Dates(string sentence) =>
        Sentence().Match(sentence) is { Success: true } m ? m.Groups["dates"].Value : null;

    /// <summary>"Därefter 25/11, samma tid.", "Därefter den 8 december.", "Därefter möts vi den 22 september och den 24 november.": after the next meeting, the one that follows; null otherwise.</summary>
    public static string? Thereafter(string sentence) =>
        ThereafterSentence().Match(sentence) is { Success: true } m ? m.Groups["dates"].Value : null;

    /// <summary>"Höstens gemensamma möte blir tisdag 19 oktober, samma tid.": a season's one meeting; null otherwise.</summary>
    public static string? SeasonsMeeting(string sentence) =>
        SeasonsMeetingSentence().Match(sentence) is { Success: true } m ? m.Groups["dates"].Value : null;

    [GeneratedRegex($@"^(?:{Vocabulary.SeasonsGenitive})\s+(?:\p{{Ll}}+[ae]\s+)?(?:möte|sammanträde|träff)\b[^.?!:]*?\b(?:{Verb})\b(?<dates>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SeasonsMeetingSentence();

    [GeneratedRegex(@"^(?:Därefter|Och därefter|Sedan|Mötet därefter)(?:\s+(?:blir|är|hålls|möts|träffas|ses))?(?:\s+(?:det|vi))?\s+(?<dates>(?:den\s+)?\d.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ThereafterSentence();

    private const string Owner = $@"(?:\p{{L}}*(?:{Vocabulary.ForumNouns})s|årets|{Vocabulary.SeasonsGenitive})";
    private const string Which = "övriga|kommande|resterande|återstående|följande|senare|andra";
    private const string Verb = @"är|blir|hålls|äger\s+rum|planeras\s+till";

    // The verb, or a colon: "Höstens övriga möten: 19 oktober och 7 december".
    [GeneratedRegex($@"^(?:{Owner}\s+)?(?:(?:{Which})\s+)?(?:{Vocabulary.MeetingPlurals})\b(?:[^.?!:]*?\b(?:{Verb})\b|\s*:)(?<dates>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Sentence();
}
