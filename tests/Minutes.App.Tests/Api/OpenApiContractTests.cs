using System.Diagnostics;
using System.Text.Json;
using Minutes.Tests.Deployment;

namespace Minutes.Tests.Api;

/// <summary>The OpenAPI document against the linter, against the functions the host sees, and against its own promises.</summary>
public class OpenApiContractTests
{
    private static readonly string LintFolder = Path.Combine(LocalStack.RepoRoot, "tests", "openapi");
    private static readonly SemaphoreSlim Install = new(1, 1);

    [Fact]
    public async Task The_document_passes_the_redocly_linter_with_no_errors_and_no_warnings()
    {
        await InstallLinterAsync();
        var (exit, output, errors) = await RunAsync(Path.Combine(LintFolder, "node_modules", ".bin", "redocly"),
            ["lint", "--config", Path.Combine(LintFolder, "redocly.yaml"), "--format", "json", OpenApiDocument.Path]);
        var report = JsonDocument.Parse(output).RootElement;
        var problems = string.Join("\n", report.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("severity")} {p.GetProperty("ruleId")}: {p.GetProperty("message")} at {p.GetProperty("location")[0].GetProperty("pointer")}"));
        Assert.True(report.GetProperty("totals").GetProperty("errors").GetInt32() == 0, problems);
        Assert.True(report.GetProperty("totals").GetProperty("warnings").GetInt32() == 0, problems);
        Assert.True(exit == 0, errors);
    }

    [Fact]
    public void Every_http_function_is_documented_and_every_documented_operation_is_a_function()
    {
        // functions.metadata is what the Functions host serves: route under the "api" prefix and its methods.
        var served = FunctionsMetadataTests.Triggers().Values
            .Where(t => t.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(t => t.GetProperty("methods").EnumerateArray().Select(m => ("/api/" + t.GetProperty("route").GetString(), m.GetString()!.ToLowerInvariant())))
            .Order().ToList();
        var documented = OpenApiDocument.Operations().Select(o => (o.Path, o.Method)).Order().ToList();
        Assert.True(served.Count >= 20, $"only {served.Count} HTTP functions");
        Assert.Empty(served.Except(documented));
        Assert.Empty(documented.Except(served));
    }

    [Fact]
    public void Every_operation_is_summarised_and_answers_its_client_errors_as_problem_details()
    {
        foreach (var (path, method, operation) in OpenApiDocument.Operations())
        {
            Assert.True(operation.TryGetProperty("summary", out _), $"{method} {path} has no summary");
            var errors = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4')).ToList();
            Assert.True(errors.Count > 0, $"{method} {path} lists no 4xx");
            foreach (var error in errors)
                Assert.True(OpenApiDocument.Resolve(error.Value).GetProperty("content").TryGetProperty("application/problem+json", out _),
                    $"{method} {path} {error.Name} is not application/problem+json");
        }
        Assert.False(OpenApiDocument.Document.GetProperty("servers").EnumerateArray().Any(s => s.GetProperty("url").GetString()!.Contains("://")),
            "the document fixes a server address; the function sets the one it was asked at");
    }

    [Fact]
    public void Every_text_the_api_takes_has_a_documented_length_limit()
    {
        foreach (var (path, method, operation) in OpenApiDocument.Operations())
        {
            // Path ids only look things up (an unknown one answers 404); query values, headers and bodies are what is taken in.
            foreach (var parameter in (operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().Select(OpenApiDocument.Resolve) : [])
                         .Where(p => p.GetProperty("in").GetString() != "path"))
                AssertBounded(parameter.GetProperty("schema"), $"{method} {path} parameter {parameter.GetProperty("name")}");
            if (operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json))
                AssertBounded(json.GetProperty("schema"), $"{method} {path} body");
        }
    }

    /// <summary>A string with maxLength, an enum, a date or binary; objects and arrays by their members (arrays with maxItems).</summary>
    private static void AssertBounded(JsonElement schema, string where)
    {
        schema = OpenApiDocument.Resolve(schema);
        foreach (var keyword in new[] { "oneOf", "allOf", "anyOf" })
            if (schema.TryGetProperty(keyword, out var parts))
                foreach (var part in parts.EnumerateArray()) AssertBounded(part, where);
        if (schema.TryGetProperty("properties", out var properties))
            foreach (var property in properties.EnumerateObject()) AssertBounded(property.Value, $"{where}.{property.Name}");
        if (schema.TryGetProperty("items", out var items))
        {
            Assert.True(schema.TryGetProperty("maxItems", out _), $"{where} has no maxItems");
            AssertBounded(items, where + "[]");
        }
        var types = !schema.TryGetProperty("type", out var type) ? [] : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToArray() : [type.GetString()];
        if (types.Contains("string"))
            Assert.True(schema.TryGetProperty("maxLength", out _) || schema.TryGetProperty("enum", out _) || schema.TryGetProperty("pattern", out _)
                || schema.TryGetProperty("format", out var format) && format.GetString() is "date" or "binary", $"{where} has no maxLength");
    }

    /// <summary>npm ci of the linter's lock, once: again only when the lock changed since (offline after the first install).</summary>
    private static async Task InstallLinterAsync()
    {
        await Install.WaitAsync();
        try
        {
            var stamp = Path.Combine(LintFolder, "node_modules", ".lock-stamp");
            var lockFile = Path.Combine(LintFolder, "package-lock.json");
            if (File.Exists(stamp) && File.ReadAllText(stamp) == File.ReadAllText(lockFile)) return;
            var (exit, output, errors) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", LintFolder]);
            Assert.True(exit == 0, $"npm ci in {LintFolder} failed:\n{output}{errors}");
            File.Copy(lockFile, stamp, overwrite: true);
        }
        finally
        {
            Install.Release();
        }
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = LintFolder };
        // No telemetry and no update check: the lint runs the same offline.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
