using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Minutes.Api;

/// <summary>
/// Query values and JSON bodies read off a request, the way the API's contract spells them. A bad value is
/// added to the errors under its name, so one 400 names every field at fault.
/// </summary>
internal static class RequestValues
{
    public static string? Text(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    /// <summary>A query value no longer than max; a longer one is added to the errors with the limit.</summary>
    public static string? Text(this HttpRequest request, string name, int max, Dictionary<string, string[]> errors) =>
        request.Text(name) is { } text && Limits.Check(name, text, max, errors) ? text : null;

    public static DateOnly? Date(this HttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        if (request.Text(name) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[name] = [$"{name} is a date, yyyy-MM-dd ('{text}' is not)."];
        return null;
    }

    public static int? Int(this HttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        if (request.Text(name) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        errors[name] = [$"{name} is a whole number ('{text}' is not)."];
        return null;
    }

    public static bool? Bool(this HttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        if (request.Text(name) is not { } text) return null;
        if (bool.TryParse(text, out var value)) return value;
        errors[name] = [$"{name} is true or false ('{text}' is not)."];
        return null;
    }

    public static string? Header(this HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    /// <summary>
    /// The address the request was asked at (scheme://host), no path: behind a proxy that says where it was asked
    /// (X-Forwarded-Proto, X-Forwarded-Host), that address.
    /// </summary>
    public static string AddressAskedAt(this HttpRequest request)
    {
        var scheme = FirstOf(request, "X-Forwarded-Proto") is "http" or "https" ? FirstOf(request, "X-Forwarded-Proto")! : request.Scheme;
        var host = FirstOf(request, "X-Forwarded-Host") ?? request.Host.Value;
        return $"{scheme}://{host}";
    }

    /// <summary>The first value of a header that may list several (a chain of proxies), or null.</summary>
    private static string? FirstOf(HttpRequest request, string header) =>
        request.Headers[header].FirstOrDefault()?.Split(',')[0].Trim() is { Length: > 0 } value ? value : null;

    /// <summary>The JSON body as T, with the API's JSON conventions. Malformed JSON throws JsonException, which answers 400.</summary>
    public static async Task<T> JsonBodyAsync<T>(this HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType())
            throw new UnsupportedBodyException("Send the body as JSON (Content-Type: application/json).");
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>();
        return await request.ReadFromJsonAsync<T>(options.Value.SerializerOptions, cancellationToken)
            ?? throw new JsonException("The body is empty or null; send a JSON object.");
    }
}

/// <summary>A body of the wrong media type: 415.</summary>
internal sealed class UnsupportedBodyException(string message) : Exception(message);
