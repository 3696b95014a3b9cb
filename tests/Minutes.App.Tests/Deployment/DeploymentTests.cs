using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Minutes.Tests.Deployment;

/// <summary>The pieces that must agree for a deployment to work: function definitions, the app's routes and settings, Bicep, the package.</summary>
public partial class DeploymentTests
{
    private static readonly string Root = LocalStack.RepoRoot;

    private static IEnumerable<(string Name, JsonElement Binding)> FunctionBindings() =>
        Directory.GetFiles(Path.Combine(Root, "functions"), "function.json", SearchOption.AllDirectories)
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("bindings").EnumerateArray()
                .Select(b => (Path.GetFileName(Path.GetDirectoryName(f))!, b)));

    private static HashSet<string> BicepAppSettings() =>
        AppSetting().Matches(File.ReadAllText(Path.Combine(Root, "infra", "main.bicep"))).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>The app as Azure starts it, configured with exactly the Bicep app settings (placeholder values).</summary>
    private static WebApplication AppFrom(IEnumerable<string> settings) =>
        MinutesHost.Build(settings.Select(s => $"--{s.Replace("__", ":")}={Placeholder(s)}").ToArray(), HostMode.FunctionsHost);

    private static string Placeholder(string setting) =>
        setting.EndsWith("Endpoint") || setting.EndsWith("Uri") ? "https://example.invalid/"
        : setting.EndsWith("LeadDays") ? "21" : setting.EndsWith("Cron") ? "0 0 5 * * *" : setting.EndsWith("TimeZone") ? "Europe/Stockholm"
        : setting.EndsWith("Engine") ? "docint" : "placeholder";

    [Fact]
    public void Every_function_is_served_by_the_app()
    {
        var app = AppFrom(BicepAppSettings());
        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToHashSet();
        var prefix = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "host.json"))).RootElement
            .GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString();

        foreach (var (name, binding) in FunctionBindings().Where(b => b.Binding.GetProperty("direction").GetString() == "in"))
        {
            if (binding.GetProperty("type").GetString() == "httpTrigger")
            {
                var route = binding.GetProperty("route").GetString()!;
                var expected = $"/{prefix}/{route.Replace("{*route}", "")}".TrimEnd('/');
                Assert.True(routes.Any(r => r.StartsWith(expected + (route.Contains('*') ? "/" : ""), StringComparison.Ordinal)),
                    $"{name}: no app route under {expected}");
            }
            else
                Assert.Contains($"/{name}", routes); // the host POSTs a non-HTTP trigger's invocation to /{FunctionName}
        }
    }

    [Fact]
    public void Settings_named_in_function_definitions_are_given_by_the_bicep_app_settings()
    {
        var named = FunctionBindings().SelectMany(b => Percent().Matches(b.Binding.GetRawText()).Select(m => m.Groups[1].Value)).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, s => Assert.Contains(s, BicepAppSettings()));
    }

    [Fact]
    public void Bicep_app_settings_give_every_setting_the_app_requires()
    {
        using var app = (IDisposable)AppFrom(BicepAppSettings());
        ((WebApplication)app).Services.GetRequiredService<IStartupValidator>().Validate();

        // And the check can fail: without the Cosmos endpoint the app refuses to start.
        var without = AppFrom(BicepAppSettings().Where(s => s != "Cosmos__Endpoint"));
        Assert.Throws<OptionsValidationException>(() => without.Services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public async Task Package_holds_host_json_the_function_folders_and_the_executable_host_json_names()
    {
        var output = Directory.CreateTempSubdirectory("minutes-package-");
        try
        {
            var start = new ProcessStartInfo("bash", [Path.Combine(Root, "infra", "package.sh"), "--out", output.FullName])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await error);

            using var zip = ZipFile.OpenRead(Path.Combine(output.FullName, "minutes-functions.zip"));
            var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet();
            var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "host.json"))).RootElement;
            var exe = host.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;
            Assert.Contains("host.json", entries);
            Assert.Contains(exe, entries);
            // Unix mode bits live in the upper half of the external attributes: the handler must be executable.
            Assert.NotEqual(0, (zip.GetEntry(exe)!.ExternalAttributes >> 16) & 0b001_001_001);
            foreach (var name in FunctionBindings().Select(b => b.Name).Distinct())
                Assert.Contains($"{name}/function.json", entries);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"\{\s*name:\s*'([A-Za-z0-9_]+)'")]
    private static partial Regex AppSetting();

    [GeneratedRegex(@"%([A-Za-z0-9_]+)%")]
    private static partial Regex Percent();
}
