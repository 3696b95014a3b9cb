using System.Diagnostics;
using System.Text.Json;

namespace Minutes.Tests.Deployment;

/// <summary>What the Worker SDK generates for the Functions host from the function attributes, and what a deployment carries.</summary>
public class FunctionsMetadataTests
{
    private static readonly string AppOutput = Path.Combine(LocalStack.RepoRoot, "functions", "Minutes.App", "bin", "Release", "net10.0");

    /// <summary>The generated functions.metadata: each function's name and its trigger binding.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Triggers()
    {
        var path = Path.Combine(AppOutput, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build functions/Minutes.App in Release first");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger")).Clone());
    }

    [Fact]
    public void The_blob_trigger_takes_inbox_events_from_event_grid()
    {
        var trigger = Triggers()["IngestDocument"];
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("%Storage:InboxContainer%/{name}", trigger.GetProperty("path").GetString());
    }

    [Fact]
    public void Documents_the_blob_trigger_gave_up_on_are_taken_from_its_poison_queue()
    {
        var trigger = Triggers()["RecordPoisonedDocument"];
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("webjobs-blobtrigger-poison", trigger.GetProperty("queueName").GetString());
    }

    [Fact]
    public void The_agenda_timer_reads_its_schedule_from_configuration()
    {
        var trigger = Triggers()["DraftAgendas"];
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%Agenda:Cron%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void Every_http_function_but_the_health_checks_needs_a_function_key()
    {
        var http = Triggers().Where(t => t.Value.GetProperty("type").GetString() == "httpTrigger").ToList();
        Assert.True(http.Count >= 20, $"only {http.Count} HTTP functions");
        foreach (var (name, trigger) in http)
            Assert.Equal(name is "Health" or "Readiness" ? "Anonymous" : "Function", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void Every_setting_and_connection_the_triggers_name_is_set_by_the_bicep()
    {
        foreach (var (name, trigger) in Triggers())
        {
            foreach (System.Text.RegularExpressions.Match setting in System.Text.RegularExpressions.Regex.Matches(trigger.GetRawText(), "%([^%]+)%"))
                Assert.True(BicepTemplate.Sets(setting.Groups[1].Value), $"{name} names %{setting.Groups[1].Value}%, which main.bicep does not set");
            if (trigger.GetProperty("type").GetString() is "blobTrigger" or "queueTrigger")
            {
                var connection = trigger.TryGetProperty("connection", out var c) && c.GetString() is { Length: > 0 } given ? given : "AzureWebJobsStorage";
                Assert.True(BicepTemplate.SetsConnection(connection), $"{name} uses the connection {connection}, which main.bicep does not set");
            }
        }
    }

    [Fact]
    public void Every_function_the_host_sees_is_one_the_runner_hosts()
    {
        var runner = Local.FunctionCatalog.Of(typeof(Functions.IngestDocument).Assembly).Functions.Select(f => f.Name).Order();
        Assert.Equal(Triggers().Keys.Order(), runner);
    }

    [Fact]
    public async Task The_published_app_holds_what_the_functions_host_needs()
    {
        var output = Path.Combine(Path.GetTempPath(), "minutes-publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            var publish = Process.Start(new ProcessStartInfo("dotnet",
                ["publish", Path.Combine(LocalStack.RepoRoot, "functions", "Minutes.App"), "-c", "Release", "--no-build", "-o", output])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var log = publish.StandardOutput.ReadToEndAsync();
            await publish.WaitForExitAsync();
            Assert.True(publish.ExitCode == 0, await log);

            foreach (var file in new[] { "host.json", "functions.metadata", "worker.config.json", "Minutes.dll", "Minutes.Core.dll" })
                Assert.True(File.Exists(Path.Combine(output, file)), $"{file} is not in the published app");
            Assert.True(Directory.Exists(Path.Combine(output, ".azurefunctions")), ".azurefunctions/ (the extensions) is not in the published app");
            var worker = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "worker.config.json"))).RootElement;
            Assert.Equal("Minutes.dll", worker.GetProperty("description").GetProperty("defaultWorkerPath").GetString());
            // Nothing native on the Azure path: no custom handler, no tool the app would start.
            Assert.False(JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "host.json"))).RootElement.TryGetProperty("customHandler", out _));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
