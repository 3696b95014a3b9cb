using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Minutes.Storage;

/// <summary>
/// Signs requests with the account key (Shared Key authorization), which Azurite needs; in Azure the app uses
/// a managed identity instead. Azure.Storage.Common carries this policy but does not restore here.
/// </summary>
internal sealed class SharedKeyPolicy(string accountName, byte[] accountKey) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", DateTimeOffset.UtcNow.ToString("R"));
        var signature = Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(StringToSign(request))));
        request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{signature}");
    }

    private string StringToSign(Request request)
    {
        string Header(string name) => request.Headers.TryGetValue(name, out var v) ? v : "";
        var length = request.Content is not null && request.Content.TryComputeLength(out var n) && n > 0 ? n.ToString() : "";
        var sb = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(Header("Content-Encoding")).Append('\n')
            .Append(Header("Content-Language")).Append('\n')
            .Append(length).Append('\n')
            .Append(Header("Content-MD5")).Append('\n')
            .Append(Header("Content-Type")).Append('\n')
            .Append('\n') // Date: x-ms-date is used instead
            .Append(Header("If-Modified-Since")).Append('\n')
            .Append(Header("If-Match")).Append('\n')
            .Append(Header("If-None-Match")).Append('\n')
            .Append(Header("If-Unmodified-Since")).Append('\n')
            .Append(Header("Range")).Append('\n');

        foreach (var header in request.Headers
                     .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                     .Select(h => (Name: h.Name.ToLowerInvariant(), Value: h.Value.Trim()))
                     .OrderBy(h => h.Name, StringComparer.Ordinal))
            sb.Append(header.Name).Append(':').Append(header.Value).Append('\n');

        var uri = request.Uri.ToUri();
        sb.Append('/').Append(accountName).Append(uri.AbsolutePath);
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Name: Uri.UnescapeDataString(p[0]).ToLowerInvariant(), Value: p.Length > 1 ? Uri.UnescapeDataString(p[1]) : ""))
            .GroupBy(p => p.Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in query)
            sb.Append('\n').Append(group.Key).Append(':').Append(string.Join(',', group.Select(p => p.Value).Order(StringComparer.Ordinal)));
        return sb.ToString();
    }
}
