using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Api;

/// <summary>Action items across a series' meetings, and the changes people make to them (status, owner, due).</summary>
public static class ActionItemsApi
{
    public static RouteGroupBuilder MapActionItems(this RouteGroupBuilder api)
    {
        api.MapGet("/action-items", ListAsync).WithName("ListActionItems")
            .WithSummary("Action items of one series; filter by status, owner and due before a day");
        api.MapGet("/action-items/{id}", GetAsync).WithName("GetActionItem")
            .WithSummary("One action item; its ETag header is what PATCH needs in If-Match");
        api.MapPatch("/action-items/{id}", PatchAsync).WithName("UpdateActionItem")
            .WithSummary("Change status (open, done, dropped), owner or due; If-Match with the item's ETag is required")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    /// <param name="dueBefore">Items whose due (a day, or the first day of a period such as 2025-Q4) is before this day.</param>
    internal static async Task<Results<Ok<PageResponse<ActionItemResource>>, ValidationProblem>> ListAsync(
        string? series, string? status, string? owner, DateOnly? dueBefore, int? pageSize, string? continuationToken,
        ActionItemStore items, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(series))
            return ApiResults.Invalid("series", "Name the series (its id from GET /api/series): action items are listed per series.");
        ActionStatus? wanted = null;
        if (status is not null)
        {
            if (!TryStatus(status, out var s)) return UnknownStatus(status);
            wanted = s;
        }
        if (!ApiResults.TryPageSize(pageSize, out var size, out var problem)) return problem!;
        var page = await items.ListAsync(series, wanted, owner, dueBefore, size, continuationToken, cancellationToken);
        return TypedResults.Ok(new PageResponse<ActionItemResource>(page.Items.Select(ActionItemResource.Of).ToList(), page.ContinuationToken));
    }

    internal static async Task<Results<Ok<ActionItemResource>, ProblemHttpResult>> GetAsync(
        string id, ActionItemStore items, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await items.FindAsync(id, cancellationToken) is not { } item) return ApiResults.NotFound("action item", id);
        response.Headers.ETag = item.ETag;
        return TypedResults.Ok(ActionItemResource.Of(item));
    }

    internal static async Task<Results<Ok<ActionItemResource>, ValidationProblem, ProblemHttpResult>> PatchAsync(
        string id, ActionItemPatch patch, [FromHeader(Name = "If-Match")] string? ifMatch, ActionItemStore items,
        HttpResponse response, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.",
                detail: "Send the action item's current ETag (from GET /api/action-items/{id}) in If-Match.");
        ActionStatus? status = null;
        if (patch.Status is not null)
        {
            if (!TryStatus(patch.Status, out var s)) return UnknownStatus(patch.Status);
            status = s;
        }
        if (patch.Due is { Length: > 0 } due && due != "next-meeting" && DuePeriod.Start(due) is null)
            return ApiResults.Invalid("due", $"'{due}' is not a due: use a day (2025-10-01), a month (2025-10), a quarter (2025-Q4), a half (2025-H2), a year, or next-meeting; an empty string clears it.");
        if (patch is { Status: null, Owner: null, Due: null })
            return ApiResults.Invalid("body", "Nothing to change: send status, owner or due.");
        if (await items.FindAsync(id, cancellationToken) is not { } item) return ApiResults.NotFound("action item", id);

        var updated = await items.UpdateAsync(item, new ActionItemChange(status, patch.Owner?.Trim(), patch.Due?.Trim()), ifMatch, cancellationToken);
        response.Headers.ETag = updated.ETag;
        return TypedResults.Ok(ActionItemResource.Of(updated));
    }

    private static bool TryStatus(string text, out ActionStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(text, out _);

    private static ValidationProblem UnknownStatus(string status) =>
        ApiResults.Invalid("status", $"Unknown status '{status}': use open, done or dropped.");
}

/// <summary>A change to an action item: a field left out stays as it is; an empty owner or due clears it.</summary>
public sealed record ActionItemPatch(string? Status, string? Owner, string? Due);

/// <summary>An action item as integrating systems see it: where it came from, who acts, by when, and how it stands.</summary>
public sealed record ActionItemResource(
    string Id, string SeriesId, string MeetingId, DateOnly? MeetingDate, string? AgendaItemNumber, string Text,
    string? Owner, string? Due, ActionStatus Status, IReadOnlyList<string> Edited, DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("etag")] string? ETag)
{
    public static ActionItemResource Of(ActionItemDocument d) => new(d.Id, d.SeriesId, d.MeetingId, d.MeetingDate,
        d.AgendaItemNumber, d.Text, d.Owner, d.Due, d.Status, d.Edited, d.UpdatedAt, d.ETag);
}
