using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// The tasks of a closing summary after the items ("BESLUT OCH UPPDRAG" over "- Uppdrag till Ida Norell: sammanställa
/// …, till nästa möte."), which the body may only point to ("se uppdrag nedan"). A task the body already holds is not
/// taken twice; a table in the summary is read as every action table is.
/// </summary>
public static partial class SummaryTasks
{
    public static List<ActionItem> Read(IReadOnlyList<SourceLine> lines, int from, string meetingId, DateOnly? date,
        IReadOnlyList<string> people, IReadOnlyList<ActionItem> found)
    {
        var tasks = new List<ActionItem>();
        if (from >= lines.Count || !Heading().IsMatch(lines[from].Text.Trim())) return tasks;
        var end = Enumerable.Range(from + 1, lines.Count - from - 1).FirstOrDefault(i => ItemHeading.EndOfItems(lines, i), lines.Count);
        foreach (var paragraph in Paragraphs.From(lines.Skip(from + 1).Take(end - from - 1)))
        {
            var (text, owner, due) = CommissionLabel.Read(paragraph.Text, date) is { } c ? (c.Text, c.Owner, c.Due)
                : paragraph.IsBullet && LabelledAction.ReadDashed(paragraph.Text, date) is { } d ? (d.Text, d.Owner, d.Due)
                : (null, null, null);
            if (text is null) continue;
            owner = owner is null ? null : ActionOwner.Person(owner, people) ?? owner;
            if (found.Concat(tasks).Any(a => Restates(a, owner, text))) continue;
            tasks.Add(new ActionItem
            {
                // Numbered from 2001 so a summary's task never takes the id of an action read from an item or a table.
                Id = MeetingIds.ActionItem(meetingId, null, 2001 + tasks.Count),
                Text = text,
                Owner = owner,
                Due = due,
            });
        }
        return tasks;
    }

    // The same owner and most of the words that carry the task.
    private static bool Restates(ActionItem action, string? owner, string text)
    {
        if (!string.Equals(action.Owner, owner, StringComparison.OrdinalIgnoreCase)) return false;
        var words = ContentWords(text);
        var theirs = ContentWords(action.Text);
        return words.Count > 0 && theirs.Count > 0 && words.Intersect(theirs).Count() * 2 >= Math.Min(words.Count, theirs.Count);
    }

    private static HashSet<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\p{L}{5,}")]
    private static partial Regex Word();

    [GeneratedRegex($@"^(?:{Vocabulary.SummaryHeadings})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
