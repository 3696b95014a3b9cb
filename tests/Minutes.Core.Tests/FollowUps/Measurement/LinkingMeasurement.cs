using Minutes.FollowUps;

namespace Minutes.Tests.FollowUps.Measurement;

/// <summary>
/// Precision and recall of the linker's suggestions over the labelled set. Each later meeting of a series is linked
/// against the commitments still open then (made at an earlier meeting, and not reported back at an earlier one: a
/// report people confirmed closes the item). A suggestion at or above the threshold is a true positive when it names
/// the labelled meeting and item, else a false positive; a labelled report without such a suggestion is a false negative.
/// </summary>
public static class LinkingMeasurement
{
    public static SeriesFigures Measure(LabelledSeries series, double threshold = FollowUpLinker.ReportedThreshold)
    {
        var tp = new List<string>(); var fp = new List<string>(); var found = new HashSet<string>();
        var best = new Dictionary<(string, string), FollowUp>();
        for (var k = 1; k < series.Meetings.Count; k++)
        {
            var (file, later) = series.Meetings[k];
            var open = series.Commitments.Where(c => string.CompareOrdinal(c.File, file) < 0
                && (c.ReportedInFile is null || string.CompareOrdinal(c.ReportedInFile, file) >= 0)).ToList();
            var links = FollowUpLinker.Link(open.Select(c => c.Commitment), later);
            foreach (var f in links) best[(f.ActionItemId, file)] = f;
            foreach (var f in links.Where(f => f.Confidence >= threshold))
            {
                var c = open.Single(c => c.Commitment.ActionItemId == f.ActionItemId);
                var line = $"{c.File} «{Short(c.Commitment.Text)}» → {file} item {f.AgendaItemNumber} ({f.Confidence:0.00}; {f.Signals})";
                var right = c.ReportedInFile == file && c.ReportedInItem == f.AgendaItemNumber;
                (right ? tp : fp).Add(line);
                if (right) found.Add(f.ActionItemId);
            }
        }
        var fn = series.Commitments.Where(c => c.ReportedInFile is not null && !found.Contains(c.Commitment.ActionItemId))
            .Select(c => $"{c.File} «{Short(c.Commitment.Text)}» ✗ {c.ReportedInFile} item {c.ReportedInItem}; linker: "
                + (best.GetValueOrDefault((c.Commitment.ActionItemId, c.ReportedInFile!)) is { } f
                    ? $"item {f.AgendaItemNumber} ({f.Confidence:0.00}; {f.Signals})" : "nothing")).ToList();
        return new SeriesFigures(series.Name, series.HeldOut, tp, fp, fn);
    }

    private static string Short(string text) => text.Length <= 70 ? text : text[..69] + "…";
}

public sealed record SeriesFigures(string Series, bool HeldOut, IReadOnlyList<string> TruePositives, IReadOnlyList<string> FalsePositives,
    IReadOnlyList<string> FalseNegatives)
{
    public int TP => TruePositives.Count;
    public int FP => FalsePositives.Count;
    public int FN => FalseNegatives.Count;
    public double Precision => TP + FP == 0 ? 1 : (double)TP / (TP + FP);
    public double Recall => TP + FN == 0 ? 1 : (double)TP / (TP + FN);

    public static SeriesFigures Sum(string name, IEnumerable<SeriesFigures> all)
    {
        var list = all.ToList();
        return new SeriesFigures(name, list.All(s => s.HeldOut), [.. list.SelectMany(s => s.TruePositives)],
            [.. list.SelectMany(s => s.FalsePositives)], [.. list.SelectMany(s => s.FalseNegatives)]);
    }
}
