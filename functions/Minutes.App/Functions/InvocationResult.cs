namespace Minutes.Functions;

/// <summary>The response body a custom handler returns to the Functions host for a non-HTTP trigger.</summary>
public sealed record InvocationResult(IReadOnlyDictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue)
{
    public static InvocationResult Done(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
