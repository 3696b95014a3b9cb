using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Tests.Samples;

/// <summary>
/// Scores a parsed meeting against a sample's *.expected.json by field group, the way the product is judged
/// (shared/tools/score.py): header, attendees, items (found, title, presenters, decisions, questions), actions
/// (recall, precision, owner, due), schedule, attachments. Each group is 0..1; Notes say what differed.
/// </summary>
public sealed partial class ParseScore
{
    public Dictionary<string, double> Groups { get; } = [];
    public List<string> Notes { get; } = [];
    public double Mean => Groups.Values.Average();

    public static ParseScore Of(JsonElement expected, Meeting parsed)
    {
        var score = new ParseScore();
        var actual = JsonSerializer.SerializeToElement(parsed, MinutesJson.Options);
        score.Header(expected, actual);
        score.Attendees(expected, actual);
        score.Items(expected, actual);
        score.Actions(expected, actual);
        score.Groups["schedule"] = F1(Set(expected, "scheduledMeetings", "date"), Set(actual, "scheduledMeetings", "date"));
        score.Groups["attachments"] = F1(Set(expected, "attachments", "label"), Set(actual, "attachments", "label"));
        return score;
    }

    public override string ToString() =>
        string.Join("\n", Groups.Select(g => $"{g.Key,-20} {g.Value:0.000}").Concat(Notes.Select(n => "  - " + n)));

    private void Header(JsonElement e, JsonElement a)
    {
        string[] fields = ["documentType", "title", "organization", "department", "diaryNumber", "date", "startTime", "endTime", "location", "chair", "secretary"];
        var ok = 0; var n = 0;
        foreach (var f in fields.Where(f => e.TryGetProperty(f, out _)))
        {
            n++;
            var (ev, av) = (Str(e, f), Str(a, f));
            var good = f == "title" ? (ev is null && av is null) || (ev is not null && Similarity(ev, av) >= 0.95) : Norm(ev) == Norm(av);
            if (good) ok++; else Notes.Add($"header.{f}: expected {ev} got {av}");
        }
        if (e.TryGetProperty("nextMeeting", out var next))
            foreach (var f in new[] { "date", "startTime" })
            {
                n++;
                var av = a.GetProperty("nextMeeting").ValueKind == JsonValueKind.Object ? Str(a.GetProperty("nextMeeting"), f) : null;
                if (Norm(Str(next, f)) == Norm(av)) ok++; else Notes.Add($"nextMeeting.{f}: expected {Str(next, f)} got {av}");
            }
        Groups["header"] = n == 0 ? 1 : (double)ok / n;
    }

    // A list the expected document leaves out (a presentation has no attendees) is empty, as score.py reads it.
    private static IEnumerable<JsonElement> List(JsonElement m, string name) =>
        m.TryGetProperty(name, out var l) && l.ValueKind == JsonValueKind.Array ? l.EnumerateArray() : [];

    private void Attendees(JsonElement e, JsonElement a)
    {
        static List<(string?, string?)> People(JsonElement m) =>
            List(m, "attendees").Select(x => (Norm(Str(x, "name")), Norm(Str(x, "organization")))).ToList();
        var (ep, ap) = (People(e), People(a));
        var (en, an) = (ep.Select(x => x.Item1).ToHashSet(), ap.Select(x => x.Item1).ToHashSet());
        foreach (var m in en.Except(an)) Notes.Add($"attendee missing: {m}");
        foreach (var m in an.Except(en)) Notes.Add($"attendee extra: {m}");
        var orgs = ep.Count == 0 ? (ap.Count == 0 ? 1 : 0) : (double)ep.Count(ap.Contains) / ep.Count;
        Groups["attendees"] = (F1(en, an) + orgs) / 2;
    }

    private void Items(JsonElement e, JsonElement a)
    {
        var expected = List(e, "agendaItems").ToDictionary(i => Key(i.GetProperty("number")));
        var actual = new Dictionary<string, JsonElement>();
        foreach (var i in List(a, "agendaItems")) actual.TryAdd(Key(i.GetProperty("number")), i);
        Groups["items.found"] = F1(expected.Keys.ToHashSet<string?>(), actual.Keys.ToHashSet<string?>());
        int title = 0, presenters = 0, decisions = 0, questions = 0;
        foreach (var (n, ei) in expected)
        {
            if (!actual.TryGetValue(n, out var ai)) { Notes.Add($"item {n} missing"); continue; }
            if (Similarity(Str(ei, "title"), Str(ai, "title")) >= 0.9) title++; else Notes.Add($"item {n} title: {Str(ai, "title")}");
            var (ep, ap) = (Strings(ei, "presenters"), Strings(ai, "presenters"));
            if (ep.SetEquals(ap)) presenters++; else Notes.Add($"item {n} presenters: expected [{string.Join(", ", ep)}] got [{string.Join(", ", ap)}]");
            if (Strings(ei, "decisions").Count > 0 == Strings(ai, "decisions").Count > 0) decisions++; else Notes.Add($"item {n} decisions");
            var qc = ai.GetProperty("questions").GetArrayLength();
            if (!ei.TryGetProperty("questionCount", out var eq) || eq.GetInt32() == qc) questions++;
            else Notes.Add($"item {n} questions: expected {eq.GetInt32()} got {qc}");
        }
        foreach (var n in actual.Keys.Except(expected.Keys)) Notes.Add($"item {n} extra");
        var k = Math.Max(1, expected.Count);
        Groups["items.title"] = (double)title / k;
        Groups["items.presenters"] = (double)presenters / k;
        Groups["items.decisions"] = (double)decisions / k;
        Groups["items.questions"] = (double)questions / k;
    }

