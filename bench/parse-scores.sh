#!/usr/bin/env bash
# Parse scores per document and form, the way the product is judged (score.py: field groups, then a mean).
#   bench/parse-scores.sh                  every document in tests/samples (001, 002) and tests/samples/parsing
#   bench/parse-scores.sh DIR ...          documents elsewhere: DIR/NAME.txt with DIR/NAME.expected.json, and where
#                                          they exist DIR/NAME.pdf or DIR/pdf/NAME.pdf, DIR/NAME.scanned.pdf or DIR/scan/NAME.scanned.pdf,
#                                          DIR/hard/NAME.hard.pdf (150 dpi, skewed, noisy scans)
# Prints one row per document: the mean score of each form it has, and action recall/precision of the text form;
# then the mean of each column. Scans are read by Tesseract (the local stack's Debian packages). SCORE names
# score.py (default ../shared/tools/score.py beside the checkout).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
score="${SCORE:-$root/../shared/tools/score.py}"
[ -f "$score" ] || { echo "parse-scores: score.py not found at $score (set SCORE)" >&2; exit 1; }
dotnet build "$root/functions/Minutes.Local" -c Release -v q -nologo >/dev/null || exit 1
app="$root/functions/Minutes.Local/bin/Release/net10.0/Minutes.Local.dll"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
dirs=("$@"); [ ${#dirs[@]} -gt 0 ] || dirs=("$root/tests/samples" "$root/tests/samples/parsing")

mean_of() { # expected, parsed -> "score recall precision" ("-" for a figure score.py does not print; 0.000 is a figure)
  python3 "$score" "$1" "$2" --verbose 2>/dev/null \
    | awk '/^actions.recall/ {r=$2} /^actions.precision/ {p=$2} /^score/ {s=$2} END {printf "%s %s %s", s != "" ? s : "-", r != "" ? r : "-", p != "" ? p : "-"}'
}
form() { # expected, document -> score, or "-" when the document is not there or cannot be parsed
  [ -f "$2" ] || { echo "-"; return; }
  dotnet "$app" parse "$2" >"$work/out.json" 2>/dev/null || { echo "fail"; return; }
  mean_of "$1" "$work/out.json" | cut -d' ' -f1
}

printf '%-34s %6s %6s %6s %6s %6s %6s\n' document text pdf scan hard recall prec
for dir in "${dirs[@]}"; do
  for expected in "$dir"/*.expected.json; do
    name="$(basename "$expected" .expected.json)"
    [ -f "$dir/$name.txt" ] || continue
    dotnet "$app" parse "$dir/$name.txt" >"$work/out.json" 2>/dev/null
    read -r text recall precision <<<"$(mean_of "$expected" "$work/out.json")"
    pdf_file="$dir/$name.pdf"; [ -f "$pdf_file" ] || pdf_file="$dir/pdf/$name.pdf"
    pdf="$(form "$expected" "$pdf_file")"
    scan_file="$dir/$name.scanned.pdf"; [ -f "$scan_file" ] || scan_file="$dir/scan/$name.scanned.pdf"
    scan="$(form "$expected" "$scan_file")"
    hard="$(form "$expected" "$dir/hard/$name.hard.pdf")"
    printf '%-34s %6s %6s %6s %6s %6s %6s\n' "$name" "$text" "$pdf" "$scan" "$hard" "$recall" "$precision"
  done
done | tee "$work/rows"
awk 'NR > 0 { for (c = 2; c <= 7; c++) if ($c ~ /^[0-9.]+$/) { sum[c] += $c; n[c]++ } }
     END { printf "%-34s", "mean"; for (c = 2; c <= 7; c++) printf " %6s", n[c] ? sprintf("%.3f", sum[c] / n[c]) : "-"; printf "\n" }' "$work/rows"
