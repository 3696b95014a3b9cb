namespace Minutes.Api;

/// <summary>
/// HTTP wants entity tags quoted. Cosmos DB's are ("\"00000000-…\""); the local protocol server's are not, so the
/// API quotes what it serves and compares what comes back in If-Match without the quotes.
/// </summary>
internal static class ETags
{
    public static string? Header(string? etag) => etag is null or "" ? null : etag.StartsWith('"') ? etag : $"\"{etag}\"";

    public static bool Matches(string ifMatch, string? etag) =>
        etag is not null && ifMatch.Split(',').Select(t => Bare(t.Trim())).Any(t => t == "*" || t == Bare(etag));

    private static string Bare(string tag) => (tag.StartsWith("W/") ? tag[2..] : tag).Trim('"');
}
