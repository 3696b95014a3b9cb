#!/usr/bin/env bash
# Upload to stored meeting on a stack of its own, on the local stack with Tesseract, printing where the time goes.
#   bench/ingest-benchmark.sh
# 1. One 10-page scan (the first ten pages of tests/samples/000.scanned.pdf): seconds from upload to stored, and
#    each stage from the ingestion's own record (waited, receive, read, parse, store, Cosmos DB's share); beside it
#    the Tesseract CLI on the same page images with the same parallelism (the anchor). Goal: within 8 s on 2 cores.
# 2. Twenty documents dropped at once (every scanned sample but the 30-page one): all stored, pages per second
#    against the single document's, and the runner's peak memory. Goal: throughput within 10 % of the single document's.
# Ports 10130/8211/7311; Ocr:Parallelism and Local:MaxParallelDocuments default to the app's own defaults.
set -uo pipefail
export MINUTES_AZURITE_PORT="${MINUTES_AZURITE_PORT:-10130}" MINUTES_COSMOS_PORT="${MINUTES_COSMOS_PORT:-8211}"
export MINUTES_APP_PORT="${MINUTES_APP_PORT:-7311}"
source "$(dirname "$0")/own-stack.sh"
jobs="$(nproc)"
now() { date +%s.%N; }
peak_kb() { awk '/^VmHWM/ {print $2}' "/proc/$app/status" 2>/dev/null; }
pages_of() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

start_stack || exit 1
work="$MINUTES_STATE/bench"; mkdir -p "$work/ten" "$work/cli"
pdfseparate -f 1 -l 10 tests/samples/000.scanned.pdf "$work/ten/p-%02d.pdf"
pdfunite "$work"/ten/p-*.pdf "$work/ten.pdf"

# 1. One 10-page scan.
start=$(now)
id="$(upload "$work/ten.pdf" ten-pages.pdf)"
s="$(wait_final "$id")"
single=$(echo "$(now) - $start" | bc)
[ "$s" = stored ] || { say "the 10-page scan ended $s: $(field "$id" reason)"; exit 1; }
timings="$(field "$id" timings)"

pdfimages -j "$work/ten.pdf" "$work/cli/img"
start=$(now)
ls "$work"/cli/img-* | xargs -P "$jobs" -I{} env OMP_THREAD_LIMIT=1 tesseract {} {} -l swe --psm 3 tsv 2>/dev/null
cli=$(echo "$(now) - $start" | bc)

echo "10-page scan, upload to stored meeting ($jobs cores):"
python3 - "$timings" "$single" "$cli" <<'PY'
import json, sys
t, single, cli = json.loads(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"  {'stage':<22} {'s':>7}")
for stage in ("waited", "receive", "read", "parse", "store"):
    print(f"  {stage:<22} {t[stage] / 1000:7.2f}")
print(f"  {'(of which Cosmos DB)':<22} {t['cosmos'] / 1000:7.2f}")
print(f"  {'upload to stored':<22} {single:7.2f}   goal <= 8.00 s")
print(f"  {'tesseract CLI alone':<22} {cli:7.2f}   same images, same parallelism; read / CLI = {t['read'] / 1000 / cli:.2f}")
PY

# 2. Twenty documents at once.
docs=(tests/samples/001.scanned.pdf tests/samples/002.scanned.pdf tests/samples/parsing/*.scanned.pdf)
docs=("${docs[@]:0:20}")
pages=0; for d in "${docs[@]}"; do pages=$((pages + $(pages_of "$d"))); done
ids=()
start=$(now)
for d in "${docs[@]}"; do ids+=("$(upload "$d" "$(basename "$d")")"); done
stored=0; for i in "${ids[@]}"; do [ "$(wait_final "$i")" = stored ] && stored=$((stored + 1)); done
many=$(echo "$(now) - $start" | bc)
echo "${#docs[@]} documents at once ($pages pages):"
python3 - "$stored" "${#docs[@]}" "$pages" "$many" "$single" "$(peak_kb)" <<'PY'
import sys
stored, count, pages, many, single, peak = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6] or 0)
rate, single_rate = pages / many, 10 / single
print(f"  stored {stored} of {count} in {many:.1f} s: {rate:.2f} pages/s against {single_rate:.2f} for the single scan "
      f"({rate / single_rate * 100:.0f} %, goal >= 90 %)")
print(f"  runner's peak memory (VmHWM): {peak / 1024:.0f} MB")
PY
