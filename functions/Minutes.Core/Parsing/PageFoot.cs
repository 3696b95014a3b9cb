using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// The box for the adjusters' initials ("Justerandes signatur ……") stands at the foot of every page of a protokoll. The
/// page cleaner takes it out as a running foot when it reads the same on enough pages; a scan garbles it differently on
/// each, so one legible copy may be left among the lines. Where more pages follow it, it is that page's foot, not where
/// the items end.
/// </summary>
public static partial class PageFoot
{
    public static bool IsAdjustersBox(IReadOnlyList<SourceLine> lines, int i)
    {
        if (!AdjustersBox().IsMatch(lines[i].Text)) return false;
        // A scan may leave a line or two after it on the same page: a piece of the running head ("Sida"), or what it made of
        // the dotted line to sign on ("FRSPERITINEPFVOSTTFO: rien im …").
        var next = i + 1;
        var left = 0;
        while (next < lines.Count && lines[next].Page == lines[i].Page)
            if (!lines[next++].IsBlank && ++left > 2) return false;
        return next < lines.Count;
    }

    [GeneratedRegex($@"^{Vocabulary.AdjustersBox}", RegexOptions.IgnoreCase)]
    private static partial Regex AdjustersBox();
}
