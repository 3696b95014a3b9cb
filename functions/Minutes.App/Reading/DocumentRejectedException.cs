namespace Minutes.Reading;

/// <summary>The document cannot be read as minutes at all (wrong type, corrupt, nothing on it); never retried.</summary>
public sealed class DocumentRejectedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
