#!/usr/bin/env bash
# Every test: installs what the tests use (Debian packages, the npm lock of the local stack), restores, builds and
# runs the unit and integration tests. The integration tests start the local stack themselves.
set -uo pipefail
cd "$(dirname "$0")"
log="$(mktemp)" install_log="$(mktemp)"
# The install (npm ci of the local stack: most of a minute on a clean clone) runs beside the build, which needs none of it.
infra/local/stack.sh install >"$install_log" 2>&1 &
installer=$!
dotnet build Functions.sln -c Release 2>&1 | tee "$log"
built=${PIPESTATUS[0]}
wait "$installer"; installed=$?
cat "$install_log"; rm -f "$install_log"
[ "$installed" -eq 0 ] || { echo "tests: not run, the install failed"; exit 1; }
[ "$built" -eq 0 ] || { echo "tests: not run, the build failed"; exit "$built"; }
dotnet test Functions.sln -c Release --no-build 2>&1 | tee -a "$log"
status=${PIPESTATUS[0]}
# One closing line over all test projects: "N passed, N failed, N skipped".
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
