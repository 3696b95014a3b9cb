using Microsoft.Azure.Functions.Worker;
using Minutes.Api;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Functions;

public sealed class SeriesFunctions(SeriesStore series, TimeProvider clock)
{
    public sealed record ScheduleEntry(DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime);
    public sealed record ScheduleBody(string? Title, string? Location, List<ScheduleEntry>? Meetings);
    public sealed record ProposalBody(string? Title, string? ProposedBy, DateOnly? ForDate);

    /// <summary>Every meeting series.</summary>
    [Function("ListSeries")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "series")] HttpRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await series.ListAsync(cancellationToken));

    /// <summary>One series, with its ETag.</summary>
    [Function("GetSeries")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "series/{seriesId}")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken)
    {
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        request.HttpContext.Response.Headers.ETag = ETags.Header(found.ETag);
        return TypedResults.Ok(found);
    }

    /// <summary>The series' coming meetings.</summary>
    [Function("GetSchedule")]
    public async Task<IResult> GetScheduleAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "series/{seriesId}/schedule")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken)
    {
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        request.HttpContext.Response.Headers.ETag = ETags.Header(found.ETag);
        return TypedResults.Ok(found.Schedule);
    }

    // If-Match is optional here, unlike an action item's PATCH: a schedule is replaced whole, and an integrating
    // system that sets it without reading it first means to overwrite it. Sent, it is honoured.
    /// <summary>Replace the schedule (creates the series when new).</summary>
    [Function("ReplaceSchedule")]
    public async Task<IResult> ReplaceScheduleAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "series/{seriesId}/schedule")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken)
    {
        var body = await request.JsonBodyAsync<ScheduleBody>(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (MeetingIds.SeriesFromTitle(seriesId) != seriesId) errors["seriesId"] = ["A series id is lower case letters, digits and dashes."];
        if (body.Meetings is null) errors["meetings"] = ["Send the meetings: [{date, startTime, endTime}]."];
        else if (body.Meetings.Any(m => m.Date is null)) errors["meetings"] = ["Every meeting needs a date (yyyy-MM-dd)."];
        else if (body.Meetings.Any(m => m.StartTime > m.EndTime)) errors["meetings"] = ["A meeting ends after it starts."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var stored = await series.FindAsync(seriesId, cancellationToken);
        if (request.Header("If-Match") is { } ifMatch && !ETags.Matches(ifMatch, stored?.ETag))
            return Problems.Changed("The series changed since it was read; read it again and send its current ETag in If-Match.");
        var schedule = body.Meetings!.Select(m => new ScheduledMeeting(m.Date!.Value, m.StartTime, m.EndTime))
            .DistinctBy(m => m.Date).OrderBy(m => m.Date).ToList();
        var updated = (stored ?? new SeriesDocument { Id = seriesId, SeriesId = seriesId }) with
        {
            Schedule = schedule,
            Title = body.Title ?? stored?.Title,
            Location = body.Location ?? stored?.Location,
        };
        var saved = await series.SaveAsync(updated, stored?.ETag, cancellationToken);
        request.HttpContext.Response.Headers.ETag = ETags.Header(saved.ETag);
        return TypedResults.Ok(saved);
    }

    /// <summary>Items proposed for coming agendas.</summary>
    [Function("ListProposedItems")]
    public async Task<IResult> ListProposedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "series/{seriesId}/proposed-items")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken) =>
        await series.FindAsync(seriesId, cancellationToken) is { } found ? TypedResults.Ok(found.ProposedItems) : NoSeries(seriesId);

    /// <summary>Propose an item for a coming agenda.</summary>
    [Function("ProposeItem")]
    public async Task<IResult> ProposeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "series/{seriesId}/proposed-items")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken)
    {
        var body = await request.JsonBodyAsync<ProposalBody>(cancellationToken);
        if (string.IsNullOrWhiteSpace(body.Title))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["title"] = ["Give the item a title."] });
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        var item = new ProposedItem(Guid.NewGuid().ToString("N")[..12], body.Title.Trim(), body.ProposedBy, body.ForDate, clock.GetUtcNow());
        await series.SaveAsync(found with { ProposedItems = [.. found.ProposedItems, item] }, found.ETag, cancellationToken);
        return TypedResults.Created($"/api/series/{seriesId}/proposed-items/{item.Id}", item);
    }

    /// <summary>Withdraw a proposed item.</summary>
    [Function("RemoveProposedItem")]
    public async Task<IResult> RemoveProposedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "series/{seriesId}/proposed-items/{itemId}")] HttpRequest request,
        string seriesId, string itemId, CancellationToken cancellationToken)
    {
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        if (found.ProposedItems.All(i => i.Id != itemId))
            return Problems.NotFound($"No proposed item '{itemId}' in series '{seriesId}'.");
        await series.SaveAsync(found with { ProposedItems = found.ProposedItems.Where(i => i.Id != itemId).ToList() }, found.ETag, cancellationToken);
        return TypedResults.NoContent();
    }

    private static IResult NoSeries(string seriesId) => Problems.NotFound($"No series '{seriesId}'.");
}
