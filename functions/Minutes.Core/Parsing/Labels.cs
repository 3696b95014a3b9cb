using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// The label column of a minutes header: "Datum    Torsdagen den 12 juni 2025", "Plats: Järntorget". A label
/// stands first on its line, followed by a colon or a gap of several spaces (the layout's column), or alone.
/// </summary>
public static partial class Labels
{
    // The first label a line starts with is taken, so one that begins another comes after it.
    // The later labels come first: "Plats och tid" must win over "Plats".
    public static readonly string[] Known =
        [.. Vocabulary.LabelSynonyms.Select(s => s.Word), .. Vocabulary.MoreAttendeeLabels, .. Vocabulary.MoreFieldLabels, .. Vocabulary.AttendeeLabels, .. Vocabulary.FieldLabels];

    private static readonly string[] KnownUndotted = [.. Known.Select(WithoutDots)];

    public static (string Label, string Value)? Match(string line)
    {
        foreach (var (shortLabel, label) in Vocabulary.ShortLabels)
            if (line.StartsWith(shortLabel, StringComparison.Ordinal) && line.AsSpan(shortLabel.Length).TrimStart(' ') is [':', .. var value])
                return (label, value.Trim().ToString());
        // A scan may drop the dots of a letter ("Ovriga deltagare"): the label is still read, under its own spelling. The
        // folding keeps every letter in its place, so the label's length is the same in both.
        var undotted = WithoutDots(line);
        for (var k = 0; k < Known.Length; k++)
        {
            var label = Known[k];
            if (!line.StartsWith(label, StringComparison.OrdinalIgnoreCase) && !undotted.StartsWith(KnownUndotted[k], StringComparison.OrdinalIgnoreCase)) continue;
            var rest = line[label.Length..];
            if (rest.Length == 0) return (Canonical(label), "");
            var m = Separator().Match(rest);
            if (!m.Success) continue;
            var value = rest[m.Length..].Trim();
            // "LOKAL SAMVERKANSGRUPP ÄLDRE": a label word opening a heading in capitals is part of the heading.
            if (m.Value.Trim().Length == 0 && CapitalsHeading(line)) continue;
            // "Lokal samverkansgrupp (LSG) Södertälje": a label word opening a phrase in lower case, one space on, is a
            // title; a value in lower case has a date or time in it ("Datum tisdagen den 12 juni"). An attendee label goes on
            // in lower case, too ("Närvarande från förvaltningen").
            if (m.Value == " " && !IsAttendeeLabel(label) && value.Length > 0 && char.IsLower(value[0]) && !value.Any(char.IsDigit)) continue;
            return (Canonical(label), value);
        }
        return null;
    }

    private static string WithoutDots(string text) =>
        text.Replace('Å', 'A').Replace('Ä', 'A').Replace('Ö', 'O').Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o');

    private static string Canonical(string label) => Vocabulary.LabelSynonyms.FirstOrDefault(s => s.Word == label).Label ?? label;

    /// <summary>A label that may stand anywhere in the letterhead, so it neither ends a title nor opens the fields.</summary>
    public static bool IsMinor(string label) => label is "Diarienummer" or "Paragrafer";

    public static bool IsAttendeeLabel(string label) => Vocabulary.AttendeeLabels.Contains(label) || Vocabulary.MoreAttendeeLabels.Contains(label);

    private static bool CapitalsHeading(string line) => line.Count(char.IsLetter) >= 8 && line.Where(char.IsLetter).All(char.IsUpper);

    // "Frånvarande/Anmält förhinder:": two labels for one field, the second after a slash.
    [GeneratedRegex(@"^(/\p{L}[\p{L} ]{0,30}:\s*|\s*:\s*|\s+)")]
    private static partial Regex Separator();
}
