namespace Minutes.Api;

/// <summary>
/// The longest text the API takes in each field (Cosmos DB caps an item at 2 MB, and nobody's title is a page long).
/// openapi.json gives the same figures as maxLength; a longer value answers 400 naming the field and its limit.
/// </summary>
internal static class Limits
{
    public const int Title = 300;
    public const int Location = 200;
    public const int Person = 200; // owner, proposedBy
    public const int Due = 32;
    public const int Status = 16;
    public const int FileName = 255;
    public const int SeriesId = 100;
    public const int Query = 200; // series, q, owner in a query
    public const int ContinuationToken = 2000;
    public const int Meetings = 200; // entries in one schedule

    /// <summary>Adds "{name} is at most {max} characters" to the errors when the value is longer; true when it fits.</summary>
    public static bool Check(string name, string? value, int max, Dictionary<string, string[]> errors)
    {
        if (value is null || value.Length <= max) return true;
        errors[name] = [$"{name} is at most {max} characters ({value.Length} sent)."];
        return false;
    }
}
