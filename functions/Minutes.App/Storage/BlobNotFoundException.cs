namespace Minutes.Storage;

public sealed class BlobNotFoundException(string container, string name)
    : Exception($"Blob '{name}' was not found in container '{container}'.")
{
    public string Container { get; } = container;
    public string Name { get; } = name;
}
