using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Minutes.Storage;

/// <summary>
/// Where a list goes on: the series it stopped in and Cosmos DB's own continuation token within that series (null to
/// start the series from the top). Handed to callers opaque (base64url of JSON), so a list over every series can
/// resume in the right partition.
/// </summary>
internal sealed record PageToken(string Series, string? Cosmos)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static PageToken Decode(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<PageToken>(Base64Url.DecodeFromChars(token)) is { Series.Length: > 0 } decoded
                ? decoded
                : throw new InvalidPageTokenException(token);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new InvalidPageTokenException(token);
        }
    }
}

/// <summary>A continuation token this API did not hand out; the caller's mistake (400), not ours.</summary>
public sealed class InvalidPageTokenException(string token)
    : FormatException($"'{Shorten(token)}' is not a continuation token from this API for this list; start again without one.")
{
    private static string Shorten(string token) => token.Length <= 80 ? token : token[..80] + "…";
}
