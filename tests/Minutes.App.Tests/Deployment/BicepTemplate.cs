using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Minutes.Tests.Deployment;

/// <summary>
/// The Bicep under infra/, compiled by the Bicep CLI that the test project downloads from NuGet
/// (<c>PackageDownload Azure.Bicep.CommandLine.linux-x64</c>; the executable sits in the package's tools/ folder).
/// Compilations are cached per file for the test run. <see cref="AppSettings"/> answers which app settings
/// infra/main.bicep gives the function app, read from the compiled ARM template.
/// </summary>
public static partial class BicepTemplate
{
    public static string InfraDirectory { get; } = FindInfraDirectory();

    /// <summary>File names (not paths) of every .bicep file in infra/, in order.</summary>
    public static IReadOnlyList<string> Files =>
        Directory.GetFiles(InfraDirectory, "*.bicep").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    private static readonly Lazy<string> CompilerPath = new(FindCompiler);
    private static readonly ConcurrentDictionary<string, Lazy<Compilation>> Builds = new();

    /// <summary>The <c>bicep</c> executable, made executable if the restore left it without the bit.</summary>
    public static string Compiler => CompilerPath.Value;

    /// <summary><c>bicep build</c> of one file of infra/ (cached): exit code, diagnostics and the ARM template.</summary>
    public static Compilation Build(string file) =>
        Builds.GetOrAdd(file, f => new Lazy<Compilation>(() => Compile(f))).Value;

    /// <summary><c>bicep lint</c> of one file of infra/, with infra/bicepconfig.json: exit code and diagnostics.</summary>
    public static Compilation Lint(string file)
    {
        var run = Run("lint", Path.Combine(InfraDirectory, file), "--diagnostics-format", "sarif");
        return new Compilation(run.ExitCode, Sarif(run.StandardOutput), null, run.StandardError);
    }

