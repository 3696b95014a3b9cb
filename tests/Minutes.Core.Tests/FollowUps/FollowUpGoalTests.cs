using Minutes.FollowUps;
using Minutes.Tests.FollowUps.Measurement;

namespace Minutes.Tests.FollowUps;

/// <summary>Issue 15's goal on the labelled set in samples/followups: suggestions at precision ≥ 0.90 and recall ≥ 0.70.</summary>
public sealed class FollowUpGoalTests
{
    private static readonly IReadOnlyList<LabelledSeries> Set = LabelledSeries.LoadAll(Path.Combine("samples", "followups"));

    [Fact]
    public void The_set_has_at_least_three_series_of_three_meetings()
    {
        Assert.True(Set.Count >= 3);
        Assert.All(Set, s => Assert.True(s.Meetings.Count >= 3, s.Name));
        Assert.Contains(Set, s => s.HeldOut);
    }

    [Fact]
    public void Every_extracted_commitment_has_exactly_one_label_and_every_label_an_extracted_commitment()
    {
        Assert.Empty(Set.SelectMany(s => s.Unlabelled.Select(u => $"{s.Name}/{u}")));
        Assert.Empty(Set.SelectMany(s => s.Unmatched.Select(u => $"{s.Name}/{u}")));
    }

    [Fact]
    public void Suggestions_reach_precision_090_at_recall_070()
    {
        var total = SeriesFigures.Sum("total", Set.Select(s => LinkingMeasurement.Measure(s)));

        Assert.True(total.Precision >= 0.90, $"precision {total.Precision:0.00} at threshold {FollowUpLinker.ReportedThreshold}: {string.Join("; ", total.FalsePositives)}");
        Assert.True(total.Recall >= 0.70, $"recall {total.Recall:0.00} at threshold {FollowUpLinker.ReportedThreshold}: {string.Join("; ", total.FalseNegatives)}");
    }
}
