using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Minutes.Api;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Functions;

public sealed class MeetingFunctions(MeetingStore meetings, AcrossSeries everySeries, IOptions<ApiOptions> options)
{
    /// <summary>Meetings, newest first within a series, a page at a time; without a series, every series in turn.</summary>
    [Function("ListMeetings")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "meetings")] HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var (from, to) = (request.Date("from", errors), request.Date("to", errors));
        var pageSize = request.Int("pageSize", errors);
        if (from > to) errors["from"] = [$"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})."];
        if (pageSize is < 1 or > 500) errors["pageSize"] = [$"pageSize is between 1 and 500 ({pageSize} sent)."];
        var (series, q, token) = (request.Text("series", Limits.SeriesId, errors), request.Text("q", Limits.Query, errors),
            request.Text("continuationToken", Limits.ContinuationToken, errors));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var size = pageSize ?? options.Value.DefaultPageSize;
        Task<Page<Meeting>> OfSeries(string s, int n, string? t) => meetings.ListAsync(s, from, to, q, n, t, cancellationToken);
        return TypedResults.Ok(await everySeries.PageAsync(series, size, token, OfSeries, cancellationToken));
    }

    /// <summary>One meeting with its action items as they stand.</summary>
    [Function("GetMeeting")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "meetings/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken) =>
        await meetings.FindAsync(id, cancellationToken) is { } meeting
            ? TypedResults.Ok(meeting)
            : Problems.NotFound($"No meeting '{id}'.");
}
