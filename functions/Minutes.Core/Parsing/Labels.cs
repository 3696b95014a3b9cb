using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// The label column of a minutes header: "Datum    Torsdagen den 12 juni 2025", "Plats: Järntorget". A label
/// stands first on its line, followed by a colon or a gap of several spaces (the layout's column), or alone.
/// </summary>
public static partial class Labels
{
    public static readonly string[] Known =
    [
        "Närvarande ledamöter", "Närvarande tjänstemän", "Närvarande tjänstepersoner", "Övriga närvarande", "Övriga deltagare",
        "Beslutande ledamöter", "Beslutande", "Övriga deltagande", "Närvarande", "Deltagare", "Ledamöter", "Tjänstepersoner", "Tjänstemän", "Tjänstgörande ersättare", "Ersättare",
        "Frånvarande", "Förhinder", "Anmält förhinder", "Anmälda förhinder", "Ej närvarande", "Tid och plats", "Datum", "Tid",
        "Plats", "Lokal", "Ordförande", "Sekreterare", "Justerare", "Justeras", "Mötesdatum", "Sammanträdesdatum", "Dag och tid",
        "Diarienummer", "Paragrafer",
    ];

    public static (string Label, string Value)? Match(string line)
    {
        foreach (var label in Known)
        {
            if (!line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = line[label.Length..];
            if (rest.Length == 0) return (label, "");
            var m = Separator().Match(rest);
            if (!m.Success) continue;
            var value = rest[m.Length..].Trim();
            // "Lokal samverkansgrupp (LSG) Södertälje": a label word opening a phrase in lower case, one space on, is a
            // title; a value in lower case has a date or time in it ("Datum tisdagen den 12 juni"). An attendee label goes on
            // in lower case, too ("Närvarande från förvaltningen").
            if (m.Value == " " && !IsAttendeeLabel(label) && value.Length > 0 && char.IsLower(value[0]) && !value.Any(char.IsDigit)) continue;
            return (label, value);
        }
        return null;
    }

    /// <summary>A label that may stand anywhere in the letterhead, so it neither ends a title nor opens the fields.</summary>
    public static bool IsMinor(string label) => label is "Diarienummer" or "Paragrafer";

    public static bool IsAttendeeLabel(string label) => label is "Närvarande ledamöter" or "Närvarande tjänstemän"
        or "Närvarande tjänstepersoner" or "Övriga närvarande" or "Övriga deltagare" or "Närvarande" or "Deltagare" or "Ledamöter"
        or "Beslutande ledamöter" or "Beslutande" or "Övriga deltagande"
        or "Tjänstepersoner" or "Tjänstemän" or "Tjänstgörande ersättare" or "Ersättare";

    [GeneratedRegex(@"^(\s*:\s*|\s+)")]
    private static partial Regex Separator();
}
