using Microsoft.AspNetCore.Mvc;

namespace Minutes.Api;

internal static class Problems
{
    public static ProblemDetails NotFound(string detail) => new() { Status = 404, Title = "Not found", Detail = detail };
}
