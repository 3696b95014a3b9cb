// Minutes in Azure: the isolated-worker Functions app on Flex Consumption (dotnet-isolated 10.0), its storage
// account (inbox, processed, failed, the deployment package, the blob trigger's poison queue), Cosmos DB
// (serverless), Document Intelligence, Log Analytics + Application Insights, the Event Grid system topic on the
// storage account, the Event Grid custom topic the app publishes its CloudEvents to, and one user-assigned managed identity holding only the data roles the app uses.
// No account keys anywhere: every service is reached with the identity.
//
// The Event Grid subscription to the blobs extension's webhook is not here: its URL carries the `blobs_extension`
// system key, which exists only once the published app has started. infra/deploy.sh deploys
// infra/eventgrid-subscription.bicep after publishing (see docs/deployment.md).

targetScope = 'resourceGroup'

@description('Short name the resources are named after (lower case letters and digits).')
@minLength(3)
@maxLength(11)
param name string = 'minutes'

@description('Region of every resource; Flex Consumption must be available there.')
param location string = resourceGroup().location

@description('Six-field NCRONTAB (with seconds) for the agenda drafts timer, read by the timer trigger as %Agenda:Cron%. In UTC: Flex Consumption has no time zone setting (05:00 UTC is 06:00 in Stockholm in winter).')
param agendaCron string = '0 0 5 * * *'

@description('Six-field NCRONTAB (with seconds) of the event outbox drain, read by the timer trigger as %Events:Cron%: how long an event may wait before it goes to the topic.')
param eventsCron string = '*/10 * * * * *'

@description('Most instances Flex Consumption scales the app out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Accept telemetry only with a Microsoft Entra token (the identity holds Monitoring Metrics Publisher). The worker must then give its exporter a TokenCredential; see docs/deployment.md.')
param telemetryEntraOnly bool = true

var suffix = uniqueString(resourceGroup().id, name)
var storageName = take('${name}${suffix}', 24)

// Blob containers the app reads and writes (Storage__*Container), and the one Flex Consumption deploys from.
var inboxContainer = 'inbox'
var processedContainer = 'processed'
var failedContainer = 'failed'
var deploymentContainer = 'app-package'
var blobContainerNames = [inboxContainer, processedContainer, failedContainer, deploymentContainer]

// The blobs extension moves a blob whose trigger exhausted its retries to this queue (fixed name in the extension).
var blobTriggerPoisonQueue = 'webjobs-blobtrigger-poison'

// Cosmos DB containers and partition keys, as functions/Minutes.App/Storage/CosmosContainers.cs creates them locally.
var cosmosDatabaseName = 'minutes'
var cosmosContainers = [
  { name: 'meetings', partitionKey: '/seriesId' }
  { name: 'actionItems', partitionKey: '/seriesId' }
  { name: 'agendaDrafts', partitionKey: '/seriesId' }
  { name: 'series', partitionKey: '/catalog' }
  { name: 'ingestions', partitionKey: '/id' }
  // Events waiting to be published, all in one partition so the drain reads them in one single-partition query.
  { name: 'outbox', partitionKey: '/outbox' }
]

// Built-in role definitions (Azure RBAC) and the Cosmos DB data-plane role.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  cognitiveServicesUser: 'a97b65f3-24c7-4388-baec-2e87135dc908'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  eventGridDataSender: 'd5a91429-5739-47e2-a06b-3470a27159e7'
}
var cosmosBuiltInDataContributor = '00000000-0000-0000-0000-000000000002'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${name}-id-${suffix}'
  location: location
}

// ---- Monitoring ----

resource logs 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: telemetryEntraOnly
  }
}

