using System.Text.Json;

namespace Minutes.Tests.Deployment;

/// <summary>
/// infra/*.bicep compile and lint clean with the Bicep CLI from NuGet, and main.bicep deploys what the
/// isolated-worker app needs on Flex Consumption without keys.
/// </summary>
public class BicepTests
{
    public static TheoryData<string> BicepFiles() => new(BicepTemplate.Files);

    /// <summary>The settings the app reads in Azure, as app settings.</summary>
    private static readonly string[] SettingsTheAppReads =
    [
        "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId",
        "Storage__InboxContainer", "Storage__ProcessedContainer", "Storage__FailedContainer",
        "Cosmos__Endpoint", "Cosmos__Database", "DocumentIntelligence__Endpoint", "Ocr__Engine", "Agenda__Cron",
        "Events__TopicEndpoint", "Events__Cron",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
    ];

    [Fact]
    public void Infra_holds_the_main_template_and_the_event_grid_subscription()
    {
        Assert.Equal(["eventgrid-subscription.bicep", "main.bicep"], BicepTemplate.Files);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Bicep_file_builds_to_an_arm_template_without_errors_or_warnings(string file)
    {
        var build = BicepTemplate.Build(file);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(build.ErrorsAndWarnings.Count == 0, build.ToString());
        Assert.NotEmpty(BicepTemplate.Resources(build.Template!.Value));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Bicep_file_lints_without_errors_or_warnings(string file)
    {
        var lint = BicepTemplate.Lint(file);

        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.True(lint.ErrorsAndWarnings.Count == 0, lint.ToString());
    }

    [Fact]
    public void Main_gives_the_function_app_every_setting_the_app_reads()
    {
        var settings = BicepTemplate.AppSettings();

        Assert.All(SettingsTheAppReads, name => Assert.Contains(name, settings.Keys));
        Assert.Equal("inbox", settings["Storage__InboxContainer"]);
        Assert.Equal("processed", settings["Storage__ProcessedContainer"]);
        Assert.Equal("failed", settings["Storage__FailedContainer"]);
        Assert.Equal("docint", settings["Ocr__Engine"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.True(BicepTemplate.Sets("Storage:InboxContainer"));
        Assert.True(BicepTemplate.Sets("Agenda:Cron"));
        Assert.True(BicepTemplate.SetsConnection("AzureWebJobsStorage"));
        Assert.False(BicepTemplate.SetsConnection("SomeOtherStorage"));
    }

    [Fact]
    public void Main_sets_no_setting_flex_consumption_rejects_or_a_storage_connection_string()
    {
        var names = BicepTemplate.AppSettingNames();

        // Flex Consumption takes the runtime from functionAppConfig and deploys from its blob container.
        string[] rejected = ["FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE",
            "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "AzureWebJobsStorage"];
        Assert.All(rejected, name => Assert.DoesNotContain(name, names));
    }

    [Fact]
    public void Main_runs_dotnet_isolated_10_on_flex_consumption_deploying_with_the_identity()
    {
        var resources = MainResources();
        var plan = Single(resources, "Microsoft.Web/serverfarms");
        var config = Single(resources, "Microsoft.Web/sites").GetProperty("properties").GetProperty("functionAppConfig");

        Assert.Equal("FC1", plan.GetProperty("sku").GetProperty("name").GetString());
        Assert.Equal("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());
        Assert.Equal("dotnet-isolated", config.GetProperty("runtime").GetProperty("name").GetString());
        Assert.Equal("10.0", config.GetProperty("runtime").GetProperty("version").GetString());
        var storage = config.GetProperty("deployment").GetProperty("storage");
        Assert.Equal("blobContainer", storage.GetProperty("type").GetString());
        Assert.Equal("UserAssignedIdentity", storage.GetProperty("authentication").GetProperty("type").GetString());
    }

    [Fact]
    public void Main_creates_the_containers_and_the_blob_trigger_poison_queue()
    {
        var resources = MainResources();
        var containers = resources.Where(r => Type(r) == "Microsoft.Storage/storageAccounts/blobServices/containers").Single();
        var queue = Single(resources, "Microsoft.Storage/storageAccounts/queueServices/queues");
        var template = BicepTemplate.Template("main.bicep");
        var names = template.GetProperty("variables").GetProperty("blobContainerNames")
            .EnumerateArray().Select(n => BicepTemplate.Resolve(template, n)).ToList();

        Assert.Contains("copy", containers.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["inbox", "processed", "failed", "app-package"], names);
        Assert.Contains("variables('blobTriggerPoisonQueue')", queue.GetProperty("name").GetString());
        Assert.Equal("webjobs-blobtrigger-poison", BicepTemplate.Resolve(template, template.GetProperty("variables").GetProperty("blobTriggerPoisonQueue")));
        Assert.Single(resources, r => Type(r) == "Microsoft.EventGrid/systemTopics");
    }

    [Fact]
    public void Main_creates_the_cosmos_containers_with_the_partition_keys_the_app_uses()
    {
        var containers = BicepTemplate.Build("main.bicep").Template!.Value.GetProperty("variables").GetProperty("cosmosContainers")
            .EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("partitionKey").GetString());

        Assert.Equal(new Dictionary<string, string?>
        {
            [Minutes.Storage.CosmosContainers.MeetingsName] = "/seriesId",
            [Minutes.Storage.CosmosContainers.ActionItemsName] = "/seriesId",
            [Minutes.Storage.CosmosContainers.AgendaDraftsName] = "/seriesId",
            [Minutes.Storage.CosmosContainers.SeriesName] = "/catalog",
            [Minutes.Storage.CosmosContainers.IngestionsName] = "/id",
            [Minutes.Storage.CosmosContainers.OutboxName] = "/outbox",
        }, containers);
    }

    [Fact]
    public void Main_uses_no_keys_and_grants_the_identity_its_data_roles()
    {
        var template = BicepTemplate.Build("main.bicep").Template!.Value;
        var text = template.GetRawText();
        var resources = MainResources();

        Assert.DoesNotContain("listKeys", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
        Assert.False(Single(resources, "Microsoft.Storage/storageAccounts").GetProperty("properties").GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.True(Single(resources, "Microsoft.DocumentDB/databaseAccounts").GetProperty("properties").GetProperty("disableLocalAuth").GetBoolean());
        var documentIntelligence = Single(resources, "Microsoft.CognitiveServices/accounts");
        Assert.Equal("FormRecognizer", documentIntelligence.GetProperty("kind").GetString());
        Assert.True(documentIntelligence.GetProperty("properties").GetProperty("disableLocalAuth").GetBoolean());

        var roles = template.GetProperty("variables").GetProperty("roles").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", roles["storageBlobDataOwner"]);
        Assert.Equal("974c5e8b-45b9-4653-ba55-5f855dd0fb88", roles["storageQueueDataContributor"]);
        Assert.Equal("a97b65f3-24c7-4388-baec-2e87135dc908", roles["cognitiveServicesUser"]);
        Assert.Equal("3913510d-42f4-4e42-8a64-420c390055eb", roles["monitoringMetricsPublisher"]);
        Assert.Equal("d5a91429-5739-47e2-a06b-3470a27159e7", roles["eventGridDataSender"]);
        Assert.Equal(5, resources.Count(r => Type(r) == "Microsoft.Authorization/roleAssignments"));
        Assert.Single(resources, r => Type(r) == "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments");
    }

    [Fact]
    public void Main_creates_the_event_topic_for_cloud_events_with_entra_only_publishing_by_the_app_identity()
    {
        var resources = MainResources();
        var topic = Single(resources, "Microsoft.EventGrid/topics").GetProperty("properties");
        var settings = BicepTemplate.AppSettings();

        Assert.Equal("CloudEventSchemaV1_0", topic.GetProperty("inputSchema").GetString());
        Assert.True(topic.GetProperty("disableLocalAuth").GetBoolean());
        Assert.Contains("Microsoft.EventGrid/topics", settings["Events__TopicEndpoint"]);
        Assert.Contains(".endpoint", settings["Events__TopicEndpoint"]);
        Assert.True(BicepTemplate.Sets("Events:Cron"));
        var sender = resources.Single(r => Type(r) == "Microsoft.Authorization/roleAssignments"
            && r.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!.Contains("eventGridDataSender"));
        Assert.Contains("Microsoft.EventGrid/topics", sender.GetProperty("scope").GetString());
    }

    [Fact]
    public void Event_grid_subscription_takes_the_blobs_extension_key_as_a_secure_parameter_and_delivers_inbox_blob_created()
    {
        var template = BicepTemplate.Build("eventgrid-subscription.bicep").Template!.Value;
        var subscription = Single(BicepTemplate.Resources(template).ToList(), "Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var properties = subscription.GetProperty("properties");
        var url = properties.GetProperty("destination").GetProperty("properties").GetProperty("endpointUrl").GetString()!;

        Assert.Equal("securestring", template.GetProperty("parameters").GetProperty("blobsExtensionKey").GetProperty("type").GetString(), ignoreCase: true);
        Assert.Equal("WebHook", properties.GetProperty("destination").GetProperty("endpointType").GetString());
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.", url);
        Assert.Contains("parameters('blobsExtensionKey')", url);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], properties.GetProperty("filter").GetProperty("includedEventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("/blobServices/default/containers/", properties.GetProperty("filter").GetProperty("subjectBeginsWith").GetString());
        Assert.Equal("IngestDocument", template.GetProperty("parameters").GetProperty("functionName").GetProperty("defaultValue").GetString());
    }

    private static List<JsonElement> MainResources() =>
        BicepTemplate.Resources(BicepTemplate.Build("main.bicep").Template!.Value).ToList();

    private static string? Type(JsonElement resource) => resource.GetProperty("type").GetString();

    private static JsonElement Single(List<JsonElement> resources, string type) => resources.Single(r => Type(r) == type);
}
