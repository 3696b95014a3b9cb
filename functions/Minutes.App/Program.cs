using Azure.Core;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Minutes;
using Minutes.Api;

// The isolated worker under the Functions host: the host owns triggers, keys and routing; the app owns the work.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ProblemMiddleware>();
// Telemetry from the worker itself, beside the host's; APPLICATIONINSIGHTS_CONNECTION_STRING says where. The resource
// takes Entra-authenticated telemetry only, so the worker signs it with the app's identity.
builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
builder.Services.AddOptions<TelemetryConfiguration>()
    .Configure<TokenCredential>((telemetry, credential) => telemetry.SetAzureTokenCredential(credential));
builder.AddMinutes();
await builder.Build().RunAsync();
