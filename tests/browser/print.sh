#!/usr/bin/env bash
# Countries' reports printed to PDF from headless Chromium (tests/browser/print.mjs): A4
# sheets, each with the running title, the address and the day; each commitment from a new
# sheet; nothing of the screen's chrome on paper; nothing wider than the sheet.
#
# Usage, from the repository root, after a build:
#   cargo run --release -- build && tests/browser/print.sh public
#
# It serves the folder on 127.0.0.1 with the published headers (tests/browser/static_server.py)
# and reads the PDFs with poppler's pdftotext and pdfinfo (Debian's poppler-utils, installed
# by .ci/run). Prints one `ok …` / `FAIL …` line per check; exits non-zero if any fails.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1" ]]; then
  echo "usage: $0 SITE_DIR   (e.g. tests/browser/print.sh public, after cargo run --release -- build)" >&2
  exit 2
fi
command -v pdftotext >/dev/null || { echo "FAIL pdftotext is missing: apt-get install poppler-utils" >&2; exit 2; }
SITE_DIR=$(cd "$1" && pwd -P)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=tests/browser/playwright.sh
source "$HERE/playwright.sh"
# shellcheck source=tests/browser/workdir.sh
source "$HERE/workdir.sh"

serve_site "$SITE_DIR"

status=0
SWIVI_SITE_DIR="$SITE_DIR" timeout -k 5 400 node "$HERE/print.mjs" "http://127.0.0.1:$PORT" || status=$?
show_server_log_if_failed $status
exit $status
