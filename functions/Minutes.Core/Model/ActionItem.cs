namespace Minutes.Model;

/// <summary>A follow-up the minutes commit someone to. Due is an ISO date, a period ("2025-Q4", "2026-03", the ISO week "2026-W42") or "next-meeting".</summary>
public sealed record ActionItem
{
    public string Id { get; init; } = "";
    public string? AgendaItemNumber { get; init; }
    public string Text { get; init; } = "";
    public string? Owner { get; init; }
    public string? Due { get; init; }
    public ActionStatus Status { get; init; } = ActionStatus.Open;
}

/// <summary>
/// Open until reported back, done or dropped. Reported: a later meeting's item reports it back by the follow-up linker's
/// judgement, a suggestion people confirm (then done) or reject (then open again).
/// </summary>
public enum ActionStatus { Open, Reported, Done, Dropped }
