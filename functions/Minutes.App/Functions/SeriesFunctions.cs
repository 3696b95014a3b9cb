using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Minutes.Api;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Functions;

public sealed class SeriesFunctions(SeriesStore series, TimeProvider clock)
{
    public sealed record ScheduleEntry(DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime);
    public sealed record ScheduleBody(string? Title, string? Location, List<ScheduleEntry>? Meetings);
    public sealed record ProposalBody(string? Title, string? ProposedBy, DateOnly? ForDate);

    /// <summary>A schedule as GET serves it and PUT takes it.</summary>
    public sealed record Schedule(IReadOnlyList<ScheduledMeeting> Meetings);

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

    /// <summary>The series' coming meetings, in the shape PUT takes: {"meetings": [...]}.</summary>
    [Function("GetSchedule")]
    public async Task<IResult> GetScheduleAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "series/{seriesId}/schedule")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken)
    {
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        request.HttpContext.Response.Headers.ETag = ETags.Header(found.ETag);
        return TypedResults.Ok(new Schedule(found.Schedule));
    }

    // If-Match is optional here, unlike an action item's PATCH: a schedule is replaced whole, and an integrating
    // system that sets it without reading it first means to overwrite it. Sent, it is honoured (412 when stale);
    // not sent, a write that loses to another is tried again on the server.
    /// <summary>Replace the schedule (creates the series when new); the body is {"meetings": [...]}, or the bare array as before.</summary>
    [Function("ReplaceSchedule")]
    public async Task<IResult> ReplaceScheduleAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "series/{seriesId}/schedule")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken)
    {
        var json = await request.JsonBodyAsync<JsonNode>(cancellationToken);
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = json is JsonArray bare
            ? new ScheduleBody(null, null, bare.Deserialize<List<ScheduleEntry>>(options))
            : json.Deserialize<ScheduleBody>(options) ?? throw new JsonException("The body is null; send a JSON object.");
        var errors = new Dictionary<string, string[]>();
        if (seriesId.Length > Limits.SeriesId) errors["seriesId"] = [$"seriesId is at most {Limits.SeriesId} characters."];
        else if (MeetingIds.SeriesFromTitle(seriesId) != seriesId) errors["seriesId"] = ["A series id is lower case letters, digits and dashes."];
        Limits.Check("title", body.Title, Limits.Title, errors);
        Limits.Check("location", body.Location, Limits.Location, errors);
        if (body.Meetings is null) errors["meetings"] = ["Send the meetings: {\"meetings\": [{date, startTime, endTime}]}."];
        else if (body.Meetings.Count > Limits.Meetings) errors["meetings"] = [$"meetings holds at most {Limits.Meetings} entries ({body.Meetings.Count} sent)."];
        else if (body.Meetings.Any(m => m.Date is null)) errors["meetings"] = ["Every meeting needs a date (yyyy-MM-dd)."];
        else if (body.Meetings.Any(m => m.StartTime > m.EndTime)) errors["meetings"] = ["A meeting ends after it starts (endTime before startTime)."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var schedule = body.Meetings!.Select(m => new ScheduledMeeting(m.Date!.Value, m.StartTime, m.EndTime))
            .DistinctBy(m => m.Date).OrderBy(m => m.Date).ToList();
        var ifMatch = request.Header("If-Match");
        async Task<IResult> ReplaceAsync()
        {
            var stored = await series.FindAsync(seriesId, cancellationToken);
            if (ifMatch is not null && !ETags.Matches(ifMatch, stored?.ETag))
                return Problems.Changed("If-Match: the series changed since it was read (or does not exist yet); read it again and send its current ETag.");
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
        return ifMatch is null ? await ConflictRetry.RunAsync(ReplaceAsync, cancellationToken) : await ReplaceAsync();
    }

    /// <summary>Items proposed for coming agendas.</summary>
    [Function("ListProposedItems")]
    public async Task<IResult> ListProposedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "series/{seriesId}/proposed-items")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken) =>
        await series.FindAsync(seriesId, cancellationToken) is { } found ? TypedResults.Ok(found.ProposedItems) : NoSeries(seriesId);

    /// <summary>One proposed item: where a proposal's Location points.</summary>
    [Function("GetProposedItem")]
    public async Task<IResult> GetProposedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "series/{seriesId}/proposed-items/{itemId}")] HttpRequest request,
        string seriesId, string itemId, CancellationToken cancellationToken)
    {
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
        return found.ProposedItems.FirstOrDefault(i => i.Id == itemId) is { } item ? TypedResults.Ok(item) : NoProposal(seriesId, itemId);
    }

    /// <summary>Propose an item for a coming agenda; a write that loses to another proposal is tried again.</summary>
    [Function("ProposeItem")]
    public async Task<IResult> ProposeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "series/{seriesId}/proposed-items")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken)
    {
        var body = await request.JsonBodyAsync<ProposalBody>(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Title)) errors["title"] = ["Give the item a title."];
        Limits.Check("title", body.Title, Limits.Title, errors);
        Limits.Check("proposedBy", body.ProposedBy, Limits.Person, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var item = new ProposedItem(Guid.NewGuid().ToString("N")[..12], body.Title!.Trim(), body.ProposedBy, body.ForDate, clock.GetUtcNow());
        return await ConflictRetry.RunAsync<IResult>(async () =>
        {
            if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
            await series.SaveAsync(found with { ProposedItems = [.. found.ProposedItems, item] }, found.ETag, cancellationToken);
            return TypedResults.Created($"/api/series/{seriesId}/proposed-items/{item.Id}", item);
        }, cancellationToken);
    }

    /// <summary>Withdraw a proposed item; a write that loses to another change of the series is tried again.</summary>
    [Function("RemoveProposedItem")]
    public async Task<IResult> RemoveProposedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "series/{seriesId}/proposed-items/{itemId}")] HttpRequest request,
        string seriesId, string itemId, CancellationToken cancellationToken) =>
        await ConflictRetry.RunAsync<IResult>(async () =>
        {
            if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return NoSeries(seriesId);
            if (found.ProposedItems.All(i => i.Id != itemId)) return NoProposal(seriesId, itemId);
            await series.SaveAsync(found with { ProposedItems = found.ProposedItems.Where(i => i.Id != itemId).ToList() }, found.ETag, cancellationToken);
            return TypedResults.NoContent();
        }, cancellationToken);

    private static IResult NoProposal(string seriesId, string itemId) => Problems.NotFound($"No proposed item '{itemId}' in series '{seriesId}'.");

    private static IResult NoSeries(string seriesId) => Problems.NotFound($"No series '{seriesId}'.");
}
