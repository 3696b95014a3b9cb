// The post-deployment step: subscribe the blobs extension's webhook to BlobCreated in the inbox container.
// The webhook authenticates Event Grid by the `blobs_extension` system key, which the host creates only once the
// published app runs a blob trigger with Source = EventGrid; so this is deployed after main.bicep and the package
// (infra/deploy.sh reads the key with `az functionapp keys list` and passes it here).

targetScope = 'resourceGroup'

@description('The Event Grid system topic on the storage account (output eventGridSystemTopicName of main.bicep).')
param systemTopicName string

@description('Host name of the function app (output functionAppHostName of main.bicep).')
param functionAppHostName string

@description('The function app\'s `blobs_extension` system key.')
@secure()
param blobsExtensionKey string

@description('The blob-trigger function Event Grid delivers to.')
param functionName string = 'IngestDocument'

@description('The container whose new blobs are delivered (output inboxContainer of main.bicep).')
param inboxContainer string = 'inbox'

resource storageEvents 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource inboxToIngest 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: storageEvents
  name: 'inbox-to-${toLower(functionName)}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        // The blobs extension answers Event Grid's validation handshake, queues each event and returns at once.
        // The URL holds only the @secure() key besides names; the rule cannot see through the interpolation, and
        // the value stays out of the deployment history as the key does (endpointUrl is write-only in Event Grid).
        #disable-next-line use-secure-value-for-secure-inputs
        endpointUrl: 'https://${functionAppHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated']
      subjectBeginsWith: '/blobServices/default/containers/${inboxContainer}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: { maxDeliveryAttempts: 30, eventTimeToLiveInMinutes: 1440 }
  }
}

output subscriptionName string = inboxToIngest.name
