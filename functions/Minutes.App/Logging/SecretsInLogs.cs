using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minutes.Api;

namespace Minutes.Logging;

public static class SecretsInLogs
{
    /// <summary>
    /// Puts the logger factory behind the <see cref="SecretRedactor"/>, so that no provider (console, Application
    /// Insights, the worker's channel to the host, a test's) sees a key, whatever the log levels say.
    /// </summary>
    public static IServiceCollection RedactSecretsInLogs(this IServiceCollection services)
    {
        var factory = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Logging is not registered yet; add it before redacting it.");
        services.Remove(factory);
        services.AddSingleton(sp => new SecretRedactor(sp.GetService<IOptions<ApiOptions>>()?.Value.Keys ?? []));
        services.AddSingleton<ILoggerFactory>(sp => new RedactingLoggerFactory(Create(sp, factory), sp.GetRequiredService<SecretRedactor>()));
        return services;
    }

    private static ILoggerFactory Create(IServiceProvider services, ServiceDescriptor factory) =>
        (ILoggerFactory)(factory.ImplementationInstance
            ?? factory.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, factory.ImplementationType!));
}
