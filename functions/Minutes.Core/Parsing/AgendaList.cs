using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// The agenda printed before the minutes: a "Dagordning" line over a run of numbered lines with no text between them
/// ("1. Inledning" / "2. Föregående anteckningar" / "   4.1 Palliativ rådgivning"). It lists the items; the minutes'
/// own headings, further on, are the items. Only when headings follow the list is it an agenda, not the items
/// themselves set without text.
/// </summary>
public static partial class AgendaList
{
    /// <returns>The line after the agenda list, or 0 when the document prints none.</returns>
    public static int End(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Label().IsMatch(lines[i].Text)) continue;
            var j = i + 1;
            while (j < lines.Count && lines[j].IsBlank) j++;
            var numbered = 0;
            for (; j < lines.Count && !lines[j].IsBlank && NumberedLine().IsMatch(lines[j].Text); j++) numbered++;
            if (numbered >= 2 && ItemHeading.FindAll(lines, j).Count >= 2) return j;
        }
        return 0;
    }

    [GeneratedRegex($@"^(?:{Vocabulary.AgendaListLabels})\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,2})?[.:)]?\s+\S")]
    private static partial Regex NumberedLine();
}
