using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// An action written out with labels: "Åtgärd: Sammanställa … Ansvarig: Mikael Thorén. Klart: maj 2025",
/// "Uppdrag: Redovisa … (Ansvarig: Karin Sjö)", or a sentence followed by "Ansvarig: X" (and a time label for when:
/// "Klart:", "Senast:", "Återrapport:").
/// </summary>
public static partial class LabelledAction
{
    public sealed record Found(string Text, string? Owner, string? Due, string Before);

    public static Found? Read(string paragraph, DateOnly? meetingDate)
    {
        var responsible = Responsible().Match(paragraph);
        if (!responsible.Success) return null;
        // "… (Ansvarig: Karin Sjö)" as well as "… Ansvarig: Karin Sjö."
        var before = paragraph[..responsible.Index].Trim().TrimEnd('(').Trim();
        var after = paragraph[(responsible.Index + responsible.Length)..].Replace(")", ".");
        var owner = Names.Clean(UpToCut(after));
        var when = When().Match(after) is { Success: true } w ? DueDates.ReadValue(UpToCut(w.Groups[1].Value), meetingDate) : null;

        // The action is what "Åtgärd:" opens, else the last sentence before "Ansvarig:".
        var label = Action().Match(before);
        string text, rest;
        if (label.Success) (text, rest) = (before[(label.Index + label.Length)..].Trim(), before[..label.Index].Trim());
        else
        {
            var sentences = Sentences.Split(before);
            if (sentences.Count == 0) return null;
            (text, rest) = (sentences[^1], string.Join(" ", sentences.SkipLast(1)));
        }
        return text.Length == 0 ? null : new Found(text, owner, when ?? DueDates.Read(text, meetingDate), rest);
    }

    /// <summary>A line that opens with who answers or when ("Ansvarig: Sofia Lind", "Klart: maj"): the action above goes on.</summary>
    public static bool OpensWithOwnerOrDue(string line) => OwnerOrDueFirst().IsMatch(line);

    [GeneratedRegex($@"^\s*(?:{OwnerLabel}|{Vocabulary.ActionTimeLabels})\s*[:;]", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerOrDueFirst();

    /// <summary>
    /// A follow-up list's bullet: "Sammanställa remissvaren – Förvaltningen, 14 november", the task in the imperative
    /// form, then who and (after a comma) when.
    /// </summary>
    public static Found? ReadDashed(string bullet, DateOnly? meetingDate)
    {
        var m = Dashed().Match(bullet.Trim());
        if (!m.Success) return null;
        var owner = Names.Clean(m.Groups["owner"].Value);
        var due = m.Groups["due"].Success ? DueDates.ReadValue(m.Groups["due"].Value, meetingDate) : null;
        return new Found(m.Groups["text"].Value.Trim(), owner, due ?? DueDates.Read(m.Groups["text"].Value, meetingDate), "");
    }

    [GeneratedRegex(@"^(?<text>\p{Lu}\p{Ll}*a\b.+?)\s+[–—-]\s+(?<owner>\p{Lu}[^,–—]{1,60}?)(?:,\s*(?<due>[^,]{2,40}?))?\.?$")]
    private static partial Regex Dashed();

    // "Ansvarig:", shortened "Ansv:" or "Ansv.:".
    private const string OwnerLabel = @"(?:Ansvarig(?:a)?|Ansv\.?)";

    [GeneratedRegex($@"\b{OwnerLabel}\s*[:;]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Responsible();

    [GeneratedRegex(@"(?:^|\s)(?:Åtgärd(?:er)?|Uppdrag|Att göra)\s*[:;]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Action();

    [GeneratedRegex($@"(?<!\p{{L}})(?:{Vocabulary.ActionTimeLabels})\s*[:;]\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex When();

    private static string UpToCut(string value) => Cut().Match(value) is { Success: true } cut ? value[..cut.Index].TrimEnd() : value;

    // Where a label's value ends: a full stop before the next label, or the next label itself; not the abbreviation's
    // full stop before a number ("Klart: v. 12"); a clause about the one named ("Ansvarig: Britt-Marie Alvinsson, som
    // samlar in synpunkterna").
    [GeneratedRegex($@"\.\s(?!\d)|\.$|\s(?:{Vocabulary.ActionTimeLabels})(?!\p{{L}})|,\s+som\s", RegexOptions.IgnoreCase)]
    private static partial Regex Cut();
}
