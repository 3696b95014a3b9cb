using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Person names in running text: "Talla Alkurdi (S), ordförande …" → "Talla Alkurdi". A name is two to four words
/// that each start with a capital letter (hyphenated and particle forms allowed), before any title or party tag.
/// </summary>
public static partial class Names
{
    /// <summary>The name at the start of a phrase, without party tag or title; null when it does not start with one.</summary>
    public static string? Leading(string phrase)
    {
        var m = NameAtStart().Match(Party().Replace(phrase.Trim(), ""));
        if (!m.Success) return null;
        var name = m.Groups[1].Value.Trim();
        var words = name.Split(' ');
        return words.Length is >= 2 and <= 4 && !words.Any(w => NotNames.Contains(w) || BodyWord().IsMatch(w)) ? name : null;
    }

    /// <summary>A name as printed, with party tag and trailing punctuation removed.</summary>
    public static string? Clean(string phrase)
    {
        var t = Party().Replace(phrase, "").Trim().TrimEnd('.', ',', ';', ':').Trim();
        return t.Length == 0 ? null : t;
    }

    /// <summary>Splits "A, B och C" into its parts.</summary>
    public static IEnumerable<string> ListParts(string text) =>
        Separators().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0);

    // Capitalised words that begin sentences or name bodies, not people.
    private static readonly HashSet<string> NotNames =
    [
        "Förvaltningen", "Regionen", "Region", "Rådet", "Projektet", "Nämnden", "Hälso-", "Vi", "Det", "Den", "De", "Inom",
        "Aktuellt", "Fråga", "Svar", "Inspel", "Stockholm", "Styrning", "Samverkan", "Information", "Status", "Mötesanteckningar",
        "Övriga", "Inledning", "Beslut", "Bilaga", "Vid", "Nästa", "Sjukvården", "Enligt", "Efter", "Under", "Med", "Från", "För",
        "Seniorerna", "Pensionärerna",
    ];

    [GeneratedRegex(@"^((?:\p{Lu}[\p{Ll}'´]+(?:-\p{Lu}?[\p{Ll}]+)?)(?:\s+(?:(?:af|av|von|van|de|di|la)\s+)?\p{Lu}[\p{Ll}'´]+(?:-\p{Lu}?[\p{Ll}]+)?){1,3})(?=$|[\s,.;:(])")]
    private static partial Regex NameAtStart();

    // "Reumatikerförbundet Kronoberg", "Demensföreningen Solby", "Skaraborgs Sjukhus", "Primärvården Skåne",
    // "Hälsocentralen Hudiksvall", "Minnesmottagningen Mora": a body's word, no person's.
    [GeneratedRegex(@"\p{Ll}(?:förbundet|föreningen|organisationen|förvaltningen|nämnden|vården|centralen|mottagningen|kliniken|regionen)$|^(?:Sjukhus|Sjukhuset|Lasarett|Lasarettet|Vårdcentral|Hälsocentral)$")]
    private static partial Regex BodyWord();

    [GeneratedRegex($@"\s*\((?:{Vocabulary.Parties}|-)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Party();

    // A run of spaces is tried from its first space only, so a long run costs linear time.
    // Not after a word cut with a hyphen: "Hälso- och sjukvårdsförvaltningen" is one name. Not a comma inside
    // parentheses: "Eva Lund (stadsdelsförvaltningen, ordf.)" is one part.
    [GeneratedRegex(@",(?![^()]*\))|;|(?<![\s-])\s+(?:och|samt)\s+")]
    private static partial Regex Separators();
}
