#!/usr/bin/env bash
# Fault injection on a stack of its own (ports 10110/8191, state in a temporary folder): the development runner is
# started, hurt and restarted as Azure would hurt the app, and each case prints its outcome.
#   bench/fault-injection.sh          prints "case | outcome | pass/FAIL" and exits non-zero when a case fails
# Cases: kill -9 mid-ingest then restart; one document delivered twice and two documents of one name; Cosmos DB
# stopped, then started empty; bad uploads; a short load with bad inputs mixed in.
set -uo pipefail
export MINUTES_AZURITE_PORT="${MINUTES_AZURITE_PORT:-10110}" MINUTES_COSMOS_PORT="${MINUTES_COSMOS_PORT:-8191}"
export MINUTES_APP_PORT="${MINUTES_FAULT_PORT:-7291}"
source "$(dirname "$0")/own-stack.sh"
failures=0

result() { # case, outcome, ok(0/1)
  local mark="pass"; [ "$3" -eq 0 ] || { mark="FAIL"; failures=$((failures + 1)); }
  printf '%-58s | %-62s | %s\n' "$1" "$2" "$mark"
}

start_stack || exit 1
printf '%-58s | %-62s | %s\n' case outcome result

# 1. kill -9 while the document is being read, then a restart: the document is stored, nothing left behind (no
#    tool it started outlives it, the killed process's work folder is swept by the next start).
id="$(upload tests/samples/001.scanned.pdf scan.pdf)"
for _ in $(seq 1 80); do [ "$(status_of "$id")" = reading ] && break; sleep 0.1; done
sleep 0.5   # into the OCR
children="$(pgrep -P "$app" | tr '\n' ' ')"   # pdftoppm at work for the runner (OCR runs in-process)
killed="$app"; kill -9 "$app"; wait "$app" 2>/dev/null; app=""
sleep 1
# Still running, that is: a killed tool stays a zombie until init reaps it, which holds no memory and does no work.
orphans=0; for pid in $children; do ps -o stat= -p "$pid" 2>/dev/null | grep -qv Z && orphans=$((orphans + 1)); done
start_app || exit 1
s="$(wait_final "$id")"
where="$(field "$id" container)/$(field "$id" archivedAs)"
swept=yes; [ -e "${TMPDIR:-/tmp}/minutes/$killed" ] && swept=no
result "kill -9 mid-ingest, then restart" "ingestion $s; original in $where; tools outliving it $orphans of $(echo $children | wc -w); swept $swept" \
  $([ "$s" = stored ] && [[ "$where" == "$processed/$id/"* ]] && [ "$orphans" -eq 0 ] && [ "$swept" = yes ] && echo 0 || echo 1)

# 2. the same document twice under one name, uploaded at once: both kept, one meeting.
a="$(upload tests/samples/002.pdf same.pdf)"; b="$(upload tests/samples/002.pdf same.pdf)"
sa="$(wait_final "$a")"; sb="$(wait_final "$b")"
ka="$(field "$a" archivedAs)"; kb="$(field "$b" archivedAs)"
meetings="$(api "$base/api/meetings?pageSize=500" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')"
result "duplicate names, duplicate document" "$sa/$sb; originals $ka, $kb; meetings $meetings" \
  $([ "$sa" = stored ] && [ "$sb" = stored ] && [ -n "$ka" ] && [ "$ka" != "$kb" ] && [ "$meetings" -eq 2 ] && echo 0 || echo 1)

# 3. Cosmos DB stopped: 503 with Retry-After; started again empty: the app recovers without a restart.
kill "$(cat "$MINUTES_STATE/cosmos.pid")"; sleep 1
down="$(api -o /dev/null -w '%{http_code}' "$base/api/series")"
ready_down="$(curl -s -o /dev/null -w '%{http_code}' "$base/api/health/ready")"
infra/local/stack.sh start >/dev/null
up=""; for _ in $(seq 1 120); do up="$(api -o /dev/null -w '%{http_code}' "$base/api/series")"; [ "$up" = 200 ] && break; sleep 0.5; done
result "cosmos stopped, then started empty" "down: $down (ready $ready_down); back: $up" \
  $([ "$down" = 503 ] && [ "$ready_down" = 503 ] && [ "$up" = 200 ] && echo 0 || echo 1)

# 4. bad uploads: each ends failed with a reason and its original kept, or is refused with a 4xx; nothing stuck.
work="$MINUTES_STATE/bad"; mkdir -p "$work"
printf '%%PDF-1.7\n1 0 obj garbage' > "$work/corrupt.pdf"
printf 'PK\003\004 not really a word file' > "$work/word.docx"
: > "$work/empty.pdf"
head -c 20000 /dev/urandom > "$work/noise.png"
python3 - "$work/blank.png" <<'PY'
import sys, zlib, struct
w, h = 200, 200
raw = b"".join(b"\x00" + b"\xff" * w for _ in range(h))
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
ok=0; summary=""
for f in corrupt.pdf word.docx empty.pdf noise.png blank.png; do
  type=application/pdf; [[ $f == *.png ]] && type=image/png; [[ $f == *.jpg ]] && type=image/jpeg
  [[ $f == *.docx ]] && type=application/vnd.openxmlformats-officedocument.wordprocessingml.document
  code="$(api -o "$work/answer" -w '%{http_code}' -H "content-type: $type" --data-binary @"$work/$f" "$base/api/documents?fileName=$f")"
  if [ "$code" = 202 ]; then
    id="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/answer")"
    s="$(wait_final "$id")"; summary+="$f:$s "
    # Failed with a reason, the original kept in the failed container.
    [ "$s" = failed ] && [ -n "$(field "$id" reason)" ] && [ "$(field "$id" container)" = "$failed" ] || ok=1
  else
    summary+="$f:$code "; [[ "$code" == 4* ]] || ok=1
  fi
done
result "bad uploads" "$summary" $ok

# 5. a short load with bad inputs mixed in: no 5xx.
codes="$MINUTES_STATE/codes"; : > "$codes"
for i in $(seq 1 40); do
  pids=()
  api -o /dev/null -w '%{http_code}\n' "$base/api/meetings?pageSize=$((i % 7 - 1))" >>"$codes" & pids+=($!)
  api -o /dev/null -w '%{http_code}\n' -X PATCH -H 'content-type: application/json' -d '{"status": ' "$base/api/action-items/x$i" >>"$codes" & pids+=($!)
  api -o /dev/null -w '%{http_code}\n' "$base/api/meetings?from=2025-13-01" >>"$codes" & pids+=($!)
  api -o /dev/null -w '%{http_code}\n' -H 'content-type: multipart/form-data' --data-binary 'x' "$base/api/documents" >>"$codes" & pids+=($!)
  curl -s -o /dev/null -w '%{http_code}\n' -H "x-functions-key: wrong" "$base/api/series" >>"$codes" & pids+=($!)
  wait "${pids[@]}"   # not the runner, which is a child too
done
fives="$(grep -c '^5' "$codes")"
result "load with bad inputs mixed in ($(wc -l <"$codes") requests)" "$(sort "$codes" | uniq -c | tr -s ' ' | tr '\n' ' ')" \
  $([ "$fives" -eq 0 ] && echo 0 || echo 1)

[ "$failures" -eq 0 ] && say "all cases pass" || { say "$failures case(s) failed; the end of the runner's log:"; tail -40 "$log" >&2; }
exit "$failures"
