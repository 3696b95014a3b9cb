using Minutes.Model;

namespace Minutes.Reingest;

/// <summary>
/// People's work on an action item outlives a new reading of its minutes. Edited names the fields a person changed;
/// a re-read may change the text and place of an item, its owner and due only where nobody edited them, its status
/// never. An item the new reading no longer has goes only if nobody has worked on it.
/// </summary>
public static class ActionItemEdits
{
    public const string Status = "status";
    public const string Owner = "owner";
    public const string Due = "due";
    public const string FollowUps = "followUps";

    /// <summary>The item as a new reading gives it, with what people decided kept.</summary>
    public static ActionItem Reread(ActionItem parsed, ActionItem stored, IReadOnlyCollection<string> edited) => parsed with
    {
        Status = stored.Status,
        Owner = edited.Contains(Owner) ? stored.Owner : parsed.Owner,
        Due = edited.Contains(Due) ? stored.Due : parsed.Due,
    };

    /// <summary>An item gone from the new reading is dropped when it is still open and nobody edited it.</summary>
    public static bool GoesWhenUnread(ActionStatus status, IReadOnlyCollection<string> edited) =>
        edited.Count == 0 && status == ActionStatus.Open;

    /// <summary>
    /// A person's change: null leaves a field as it is, an empty owner or due clears it. Each field given is marked
    /// edited, so no later reading overwrites it.
    /// </summary>
    public static (ActionItem Item, IReadOnlyList<string> Edited) Apply(ActionItem item, IEnumerable<string> edited,
        ActionStatus? status, string? owner, string? due)
    {
        var marked = edited.ToHashSet();
        if (status is { } s) { item = item with { Status = s }; marked.Add(Status); }
        if (owner is { } o) { item = item with { Owner = o.Length == 0 ? null : o }; marked.Add(Owner); }
        if (due is { } d) { item = item with { Due = d.Length == 0 ? null : d }; marked.Add(Due); }
        return (item, marked.Order().ToList());
    }

    /// <summary>The edited fields with one more marked, in order.</summary>
    public static IReadOnlyList<string> Mark(IEnumerable<string> edited, string field) => edited.Append(field).Distinct().Order().ToList();
}
