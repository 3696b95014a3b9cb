using Microsoft.AspNetCore.Http.HttpResults;

namespace Minutes.Api;

internal static class Problems
{
    /// <summary>A 404 as application/problem+json (TypedResults.NotFound(problem) would serve it as plain JSON).</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Changed(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else");
}
