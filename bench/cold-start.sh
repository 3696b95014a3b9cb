#!/usr/bin/env bash
# Cold start of the packaged app: milliseconds from process start to the first 200 from GET /health, as the
# Functions host would start it (serve, FUNCTIONS_CUSTOMHANDLER_PORT). Runs infra/package.sh unless a package
# folder is given. Settings are placeholders: nothing outside is called before the first request.
#   bench/cold-start.sh [PACKAGE_DIR] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
stage="${1:-}"
runs="${2:-5}"
if [ -z "$stage" ]; then "$root/infra/package.sh" >/dev/null; stage="$root/artifacts/package"; fi
port=7399
export FUNCTIONS_CUSTOMHANDLER_PORT=$port Storage__ServiceUri=https://example.invalid/ Cosmos__Endpoint=https://example.invalid/ \
  Logging__LogLevel__Default=Warning
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  (cd "$stage/app" && exec ./Minutes serve) >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 $pid 2>/dev/null || { echo "the app exited before answering" >&2; exit 1; }
    sleep 0.005
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "run $i: $(( (end - start) / 1000000 )) ms to the first 200 from /health"
done
