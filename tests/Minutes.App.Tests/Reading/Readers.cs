using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Minutes.Reading;

namespace Minutes.Tests.Reading;

/// <summary>A DocumentReader wired the way the app wires it, with settings a test chooses.</summary>
internal static class Readers
{
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static IServiceProvider Services(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? before = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddLogging();
        before?.Invoke(builder.Services);
        builder.AddReading();
        return builder.Services.BuildServiceProvider();
    }

    public static DocumentReader Reader(IDictionary<string, string?>? settings = null) =>
        Services(settings).GetRequiredService<DocumentReader>();
}
