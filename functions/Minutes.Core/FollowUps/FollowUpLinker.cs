using Minutes.Model;

namespace Minutes.FollowUps;

/// <summary>
/// Links a series' open action items to the items of a newly stored later meeting that report them back. For each
/// commitment the later meeting's best item is weighed on its subject (Swedish stems of title and text), on whether
/// the owner presents it, on the due date against the meeting date, and on report-back cues. Pure: no clock, no I/O.
/// </summary>
public static class FollowUpLinker
{
    /// <summary>At or above this confidence a follow-up counts as reported (a suggestion people confirm or reject).</summary>
    public const double ReportedThreshold = 0.4;

    private const double SubjectWeight = 0.6;
    private const double MarginWeight = 0.15;
    private const double TitleWeight = 0.1;
    private const double OwnerWeight = 0.1;
    private const double DueWeight = 0.1;
    private const double CueWeight = 0.1;
    private const double PendingWeight = -0.25;

    /// <summary>For each commitment made before <paramref name="later"/>, its best item there; commitments whose subject the meeting does not touch get none.</summary>
    public static IReadOnlyList<FollowUp> Link(IEnumerable<OpenCommitment> open, Meeting later)
    {
        var items = later.AgendaItems.Select(LaterItem.From).ToList();
        var weight = RarityWeights(items);
        return open.Where(c => c.MeetingId != later.Id && (c.MeetingDate is null || later.Date is null || c.MeetingDate < later.Date))
            .Select(c => Best(c, later, items, weight)).OfType<FollowUp>().ToList();
    }

    private static FollowUp? Best(OpenCommitment commitment, Meeting later, List<LaterItem> items, Func<string, double> weight)
    {
        var subject = Subject(commitment);
        if (subject.Count == 0 || items.Count == 0) return null;
        var coverage = items.Select(i => SubjectOverlap.Coverage(subject, i.Stems, weight)).ToList();
        var scored = items.Select((item, k) =>
        {
            var others = coverage.Where((_, j) => j != k).DefaultIfEmpty(0).Max();
            var excerpt = Excerpt.Of(item, subject);
            var signals = new FollowUpSignals(
                Subject: coverage[k],
                Title: SubjectOverlap.Coverage(subject, item.TitleStems, weight),
                Owner: OwnerMatch.Score(commitment.Owner, item.Item, later.Attendees),
                Due: DueFit.Score(commitment.Due, later.Date),
                Cue: ReportBackCue.In(excerpt) ? 1 : ReportBackCue.In($"{item.Item.Title}\n{item.Item.Body}") ? 0.5 : 0,
                Margin: Math.Max(0, coverage[k] - others),
                Pending: ReportBackCue.Pending(excerpt) ? 1 : 0);
            return (item, excerpt, signals, confidence: Confidence(signals));
        }).Where(x => x.signals.Subject > 0).ToList();
        if (scored.Count == 0) return null;
        var (best, text, s, c) = scored.MaxBy(x => x.confidence);
        return new FollowUp(commitment.ActionItemId, later.Id, later.Date, best.Item.Number, text, c, s);
    }

    /// <summary>The weighted sum of the signals, clamped to 0..1: the subject carries most of it, the rest only tips it.</summary>
    public static double Confidence(FollowUpSignals s) => Math.Round(Math.Clamp(
        SubjectWeight * s.Subject + MarginWeight * s.Margin + TitleWeight * s.Title + OwnerWeight * s.Owner + DueWeight * s.Due
        + CueWeight * s.Cue + PendingWeight * s.Pending, 0, 1), 3);

    // The commitment's content stems, without its owner's name.
    private static List<string> Subject(OpenCommitment c)
    {
        var owner = c.Owner is null ? [] : SwedishStems.Of(c.Owner).ToHashSet();
        return SwedishStems.Of(c.Text).Where(s => !owner.Contains(s)).Distinct().ToList();
    }

    // A stem found in few of the meeting's items tells more than one found in most: ln(1 + N / (1 + df)).
    private static Func<string, double> RarityWeights(List<LaterItem> items)
    {
        var df = items.SelectMany(i => i.Stems).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return s => Math.Log(1 + items.Count / (1.0 + df.GetValueOrDefault(s)));
    }
}
