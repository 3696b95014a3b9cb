using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Api;

public static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetings(this RouteGroupBuilder api)
    {
        api.MapGet("/meetings", ListAsync).WithName("ListMeetings").WithSummary("Meetings of a series, newest first, a page at a time");
        api.MapGet("/meetings/{id}", GetAsync).WithName("GetMeeting").WithSummary("One meeting with its action items as they stand");
        return api;
    }

    private static async Task<Results<Ok<Page<Meeting>>, ValidationProblem>> ListAsync(
        MeetingStore meetings, IOptions<ApiOptions> options, string? series, DateOnly? from, DateOnly? to, string? q,
        int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(series)) errors["series"] = ["Name the series (GET /api/series lists them)."];
        if (from > to) errors["from"] = ["from is after to."];
        if (pageSize is < 1 or > 500) errors["pageSize"] = ["pageSize is between 1 and 500."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await meetings.ListAsync(series!, from, to, q, pageSize ?? options.Value.DefaultPageSize,
            continuationToken, cancellationToken));
    }

    private static async Task<Results<Ok<Meeting>, ProblemHttpResult>> GetAsync(
        string id, MeetingStore meetings, CancellationToken cancellationToken) =>
        await meetings.FindAsync(id, cancellationToken) is { } meeting
            ? TypedResults.Ok(meeting)
            : Problems.NotFound($"No meeting '{id}'.");
}
