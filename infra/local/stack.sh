#!/usr/bin/env bash
# The local stack: Azurite (Blob Storage) and a Cosmos DB protocol server from npm, Tesseract and poppler from Debian.
#   stack.sh start    install what is missing, start what is not running (idempotent, quick when all is up)
#   stack.sh stop     stop what this script started
#   stack.sh status   say what runs where
#   stack.sh install  install only (Debian packages and the npm lock)
# Ports: MINUTES_AZURITE_PORT (10000), MINUTES_COSMOS_PORT (8081). Data and logs: MINUTES_STATE (.local/ at the repo
# root, git-ignored); a second stack on other ports keeps its own state folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
state="${MINUTES_STATE:-$root/.local}"
azurite_port="${MINUTES_AZURITE_PORT:-10000}"
cosmos_port="${MINUTES_COSMOS_PORT:-8081}"
debs=(tesseract-ocr tesseract-ocr-swe poppler-utils libtiff-tools)

say() { printf 'stack: %s\n' "$*"; }
die() { printf 'stack: error: %s\n' "$*" >&2; exit 1; }

install_debs() {
  local missing=()
  command -v tesseract >/dev/null || missing+=(tesseract-ocr)
  [ -f /usr/share/tesseract-ocr/5/tessdata/swe.traineddata ] || missing+=(tesseract-ocr-swe)
  command -v pdftotext >/dev/null && command -v pdfimages >/dev/null && command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  command -v tiffsplit >/dev/null || missing+=(libtiff-tools)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing ${missing[*]} from Debian"
  $sudo apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null \
    || die "apt-get install ${debs[*]} failed"
}

install_npm() {
  # npm ci is slow; redo it only when the lock file changed since the last install.
  local stamp="$here/node_modules/.lock-stamp"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$here/package-lock.json"; then return 0; fi
  command -v npm >/dev/null || die "npm is not on PATH (Node.js 20 or later is needed)"
  say "installing Azurite and the Cosmos DB protocol server (npm ci)"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci in $here failed"
  cp "$here/package-lock.json" "$stamp"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

is_azurite() { curl -s -o /dev/null -D - "http://127.0.0.1:$azurite_port/devstoreaccount1?comp=list" 2>/dev/null | grep -qi '^server: azurite'; }
is_cosmos() { curl -sk "https://127.0.0.1:$cosmos_port/" 2>/dev/null | grep -q '"writableLocations"'; }

# start NAME PORT PROBE COMMAND...: reuse a server of the right kind already on the port, refuse a foreign one.
start() {
  local name="$1" port="$2" probe="$3"; shift 3
  local pidfile="$state/$name.pid" log="$state/$name.log"
  if port_open "$port"; then
    if "$probe"; then say "$name already answers on 127.0.0.1:$port"; return 0; fi
    die "port $port is taken by something that is not $name ($(ss -ltnpH "sport = :$port" 2>/dev/null | sed 's/.*users://' | head -1)); stop it or set MINUTES_${name^^}_PORT"
  fi
  mkdir -p "$state"
  nohup "$@" >"$log" 2>&1 &
  echo $! >"$pidfile"
  for _ in $(seq 1 150); do
    if "$probe"; then say "$name started on 127.0.0.1:$port (pid $(cat "$pidfile"), log $log)"; return 0; fi
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      tail -20 "$log" >&2
      die "$name exited during start; its log is above ($log)"
    fi
    sleep 0.2
  done
  tail -20 "$log" >&2
  die "$name did not answer on 127.0.0.1:$port within 30 s; its log is above ($log)"
}

stop() {
  local name="$1" pidfile="$state/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    # Azurite can linger for minutes after SIGTERM, at a tenth of a core, under the next run's benchmarks.
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    say "$name stopped (pid $pid)"
  fi
  rm -f "$pidfile"
}

case "${1:-start}" in
  install)
    install_debs; install_npm ;;
  start)
    command -v curl >/dev/null || die "curl is needed to probe the servers"
    install_debs
    install_npm
    mkdir -p "$state/azurite"
    start azurite "$azurite_port" is_azurite \
      "$here/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$azurite_port" \
      --location "$state/azurite" --skipApiVersionCheck --loose --silent
    start cosmos "$cosmos_port" is_cosmos \
      node "$here/cosmos-server.js" "$cosmos_port"
    ;;
  stop)
    stop cosmos; stop azurite ;;
  status)
    if is_azurite; then say "azurite: up on 127.0.0.1:$azurite_port"; else say "azurite: down"; fi
    if is_cosmos; then say "cosmos: up on 127.0.0.1:$cosmos_port"; else say "cosmos: down"; fi
    ;;
  *)
    die "usage: stack.sh start|stop|status|install" ;;
esac
