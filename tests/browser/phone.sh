#!/usr/bin/env bash
# Every page of a built site at 320×640 in headless Chromium (tests/browser/phone.mjs): no
# sideways scrolling, a header of at most a fifth of the screen, targets of 24 px, form text
# of 16 px, chart labels of 12 px, a commitment's status on the first screen.
#
# Usage, from the repository root, after a build:
#   cargo run --release -- build && tests/browser/phone.sh public
#
# It serves the folder on 127.0.0.1 with the published headers (tests/browser/static_server.py),
# so pages are styled under the site's Content-Security-Policy, and prints one `ok …` /
# `FAIL …` line per page. Exits non-zero if any check fails.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1" ]]; then
  echo "usage: $0 SITE_DIR   (e.g. tests/browser/phone.sh public, after cargo run --release -- build)" >&2
  exit 2
fi
SITE_DIR=$(cd "$1" && pwd -P)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=tests/browser/playwright.sh
source "$HERE/playwright.sh"
# shellcheck source=tests/browser/workdir.sh
source "$HERE/workdir.sh"

serve_site "$SITE_DIR"

status=0
SWIVI_SITE_DIR="$SITE_DIR" timeout -k 5 900 node "$HERE/phone.mjs" "http://127.0.0.1:$PORT" || status=$?
show_server_log_if_failed $status
exit $status
