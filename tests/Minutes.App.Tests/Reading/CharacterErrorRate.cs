using System.Text;
using System.Text.RegularExpressions;

namespace Minutes.Tests.Reading;

/// <summary>
/// Character error rate of a read text against its source, normalised as tools/wer.py does: NFC, bullets and soft
/// hyphens dropped, hyphenation joined, the renderer's page headers/footers ignored, whitespace collapsed.
/// </summary>
internal static partial class CharacterErrorRate
{
    public static double Of(string source, string read)
    {
        var (a, b) = (Normalise(source), Normalise(read));
        return (double)Levenshtein(a, b) / Math.Max(1, a.Length);
    }

    public static string Normalise(string text)
    {
        text = text.Normalize(NormalizationForm.FormC).Replace("\u00AD", "").Replace('\uF0B7', ' ').Replace('•', ' ').Replace('\f', '\n');
        text = Hyphenated().Replace(text, "");
        var kept = text.Split('\n').Where(l => !PageOfPages().IsMatch(l) && !RunningHead().IsMatch(l));
        return Whitespace().Replace(string.Join("\n", kept), " ").Trim();
    }

    /// <summary>Edit distance in a diagonal band that doubles until it holds the answer: O(n·d), not O(n·m).</summary>
    private static int Levenshtein(string a, string b)
    {
        for (var band = Math.Max(64, Math.Abs(a.Length - b.Length) + 1); ; band *= 2)
        {
            var d = Banded(a, b, band);
            if (d <= band) return d;
        }
    }

    private static int Banded(string a, string b, int band)
    {
        const int far = int.MaxValue / 2;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j <= band ? j : far;
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - band);
            var to = Math.Min(b.Length, i + band);
            current[0] = i <= band ? i : far;
            if (from > 1) current[from - 1] = far;
            for (var j = from; j <= to; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            if (to < b.Length) current[to + 1] = far;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"-\s*\n\s*(?=[a-zåäö])")]
    private static partial Regex Hyphenated();

    [GeneratedRegex(@"^\s*\d+\s*\(\d+\)\s*$")]
    private static partial Regex PageOfPages();

    [GeneratedRegex(@"^\s*(MÖTESANTECKNINGAR|PROTOKOLL)\b.*\d{4}.*$")]
    private static partial Regex RunningHead();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
