#!/usr/bin/env bash
# Builds the deployment package: artifacts/minutes-functions.zip with host.json, one folder per function
# (function.json), and the app published self-contained for linux-x64 with ReadyToRun in app/ (host.json's
# customHandler.description.defaultExecutablePath). The layout is checked before the zip is written.
#   infra/package.sh [--out DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/artifacts"
[ "${1:-}" = "--out" ] && out="$2"
stage="$out/package"
rm -rf "$stage" "$out/minutes-functions.zip"
mkdir -p "$stage"

dotnet publish "$root/functions/Minutes.App" -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun=true -p:DebugType=none -o "$stage/app" -nologo -v quiet
cp "$root/host.json" "$stage/"
for f in "$root"/functions/*/function.json; do
  name="$(basename "$(dirname "$f")")"
  mkdir -p "$stage/$name" && cp "$f" "$stage/$name/"
done

fail() { echo "package: $*" >&2; exit 1; }
exe="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["customHandler"]["description"]["defaultExecutablePath"])' "$stage/host.json")" \
  || fail "host.json does not parse or names no customHandler executable"
[ -f "$stage/$exe" ] || fail "host.json names $exe, which the package does not hold"
[ -x "$stage/$exe" ] || fail "$exe is not executable"
functions=$(find "$stage" -mindepth 2 -maxdepth 2 -name function.json | wc -l)
[ "$functions" -ge 1 ] || fail "no function folders"
for f in "$stage"/*/function.json; do python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$f" || fail "$f does not parse"; done

(cd "$stage" && zip -qr -X "$out/minutes-functions.zip" .)
echo "package: $out/minutes-functions.zip ($(du -h "$out/minutes-functions.zip" | cut -f1), $functions functions, executable $exe)"
