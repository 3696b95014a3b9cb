using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Minutes.Local;

/// <summary>One function of the app as its attributes define it: its name, its method and its trigger.</summary>
public sealed record FunctionEntry(string Name, MethodInfo Method, ParameterInfo TriggerParameter, Attribute Trigger)
{
    // Read off the method once, not on every call: reflection's lookups allocate, and a request should not pay for them.
    public ParameterInfo[] Parameters { get; } = Method.GetParameters();
    public ObjectFactory? Factory { get; } = Method.IsStatic ? null : ActivatorUtilities.CreateFactory(Method.DeclaringType!, Type.EmptyTypes);
    public PropertyInfo? TaskResult { get; } =
        Method.ReturnType.IsGenericType && typeof(Task).IsAssignableFrom(Method.ReturnType) ? Method.ReturnType.GetProperty(nameof(Task<object>.Result)) : null;

    public HttpTriggerAttribute? Http => Trigger as HttpTriggerAttribute;
    public BlobTriggerAttribute? Blob => Trigger as BlobTriggerAttribute;
    public QueueTriggerAttribute? Queue => Trigger as QueueTriggerAttribute;
    public TimerTriggerAttribute? Timer => Trigger as TimerTriggerAttribute;
}

/// <summary>
/// What the runner knows of the functions: read off their [Function] and trigger attributes, the same attributes the
/// Worker SDK turns into functions.metadata for the Functions host. There is no second list of routes or triggers.
/// </summary>
public sealed class FunctionCatalog(IReadOnlyList<FunctionEntry> functions)
{
    public IReadOnlyList<FunctionEntry> Functions { get; } = functions;

    public static FunctionCatalog Of(Assembly assembly)
    {
        var entries = new List<FunctionEntry>();
        foreach (var type in assembly.GetExportedTypes())
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is not { } function) continue;
                var triggers = method.GetParameters()
                    .SelectMany(p => p.GetCustomAttributes().Where(IsTrigger).Select(a => (Parameter: p, Attribute: a)))
                    .ToList();
                if (triggers.Count != 1)
                    throw new InvalidOperationException($"Function {function.Name} has {triggers.Count} triggers; one is expected.");
                entries.Add(new FunctionEntry(function.Name, method, triggers[0].Parameter, triggers[0].Attribute));
            }
        return new FunctionCatalog(entries);
    }

    private static bool IsTrigger(Attribute a) =>
        a is HttpTriggerAttribute or BlobTriggerAttribute or QueueTriggerAttribute or TimerTriggerAttribute;

    /// <summary>Replaces %Setting% in a trigger's path or schedule with its value, as the host's name resolver does.</summary>
    public static string Resolve(string value, IConfiguration configuration) =>
        System.Text.RegularExpressions.Regex.Replace(value, "%([^%]+)%", m =>
            configuration[m.Groups[1].Value] ?? throw new InvalidOperationException($"The setting '{m.Groups[1].Value}' named in '{value}' is not set."));
}
