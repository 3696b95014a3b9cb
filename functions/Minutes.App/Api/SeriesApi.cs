using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Api;

public static class SeriesApi
{
    public static RouteGroupBuilder MapSeries(this RouteGroupBuilder api)
    {
        api.MapGet("/series", ListAsync).WithName("ListSeries").WithSummary("Every meeting series");
        api.MapGet("/series/{seriesId}", GetAsync).WithName("GetSeries");
        api.MapGet("/series/{seriesId}/schedule", GetScheduleAsync).WithName("GetSchedule").WithSummary("The series' coming meetings");
        api.MapPut("/series/{seriesId}/schedule", ReplaceScheduleAsync).WithName("ReplaceSchedule")
            .WithSummary("Replace the schedule (creates the series when new)");
        api.MapGet("/series/{seriesId}/proposed-items", ListProposedAsync).WithName("ListProposedItems");
        api.MapPost("/series/{seriesId}/proposed-items", ProposeAsync).WithName("ProposeItem")
            .WithSummary("Propose an item for a coming agenda");
        api.MapDelete("/series/{seriesId}/proposed-items/{itemId}", RemoveProposedAsync).WithName("RemoveProposedItem");
        return api;
    }

    public sealed record ScheduleEntry(DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime);
    public sealed record ScheduleBody(string? Title, string? Location, List<ScheduleEntry>? Meetings);
    public sealed record ProposalBody(string? Title, string? ProposedBy, DateOnly? ForDate);

    private static async Task<Ok<List<SeriesDocument>>> ListAsync(SeriesStore series, CancellationToken cancellationToken) =>
        TypedResults.Ok(await series.ListAsync(cancellationToken));

    private static async Task<Results<Ok<SeriesDocument>, ProblemHttpResult>> GetAsync(
        string seriesId, SeriesStore series, HttpContext http, CancellationToken cancellationToken)
    {
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        http.Response.Headers.ETag = ETags.Header(found.ETag);
        return TypedResults.Ok(found);
    }

    private static async Task<Results<Ok<IReadOnlyList<ScheduledMeeting>>, ProblemHttpResult>> GetScheduleAsync(
        string seriesId, SeriesStore series, HttpContext http, CancellationToken cancellationToken)
    {
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        http.Response.Headers.ETag = ETags.Header(found.ETag);
        return TypedResults.Ok(found.Schedule);
    }

    // If-Match is optional here, unlike an action item's PATCH: a schedule is replaced whole, and an integrating
    // system that sets it without reading it first means to overwrite it. Sent, it is honoured.
    private static async Task<Results<Ok<SeriesDocument>, ValidationProblem, ProblemHttpResult>> ReplaceScheduleAsync(
        string seriesId, ScheduleBody body, [FromHeader(Name = "If-Match")] string? ifMatch, SeriesStore series, HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (MeetingIds.SeriesFromTitle(seriesId) != seriesId) errors["seriesId"] = ["A series id is lower case letters, digits and dashes."];
        if (body.Meetings is null) errors["meetings"] = ["Send the meetings: [{date, startTime, endTime}]."];
        else if (body.Meetings.Any(m => m.Date is null)) errors["meetings"] = ["Every meeting needs a date (yyyy-MM-dd)."];
        else if (body.Meetings.Any(m => m.StartTime > m.EndTime)) errors["meetings"] = ["A meeting ends after it starts."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var stored = await series.FindAsync(seriesId, cancellationToken);
        if (ifMatch is not null && !ETags.Matches(ifMatch, stored?.ETag))
            return TypedResults.Problem("The series changed since it was read; read it again and send its current ETag in If-Match.",
                statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else");
        var schedule = body.Meetings!.Select(m => new ScheduledMeeting(m.Date!.Value, m.StartTime, m.EndTime))
            .DistinctBy(m => m.Date).OrderBy(m => m.Date).ToList();
        var updated = (stored ?? new SeriesDocument { Id = seriesId, SeriesId = seriesId }) with
        {
            Schedule = schedule,
            Title = body.Title ?? stored?.Title,
            Location = body.Location ?? stored?.Location,
        };
        var saved = await series.SaveAsync(updated, stored?.ETag, cancellationToken);
        http.Response.Headers.ETag = ETags.Header(saved.ETag);
        return TypedResults.Ok(saved);
    }

    private static async Task<Results<Ok<IReadOnlyList<ProposedItem>>, ProblemHttpResult>> ListProposedAsync(
        string seriesId, SeriesStore series, CancellationToken cancellationToken) =>
        await series.FindAsync(seriesId, cancellationToken) is { } found ? TypedResults.Ok(found.ProposedItems) : NoSeries(seriesId);

    private static async Task<Results<Created<ProposedItem>, ProblemHttpResult, ValidationProblem>> ProposeAsync(
        string seriesId, ProposalBody body, SeriesStore series, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Title))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["title"] = ["Give the item a title."] });
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        var item = new ProposedItem(Guid.NewGuid().ToString("N")[..12], body.Title.Trim(), body.ProposedBy, body.ForDate, clock.GetUtcNow());
        await series.SaveAsync(found with { ProposedItems = [.. found.ProposedItems, item] }, found.ETag, cancellationToken);
        return TypedResults.Created($"/api/series/{seriesId}/proposed-items/{item.Id}", item);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveProposedAsync(
        string seriesId, string itemId, SeriesStore series, CancellationToken cancellationToken)
    {
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        if (found.ProposedItems.All(i => i.Id != itemId))
            return Problems.NotFound($"No proposed item '{itemId}' in series '{seriesId}'.");
        await series.SaveAsync(found with { ProposedItems = found.ProposedItems.Where(i => i.Id != itemId).ToList() }, found.ETag, cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NoSeries(string seriesId) => Problems.NotFound($"No series '{seriesId}'.");
}
