using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Minutes.Api;

namespace Minutes.Local;

/// <summary>
/// The host's function-key check, for the runner: a function above AuthorizationLevel.Anonymous needs a key in the
/// x-functions-key header or the code query parameter, one of Api:Keys. In Azure the host checks its own keys.
/// </summary>
public sealed class FunctionKeyCheck(IOptions<ApiOptions> options) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var function = context.GetEndpoint()?.Metadata.GetMetadata<FunctionEntry>();
        if (function?.Http is not { AuthLevel: not AuthorizationLevel.Anonymous } || IsValid(context.Request))
        {
            await next(context);
            return;
        }
        await Results.Problem(
            title: "A key is required",
            detail: "Send a function key in the x-functions-key header or the code query parameter.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
    }

    private bool IsValid(HttpRequest request)
    {
        var given = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (string.IsNullOrEmpty(given)) return false;
        var bytes = Encoding.UTF8.GetBytes(given);
        return options.Value.Keys.Any(k => k.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k), bytes));
    }
}
