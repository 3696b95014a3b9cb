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
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // The structured values too: Application Insights turns them into custom dimensions.
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                capture.Lines.Enqueue($"{category}: {formatter(state, exception)} {values} {exception}");
            }
        }
    }

    [Fact]
    public async Task A_key_in_the_query_or_the_header_is_never_logged()
    {
        var capture = new Capture();
        await using var app = await TestApp.StartAsync(false, s => s.AddSingleton<ILoggerProvider>(capture),
            "--Logging:LogLevel:Default=Trace", "--Logging:LogLevel:Microsoft=Trace",
            "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Trace", "--Logging:LogLevel:Microsoft.AspNetCore.Routing=Trace");
        using var anonymous = new HttpClient { BaseAddress = app.Http.BaseAddress };

        await anonymous.GetAsync($"/api/series?code={app.ApiKey}");
        await anonymous.GetAsync($"/api/meetings/nope?code={app.ApiKey}");
        await app.Http.GetAsync("/api/action-items?pageSize=0");
        await anonymous.GetAsync("/api/series?code=wrong-" + app.ApiKey);

        // The request lines were logged (so the check below means something), with the key masked.
        Assert.Contains(capture.Lines, line => line.Contains("Request starting", StringComparison.Ordinal) && line.Contains("code=***", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains(app.ApiKey, StringComparison.Ordinal));
    }
}
