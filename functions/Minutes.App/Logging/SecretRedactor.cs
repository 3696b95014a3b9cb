using System.Text.RegularExpressions;

namespace Minutes.Logging;

/// <summary>
/// Takes secrets out of text bound for a log: function keys sent as <c>?code=</c> or in <c>x-functions-key</c>, SAS
/// signatures, account and shared-access keys in connection strings, and the configured API keys wherever they
/// stand. Applied to every line and every structured value, so no log level or category lets one through.
/// </summary>
public sealed partial class SecretRedactor(IEnumerable<string> knownSecrets)
{
    public const string Mask = "***";

    private readonly string[] _known = knownSecrets.Where(s => s.Length >= 8).Distinct().ToArray();

    // One pass, no nesting: linear on any input.
    [GeneratedRegex(@"(?<name>[?&;]\s*(?:code|sig|key)=|(?:AccountKey|SharedAccessKey|SharedAccessSignature|Password|pwd)\s*=\s*|x-functions-key[""']?\s*[:=]\s*[""']?)(?<value>[^&;\s""',]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Secret();

    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var redacted = Secret().Replace(text, m => m.Groups["name"].Value + Mask);
        foreach (var secret in _known)
            if (redacted.Contains(secret, StringComparison.Ordinal)) redacted = redacted.Replace(secret, Mask, StringComparison.Ordinal);
        return redacted;
    }
}
