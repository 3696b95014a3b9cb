namespace Minutes.Local;

/// <summary>
/// Answers the routing itself gives (404 no such route, 405 a route without that method) as problem details with a
/// detail naming what is wrong, like every other error of the API. A response that already has a body is left alone.
/// </summary>
public static class StatusProblems
{
    public static WebApplication UseStatusProblems(this WebApplication app)
    {
        app.UseStatusCodePages(async pages =>
        {
            var http = pages.HttpContext;
            var (title, detail) = http.Response.StatusCode switch
            {
                404 => ("Not found", $"No route {http.Request.Path}: GET /api/openapi.json lists the routes."),
                405 => ("Method not allowed",
                    $"{http.Request.Method} is not served on {http.Request.Path}" +
                    (http.Response.Headers.Allow is { Count: > 0 } allow ? $"; it takes {allow.ToString()}." : ".")),
                _ => ((string?)null, (string?)null),
            };
            if (title is null) return;
            await Results.Problem(detail, statusCode: http.Response.StatusCode, title: title).ExecuteAsync(http);
        });
        return app;
    }
}
