using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Api;

public static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetings(this RouteGroupBuilder api)
    {
        api.MapGet("/meetings", ListAsync).WithName("ListMeetings")
            .WithSummary("Meetings, newest first within a series, a page at a time; without a series, every series in turn");
        api.MapGet("/meetings/{id}", GetAsync).WithName("GetMeeting").WithSummary("One meeting with its action items as they stand");
        return api;
    }

    private static async Task<Results<Ok<Page<Meeting>>, ValidationProblem>> ListAsync(
        MeetingStore meetings, AcrossSeries everySeries, IOptions<ApiOptions> options, string? series, DateOnly? from, DateOnly? to,
        string? q, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (from > to) errors["from"] = ["from is after to."];
        if (pageSize is < 1 or > 500) errors["pageSize"] = ["pageSize is between 1 and 500."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var size = pageSize ?? options.Value.DefaultPageSize;
        Task<Page<Meeting>> OfSeries(string s, int n, string? token) => meetings.ListAsync(s, from, to, q, n, token, cancellationToken);
        return TypedResults.Ok(string.IsNullOrWhiteSpace(series)
            ? await everySeries.PageAsync(size, continuationToken, m => m.Id, OfSeries, cancellationToken)
            : await OfSeries(series, size, continuationToken));
    }

    private static async Task<Results<Ok<Meeting>, ProblemHttpResult>> GetAsync(
        string id, MeetingStore meetings, CancellationToken cancellationToken) =>
        await meetings.FindAsync(id, cancellationToken) is { } meeting
            ? TypedResults.Ok(meeting)
            : Problems.NotFound($"No meeting '{id}'.");
}
