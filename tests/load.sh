#!/usr/bin/env bash
# swivi serve under load: 200 clients at once on loopback (wrk), on a page, a feed and an
# asset of the example site, for a few seconds each. Fails on any socket error, timeout or
# response other than 2xx/3xx. Installs wrk (Debian's package) when it is missing.
#
#   tests/load.sh [seconds per address]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-5}"

if ! command -v wrk >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

cargo build --release --quiet
LOG="$(mktemp)"
"${CARGO_TARGET_DIR:-target}/release/swivi" serve --port 0 >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -f "$LOG"' EXIT

ADDRESS=""
for _ in $(seq 1 600); do
  ADDRESS="$(sed -n 's/^Serving .* at \(http:[^ ]*\) .*/\1/p' "$LOG")"
  [ -n "$ADDRESS" ] && break
  sleep 0.1
done
[ -n "$ADDRESS" ] || { echo "FAIL swivi serve did not start:"; cat "$LOG"; exit 1; }
case "$ADDRESS" in
  http://127.0.0.1:*) ;;
  *) echo "FAIL swivi serve listens on $ADDRESS, not on loopback"; exit 1 ;;
esac

failed=0
for path in es/ en/feed.xml es/commitments/ "$(ls public/style.*.css 2>/dev/null | head -1 | sed 's|^public/||')"; do
  [ -n "$path" ] || continue
  out="$(wrk --threads 2 --connections 200 --duration "${SECONDS_EACH}s" --timeout 10s "$ADDRESS$path")"
  requests="$(sed -n 's/^ *\([0-9]*\) requests in .*/\1/p' <<<"$out")"
  echo "$ADDRESS$path: $requests requests from 200 clients in ${SECONDS_EACH}s"
  if grep -qE "Socket errors|Non-2xx or 3xx" <<<"$out" || [ "${requests:-0}" -eq 0 ]; then
    echo "FAIL $path under load:"; echo "$out"; failed=1
  fi
done
[ "$failed" -eq 0 ] && echo "ok: 200 concurrent clients served without an error"
exit "$failed"
