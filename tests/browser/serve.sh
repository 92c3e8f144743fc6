#!/usr/bin/env bash
# End-to-end browser test of `swivi serve`: a page left open while files are edited, broken
# and fixed, as an editor works.
#
# Usage, from the repository root:
#   tests/browser/serve.sh
#
# It copies the example site into a temporary folder, starts `swivi serve --port 0` (the
# release binary, built if needed) on it, and runs tests/browser/serve.mjs, which drives
# Debian's Chromium with playwright-core (from the site validators' folder, as run.sh does)
# and prints one `ok …` / `FAIL …` line per check. The server and the copy are removed at the
# end, also on failure or interruption.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd "$HERE/../.." && pwd -P)
# shellcheck source=tests/browser/playwright.sh
source "$HERE/playwright.sh"

(cd "$REPO" && cargo build --release --quiet)
SWIVI="${CARGO_TARGET_DIR:-$REPO/target}/release/swivi"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/swivi-serve.XXXXXX")
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then
    kill -INT "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir "$WORK/root"
for item in site.toml content i18n themes static; do
  if [[ -e "$REPO/$item" ]]; then cp -R "$REPO/$item" "$WORK/root/"; fi
done
"$SWIVI" serve --root "$WORK/root" --port 0 > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  grep -q "^Serving " "$WORK/serve.log" && break
  sleep 0.1
done
ADDRESS=$(grep -o "http://127.0.0.1:[0-9]*/" "$WORK/serve.log" | head -1)
[[ -n "$ADDRESS" ]] || { echo "FAIL swivi serve did not start:"; cat "$WORK/serve.log"; exit 1; }

status=0
SWIVI_SERVE_ROOT="$WORK/root" timeout 120 node "$HERE/serve.mjs" "$ADDRESS" || status=$?
if [[ $status -ne 0 ]]; then
  echo "# swivi serve said:"; cat "$WORK/serve.log"
fi
[[ ! -e "$WORK/root/public" ]] || { echo "FAIL swivi serve wrote $WORK/root/public"; status=1; }
exit $status
