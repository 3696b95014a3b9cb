#!/usr/bin/env bash
# Runs Minutes on this machine: starts the local stack (Azurite, the Cosmos DB protocol server; installs what is
# missing), then the development runner, which hosts the Functions app's functions: the HTTP API on MINUTES_URLS,
# the inbox (the sample minutes in MINUTES_SAMPLES are put there at start; empty for none) and the agenda timer.
# Settings: MINUTES_URLS, MINUTES_AZURITE_PORT, MINUTES_COSMOS_PORT, Api__Keys__0, MINUTES_SAMPLES.
set -euo pipefail
cd "$(dirname "$0")"
infra/local/stack.sh start
# The GC's smallest gen0 budget as in Azure (infra/main.bicep): rarer gen0 collections under API reads.
export DOTNET_GCgen0size="${DOTNET_GCgen0size-0x4000000}"
exec dotnet run --project functions/Minutes.Local -c Release -- run --urls "${MINUTES_URLS:-http://127.0.0.1:7071}" \
  --Local:SamplesFolder "${MINUTES_SAMPLES-$PWD/tests/samples}" "$@"
