using System.ComponentModel.DataAnnotations;

namespace Minutes.Api;

/// <summary>Section "Api": the keys callers present (as Azure Functions function keys) and the upload limit.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    [MinLength(1, ErrorMessage = "Set at least one API key: Api:Keys:0 (Api__Keys__0).")]
    public List<string> Keys { get; set; } = [];

    [Range(1, long.MaxValue, ErrorMessage = "Api:MaxUploadBytes must be positive.")]
    public long MaxUploadBytes { get; set; } = 50 * 1024 * 1024;
}
