using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// The protokoll front sheet's "Plats och tid": the place first, the time last ("Kommunhuset, sal Mälaren,
/// Tappströmsvägen 2, 178 80 Ekerö, kl. 14.00 - 16.15"). The place is what stands before the time.
/// </summary>
public static partial class PlaceAndTime
{
    public static string? Place(string? value)
    {
        if (value is null) return null;
        // "kl. 09.00–12.00 (ajournering 10.15–10.35)": a note in parentheses after the time is no part of the place.
        value = NoteAtEnd().Replace(value, "");
        // The last time with nothing after it; the pattern's spaces are bounded, so it runs in linear time.
        var times = Time().Matches(value);
        var last = times.Count > 0 && value[(times[^1].Index + times[^1].Length)..].Trim().Length == 0 ? times[^1] : null;
        // "…, sammanträdesrum Alnö, kl. 09.00–11.50" over "Ajournering kl. 10.20–10.35": the meeting's own time comes first,
        // a break after it.
        if (times.Count > 1 && times[0].Index > 0 && times[0].Value.StartsWith("kl", StringComparison.OrdinalIgnoreCase) && value[..times[0].Index].TrimEnd().EndsWith(','))
            last = times[0];
        var place = (last is null ? value : value[..last.Index]).Trim().TrimEnd(',', ' ');
        // "…, sammanträdesrum Tjurkö, tisdagen den 16 februari 2027 kl. 09.30–12.00": the day before the time is no place.
        place = DayAtEnd().Replace(place, "").TrimEnd(',', ' ');
        return place.Length == 0 ? null : place;
    }

    [GeneratedRegex($@",?\s{{0,3}}(?:{Vocabulary.Weekday}\s{{1,3}})?(?:den\s{{1,3}})?(?:\d{{1,2}}\s{{1,3}}(?:{Vocabulary.MonthNames})\s{{1,3}}20\d{{2}}|20\d{{2}}-\d{{2}}-\d{{2}})$", RegexOptions.IgnoreCase)]
    private static partial Regex DayAtEnd();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex NoteAtEnd();

    [GeneratedRegex(@"(?:\b(?:kl\.?|klockan)\s{0,3})?\b\d{1,2}[.:]\d{2}(?:\s{0,3}[-–]\s{0,3}\d{1,2}[.:]\d{2})?", RegexOptions.IgnoreCase)]
    private static partial Regex Time();
}
