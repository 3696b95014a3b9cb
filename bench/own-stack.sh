# Sourced by the benchmarks that need the app running: a local stack of its own (its own ports, state folder,
# database and containers, so it never touches another run's data), the development runner published as deployed, and
# the calls they all make. Set MINUTES_AZURITE_PORT, MINUTES_COSMOS_PORT and MINUTES_APP_PORT before sourcing to
# choose ports; extra runner settings go in the runner_args array.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export MINUTES_STATE="$(mktemp -d)"
base="http://127.0.0.1:${MINUTES_APP_PORT:?}"
key="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
suffix="$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
inbox="b-inbox-$suffix"; processed="b-processed-$suffix"; failed="b-failed-$suffix"
conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$MINUTES_AZURITE_PORT/devstoreaccount1;"
app=""; log="$MINUTES_STATE/app.log"
runner_args=("${runner_args[@]+"${runner_args[@]}"}")
say() { printf '%s: %s\n' "$(basename "$0" .sh)" "$*" >&2; }
stop_stack() { [ -n "$app" ] && { kill -9 "$app"; wait "$app"; } 2>/dev/null; infra/local/stack.sh stop >/dev/null 2>&1; rm -rf "$MINUTES_STATE"; }
trap stop_stack EXIT

start_stack() {
  say "publishing the runner (Release, ReadyToRun) and starting a stack of its own"
  source bench/published-runner.sh || return 1
  infra/local/stack.sh start >/dev/null || return 1
  start_app
}

# The inbox is polled once a second: a faster poll costs the idle runner and Azurite a tenth of a core, which the
# documents being read would miss ("waited" in the timings shows the poll's share).
# The GC's smallest gen0 budget is the one deployed (infra/main.bicep).
start_app() {
  DOTNET_GCgen0size="${DOTNET_GCgen0size-0x4000000}" dotnet "$runner_dll" run --urls "$base" --Api:Keys:0="$key" --AzureWebJobsStorage="$conn" \
    --Cosmos:Endpoint="https://127.0.0.1:$MINUTES_COSMOS_PORT/" --Cosmos:Database="b-$suffix" \
    --Storage:InboxContainer="$inbox" --Storage:ProcessedContainer="$processed" --Storage:FailedContainer="$failed" \
    --Local:SamplesFolder= --Local:PollInterval=00:00:01 --Logging:LogLevel:Default=Warning "${runner_args[@]}" >>"$log" 2>&1 &
  app=$!
  for _ in $(seq 1 240); do curl -fs "$base/api/health/ready" >/dev/null && return 0; sleep 0.25; done
  say "the runner did not become ready"; tail -30 "$log" >&2; return 1
}

api() { curl -s -H "x-functions-key: $key" "$@"; }
# curl and sed only: polling must not take the CPU from the documents being read.
status_of() { api "$base/api/ingestions/$1" | sed -nE 's/.*"status": *"([a-z]+)".*/\1/p' | head -1; }
wait_final() { # ingestion id -> prints final status
  local s=""
  for _ in $(seq 1 600); do s="$(status_of "$1")"; [[ "$s" == stored || "$s" == failed ]] && break; sleep 0.25; done
  echo "$s"
}
upload() { # file, name, content type -> ingestion id (empty on refusal)
  api -H "content-type: ${3:-application/pdf}" --data-binary @"$1" "$base/api/documents?fileName=$2" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin).get("id",""))' 2>/dev/null
}
field() { # ingestion id, field -> the field of its record (container, archivedAs, timings ...), JSON for objects
  api "$base/api/ingestions/$1" | python3 -c '
import json, sys
v = json.load(sys.stdin).get(sys.argv[1])
print(json.dumps(v) if isinstance(v, (dict, list)) else (v or ""))' "$2" 2>/dev/null
}
