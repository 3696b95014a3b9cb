namespace Minutes.Api;

/// <summary>The name an upload is kept under: the last segment of what the client sent, never a path or a dot name.</summary>
internal static class UploadName
{
    public static string? Clean(string given)
    {
        var name = Path.GetFileName(given.Replace('\\', '/')).Trim();
        if (name is "" or "." or ".." || name.Any(char.IsControl) || name.Length > Limits.FileName) return null;
        return name;
    }
}
