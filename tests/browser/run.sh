#!/usr/bin/env bash
# End-to-end browser tests of swivi's offline reading (service worker + page script), of
# its search page (tests/browser/search.mjs, after offline.mjs), and of its feeds opened in a
# browser and a one-language offline copy opened from disk (tests/browser/feeds.mjs, last);
# on a site whose commitments take several pages (benches/generate.py 1000), of the
# commitments' filter over the whole list (tests/browser/filter.mjs).
#
# Usage, from the repository root, after a build:
#   cargo run --release -- build && tests/browser/run.sh public
#   SWIVI_REBUILD_CHECK=1 tests/browser/run.sh public   # also checks that a new build
#                                                         # replaces the old caches
#
# What it does: serves the given folder on 127.0.0.1 (a free port) with the headers
# netlify.toml and the build's _headers give each path (tests/browser/static_server.py: the
# Content-Security-Policy and cache lifetimes among them), then runs tests/browser/offline.mjs, which drives Debian's Chromium
# (/usr/bin/chromium) with playwright-core and prints one `ok …` / `FAIL …` line per check.
# Exits non-zero if any check fails. The server (and any temporary folder) is removed at the
# end, also on failure or interruption. No browser is downloaded: playwright-core comes from
# the site validators' folder, ${SITE_VALIDATORS_HOME:-$HOME/.cache/site-validators}/node,
# and is installed there (pinned) only if missing.
#
# With SWIVI_REBUILD_CHECK=1 the wrapper also builds a second version of the site (a copy of
# site.toml, content/, i18n/, themes/ with one paragraph added to an English commitment) into
# a temporary folder; the test then switches the served folder to it and checks that the new
# worker drops the old caches and refreshes the pages the reader kept.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1" ]]; then
  echo "usage: $0 SITE_DIR   (e.g. tests/browser/run.sh public, after cargo run --release -- build)" >&2
  exit 2
fi
SITE_DIR=$(cd "$1" && pwd -P)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd "$HERE/../.." && pwd -P)

for f in sw.js _headers en/index.html; do
  [[ -f "$SITE_DIR/$f" ]] || { echo "FAIL $SITE_DIR/$f is missing: build the site first" >&2; exit 2; }
done
# shellcheck source=tests/browser/playwright.sh
source "$HERE/playwright.sh"

# shellcheck source=tests/browser/workdir.sh
source "$HERE/workdir.sh"

# The server serves a symbolic link to the site, so that the rebuild check can point it at
# another build without restarting the server.
ln -s "$SITE_DIR" "$WORK/site"

if [[ "${SWIVI_REBUILD_CHECK:-0}" == "1" ]]; then
  MARKER="swivi-rebuild-marker-$RANDOM$RANDOM"
  mkdir "$WORK/root"
  for item in site.toml content i18n themes static; do
    if [[ -e "$REPO/$item" ]]; then cp -R "$REPO/$item" "$WORK/root/"; fi
  done
  printf '\n%s\n' "$MARKER" >> "$WORK/root/content/commitments/cl-integration-host-communities.en.md"
  echo "# building a second version of the site into $WORK/second" >&2
  # Seconds when the binary is up to date (it is right after `cargo run --release -- build`);
  # longer only if cargo must recompile first.
  (cd "$REPO" && timeout 300 cargo run --release --quiet -- build --root "$WORK/root" --output "$WORK/second") >&2
  export SWIVI_SECOND_BUILD="$WORK/second" SWIVI_REBUILD_MARKER="$MARKER"
fi
export SWIVI_SERVED_LINK="$WORK/site" SWIVI_SITE_DIR="$SITE_DIR"

serve_site "$WORK/site"

# The script waits for the server itself and stops itself after 90 s; `timeout` is a backstop.
status=0
timeout -k 5 105 node "$HERE/offline.mjs" "http://127.0.0.1:$PORT" || status=$?
# Search, in a browser of its own, against whichever build the server serves now.
timeout -k 5 105 node "$HERE/search.mjs" "http://127.0.0.1:$PORT" || status=$?
# The commitments' filter over a list cut into pages, on a site whose list takes several.
if [[ -f "$SITE_DIR/en/commitments/page/2/index.html" ]]; then
  timeout -k 5 75 node "$HERE/filter.mjs" "http://127.0.0.1:$PORT" || status=$?
fi
# Feeds as a person sees them, and the Haitian Creole offline copy opened from disk.
if [[ -f "$SITE_DIR/downloads/offline-ht.zip" ]]; then
  python3 -m zipfile -e "$SITE_DIR/downloads/offline-ht.zip" "$WORK/copy"
  export SWIVI_COPY_DIR="$WORK/copy"
fi
timeout -k 5 75 node "$HERE/feeds.mjs" "http://127.0.0.1:$PORT" || status=$?
show_server_log_if_failed $status
exit $status
