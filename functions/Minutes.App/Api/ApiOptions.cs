namespace Minutes.Api;

/// <summary>Section "Api": how much callers may upload, how much a page holds, and the local runner's keys.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// The keys the local runner accepts (x-functions-key header or code query). In Azure the Functions host checks
    /// its own function keys before a request reaches the app, and this list is not read.
    /// </summary>
    public List<string> Keys { get; set; } = [];

    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    public int DefaultPageSize { get; set; } = 50;
}