    private void Actions(JsonElement e, JsonElement a)
    {
        var expected = List(e, "actionItems").ToList();
        var actual = List(a, "actionItems").ToList();
        bool Match(JsonElement x, JsonElement y)
        {
            if (x.TryGetProperty("agendaItemNumber", out var xn) && y.TryGetProperty("agendaItemNumber", out var yn)
                && xn.ValueKind != JsonValueKind.Null && yn.ValueKind != JsonValueKind.Null && Key(xn) != Key(yn)) return false;
            var (xt, yt) = (Tokens(Str(x, "text")), Tokens(Str(y, "text")));
            return xt.Count > 0 && yt.Count > 0 && (double)xt.Intersect(yt).Count() / Math.Min(xt.Count, yt.Count) >= 0.6;
        }
        var must = expected.Where(x => !x.TryGetProperty("must", out var m) || m.GetBoolean()).ToList();
        var used = new HashSet<int>();
        int hit = 0, owner = 0, due = 0;
        foreach (var x in must)
        {
            var j = Enumerable.Range(0, actual.Count).FirstOrDefault(j => !used.Contains(j) && Match(x, actual[j]), -1);
            if (j < 0) { Notes.Add($"action missing: {Str(x, "text")}"); continue; }
            used.Add(j); hit++;
            if (Norm(Str(x, "owner")) == Norm(Str(actual[j], "owner"))) owner++; else Notes.Add($"action owner: expected {Str(x, "owner")} got {Str(actual[j], "owner")}");
            if (Norm(Str(x, "due")) == Norm(Str(actual[j], "due"))) due++; else Notes.Add($"action due: expected {Str(x, "due")} got {Str(actual[j], "due")}");
        }
        foreach (var y in actual.Where(y => !expected.Any(x => Match(x, y)))) Notes.Add($"action extra: {Str(y, "text")}");
        Groups["actions.recall"] = must.Count == 0 ? 1 : (double)hit / must.Count;
        Groups["actions.precision"] = actual.Count == 0 ? 1 : (double)actual.Count(y => expected.Any(x => Match(x, y))) / actual.Count;
        Groups["actions.owner"] = hit == 0 ? (must.Count == 0 ? 1 : 0) : (double)owner / hit;
        Groups["actions.due"] = hit == 0 ? (must.Count == 0 ? 1 : 0) : (double)due / hit;
    }

    private static double F1(HashSet<string?> expected, HashSet<string?> actual)
    {
        if (expected.Count == 0 && actual.Count == 0) return 1;
        var tp = expected.Intersect(actual).Count();
        var p = actual.Count == 0 ? 0 : (double)tp / actual.Count;
        var r = expected.Count == 0 ? 0 : (double)tp / expected.Count;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static HashSet<string?> Set(JsonElement m, string list, string field) =>
        m.TryGetProperty(list, out var l) ? l.EnumerateArray().Select(x => Norm(Str(x, field))).ToHashSet() : [];

    private static HashSet<string?> Strings(JsonElement m, string list) =>
        m.TryGetProperty(list, out var l) ? l.EnumerateArray().Select(x => Norm(x.GetString())).ToHashSet() : [];

    // As score.py's get(): a field of a missing or null object is null.
    private static string? Str(JsonElement m, string field) =>
        m.ValueKind == JsonValueKind.Object && m.TryGetProperty(field, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => v.GetString(),
            _ => v.GetRawText(),
        } : null;

    private static string Key(JsonElement number)
    {
        var t = Regex.Replace(number.ValueKind == JsonValueKind.String ? number.GetString()! : number.GetRawText(), @"[^\d.]", "").Trim('.');
        return t.EndsWith(".0") ? t[..^2] : t;
    }

    private static string? Norm(string? s) =>
        s is null ? null : Spaces().Replace(s.Normalize(NormalizationForm.FormC).Replace('–', '-').Replace('—', '-').Replace("\u00ad", ""), " ").Trim().ToLower(CultureInfo.InvariantCulture);

    private static HashSet<string> Tokens(string? s) => Words().Matches(Norm(s) ?? "").Select(m => m.Value).ToHashSet();

    /// <summary>1 − normalised edit distance: close enough to difflib's ratio for "nearly the same title".</summary>
    private static double Similarity(string? a, string? b)
    {
        var (x, y) = (Norm(a) ?? "", Norm(b) ?? "");
        if (x.Length == 0 && y.Length == 0) return 1;
        return 1 - (double)TextDistance.Levenshtein(x, y) / Math.Max(x.Length, y.Length);
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"\w+")] private static partial Regex Words();
}
