using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Minutes.Api;

internal static class Problems
{
    /// <summary>A 404 as application/problem+json (TypedResults.NotFound(problem) would serve it as plain JSON).</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Changed(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else");

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    /// <summary>A 400 naming every field at fault, in errors and in detail.</summary>
    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, Detail(errors), title: "One or more values are not valid");

    public static ValidationProblem Invalid(string field, string message) => Invalid(new() { [field] = [message] });

    /// <summary>
    /// Every problem the app writes passes here (AddProblemDetails' CustomizeProblemDetails): it gets a type for its
    /// status when it has none (the framework knows no type for 413 or 428), a detail built from its errors when it
    /// has none, and the trace id.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Type ??= TypeOf(status);
        if (problem.Detail is null && problem is HttpValidationProblemDetails { Errors.Count: > 0 } validation)
            problem.Detail = Detail(validation.Errors);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
    }

    private static string Detail(IDictionary<string, string[]> errors) =>
        string.Join(" ", errors.Select(e => string.Join(" ", e.Value.Select(m => m.StartsWith(e.Key, StringComparison.Ordinal) ? m : $"{e.Key}: {m}"))));

    /// <summary>Where each status is defined: RFC 9110 for most, RFC 6585 for 428 and 429.</summary>
    private static string TypeOf(int status) => status switch
    {
        428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        >= 400 and <= 417 => $"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.{status - 399}",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        >= 500 and <= 505 => $"https://www.rfc-editor.org/rfc/rfc9110#section-15.6.{status - 499}",
        _ => "about:blank",
    };
}
