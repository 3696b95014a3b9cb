#!/usr/bin/env bash
# Every test: installs what the tests use (Debian packages, the npm lock of the local stack), restores, builds and
# runs the unit and integration tests. The integration tests start the local stack themselves.
set -uo pipefail
cd "$(dirname "$0")"
infra/local/stack.sh install || exit 1
log="$(mktemp)"
dotnet test Functions.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One closing line over all test projects: "N passed, N failed, N skipped".
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
