#!/usr/bin/env bash
# Seconds per page for the scanned samples: our pipeline (PDF file -> cleaned lines, `Minutes.Local read --engine tesseract`)
# against the tesseract CLI run directly on pdfimages extractions of the same PDF, with the same parallelism.
# usage: bench/read-benchmark.sh [sample.pdf ...]   (default: tests/samples/*.scanned.pdf)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jobs="${JOBS:-$(nproc)}"
# The read verb lives in the local host (Minutes.App is the Functions worker and starts its host at once), published
# ReadyToRun as the app is deployed.
source "$root/bench/published-runner.sh" || exit 1
app="$runner_dll"
samples=("$@")
[ ${#samples[@]} -gt 0 ] || samples=("$root"/tests/samples/*.scanned.pdf)
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
printf '%-22s %5s %12s %12s %7s\n' sample pages "ours s/page" "cli s/page" ratio
total_pages=0; total_ours=0; total_cli=0
for pdf in "${samples[@]}"; do
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')

  start=$(now)
  Ocr__Parallelism="$jobs" dotnet "$app" read --engine tesseract "$pdf" >/dev/null
  ours=$(echo "$(now) - $start" | bc)

  rm -rf "$work"/*; pdfimages -j -png "$pdf" "$work/img"
  start=$(now)
  ls "$work"/img-* | xargs -P "$jobs" -I{} env OMP_THREAD_LIMIT=1 tesseract {} {} -l swe --psm 3 tsv 2>/dev/null
  cli=$(echo "$(now) - $start" | bc)

  printf '%-22s %5d %12.2f %12.2f %7.2f\n' "$(basename "$pdf")" "$pages" \
    "$(echo "$ours / $pages" | bc -l)" "$(echo "$cli / $pages" | bc -l)" "$(echo "$ours / $cli" | bc -l)"
  total_pages=$((total_pages + pages)); total_ours=$(echo "$total_ours + $ours" | bc); total_cli=$(echo "$total_cli + $cli" | bc)
done
printf '%-22s %5d %12.2f %12.2f %7.2f\n' all "$total_pages" \
  "$(echo "$total_ours / $total_pages" | bc -l)" "$(echo "$total_cli / $total_pages" | bc -l)" "$(echo "$total_ours / $total_cli" | bc -l)"
echo "parallel pages: $jobs; ratio = ours / cli (target <= 1.00, issue 16)"
