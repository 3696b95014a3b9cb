using System.Globalization;
using Minutes.FollowUps;
using Minutes.Tests.FollowUps.Measurement;

// Usage: FollowUps [samples/followups folder] [--verbose] [--threshold X] [--sweep]
//        FollowUps --stems TEXT   (the stems the linker compares, for looking into a miss)
if (args.Length == 2 && args[0] == "--stems")
{
    Console.WriteLine(string.Join(" ", SwedishStems.Of(args[1])));
    return;
}
var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !double.TryParse(a, CultureInfo.InvariantCulture, out _))
    ?? Path.Combine("tests", "samples", "followups");
var verbose = args.Contains("--verbose");
var at = Array.IndexOf(args, "--threshold");
var threshold = at >= 0 ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : FollowUpLinker.ReportedThreshold;
var series = LabelledSeries.LoadAll(folder);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.00}"));
Console.WriteLine($"{"series",-28} {"commitments",11} {"reported",8} {"misses",6} {"TP",3} {"FP",3} {"FN",3} {"precision",9} {"recall",6}");
var figures = series.Select(s => (s, f: LinkingMeasurement.Measure(s, threshold))).ToList();
foreach (var (s, f) in figures)
{
    Print(s.Name + (s.HeldOut ? " (held out)" : ""), s.Commitments.Count, s.Commitments.Count(c => c.ReportedInFile is not null), s.ParserMisses, f);
    foreach (var problem in s.Unlabelled.Select(u => $"  unlabelled: {u}").Concat(s.Unmatched.Select(u => $"  label matches no extracted action: {u}")))
        Console.WriteLine(problem);
    if (!verbose) continue;
    foreach (var c in s.Commitments)
        Console.WriteLine($"  commitment {c.File} item {c.Commitment.AgendaItemNumber} owner {c.Commitment.Owner ?? "-"} due {c.Commitment.Due ?? "-"} → "
            + (c.ReportedInFile is null ? "none" : $"{c.ReportedInFile} item {c.ReportedInItem}") + $": {c.Commitment.Text}");
    foreach (var line in f.TruePositives) Console.WriteLine($"  TP {line}");
    foreach (var line in f.FalsePositives) Console.WriteLine($"  FP {line}");
    foreach (var line in f.FalseNegatives) Console.WriteLine($"  FN {line}");
}
foreach (var (name, part) in new[] { ("tuned on", figures.Where(x => !x.s.HeldOut)), ("held out", figures.Where(x => x.s.HeldOut)), ("total", figures) })
{
    var list = part.ToList();
    if (list.Count == 0) continue;
    Print(name, list.Sum(x => x.s.Commitments.Count), list.Sum(x => x.s.Commitments.Count(c => c.ReportedInFile is not null)),
        list.Sum(x => x.s.ParserMisses), SeriesFigures.Sum(name, list.Select(x => x.f)));
}

if (args.Contains("--sweep"))
    for (var t = 0.30; t <= 0.801; t += 0.05)
    {
        var total = SeriesFigures.Sum("total", series.Select(s => LinkingMeasurement.Measure(s, t)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  at {t:0.00}: TP {total.TP} FP {total.FP} FN {total.FN} precision {total.Precision:0.00} recall {total.Recall:0.00}"));
    }

static void Print(string name, int commitments, int reported, int misses, SeriesFigures f) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-28} {commitments,11} {reported,8} {misses,6} {f.TP,3} {f.FP,3} {f.FN,3} {f.Precision,9:0.00} {f.Recall,6:0.00}"));
