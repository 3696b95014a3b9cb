namespace Minutes.Api;

/// <summary>Section "Api": who may call the API and how much they may upload.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Accepted keys (x-functions-key header or code query). Under the Functions host the host checks its own function keys instead.</summary>
    public List<string> Keys { get; set; } = [];

    /// <summary>True behind the Functions host (set by `serve`): the host checks its function keys and the app listens on loopback only.</summary>
    public bool KeysCheckedByHost { get; set; }

    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    public int DefaultPageSize { get; set; } = 50;
}
