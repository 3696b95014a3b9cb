using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Minutes.Api;

/// <summary>
/// Every /api route but the health probe needs a key, presented the way Azure Functions takes function keys:
/// the x-functions-key header or the code query parameter.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, IOptionsMonitor<ApiOptions> options, IProblemDetailsService problems)
{
    public const string Header = "x-functions-key";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!NeedsKey(context.Request.Path) || IsKnown(Presented(context.Request)))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "An API key is required.",
                Detail = $"Send a valid key in the {Header} header or the code query parameter.",
            },
        });
    }

    private static bool NeedsKey(PathString path) =>
        path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/health");

    private static string? Presented(HttpRequest request) =>
        request.Headers[Header].FirstOrDefault() is { Length: > 0 } header ? header : request.Query["code"].FirstOrDefault();

    private bool IsKnown(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return false;
        var given = Encoding.UTF8.GetBytes(presented);
        var known = false;
        // Compare against every key in constant time so timing tells nothing about which key came close.
        foreach (var key in options.CurrentValue.Keys)
            known |= key.Length > 0 && CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key));
        return known;
    }
}
