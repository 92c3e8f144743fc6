#!/usr/bin/env bash
# A right-to-left language in headless Chromium: an Arabic version of the example site, made
# as a translator would start it, checked by tests/browser/rtl.mjs (chart labels inside their
# charts and clear of the plot, interface strings still in French isolated with their own
# `lang`, `dir` and French dates, nothing wider than a phone).
#
# Usage, from the repository root:
#   tests/browser/rtl.sh                  # builds swivi (release) if needed
#   SWIVI=path/to/swivi tests/browser/rtl.sh
#   SWIVI_SCREENSHOTS=DIR tests/browser/rtl.sh   # also keeps screenshots of each page at
#                                                # 320×640 and 1280×900 in DIR
#
# What it does: copies site.toml, content/, i18n/, themes/ and static/ into a temporary
# folder, runs `swivi i18n new ar` there (which adds Arabic to site.toml), translates a few
# interface messages (the rest stay French, the fallback), builds the site as of a fixed day,
# serves it on 127.0.0.1 with the published headers (tests/browser/static_server.py), and runs
# the checks, one `ok …` / `FAIL …` line each. Exits non-zero if any check fails. The server
# and the temporary folder are removed at the end, also on failure or interruption.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd "$HERE/../.." && pwd -P)
# shellcheck source=tests/browser/playwright.sh
source "$HERE/playwright.sh"

# shellcheck source=tests/browser/workdir.sh
source "$HERE/workdir.sh"

if [[ -z "${SWIVI:-}" ]]; then
  (cd "$REPO" && timeout 900 cargo build --release --quiet) >&2
  SWIVI="${CARGO_TARGET_DIR:-$REPO/target}/release/swivi"
fi

mkdir "$WORK/site"
for item in site.toml content i18n themes static; do
  if [[ -e "$REPO/$item" ]]; then cp -R "$REPO/$item" "$WORK/site/"; fi
done
"$SWIVI" i18n new ar --root "$WORK/site" >&2
# A translator's first messages, uncommented and translated; every other message is still
# shown in French.
python3 - "$WORK/site/i18n/ar.ftl" <<'EOF'
import sys

translated = {
    "site-title": "متابعة إعلان لوس أنجلوس",
    "nav-home": "الصفحة الرئيسية",
    "nav-countries": "البلدان",
    "nav-commitments": "الالتزامات",
    "status-in-progress": "قيد التنفيذ",
    "status-completed": "منجز",
    "indicators-heading": "المؤشرات",
}
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
for i, line in enumerate(lines):
    for key, text in translated.items():
        if line.startswith(f"# {key} = "):
            lines[i] = f"{key} = {text}"
open(path, "w", encoding="utf-8").write("\n".join(lines))
EOF
# 2025-06-01: commitments without an update for twelve months say "not verified since …".
SOURCE_DATE_EPOCH=1748736000 "$SWIVI" build --root "$WORK/site" --output "$WORK/public" >&2

serve_site "$WORK/public"

status=0
SWIVI_SITE_DIR="$WORK/public" timeout -k 5 150 node "$HERE/rtl.mjs" "http://127.0.0.1:$PORT" || status=$?
show_server_log_if_failed $status
exit $status
