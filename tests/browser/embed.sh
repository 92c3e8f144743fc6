#!/usr/bin/env bash
# Badges and cards shown by another site in headless Chromium (tests/browser/embed.mjs): the
# HTML an entry's page offers, copied into a page of another origin; the badges show, the
# cards show in their frames, an entry's own page is refused there, and nothing comes from
# another host.
#
# Usage, from the repository root, after a build:
#   cargo run --release -- build && tests/browser/embed.sh public
#
# It serves the folder on 127.0.0.1 with the published headers (tests/browser/static_server.py,
# which sends every matching rule of _headers, as Netlify adds them up). Prints one `ok …` /
# `FAIL …` line per check; exits non-zero if any fails.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1" ]]; then
  echo "usage: $0 SITE_DIR   (e.g. tests/browser/embed.sh public, after cargo run --release -- build)" >&2
  exit 2
fi
SITE_DIR=$(cd "$1" && pwd -P)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=tests/browser/playwright.sh
source "$HERE/playwright.sh"
# shellcheck source=tests/browser/workdir.sh
source "$HERE/workdir.sh"

serve_site "$SITE_DIR"

# The other site, at another origin: `localhost` is not `127.0.0.1` to a browser.
mkdir "$WORK/host"
HOST_PORT=$(free_port)
python3 -m http.server "$HOST_PORT" --bind 127.0.0.1 --directory "$WORK/host" >"$WORK/host.log" 2>&1 &
HOST_PID=$!
trap 'kill "$HOST_PID" 2>/dev/null || true; cleanup' EXIT
wait_for "$HOST_PORT" || { echo "FAIL the other site's server did not start" >&2; exit 1; }

status=0
SWIVI_SITE_DIR="$SITE_DIR" SWIVI_HOST_DIR="$WORK/host" SWIVI_HOST_ORIGIN="http://localhost:$HOST_PORT" \
  timeout -k 5 200 node "$HERE/embed.mjs" "http://127.0.0.1:$PORT" || status=$?
show_server_log_if_failed $status
exit $status
