namespace Minutes.Api;

/// <summary>One page of a list; pass continuationToken back (as the query parameter) for the next, null at the end.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, string? ContinuationToken);
