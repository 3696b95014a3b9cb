using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Api;

/// <summary>Meeting series: what they are, when they meet next, and what people want on the coming agenda.</summary>
public static class SeriesApi
{
    public static RouteGroupBuilder MapSeries(this RouteGroupBuilder api)
    {
        api.MapGet("/series", ListAsync).WithName("ListSeries").WithSummary("Every meeting series");
        api.MapGet("/series/{id}", GetAsync).WithName("GetSeries").WithSummary("One series");
        api.MapGet("/series/{id}/schedule", GetScheduleAsync).WithName("GetSchedule")
            .WithSummary("The series' coming and past meeting times, as the minutes announced them or as set here");
        api.MapPut("/series/{id}/schedule", PutScheduleAsync).WithName("ReplaceSchedule")
            .WithSummary("Replace the schedule; If-Match (the schedule's ETag) guards against overwriting someone's change")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        api.MapGet("/series/{id}/proposed-items", ListProposedAsync).WithName("ListProposedItems")
            .WithSummary("Items proposed for the series' coming agendas");
        api.MapPost("/series/{id}/proposed-items", ProposeAsync).WithName("ProposeItem")
            .WithSummary("Propose an item for a coming agenda (forDate empty: the next meeting)");
        api.MapDelete("/series/{id}/proposed-items/{itemId}", RemoveProposedAsync).WithName("RemoveProposedItem")
            .WithSummary("Withdraw a proposed item");
        return api;
    }

    internal static async Task<Ok<IReadOnlyList<SeriesResource>>> ListAsync(SeriesStore series, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<SeriesResource>>((await series.ListAsync(cancellationToken)).Select(SeriesResource.Of).ToList());

    internal static async Task<Results<Ok<SeriesResource>, ProblemHttpResult>> GetAsync(
        string id, SeriesStore series, CancellationToken cancellationToken) =>
        await series.FindAsync(id, cancellationToken) is { } s ? TypedResults.Ok(SeriesResource.Of(s)) : ApiResults.NotFound("series", id);

    internal static async Task<Results<Ok<ScheduleResource>, ProblemHttpResult>> GetScheduleAsync(
        string id, SeriesStore series, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await series.FindAsync(id, cancellationToken) is not { } s) return ApiResults.NotFound("series", id);
        response.Headers.ETag = s.ETag;
        return TypedResults.Ok(ScheduleResource.Of(s));
    }

    internal static async Task<Results<Ok<ScheduleResource>, ValidationProblem, ProblemHttpResult>> PutScheduleAsync(
        string id, ScheduleUpdate update, [FromHeader(Name = "If-Match")] string? ifMatch, SeriesStore series,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var meetings = update.Meetings ?? [];
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < meetings.Count; i++)
        {
            var m = meetings[i];
            if (m is null || m.Date == default) errors[$"meetings[{i}].date"] = ["Every meeting needs a date (yyyy-MM-dd)."];
            else if (m is { StartTime: { } start, EndTime: { } end } && end <= start)
                errors[$"meetings[{i}].endTime"] = ["endTime must be after startTime."];
        }
        if (meetings.Where(m => m is not null).GroupBy(m => m.Date).Any(g => g.Count() > 1))
            errors["meetings"] = ["At most one meeting per day."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (await series.FindAsync(id, cancellationToken) is not { } s) return ApiResults.NotFound("series", id);

        var saved = await series.SaveAsync(s with { Schedule = meetings.OrderBy(m => m.Date).ToList() },
            string.IsNullOrWhiteSpace(ifMatch) ? s.ETag : ifMatch, cancellationToken);
        response.Headers.ETag = saved.ETag;
        return TypedResults.Ok(ScheduleResource.Of(saved));
    }

    internal static async Task<Results<Ok<IReadOnlyList<ProposedItem>>, ProblemHttpResult>> ListProposedAsync(
        string id, SeriesStore series, CancellationToken cancellationToken) =>
        await series.FindAsync(id, cancellationToken) is { } s
            ? TypedResults.Ok(s.ProposedItems)
            : ApiResults.NotFound("series", id);

    internal static async Task<Results<Created<ProposedItem>, ValidationProblem, ProblemHttpResult>> ProposeAsync(
        string id, ProposedItemRequest request, SeriesStore series, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Title)) return ApiResults.Invalid("title", "A proposed item needs a title.");
        if (request.Title.Length > 500) return ApiResults.Invalid("title", "Keep the title under 500 characters.");
        if (await series.FindAsync(id, cancellationToken) is not { } s) return ApiResults.NotFound("series", id);

        var item = new ProposedItem(Guid.NewGuid().ToString("N")[..12], request.Title.Trim(), request.ProposedBy?.Trim(),
            request.ForDate, clock.GetUtcNow());
        await series.SaveAsync(s with { ProposedItems = [.. s.ProposedItems, item] }, s.ETag, cancellationToken);
        return TypedResults.Created($"/api/series/{Uri.EscapeDataString(id)}/proposed-items/{item.Id}", item);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> RemoveProposedAsync(
        string id, string itemId, SeriesStore series, CancellationToken cancellationToken)
    {
        if (await series.FindAsync(id, cancellationToken) is not { } s) return ApiResults.NotFound("series", id);
        if (s.ProposedItems.All(p => p.Id != itemId)) return ApiResults.NotFound("proposed item", itemId);
        await series.SaveAsync(s with { ProposedItems = s.ProposedItems.Where(p => p.Id != itemId).ToList() }, s.ETag, cancellationToken);
        return TypedResults.NoContent();
    }
}

public sealed record SeriesResource(
    string Id, string? Title, string? Organization, string? Location, DateOnly? LastMeetingDate,
    IReadOnlyList<ScheduledMeeting> Schedule, int ProposedItemCount, DateTimeOffset UpdatedAt)
{
    public static SeriesResource Of(SeriesDocument s) =>
        new(s.Id, s.Title, s.Organization, s.Location, s.LastMeetingDate, s.Schedule, s.ProposedItems.Count, s.UpdatedAt);
}

public sealed record ScheduleResource(string SeriesId, IReadOnlyList<ScheduledMeeting> Meetings, [property: JsonPropertyName("etag")] string? ETag)
{
    public static ScheduleResource Of(SeriesDocument s) => new(s.Id, s.Schedule, s.ETag);
}

public sealed record ScheduleUpdate(IReadOnlyList<ScheduledMeeting>? Meetings);

public sealed record ProposedItemRequest(string? Title, string? ProposedBy, DateOnly? ForDate);
