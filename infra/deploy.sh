#!/usr/bin/env bash
# Deploys Minutes to a resource group, in the order the Event Grid blob trigger needs:
#   1. main.bicep: every resource, the identity's data roles and the app settings (no event subscription yet);
#   2. the package (infra/package.sh), published to the Flex Consumption app;
#   3. the `blobs_extension` system key, read once the host has started the blob trigger (Source = EventGrid);
#   4. eventgrid-subscription.bicep: BlobCreated in the inbox container to the blobs extension's webhook.
# Needs the Azure CLI, logged in (`az login`), with rights to create role assignments in the resource group.
#   infra/deploy.sh RESOURCE_GROUP [LOCATION]
# Run again at will: every step is idempotent. Steps 3–4 alone are needed again only if the key is regenerated.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
group="${1:?usage: infra/deploy.sh RESOURCE_GROUP [LOCATION]}"
location="${2:-swedencentral}"

az group create --name "$group" --location "$location" --output none

echo "deploy: 1/4 main.bicep"
outputs="$(az deployment group create --resource-group "$group" --name minutes-main \
  --template-file "$root/infra/main.bicep" --parameters "@$root/infra/main.parameters.json" \
  --query properties.outputs --output json)"
output() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]]["value"])' "$1" <<<"$outputs"; }
app="$(output functionAppName)"
host="$(output functionAppHostName)"
topic="$(output eventGridSystemTopicName)"
inbox="$(output inboxContainer)"

echo "deploy: 2/4 package and publish to $app"
"$root/infra/package.sh"
az functionapp deployment source config-zip --resource-group "$group" --name "$app" \
  --src "$root/artifacts/minutes-functions.zip" --output none

echo "deploy: 3/4 the blobs_extension system key"
key=""
for _ in $(seq 1 30); do
  key="$(az functionapp keys list --resource-group "$group" --name "$app" --query systemKeys.blobs_extension --output tsv 2>/dev/null || true)"
  [ -n "$key" ] && break
  sleep 10 # the host creates the key when it first starts the blob trigger
done
[ -n "$key" ] || { echo "deploy: $app has no blobs_extension system key yet; is IngestDocument a blob trigger with Source = EventGrid?" >&2; exit 1; }

echo "deploy: 4/4 Event Grid subscription $topic -> $host (IngestDocument)"
az deployment group create --resource-group "$group" --name minutes-eventgrid \
  --template-file "$root/infra/eventgrid-subscription.bicep" \
  --parameters systemTopicName="$topic" functionAppHostName="$host" inboxContainer="$inbox" blobsExtensionKey="$key" \
  --output none

echo "deploy: done: https://$host/api"
