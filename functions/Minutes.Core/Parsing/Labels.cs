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
            if (m.Success) return (label, rest[m.Length..].Trim());
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
