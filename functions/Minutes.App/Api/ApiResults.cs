using Microsoft.AspNetCore.Http.HttpResults;

namespace Minutes.Api;

internal static class ApiResults
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}.",
            detail: $"There is no {what} with id '{id}'.");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>Page sizes are bounded so one request cannot ask a partition for everything at once.</summary>
    public static bool TryPageSize(int? requested, out int pageSize, out ValidationProblem? problem)
    {
        pageSize = requested ?? 50;
        problem = pageSize is < 1 or > 200 ? Invalid("pageSize", "pageSize must be between 1 and 200.") : null;
        return problem is null;
    }
}
