using System.Buffers.Text;
using System.Text;

namespace Minutes.Storage;

/// <summary>The continuation token of a list: the last id served, opaque to callers (base64url).</summary>
internal static class PageToken
{
    public static string Encode(string lastId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastId));

    public static string Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw new InvalidPageTokenException(token);
        }
    }
}

/// <summary>A continuation token this API did not hand out; the caller's mistake (400), not ours.</summary>
public sealed class InvalidPageTokenException(string token)
    : FormatException($"'{token}' is not a continuation token from this API; start again without one.");
