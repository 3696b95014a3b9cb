using System.Text.Json;
using System.Text.Json.Serialization;
using Minutes.FollowUps;
using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.FollowUps.Measurement;

/// <summary>
/// One series of the labelled set: its meetings (NN.txt, parsed with <see cref="MinutesParser"/>, in file order) and
/// labels.json, which names each commitment by its meeting file and a distinctive part of its text, and the later
/// meeting file and item that report it back, or none.
/// </summary>
public sealed record LabelledSeries(string Name, bool HeldOut, IReadOnlyList<(string File, Meeting Meeting)> Meetings,
    IReadOnlyList<LabelledCommitment> Commitments, IReadOnlyList<string> Unlabelled, IReadOnlyList<string> Unmatched, int ParserMisses)
{
    public static IReadOnlyList<LabelledSeries> LoadAll(string folder) =>
        Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select(Load).ToList();

    public static LabelledSeries Load(string folder)
    {
        var meetings = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), MinutesParser.Parse(PageCleaner.Clean(FromPlainText(File.ReadAllText(f))))))
            .ToList();
        var labels = JsonSerializer.Deserialize<LabelsFile>(File.ReadAllText(Path.Combine(folder, "labels.json")), Json)!;
        var commitments = new List<LabelledCommitment>();
        var unlabelled = new List<string>();
        var unmatched = labels.Commitments.ToList();
        foreach (var (file, meeting) in meetings)
            foreach (var action in OpenCommitment.Of(meeting))
            {
                var label = labels.Commitments.Where(l => l.Meeting == file && action.Text.Contains(l.Text, StringComparison.OrdinalIgnoreCase)).ToList();
                if (label.Count != 1) { unlabelled.Add($"{file}: {action.Text}"); continue; }
                unmatched.Remove(label[0]);
                commitments.Add(new LabelledCommitment(file, action, label[0].ReportedIn?.Meeting, label[0].ReportedIn?.Item));
            }
        return new LabelledSeries(Path.GetFileName(folder), labels.HeldOut, meetings, commitments, unlabelled,
            unmatched.Select(l => $"{l.Meeting}: {l.Text}").ToList(), labels.ParserMisses.Count);
    }

    /// <summary>Plain text, pages split at form feeds, as the app's parse command reads a .txt.</summary>
    private static DocumentText FromPlainText(string text) =>
        new(text.Split('\f').Select((page, i) => new TextPage(i + 1,
            page.Split('\n').Select(l => new TextLine(l.TrimEnd('\r'))).ToList(), "text")).ToList());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record LabelsFile(bool HeldOut, IReadOnlyList<LabelEntry> Commitments, IReadOnlyList<ParserMiss> ParserMisses);
    private sealed record LabelEntry(string Meeting, string Text, ReportRef? ReportedIn);
    private sealed record ReportRef(string Meeting, string Item);
    private sealed record ParserMiss(string Meeting, string Text, string Note);
}

/// <summary>An extracted commitment and where the labels say it is reported back (meeting file and item number), if anywhere.</summary>
public sealed record LabelledCommitment(string File, OpenCommitment Commitment, string? ReportedInFile, string? ReportedInItem);
