using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Minutes.Tests.Faults;

/// <summary>A key sent as ?code= or in the header reaches no log line, at any level.</summary>
[Collection(LocalStackCollection.Name)]
public class SecretsInLogsTests
{
    private sealed class Capture : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);
        public void Dispose() { }

        private sealed class Writer(Capture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }

    [Fact]
    public async Task A_key_in_the_query_or_the_header_is_never_logged()
    {
        var capture = new Capture();
        await using var app = await TestApp.StartAsync(false, s => s.AddSingleton<ILoggerProvider>(capture),
            "--Logging:LogLevel:Default=Trace");
        using var anonymous = new HttpClient { BaseAddress = app.Http.BaseAddress };

        await anonymous.GetAsync($"/api/series?code={app.ApiKey}");
        await anonymous.GetAsync($"/api/meetings/nope?code={app.ApiKey}");
        await app.Http.GetAsync("/api/action-items?pageSize=0");
        await anonymous.GetAsync("/api/series?code=wrong-" + app.ApiKey);

        Assert.NotEmpty(capture.Lines);
        Assert.DoesNotContain(capture.Lines, line => line.Contains(app.ApiKey, StringComparison.Ordinal));
    }
}
