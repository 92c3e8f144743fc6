#!/usr/bin/env bash
# End-to-end browser test of editing in a browser: the /admin/ page (Decap CMS) against
# Decap's local backend, as an editor without git works.
#
# Usage, from the repository root:
#   tests/browser/admin.sh
#
# It copies the example site into a temporary folder and names its canonical files
# <slug>.<default language>.md, as Decap CMS does; builds it (the release binary, built if
# needed); starts `decap-server` (npm, pinned, installed once into the site validators'
# folder) on port 8081 in that folder, and serves the built site with static_server.py, which
# applies _headers, so the page runs under its real Content-Security-Policy. Then
# tests/browser/admin.mjs drives Debian's Chromium with playwright-core: it logs in, lists
# the commitments, edits one and publishes it, and `swivi check` must accept the copy as
# Decap left it. One `ok …` / `FAIL …` line per check. Everything is stopped and removed at
# the end, also on failure or interruption.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd "$HERE/../.." && pwd -P)
# shellcheck source=tests/browser/playwright.sh
source "$HERE/playwright.sh"

DECAP_SERVER_VERSION=3.11.3
DECAP_HOME="$VALIDATORS_HOME/decap-server"
if [[ "$(cat "$DECAP_HOME/.stamp" 2>/dev/null)" != "$DECAP_SERVER_VERSION" ]]; then
  echo "# installing decap-server@$DECAP_SERVER_VERSION into $DECAP_HOME" >&2
  mkdir -p "$DECAP_HOME"
  npm install --no-audit --no-fund --loglevel=error --prefix "$DECAP_HOME" \
    "decap-server@$DECAP_SERVER_VERSION" >&2
  echo "$DECAP_SERVER_VERSION" > "$DECAP_HOME/.stamp"
fi

(cd "$REPO" && cargo build --release --quiet)
SWIVI="${CARGO_TARGET_DIR:-$REPO/target}/release/swivi"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/swivi-admin.XXXXXX")
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

SITE="$WORK/site"
mkdir "$SITE"
for item in site.toml content i18n themes static; do
  if [[ -e "$REPO/$item" ]]; then cp -R "$REPO/$item" "$SITE/"; fi
done
DEFAULT=$(sed -n 's/^default_language *= *"\(.*\)"/\1/p' "$SITE/site.toml")
for file in "$SITE"/content/*/*.md; do
  name=$(basename "$file" .md)
  [[ "$name" == *.* ]] || mv "$file" "${file%.md}.$DEFAULT.md"
done
"$SWIVI" build --root "$SITE" --output "$WORK/public" > "$WORK/build.log" 2>&1 \
  || { echo "FAIL the copy with <slug>.$DEFAULT.md files does not build:"; cat "$WORK/build.log"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }

(cd "$SITE" && exec env PORT=8081 MODE=fs GIT_REPO_DIRECTORY="$SITE" "$DECAP_HOME/node_modules/.bin/decap-server") > "$WORK/decap-server.log" 2>&1 &
PIDS+=($!)
PORT=$(free_port)
python3 "$HERE/static_server.py" "$PORT" "$WORK/public" "$REPO/netlify.toml" > "$WORK/static.log" 2>&1 &
PIDS+=($!)
wait_for 8081 || { echo "FAIL decap-server did not start on port 8081:"; cat "$WORK/decap-server.log"; exit 1; }
wait_for "$PORT" || { echo "FAIL the static server did not start"; cat "$WORK/static.log"; exit 1; }

status=0
SWIVI="$SWIVI" SWIVI_ADMIN_SITE="$SITE" timeout 180 node "$HERE/admin.mjs" "http://127.0.0.1:$PORT/" || status=$?
if [[ $status -ne 0 ]]; then
  echo "# decap-server said:"; cat "$WORK/decap-server.log"
fi
exit $status
