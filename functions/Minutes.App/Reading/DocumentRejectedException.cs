namespace Minutes.Reading;

/// <summary>The upload cannot be read: unsupported type, corrupt file, or nothing readable in it.</summary>
public sealed class DocumentRejectedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
