using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Minutes.Api;

/// <summary>
/// Every /api route but health needs a key, given the way Azure Functions takes one: the x-functions-key header or
/// the code query parameter. Behind the Functions host the app listens on loopback only and the host has checked
/// its function keys already, so the check is the host's there.
/// </summary>
public sealed class ApiKeyCheck(IOptions<ApiOptions> options) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        var guarded = path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/health");
        if (!guarded || options.Value.KeysCheckedByHost || IsValid(context.Request))
        {
            await next(context);
            return;
        }
        await Results.Problem(
            title: "A key is required",
            detail: "Send the API key in the x-functions-key header or the code query parameter.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
    }

    private bool IsValid(HttpRequest request)
    {
        var given = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (string.IsNullOrEmpty(given)) return false;
        var bytes = Encoding.UTF8.GetBytes(given);
        return options.Value.Keys.Any(k => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k), bytes));
    }
}
