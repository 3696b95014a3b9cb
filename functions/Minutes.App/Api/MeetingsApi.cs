using Microsoft.AspNetCore.Http.HttpResults;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Api;

/// <summary>Meetings of a series, and one meeting with its action items as they stand now.</summary>
public static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetings(this RouteGroupBuilder api)
    {
        api.MapGet("/meetings", ListAsync).WithName("ListMeetings")
            .WithSummary("Meetings of one series, newest first; filter by date range and text in the title");
        api.MapGet("/meetings/{id}", GetAsync).WithName("GetMeeting")
            .WithSummary("One meeting as read from its minutes, with its action items' current status");
        return api;
    }

    /// <param name="series">The series id (see /api/series); lists stay within one series.</param>
    /// <param name="q">Text the title contains (case-insensitive).</param>
    internal static async Task<Results<Ok<PageResponse<MeetingSummary>>, ValidationProblem>> ListAsync(
        string? series, DateOnly? from, DateOnly? to, string? q, int? pageSize, string? continuationToken,
        MeetingStore meetings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(series))
            return ApiResults.Invalid("series", "Name the series (its id from GET /api/series): meetings are listed per series.");
        if (from > to) return ApiResults.Invalid("from", "from must not be after to.");
        if (!ApiResults.TryPageSize(pageSize, out var size, out var problem)) return problem!;
        var page = await meetings.ListAsync(series, from, to, q, size, continuationToken, cancellationToken);
        return TypedResults.Ok(new PageResponse<MeetingSummary>(page.Items.Select(MeetingSummary.Of).ToList(), page.ContinuationToken));
    }

    internal static async Task<Results<Ok<Meeting>, ProblemHttpResult>> GetAsync(
        string id, MeetingStore meetings, CancellationToken cancellationToken) =>
        await meetings.FindAsync(id, cancellationToken) is { } meeting
            ? TypedResults.Ok(meeting)
            : ApiResults.NotFound("meeting", id);
}

/// <summary>A meeting in a list: enough to choose one, without the item bodies.</summary>
public sealed record MeetingSummary(
    string Id, string SeriesId, DocumentType DocumentType, string? Title, DateOnly? Date, TimeOnly? StartTime,
    TimeOnly? EndTime, string? Location, string? DiaryNumber, int AgendaItemCount, string? FileName)
{
    public static MeetingSummary Of(Meeting m) => new(m.Id, m.SeriesId, m.DocumentType, m.Title, m.Date, m.StartTime,
        m.EndTime, m.Location, m.DiaryNumber, m.AgendaItems.Count, m.Source?.FileName);
}