    /// <summary>
    /// The app settings of the function app in main.bicep: name → value, a literal (a variable holding a literal is
    /// resolved) or the ARM expression computed at deployment.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AppSettings(string file = "main.bicep")
    {
        var template = Template(file);
        var site = Resources(template)
            .Single(r => string.Equals(r.GetProperty("type").GetString(), "Microsoft.Web/sites", StringComparison.OrdinalIgnoreCase));
        return site.GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => Resolve(template, s.GetProperty("value")), StringComparer.Ordinal);
    }

    /// <summary>The compiled ARM template of one file of infra/.</summary>
    public static JsonElement Template(string file) =>
        Build(file).Template ?? throw new InvalidOperationException($"{file} did not compile: {Build(file)}");

    /// <summary>A value of the template as text, <c>[variables('x')]</c> replaced by x's value while that is a literal.</summary>
    public static string Resolve(JsonElement template, JsonElement value)
    {
        while (value.ValueKind == JsonValueKind.String
            && VariableReference().Match(value.GetString()!) is { Success: true } reference
            && template.TryGetProperty("variables", out var variables)
            && variables.TryGetProperty(reference.Groups[1].Value, out var variable))
            value = variable;
        return value.ToString();
    }

    [GeneratedRegex(@"^\[variables\('([A-Za-z0-9_]+)'\)\]$")]
    private static partial Regex VariableReference();

    /// <summary>Names of the app settings main.bicep gives the function app (as Azure spells them: <c>Section__Key</c>).</summary>
    public static IReadOnlySet<string> AppSettingNames(string file = "main.bicep") => AppSettings(file).Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether main.bicep gives a configuration key, spelled either way: <c>Storage:InboxContainer</c> (as in a
    /// <c>%Storage:InboxContainer%</c> binding expression) or <c>Storage__InboxContainer</c> (the app setting).
    /// App setting names are case-insensitive in Azure.
    /// </summary>
    public static bool Sets(string key, string file = "main.bicep") =>
        AppSettingNames(file).Contains(key.Replace(":", "__"), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether main.bicep gives a binding's connection (functions.metadata <c>connection</c>): either a connection
    /// string setting of that name or identity-based settings <c>{connection}__*</c>.
    /// </summary>
    public static bool SetsConnection(string connection, string file = "main.bicep")
    {
        var prefix = connection.Replace(":", "__");
        return AppSettingNames(file).Any(n => string.Equals(n, prefix, StringComparison.OrdinalIgnoreCase)
            || n.StartsWith(prefix + "__", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every resource of a compiled template, whether it lists them (an array) or names them (languageVersion 2.0).</summary>
    public static IEnumerable<JsonElement> Resources(JsonElement template)
    {
        var resources = template.GetProperty("resources");
        return resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray()
            : resources.EnumerateObject().Select(p => p.Value);
    }

    public sealed record Diagnostic(string Level, string Rule, string Message, int Line)
    {
        public bool IsErrorOrWarning => Level is "error" or "warning";
        public override string ToString() => $"line {Line}: {Level} {Rule}: {Message}";
    }

    public sealed record Compilation(int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, JsonElement? Template, string StandardError)
    {
        public IReadOnlyList<Diagnostic> ErrorsAndWarnings => Diagnostics.Where(d => d.IsErrorOrWarning).ToList();
        public override string ToString() => string.Join(Environment.NewLine, [$"exit code {ExitCode}", .. Diagnostics.Select(d => d.ToString()), StandardError]);
    }

    private static Compilation Compile(string file)
    {
        var output = Directory.CreateTempSubdirectory("minutes-bicep-");
        try
        {
            var json = Path.Combine(output.FullName, Path.ChangeExtension(file, ".json"));
            var run = Run("build", Path.Combine(InfraDirectory, file), "--outfile", json, "--diagnostics-format", "sarif");
            JsonElement? template = run.ExitCode == 0 && File.Exists(json)
                ? JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone()
                : null;
            return new Compilation(run.ExitCode, Sarif(run.StandardOutput), template, run.StandardError);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The results of a SARIF log. SARIF leaves out a result's level when it is the default, "warning".
    /// </summary>
    private static List<Diagnostic> Sarif(string log)
    {
        if (string.IsNullOrWhiteSpace(log))
            return [];
        var root = JsonDocument.Parse(log).RootElement;
        return root.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.TryGetProperty("results", out var results) ? results.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(r => new Diagnostic(
                r.TryGetProperty("level", out var level) ? level.GetString()! : "warning",
                r.TryGetProperty("ruleId", out var rule) ? rule.GetString()! : "",
                r.GetProperty("message").GetProperty("text").GetString()!,
                r.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    && locations[0].GetProperty("physicalLocation").TryGetProperty("region", out var region)
                    && region.TryGetProperty("startLine", out var line) ? line.GetInt32() : 0))
            .ToList();
    }

    private sealed record ProcessRun(int ExitCode, string StandardOutput, string StandardError);

    private static ProcessRun Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Compiler, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = InfraDirectory,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in 3 minutes");
        }
        return new ProcessRun(process.ExitCode, output.Result, error.Result);
    }

    private static string FindInfraDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "infra", "main.bicep")))
                return Path.Combine(dir.FullName, "infra");
        throw new DirectoryNotFoundException("infra/main.bicep not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// tools/bicep in the NuGet packages folder: the folder restore used (baked into this assembly from
    /// $(NuGetPackageRoot)), else NUGET_PACKAGES, else ~/.nuget/packages; the version likewise from $(BicepVersion).
    /// </summary>
    private static string FindCompiler()
    {
        var metadata = typeof(BicepTemplate).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        var version = metadata.GetValueOrDefault("BicepVersion") ?? throw new InvalidOperationException("BicepVersion is not in the test assembly's metadata");
        string?[] roots =
        [
            metadata.GetValueOrDefault("NuGetPackageRoot"),
            Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        ];
        var candidates = roots.Where(r => !string.IsNullOrEmpty(r))
            .Select(r => Path.Combine(r!, "azure.bicep.commandline.linux-x64", version, "tools", "bicep"))
            .ToList();
        var path = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("The Bicep CLI is not restored (PackageDownload Azure.Bicep.CommandLine.linux-x64). Looked at: "
                + string.Join(", ", candidates));

        // NuGet extracts the package without guaranteeing the executable bit (the package is linux-x64 only).
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
                File.SetUnixFileMode(path, mode | execute);
        }
        return path;
    }
}
