using System.Collections;
using Microsoft.Extensions.Logging;

namespace Minutes.Logging;

/// <summary>
/// The logger factory, with every line passed through the <see cref="SecretRedactor"/> before any provider sees it.
/// It wraps the factory, not the providers, so the filter rules written for a provider (Application Insights at
/// Warning, say) still find it.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner, SecretRedactor redactor) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new Redacting(inner.CreateLogger(categoryName), redactor);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class Redacting(ILogger inner, SecretRedactor redactor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel)) return;
            var message = redactor.Redact(formatter(state, exception)) ?? "";
            // Providers that read the structured values (Application Insights makes them custom dimensions) get
            // redacted values too; the message is formatted once, from the original state.
            inner.Log(logLevel, eventId, new RedactedState(state as IEnumerable<KeyValuePair<string, object?>>, message, redactor),
                exception, static (s, _) => s.Message);
        }
    }

    private sealed class RedactedState(IEnumerable<KeyValuePair<string, object?>>? values, string message, SecretRedactor redactor)
        : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?>[] _values = (values ?? [])
            .Select(v => new KeyValuePair<string, object?>(v.Key, v.Value switch
            {
                null => null,
                string text => redactor.Redact(text),
                // Numbers, dates and the like hold no secret and keep their type.
                _ when v.Value.GetType().IsPrimitive || v.Value is DateTime or DateTimeOffset or TimeSpan or Guid or Enum or decimal => v.Value,
                _ => redactor.Redact(v.Value.ToString()),
            }))
            .ToArray();

        public string Message => message;
        public KeyValuePair<string, object?> this[int index] => _values[index];
        public int Count => _values.Length;
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => message;
    }
}