// ---- Storage: host storage, the document containers, the deployment package ----

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: storage
  name: 'default'
  properties: {
    // The app never deletes an original; soft delete guards against people.
    deleteRetentionPolicy: { enabled: true, days: 30 }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [
  for container in blobContainerNames: {
    parent: blobService
    name: container
    properties: { publicAccess: 'None' }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

// The blob trigger's own queue (azure-webjobs-blobtrigger-<host id>) is created by the extension at start; the
// poison queue is created here because a function of the app listens on it.
resource poisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = {
  parent: queueService
  name: blobTriggerPoisonQueue
}

// Blob events of the account; the subscription to the app is infra/eventgrid-subscription.bicep.
resource storageEvents 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: '${name}-events-${suffix}'
  location: location
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// The app's own events (CloudEvents 1.0, structured): subscribers add Event Grid subscriptions here, with their own
// filters, retries and dead-letter destinations (docs/deployment.md). Only Microsoft Entra tokens may publish.
resource eventTopic 'Microsoft.EventGrid/topics@2025-02-15' = {
  name: '${name}-topic-${suffix}'
  location: location
  properties: {
    inputSchema: 'CloudEventSchemaV1_0'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

// ---- Cosmos DB ----

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2025-04-15' = {
  name: '${name}-cosmos-${suffix}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [{ name: 'EnableServerless' }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2025-04-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: { resource: { id: cosmosDatabaseName } }
}

resource cosmosContainerResources 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2025-04-15' = [
  for c in cosmosContainers: {
    parent: database
    name: c.name
    properties: {
      resource: {
        id: c.name
        partitionKey: { paths: [c.partitionKey], kind: 'Hash' }
      }
    }
  }
]

// ---- Document Intelligence (scans) ----

resource documentIntelligence 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: '${name}-docint-${suffix}'
  location: location
  kind: 'FormRecognizer'
  sku: { name: 'S0' }
  properties: {
    // A custom subdomain is what Microsoft Entra authentication needs.
    customSubDomainName: '${name}-docint-${suffix}'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

// ---- Data-plane roles of the app's identity ----

resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, roles.storageBlobDataOwner)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, roles.storageQueueDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource documentIntelligenceUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: documentIntelligence
  name: guid(documentIntelligence.id, identity.id, roles.cognitiveServicesUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.cognitiveServicesUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: insights
  name: guid(insights.id, identity.id, roles.monitoringMetricsPublisher)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource eventSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: eventTopic
  name: guid(eventTopic.id, identity.id, roles.eventGridDataSender)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.eventGridDataSender)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Cosmos DB's data plane has its own RBAC: the built-in Data Contributor, on this account only.
resource cosmosDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2025-04-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosBuiltInDataContributor)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosBuiltInDataContributor}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

// ---- The function app ----

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: '${name}-${suffix}'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identity.id }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: maximumInstanceCount, instanceMemoryMB: instanceMemoryMB }
      // Flex Consumption sets FUNCTIONS_WORKER_RUNTIME and the .NET version from this; neither is an app setting.
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        // Host storage and the blob trigger's connection (Connection = "AzureWebJobsStorage"): blobs for the trigger,
        // locks and timer schedules, queues for the trigger's event queue and its poison queue. Identity-based.
        { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
        // DefaultAzureCredential in the worker (Cosmos DB, Document Intelligence, blobs) picks the user-assigned identity by this.
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identity.properties.clientId};Authorization=AAD' }
        { name: 'Storage__InboxContainer', value: inboxContainer }
        { name: 'Storage__ProcessedContainer', value: processedContainer }
        { name: 'Storage__FailedContainer', value: failedContainer }
        { name: 'Cosmos__Endpoint', value: cosmos.properties.documentEndpoint }
        { name: 'Cosmos__Database', value: database.name }
        { name: 'DocumentIntelligence__Endpoint', value: documentIntelligence.properties.endpoint }
        { name: 'Ocr__Engine', value: 'docint' }
        { name: 'Agenda__Cron', value: agendaCron }
        { name: 'Events__TopicEndpoint', value: eventTopic.properties.endpoint }
        { name: 'Events__Cron', value: eventsCron }
        // The .NET GC's smallest gen0 budget, 64 MB: at its default (2 MB here) a meeting read met a gen0 collection
        // every dozen requests, and our code's p99 over Cosmos DB's was 2.0-2.3 ms; at 64 MB 1.3-1.4 ms
        // (bench/api-load.sh). Read from the environment only, not from runtimeconfig.json.
        { name: 'DOTNET_GCgen0size', value: '0x4000000' }
      ]
    }
  }
  // The identity's data roles exist before the host first starts (deployment package, host storage, poison queue).
  dependsOn: [blobContainers, poisonQueue, blobDataOwner, queueDataContributor, telemetryPublisher, cosmosDataContributor, documentIntelligenceUser, eventSender]
}

output functionAppName string = app.name
output functionAppHostName string = app.properties.defaultHostName
output storageAccountName string = storage.name
output eventGridSystemTopicName string = storageEvents.name
output eventTopicName string = eventTopic.name
output eventTopicEndpoint string = eventTopic.properties.endpoint
output inboxContainer string = inboxContainer
output cosmosEndpoint string = cosmos.properties.documentEndpoint
output documentIntelligenceEndpoint string = documentIntelligence.properties.endpoint
