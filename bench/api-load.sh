#!/usr/bin/env bash
# Load benchmark of the HTTP API on loopback: the app's functions under the development runner (Release) on the local stack with one ingested
# sample, then wrk for a bounded time on each endpoint. Prints requests/s and p50/p99 latency per endpoint.
#   bench/api-load.sh                 10 s per endpoint, 2 threads, 16 connections
#   DURATION=5s CONNECTIONS=32 bench/api-load.sh
# Uses its own database and blob containers, so it never touches another run's data; stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${DURATION:-10s}"; connections="${CONNECTIONS:-16}"; threads="${THREADS:-2}"
port="${MINUTES_BENCH_PORT:-7190}"
say() { printf 'bench: %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
  say "installing wrk from Debian"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi
infra/local/stack.sh start >&2

say "building (Release)"
dotnet build functions/Minutes.Local -c Release -v q -nologo >/dev/null
suffix="$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
key="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
base="http://127.0.0.1:$port"
log="$(mktemp)"
dotnet functions/Minutes.Local/bin/Release/net10.0/Minutes.Local.dll run --urls "$base" --Local:SamplesFolder= \
  --Api:Keys:0="$key" --Cosmos:Database="bench-$suffix" \
  --Storage:InboxContainer="bench-inbox-$suffix" --Storage:ProcessedContainer="bench-processed-$suffix" \
  --Storage:FailedContainer="bench-failed-$suffix" --Local:PollInterval=00:00:00.200 \
  --Logging:LogLevel:Default=Warning >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; rm -f "$log"' EXIT

for _ in $(seq 1 120); do curl -fs "$base/api/health" >/dev/null && break; sleep 0.5; done
curl -fs "$base/api/health" >/dev/null || { cat "$log" >&2; say "the app did not start"; exit 1; }

say "ingesting tests/samples/001.pdf"
ingestion="$(curl -fs -H "x-functions-key: $key" -H 'content-type: application/pdf' \
  --data-binary @tests/samples/001.pdf "$base/api/documents?fileName=001.pdf")"
id="$(sed -E 's/.*"id": *"([0-9a-f]+)".*/\1/' <<<"$(tr -d '\n' <<<"$ingestion")")"
for _ in $(seq 1 240); do
  status="$(curl -fs -H "x-functions-key: $key" "$base/api/ingestions/$id" | tr -d '\n')"
  grep -Eq '"status": *"(stored|failed)"' <<<"$status" && break
  sleep 0.25
done
grep -Eq '"status": *"stored"' <<<"$status" || { say "ingestion did not finish as stored: $status"; exit 1; }
meeting="$(sed -E 's/.*"meetingId": *"([^"]+)".*/\1/' <<<"$status")"
series="$(sed -E 's/.*"seriesId": *"([^"]+)".*/\1/' <<<"$status")"

run() {
  local name="$1" url="$2" out
  curl -fs -o /dev/null -H "x-functions-key: $key" "$url" || { say "$name: $url does not answer 200"; exit 1; }
  out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "x-functions-key: $key" "$url")"
  if grep -q 'Non-2xx' <<<"$out"; then say "$name: some responses were not 2xx"; echo "$out" >&2; exit 1; fi
  printf '%-28s %10s req/s   p50 %9s   p99 %9s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}

say "wrk: $threads threads, $connections connections, $duration per endpoint, loopback"
run "GET /api/meetings/{id}" "$base/api/meetings/$meeting"
run "GET /api/action-items" "$base/api/action-items?series=$series"
