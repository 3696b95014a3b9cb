using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Minutes.Api;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Functions;

public sealed class ActionItemFunctions(ActionItemStore items, AcrossSeries everySeries, IOptions<ApiOptions> options)
{
    /// <summary>The body of a PATCH: any of the three, as strings; status one of open, reported, done, dropped.</summary>
    public sealed record ActionItemPatch(string? Status, string? Owner, string? Due);

    /// <summary>Action items of a series, or of every series in turn.</summary>
    [Function("ListActionItems")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "action-items")] HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var status = request.Text("status", Limits.Status, errors) is { } given ? ParseStatus(given, errors) : null;
        var dueBefore = request.Date("dueBefore", errors);
        var overdue = request.Bool("overdue", errors) ?? false;
        var pageSize = request.Int("pageSize", errors);
        if (pageSize is < 1 or > 500) errors["pageSize"] = [$"pageSize is between 1 and 500 ({pageSize} sent)."];
        var (series, owner, token) = (request.Text("series", Limits.SeriesId, errors), request.Text("owner", Limits.Person, errors),
            request.Text("continuationToken", Limits.ContinuationToken, errors));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var size = pageSize ?? options.Value.DefaultPageSize;
        Task<Page<ActionItemDocument>> OfSeries(string s, int n, string? t) => items.ListAsync(s, status, owner, dueBefore, overdue, n, t, cancellationToken);
        return TypedResults.Ok(await everySeries.PageAsync(series, size, token, OfSeries, cancellationToken));
    }

    /// <summary>One action item, with its ETag.</summary>
    [Function("GetActionItem")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "action-items/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        if (await items.FindAsync(id, cancellationToken) is not { } item)
            return Problems.NotFound($"No action item '{id}'.");
        request.HttpContext.Response.Headers.ETag = ETags.Header(item.ETag);
        return TypedResults.Ok(item);
    }

    /// <summary>Change status, owner or due; If-Match must carry the ETag last read.</summary>
    [Function("UpdateActionItem")]
    public async Task<IResult> UpdateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "patch", Route = "action-items/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var patch = await request.JsonBodyAsync<ActionItemPatch>(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var status = patch.Status is not null && Limits.Check("status", patch.Status, Limits.Status, errors) ? ParseStatus(patch.Status, errors) : null;
        Limits.Check("owner", patch.Owner, Limits.Person, errors);
        if (Limits.Check("due", patch.Due, Limits.Due, errors) && patch.Due is { Length: > 0 } due && due != "next-meeting" && DuePeriod.Start(due) is null)
            errors["due"] = ["due is a date (2026-03-01), a month (2026-03), an ISO week (2026-W42), a quarter (2025-Q4), a half (2026-H1), a year or next-meeting."];
        if (patch is { Status: null, Owner: null, Due: null }) errors["body"] = ["Send at least one of status, owner, due."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (request.Header("If-Match") is not { } ifMatch)
            return TypedResults.Problem("If-Match: send the action item's ETag (GET it first), or * to change it whatever it holds.",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required");

        if (await items.FindAsync(id, cancellationToken) is not { } item)
            return Problems.NotFound($"No action item '{id}'.");
        if (!ETags.Matches(ifMatch, item.ETag))
            return Problems.Changed("If-Match: the action item changed since it was read; read it again and send its current ETag.");
        // The stored ETag, not the header's spelling of it, goes to Cosmos, which checks it again atomically.
        var updated = await items.UpdateAsync(item, new ActionItemChange(status, patch.Owner, patch.Due), item.ETag!, cancellationToken);
        request.HttpContext.Response.Headers.ETag = ETags.Header(updated.ETag);
        return TypedResults.Ok(updated);
    }

    private static ActionStatus? ParseStatus(string value, Dictionary<string, string[]> errors)
    {
        if (Enum.TryParse<ActionStatus>(value, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(value, out _)) return s;
        errors["status"] = [$"status '{value}' is unknown: use open, reported, done or dropped."];
        return null;
    }
}
