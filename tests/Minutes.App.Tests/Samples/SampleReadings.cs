using System.Collections.Concurrent;
using Minutes.Reading;
using Minutes.Text;

namespace Minutes.Tests.Samples;

/// <summary>Reads each shipped sample once (OCR of a scan takes seconds a page) for every test that needs its text.</summary>
public sealed class SampleReadings
{
    private readonly ConcurrentDictionary<string, Lazy<Task<DocumentText>>> _read = new();

    public static DocumentReader Reader() => Reading.Readers.Reader();

    public Task<DocumentText> ReadAsync(string file) =>
        _read.GetOrAdd(file, f => new Lazy<Task<DocumentText>>(() => Reader().ReadAsync(Path.Combine("samples", f)))).Value;
}

[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleReadings>
{
    public const string Name = "samples";
}
