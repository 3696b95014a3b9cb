#!/usr/bin/env bash
# Runs Minutes on this machine: starts the local stack (Azurite, the Cosmos DB protocol server; installs what is
# missing), puts the sample minutes into the inbox, processes them and keeps serving the API on http://127.0.0.1:7071.
set -euo pipefail
cd "$(dirname "$0")"
infra/local/stack.sh start
exec dotnet run --project functions/Minutes.App -c Release -- run --urls "${MINUTES_URLS:-http://127.0.0.1:7071}" \
  --Local:SamplesFolder "$PWD/tests/samples" "$@"
