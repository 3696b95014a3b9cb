namespace Minutes.FollowUps;

/// <summary>
/// How much of a commitment's subject a later text covers: each of the commitment's stems counts by its weight (rarer
/// among the meeting's items weighs more), fully when the text has the stem, partly when one stem is the head or tail
/// of a compound the other stands in ("hjälpmedel" in "hjälpmedelsavgift", "akut" in "akutmottagning"), less when
/// the two only begin alike, as derivations and compounds of one word do ("vaccinera", "vaccinationstäckning";
/// "videomöte", "videobesök").
/// </summary>
public static class SubjectOverlap
{
    private const int MinCompoundPart = 4;
    private const double CompoundMatch = 0.6;
    private const int MinCommonStart = 5;
    private const double CommonStartMatch = 0.4;

    public static double Coverage(IReadOnlyCollection<string> subject, IReadOnlySet<string> text, Func<string, double> weight)
    {
        var total = subject.Sum(weight);
        return total == 0 ? 0 : subject.Sum(s => weight(s) * Match(s, text)) / total;
    }

    public static double Match(string stem, IReadOnlySet<string> text)
    {
        if (text.Contains(stem)) return 1;
        if (text.Any(t => PartOf(stem, t) || PartOf(t, stem))) return CompoundMatch;
        return text.Any(t => CommonStart(stem, t) >= MinCommonStart) ? CommonStartMatch : 0;
    }

    private static int CommonStart(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    private static bool PartOf(string part, string whole) =>
        part.Length >= MinCompoundPart && whole.Length > part.Length
        && (whole.StartsWith(part, StringComparison.Ordinal) || whole.EndsWith(part, StringComparison.Ordinal));
}
