using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Minutes.Api;
using Minutes.FollowUps;
using Minutes.Storage;

namespace Minutes.Functions;

/// <summary>
/// People decide on the follow-ups the linker found for an action item: confirm one (the item is done) or reject it
/// (the item goes back to what its other follow-ups make it). {n} is the follow-up's number as the action item lists it;
/// If-Match must carry the action item's ETag last read.
/// </summary>
public sealed class FollowUpFunctions(ActionItemStore items, TimeProvider clock)
{
    [Function("ConfirmFollowUp")]
    public Task<IResult> ConfirmAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "action-items/{id}/follow-ups/{n}/confirm")] HttpRequest request,
        string id, string n, CancellationToken cancellationToken) =>
        DecideAsync(request, id, n, FollowUpRules.Confirm, cancellationToken);

    [Function("RejectFollowUp")]
    public Task<IResult> RejectAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "action-items/{id}/follow-ups/{n}/reject")] HttpRequest request,
        string id, string n, CancellationToken cancellationToken) =>
        DecideAsync(request, id, n, FollowUpRules.Reject, cancellationToken);

    private async Task<IResult> DecideAsync(HttpRequest request, string id, string n,
        Func<FollowUpState, int, DateTimeOffset, FollowUpState?> decide, CancellationToken cancellationToken)
    {
        if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["n"] = [$"n is a follow-up's number, 1 or more ('{n}' is not)."] });
        if (request.Header("If-Match") is not { } ifMatch)
            return TypedResults.Problem("Send the action item's ETag in If-Match (GET it first).", statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required");

        if (await items.FindAsync(id, cancellationToken) is not { } item)
            return Problems.NotFound($"No action item '{id}'.");
        if (!ETags.Matches(ifMatch, item.ETag))
            return Problems.Changed("The action item changed since it was read; read it again and send its current ETag in If-Match.");
        if (decide(item.FollowUpState(), number, clock.GetUtcNow()) is not { } state)
            return Problems.NotFound($"Action item '{id}' has no follow-up {number}.");
        // The stored ETag goes to Cosmos, which checks it again atomically.
        var updated = await items.SaveFollowUpsAsync(item, state, item.NextMeetingDate, byPerson: true, item.ETag!, cancellationToken);
        request.HttpContext.Response.Headers.ETag = ETags.Header(updated.ETag);
        return TypedResults.Ok(updated);
    }
}
