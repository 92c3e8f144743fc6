#!/usr/bin/env bash
# Broken and outsized input (issue 8): the time and peak memory of one release `swivi build`
# of a small site with each of these added, and what the build said. None may crash; each
# gives a clear error or a correct site.
#
#   benches/limits.sh            # every case, 100,000 tiny entries included
#   TINY=10000 benches/limits.sh # fewer tiny entries, for a quick try
#
# Prints a Markdown table. Installs GNU time if missing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
tiny=${TINY:-100000}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$repo/target}
swivi=$CARGO_TARGET_DIR/release/swivi

if [ ! -x /usr/bin/time ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
(cd "$repo" && cargo build --release --quiet)

work=$(mktemp -d /tmp/swivi-limits.XXXXXX)
trap 'rm -rf "$work"' EXIT

# A small valid site in one language: the tests' fixture, its French half.
base() {
  local site=$1
  rm -rf "$site"; mkdir -p "$site/i18n"
  cp -r "$repo/tests/fixtures/base/." "$site/"
  cp -r "$repo/themes" "$site/themes"
  cp "$repo/i18n/fr.ftl" "$repo/i18n/es.ftl" "$site/i18n/"
}

page() { printf '+++\ntitle = "%s"\n+++\n' "$1"; }

# Each case: a name, then the shell that adds it to the site in $site.
cases=(
  "a 50 MB content file|{ page Huge; python3 -c 'print(\"Une phrase du rapport, répétée.\\n\" * 1600000)'; } > \$site/content/pages/huge.md"
  "Markdown quotes nested 10,000 deep|{ page Deep; python3 -c 'print(\">\" * 10000 + \" deep\")'; } > \$site/content/pages/deep.md"
  "Markdown lists nested 10,000 deep|{ page Deep; python3 -c 'print(\"- \" * 10000 + \"deep\")'; } > \$site/content/pages/deep.md"
  "raw HTML nested 10,000 deep|{ page Deep; python3 -c 'print(\"<div>\" * 10000 + \"deep\")'; } > \$site/content/pages/deep.md"
  "raw HTML nested 1,000 deep|{ page Deep; python3 -c 'print(\"<span>\" * 1000 + \"deep\")'; } > \$site/content/pages/deep.md"
  "TOML arrays nested 10,000 deep|{ printf '+++\ntitle = \"T\"\nsummary = '; python3 -c 'print(\"[\" * 10000 + \"]\" * 10000)'; printf '+++\n'; } > \$site/content/pages/deep.md"
  "$tiny tiny entries|python3 -c 'import sys
for i in range($tiny):
    open(sys.argv[1] + \"/content/pages/p%06d.md\" % i, \"w\").write(\"+++\\ntitle = \\\"P%d\\\"\\n+++\\n\" % i)' \$site"
  "a file that is not UTF-8|printf '+++\ntitle = \"Caf\\351\"\n+++\n' > \$site/content/pages/latin.md"
  "an empty file|: > \$site/content/pages/empty.md"
  "a byte-order mark and Windows line endings|printf '\\357\\273\\277+++\r\ntitle = \"Notes\"\r\n+++\r\nLine one\r\n\r\n- a\r\n- b\r\n' > \$site/content/pages/notes.md"
)

echo "| input | exit | wall time | peak memory | what swivi said |"
echo "|---|---|---|---|---|"
for entry in "${cases[@]}"; do
  name=${entry%%|*}
  add=${entry#*|}
  site=$work/site
  base "$site"
  # The example's site.toml keeps two languages; the tiny entries use them all.
  eval "$add"
  set +e
  /usr/bin/time -f "%e %M" -o "$work/time" "$swivi" build --root "$site" >"$work/out" 2>&1
  code=$?
  set -e
  read -r seconds kilobytes < <(tail -1 "$work/time") || true
  said=$(grep -m1 -E "^(error|Built)" "$work/out" | cut -c1-110 | sed 's/|/\\|/g')
  printf '| %s | %s | %s s | %s MB | %s |\n' "$name" "$code" "$seconds" "$((kilobytes / 1024))" "$said"
  if [ "$code" -gt 1 ]; then
    echo "FAIL: swivi crashed on $name:" >&2; tail -5 "$work/out" >&2; exit 1
  fi
done
