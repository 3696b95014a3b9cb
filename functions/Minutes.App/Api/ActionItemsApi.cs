using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Api;

public static class ActionItemsApi
{
    public static RouteGroupBuilder MapActionItems(this RouteGroupBuilder api)
    {
        api.MapGet("/action-items", ListAsync).WithName("ListActionItems")
            .WithSummary("Action items of a series, or of every series in turn");
        api.MapGet("/action-items/{id}", GetAsync).WithName("GetActionItem").WithSummary("One action item, with its ETag");
        api.MapPatch("/action-items/{id}", UpdateAsync).WithName("UpdateActionItem")
            .WithSummary("Change status, owner or due; If-Match must carry the ETag last read");
        return api;
    }

    /// <summary>The body of a PATCH: any of the three, as strings; status one of open, done, dropped.</summary>
    public sealed record ActionItemPatch(string? Status, string? Owner, string? Due);

    private static async Task<Results<Ok<Page<ActionItemDocument>>, ValidationProblem>> ListAsync(
        ActionItemStore items, AcrossSeries everySeries, IOptions<ApiOptions> options, string? series, string? status, string? owner,
        DateOnly? dueBefore, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ActionStatus? parsed = null;
        if (status is not null)
        {
            if (ParseStatus(status) is { } s) parsed = s;
            else errors["status"] = [$"Unknown status '{status}': use open, done or dropped."];
        }
        if (pageSize is < 1 or > 500) errors["pageSize"] = ["pageSize is between 1 and 500."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var size = pageSize ?? options.Value.DefaultPageSize;
        Task<Page<ActionItemDocument>> OfSeries(string s, int n, string? token) =>
            items.ListAsync(s, parsed, owner, dueBefore, n, token, cancellationToken);
        return TypedResults.Ok(string.IsNullOrWhiteSpace(series)
            ? await everySeries.PageAsync(size, continuationToken, i => i.Id, OfSeries, cancellationToken)
            : await OfSeries(series, size, continuationToken));
    }

    private static async Task<Results<Ok<ActionItemDocument>, ProblemHttpResult>> GetAsync(
        string id, ActionItemStore items, HttpContext http, CancellationToken cancellationToken)
    {
        if (await items.FindAsync(id, cancellationToken) is not { } item)
            return Problems.NotFound($"No action item '{id}'.");
        http.Response.Headers.ETag = ETags.Header(item.ETag);
        return TypedResults.Ok(item);
    }

    private static async Task<Results<Ok<ActionItemDocument>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, ActionItemPatch patch, [FromHeader(Name = "If-Match")] string? ifMatch, ActionItemStore items,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ActionStatus? status = null;
        if (patch.Status is not null)
        {
            if (ParseStatus(patch.Status) is { } s) status = s;
            else errors["status"] = [$"Unknown status '{patch.Status}': use open, done or dropped."];
        }
        if (patch.Due is { Length: > 0 } due && due != "next-meeting" && DuePeriod.Start(due) is null)
            errors["due"] = ["due is a date (2026-03-01), a month (2026-03), a quarter (2025-Q4), a half (2026-H1), a year or next-meeting."];
        if (patch is { Status: null, Owner: null, Due: null }) errors["body"] = ["Send at least one of status, owner, due."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (string.IsNullOrWhiteSpace(ifMatch))
            return TypedResults.Problem("Send the action item's ETag in If-Match (GET it first).", statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required");

        if (await items.FindAsync(id, cancellationToken) is not { } item)
            return Problems.NotFound($"No action item '{id}'.");
        if (!ETags.Matches(ifMatch, item.ETag))
            return TypedResults.Problem("The action item changed since it was read; read it again and send its current ETag in If-Match.",
                statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else");
        // The stored ETag, not the header's spelling of it, goes to Cosmos, which checks it again atomically.
        var updated = await items.UpdateAsync(item, new ActionItemChange(status, patch.Owner, patch.Due), item.ETag!, cancellationToken);
        http.Response.Headers.ETag = ETags.Header(updated.ETag);
        return TypedResults.Ok(updated);
    }

    private static ActionStatus? ParseStatus(string value) =>
        Enum.TryParse<ActionStatus>(value, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(value, out _) ? s : null;
}
