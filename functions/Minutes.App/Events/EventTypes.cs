using System.Security.Cryptography;
using System.Text;
using Minutes.Agenda;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Events;

/// <summary>An event to be published: its CloudEvents type, subject and data; Id is given when the event is deterministic.</summary>
public sealed record NewEvent(string Type, string Subject, object Data, string? Id = null);

/// <summary>
/// Every event the app publishes, in one place: the CloudEvents type, the subject (a path integrators can filter on
/// with Event Grid's subjectBeginsWith) and the data. Events are thin: they say what changed and where to read it.
/// An event that describes the same fact twice (the same document stored again, the same ingestion failing again) gets
/// the same id, so a subscriber deduplicating on id sees it once.
/// </summary>
public static class EventTypes
{
    public const string Prefix = "se.regionstockholm.minutes.";
    public const string MeetingStored = Prefix + "meeting.stored";
    public const string ActionItemChanged = Prefix + "actionitem.changed";
    public const string AgendaDraftBuilt = Prefix + "agenda.built";
    public const string AgendaDraftFinal = Prefix + "agenda.final";
    public const string IngestionFailed = Prefix + "ingestion.failed";

    public static IReadOnlyList<string> All { get; } = [MeetingStored, ActionItemChanged, AgendaDraftBuilt, AgendaDraftFinal, IngestionFailed];

    /// <summary>A meeting stored from a document, the first time or replacing what an earlier document of it said.</summary>
    public static NewEvent Stored(Meeting meeting, Ingestion ingestion) => new(MeetingStored,
        $"series/{meeting.SeriesId}/meetings/{meeting.Id}",
        new { meetingId = meeting.Id, seriesId = meeting.SeriesId, date = meeting.Date, title = meeting.Title, ingestionId = ingestion.Id,
            fileName = meeting.Source?.FileName, sha256 = meeting.Source?.Sha256, url = $"/api/meetings/{meeting.Id}" },
        StableId(MeetingStored, meeting.Id, meeting.Source?.Sha256 ?? ingestion.Id));

    /// <summary>An action item's status, owner, due or follow-ups changed: by a person (PATCH, confirm, reject) or by a later meeting reporting it back.</summary>
    public static NewEvent Changed(ActionItemDocument item, bool byPerson) => new(ActionItemChanged,
        $"series/{item.SeriesId}/action-items/{item.Id}",
        new { actionItemId = item.Id, seriesId = item.SeriesId, meetingId = item.MeetingId, status = item.Status, owner = item.Owner,
            due = item.Due, followUps = item.FollowUps.Count, changedBy = byPerson ? "person" : "followUpLinker", url = $"/api/action-items/{item.Id}" });

    /// <summary>An agenda draft built or refreshed, or made final.</summary>
    public static NewEvent Saved(AgendaDraft draft) => new(draft.Final ? AgendaDraftFinal : AgendaDraftBuilt,
        $"series/{draft.SeriesId}/agendas/{draft.Id}",
        new { agendaId = draft.Id, seriesId = draft.SeriesId, date = draft.Date, final = draft.Final, items = draft.Items.Count,
            url = $"/api/agendas/{draft.Id}" },
        draft.Final ? StableId(AgendaDraftFinal, draft.Id) : null);

    /// <summary>A document that could not be stored as minutes; its original is kept in the failed container.</summary>
    public static NewEvent Failed(Ingestion ingestion, string reason) => new(IngestionFailed,
        $"ingestions/{ingestion.Id}",
        new { ingestionId = ingestion.Id, fileName = ingestion.FileName, reason, url = $"/api/ingestions/{ingestion.Id}" },
        StableId(IngestionFailed, ingestion.Id));

    private static string StableId(params string[] parts) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)))[..16]).ToString();
}
