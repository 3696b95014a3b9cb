#!/usr/bin/env bash
# The HTTP API on loopback: the development runner (published as deployed) on a stack of its own with one ingested sample.
#   bench/api-load.sh                 REQUESTS=2000 one at a time, then wrk 10 s per endpoint, 2 threads, 16 connections
#   DURATION=5s CONNECTIONS=32 REQUESTS=5000 bench/api-load.sh
# 1. Overhead: requests one at a time on a kept-alive connection; from each answer's Server-Timing, the time in our
#    code (app), the part of it waiting on Cosmos DB (cosmos) and the calls made. Goal (issue 16): app − cosmos ≤ 2 ms
#    at p99 for a meeting read, which costs at most 2 point reads and 1 query.
# 2. Load: wrk for a bounded time on each endpoint, requests/s and p50/p99 latency.
set -uo pipefail
export MINUTES_AZURITE_PORT="${MINUTES_AZURITE_PORT:-10140}" MINUTES_COSMOS_PORT="${MINUTES_COSMOS_PORT:-8221}"
export MINUTES_APP_PORT="${MINUTES_APP_PORT:-7321}"
source "$(dirname "$0")/own-stack.sh"
duration="${DURATION:-10s}"; connections="${CONNECTIONS:-16}"; threads="${THREADS:-2}"; requests="${REQUESTS:-2000}"

if ! command -v wrk >/dev/null; then
  say "installing wrk from Debian"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi
start_stack || exit 1

say "ingesting tests/samples/001.pdf"
id="$(upload tests/samples/001.pdf 001.pdf)"
[ "$(wait_final "$id")" = stored ] || { say "the sample was not stored: $(field "$id" reason)"; exit 1; }
meeting="$(field "$id" meetingId)"; series="$(field "$id" seriesId)"

echo "overhead, $requests requests one at a time (ms):"
python3 - "$MINUTES_APP_PORT" "$key" "$requests" "/api/meetings/$meeting" "/api/action-items?series=$series" <<'PY'
import http.client, re, sys, time
port, key, n, routes = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4:]
warm = 500
timing = re.compile(r'app;dur=([\d.]+), cosmos;dur=([\d.]+);desc="([^"]*)"')
def pct(values, p): values = sorted(values); return values[min(len(values) - 1, int(p / 100 * len(values)))]
print(f"  {'route':<34} {'client p50':>10} {'p99':>7} {'app p99':>8} {'cosmos p99':>10} {'app-cosmos p50':>14} {'p99':>7}  calls")
for route in routes:
    conn = http.client.HTTPConnection("127.0.0.1", port)
    client, app, cosmos, own, calls = [], [], [], [], set()
    for k in range(n + warm):
        start = time.perf_counter()
        conn.request("GET", route, headers={"x-functions-key": key})
        response = conn.getresponse(); response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200: sys.exit(f"{route} answered {response.status}")
        a, c, desc = timing.search(response.getheader("Server-Timing")).groups()
        if k < warm: continue   # warm-up: tiered JIT settles, connection pools fill
        client.append(elapsed); app.append(float(a)); cosmos.append(float(c)); own.append(float(a) - float(c)); calls.add(desc)
    name = re.sub(r"/[^/?]+\.\d{4}-\d\d-\d\d$", "/{id}", route.split("?")[0])
    print(f"  GET {name:<30} {pct(client, 50):10.2f} {pct(client, 99):7.2f} {pct(app, 99):8.2f} {pct(cosmos, 99):10.2f} "
          f"{pct(own, 50):14.2f} {pct(own, 99):7.2f}  {', '.join(sorted(calls))}")
print("  goal: app-cosmos p99 <= 2 ms for GET /api/meetings/{id}, at most 2 point reads and 1 query")
PY

run() {
  local name="$1" url="$2" out
  out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "x-functions-key: $key" "$url")"
  if grep -q 'Non-2xx' <<<"$out"; then say "$name: some responses were not 2xx"; echo "$out" >&2; exit 1; fi
  printf '  %-28s %10s req/s   p50 %9s   p99 %9s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}
echo "load, wrk: $threads threads, $connections connections, $duration per endpoint, loopback:"
run "GET /api/meetings/{id}" "$base/api/meetings/$meeting"
run "GET /api/action-items" "$base/api/action-items?series=$series"
