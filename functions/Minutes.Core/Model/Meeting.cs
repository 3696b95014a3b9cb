namespace Minutes.Model;

/// <summary>One meeting as read out of one document (see docs: the minutes model).</summary>
public sealed record Meeting
{
    /// <summary>Deterministic: the series and the meeting date, so a corrected scan of the same meeting lands on the same record.</summary>
    public string Id { get; init; } = "";
    public string SeriesId { get; init; } = "";
    public DocumentType DocumentType { get; init; } = DocumentType.Unknown;
    public string? Title { get; init; }
    public string? Organization { get; init; }
    public string? Department { get; init; }
    public string? DiaryNumber { get; init; }
    public DateOnly? Date { get; init; }
    public TimeOnly? StartTime { get; init; }
    public TimeOnly? EndTime { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<Attendee> Attendees { get; init; } = [];
    public string? Chair { get; init; }
    public string? Secretary { get; init; }
    public IReadOnlyList<AgendaItem> AgendaItems { get; init; } = [];
    public IReadOnlyList<ActionItem> ActionItems { get; init; } = [];
    public MeetingTime? NextMeeting { get; init; }
    public IReadOnlyList<ScheduledMeeting> ScheduledMeetings { get; init; } = [];
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
    /// <summary>The copy this meeting was read from: the best of those ingested (see SourceQuality).</summary>
    public DocumentSource? Source { get; init; }
    /// <summary>Every copy of these minutes ingested so far, the one in Source among them, oldest first.</summary>
    public IReadOnlyList<DocumentSource> Versions { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public enum DocumentType { Unknown, Motesanteckningar, Protokoll, Presentation }

public sealed record Attendee(string Name, string? Organization);

public sealed record MeetingTime(DateOnly? Date, TimeOnly? StartTime);

public sealed record ScheduledMeeting(DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime);

public sealed record Attachment(string Label, string? Title, DateOnly? Date);

public sealed record DocumentSource(string FileName, string Sha256, int PageCount, string OcrEngine, double? OcrMeanConfidence);
