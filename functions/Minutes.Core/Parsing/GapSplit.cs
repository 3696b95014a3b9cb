using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Splits a line at the gaps (runs of two or more spaces) that the next few characters mark as a new field: the
/// linear form of a split on <c>\s{2,}(?=…)</c>, which backtracks over every space of a long run and so takes time
/// quadratic in the run.
/// </summary>
public static partial class GapSplit
{
    /// <summary>What follows a gap is tested on at most this many characters, so each gap costs a bounded amount.</summary>
    private const int Window = 64;

    public static IEnumerable<string> Before(string line, Regex startsField)
    {
        var from = 0;
        foreach (Match gap in Gap().Matches(line))
        {
            var after = gap.Index + gap.Length;
            if (after >= line.Length || !startsField.IsMatch(line.AsSpan(after, Math.Min(Window, line.Length - after)))) continue;
            yield return line[from..gap.Index];
            from = after;
        }
        yield return line[from..];
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Gap();
}
