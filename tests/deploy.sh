#!/usr/bin/env bash
# Tests tools/install-swivi.sh as deploys run it, in a few seconds, with neither network nor
# compiler: a stand-in release served on loopback, and a stand-in cargo.
# - A tracker's repository (no swivi source) whose tools/swivi.lock pins a release: the archive
#   with the pinned SHA-256 is installed and runs, and the next deploy reuses it without a
#   download; an archive whose SHA-256 is not the pinned one is refused, loudly, and nothing is
#   installed; so is a lock file with no checksum for this machine, and a repository with
#   neither a lock file nor swivi's source.
# - swivi's own repository: the first deploy builds swivi, a content-only commit reuses the
#   binary without running cargo, a change to src/ or to a font the binary embeds builds it
#   again, and Cargo's compiled dependencies stay in the cache while swivi's own files go.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRIPT="$PWD/tools/install-swivi.sh"

case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) TARGET=x86_64-unknown-linux-musl ;;
  Linux/aarch64) TARGET=aarch64-unknown-linux-musl ;;
  *)
    echo "tests/deploy.sh runs on Linux (x86_64 or aarch64)" >&2
    exit 1
    ;;
esac

WORK="$(mktemp -d)"
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

passed=0
failed=0
ok() {
  echo "ok: $*"
  passed=$((passed + 1))
}
fail() {
  echo "FAILED: $*"
  failed=$((failed + 1))
}

# A site repository with the deploy script in tools/, as a tracker copies it.
new_site() {
  local dir="$WORK/$1"
  mkdir -p "$dir/tools" "$dir/content"
  cp "$SCRIPT" "$dir/tools/"
  echo "+++" >"$dir/content/a.md"
  echo "$dir"
}

# --- a release served on loopback ------------------------------------------------------------
VERSION=v9.8.7
RELEASES="$WORK/releases/$VERSION"
mkdir -p "$RELEASES" "$WORK/pack/swivi-$VERSION-$TARGET"
printf '#!/bin/sh\necho "swivi 9.8.7"\n' >"$WORK/pack/swivi-$VERSION-$TARGET/swivi"
chmod +x "$WORK/pack/swivi-$VERSION-$TARGET/swivi"
ARCHIVE="swivi-$VERSION-$TARGET.tar.gz"
tar -czf "$RELEASES/$ARCHIVE" -C "$WORK/pack" "swivi-$VERSION-$TARGET"
(cd "$RELEASES" && sha256sum "$ARCHIVE" >SHA256SUMS)

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# Serves the stand-in releases on $PORT (the server's process in SERVER), once it answers.
serve_releases() {
  python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/releases" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 50); do
    curl -fs "http://127.0.0.1:$PORT/$VERSION/SHA256SUMS" >/dev/null 2>&1 && break
    sleep 0.1
  done
}
serve_releases

lock() {
  {
    echo "# a stand-in release"
    echo "version = $VERSION"
    echo "url = http://127.0.0.1:$PORT/$VERSION"
    cat "$RELEASES/SHA256SUMS"
  } >"$1/tools/swivi.lock"
}

site="$(new_site tracker)"
lock "$site"
if out="$("$site/tools/install-swivi.sh" 2>&1)" && [ "$("$site/.swivi-deploy/bin/swivi" --version)" = "swivi 9.8.7" ]; then
  ok "the pinned release is downloaded, matches its SHA-256 and is installed"
else
  fail "the pinned release was not installed: $out"
fi
if grep -q "matches the SHA-256 pinned" <<<"$out"; then
  ok "the deploy says the checksum matched"
else
  fail "the deploy did not say the checksum matched: $out"
fi

kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
SERVER=""
if out="$("$site/tools/install-swivi.sh" 2>&1)" && grep -q "no download" <<<"$out"; then
  ok "the next deploy reuses the installed release without a download (server stopped)"
else
  fail "the next deploy did not reuse the installed release: $out"
fi
serve_releases

# The same lock file, but the archive on the server is not the one it pins.
tampered="$(new_site tampered)"
lock "$tampered"
mv "$RELEASES/$ARCHIVE" "$WORK/good.tar.gz"
printf '#!/bin/sh\necho "swivi 9.8.7"; echo tampered\n' >"$WORK/pack/swivi-$VERSION-$TARGET/swivi"
tar -czf "$RELEASES/$ARCHIVE" -C "$WORK/pack" "swivi-$VERSION-$TARGET"
if out="$("$tampered/tools/install-swivi.sh" 2>&1)"; then
  fail "an archive with another SHA-256 than the pinned one was accepted"
elif grep -q "does not have the SHA-256" <<<"$out" && [ ! -e "$tampered/.swivi-deploy/bin/swivi" ]; then
  ok "an archive with another SHA-256 is refused and nothing is installed"
else
  fail "a wrong SHA-256 failed without saying so, or left a binary: $out"
fi
mv "$WORK/good.tar.gz" "$RELEASES/$ARCHIVE"

nosum="$(new_site nosum)"
lock "$nosum"
sed -i "/$TARGET/d" "$nosum/tools/swivi.lock"
if out="$("$nosum/tools/install-swivi.sh" 2>&1)"; then
  fail "a lock file without this machine's checksum was accepted"
elif grep -q "has no SHA-256 for $ARCHIVE" <<<"$out"; then
  ok "a lock file without this machine's checksum is refused"
else
  fail "a lock file without this machine's checksum failed without saying why: $out"
fi

nolock="$(new_site nolock)"
if out="$("$nolock/tools/install-swivi.sh" 2>&1)"; then
  fail "a repository with neither a lock file nor swivi's source was accepted"
elif grep -q "no swivi release is pinned" <<<"$out"; then
  ok "a repository with neither a lock file nor swivi's source is refused"
else
  fail "a repository with neither a lock file nor source failed without saying why: $out"
fi

# --- swivi's own repository, with a stand-in cargo ----------------------------------------------
source="$(new_site source)"
mkdir -p "$source/src" "$source/themes/default/fonts" "$WORK/fakebin"
printf '[package]\nname = "swivi"\nversion = "0.1.0"\n' >"$source/Cargo.toml"
echo "# lock" >"$source/Cargo.lock"
echo "fn main() {}" >"$source/src/main.rs"
echo "mod a;" >"$source/src/a.rs"
echo "font" >"$source/themes/default/fonts/Font.ttf"
cat >"$WORK/fakebin/cargo" <<'EOF'
#!/usr/bin/env bash
# A stand-in for cargo: writes a binary and the dep-info Cargo writes beside it, and counts builds.
set -euo pipefail
if [ "${1:-}" = "--version" ]; then echo "cargo 0.0.0 (stand-in)"; exit 0; fi
[ "$*" = "build --release --locked" ] || { echo "unexpected: cargo $*" >&2; exit 1; }
out="$CARGO_TARGET_DIR/release"
mkdir -p "$out/deps" "$out/.fingerprint/swivi-1" "$out/.fingerprint/dep-1" "$CARGO_HOME/registry/src/dep"
touch "$out/deps/libdep-1.rlib" "$out/deps/swivi-1" "$out/libswivi.rlib" "$CARGO_HOME/registry/src/dep/lib.rs"
printf '#!/bin/sh\necho "swivi 0.1.0"\n' >"$out/swivi"
chmod +x "$out/swivi"
echo "$out/swivi: $PWD/src/a.rs $PWD/src/main.rs $PWD/themes/default/fonts/Font.ttf $CARGO_HOME/registry/src/dep/lib.rs" >"$out/swivi.d"
echo build >>"$BUILDS"
EOF
chmod +x "$WORK/fakebin/cargo"
export BUILDS="$WORK/builds"
: >"$BUILDS"
deploy() { PATH="$WORK/fakebin:$PATH" "$source/tools/install-swivi.sh" 2>&1; }
builds() { wc -l <"$BUILDS" | tr -d ' '; }
# expect_builds N WHAT OUTPUT: cargo has built swivi N times so far.
expect_builds() {
  if [ "$(builds)" = "$1" ]; then ok "$2"; else fail "$2 (cargo built $(builds) times, not $1): $3"; fi
}

out="$(deploy)" || fail "the first build from source failed: $out"
if [ "$(builds)" = 1 ] && [ "$("$source/.swivi-deploy/bin/swivi" --version)" = "swivi 0.1.0" ]; then
  ok "swivi's own repository builds swivi from its source"
else
  fail "no build from source: $out"
fi
if [ -e "$source/.swivi-deploy/target/release/deps/libdep-1.rlib" ] &&
  [ -d "$source/.swivi-deploy/target/release/.fingerprint/dep-1" ] &&
  [ ! -e "$source/.swivi-deploy/target/release/deps/swivi-1" ] &&
  [ ! -e "$source/.swivi-deploy/target/release/.fingerprint/swivi-1" ] &&
  [ ! -e "$source/.swivi-deploy/target/release/swivi" ]; then
  ok "the cache keeps the compiled dependencies and drops swivi's own compiled files"
else
  fail "the cache does not hold what it should: $(cd "$source/.swivi-deploy/target" && find . | sort | tr '\n' ' ')"
fi
if grep -qx "src/a.rs" "$source/.swivi-deploy/bin/swivi.inputs" &&
  grep -qx "themes/default/fonts/Font.ttf" "$source/.swivi-deploy/bin/swivi.inputs" &&
  grep -qx "Cargo.lock" "$source/.swivi-deploy/bin/swivi.inputs" &&
  ! grep -q "registry" "$source/.swivi-deploy/bin/swivi.inputs"; then
  ok "the binary is kept with the files it was built from, as Cargo's dep-info lists them"
else
  fail "the list of inputs is wrong: $(tr '\n' ' ' <"$source/.swivi-deploy/bin/swivi.inputs")"
fi

echo "+++ changed" >>"$source/content/a.md"
out="$(deploy)" || fail "a content-only deploy failed: $out"
if [ "$(builds)" = 1 ] && grep -q "no compiling" <<<"$out"; then
  ok "a content-only commit reuses the binary without running cargo"
else
  fail "a content-only commit compiled: $out"
fi

echo "// changed" >>"$source/src/a.rs"
out="$(deploy)" || fail "a deploy after a source change failed: $out"
expect_builds 2 "a change to src/ builds swivi again" "$out"

echo "other font" >"$source/themes/default/fonts/Font.ttf"
out="$(deploy)" || fail "a deploy after a font change failed: $out"
expect_builds 3 "a change to a font the binary embeds builds swivi again" "$out"

echo "# lock 2" >"$source/Cargo.lock"
out="$(deploy)" || fail "a deploy after a Cargo.lock change failed: $out"
expect_builds 4 "a change to Cargo.lock builds swivi again" "$out"

echo "{# a template #}" >"$source/themes/default/base.html"
out="$(deploy)" || fail "a deploy after a template change failed: $out"
expect_builds 4 "a change to a template, read at run time, does not build swivi" "$out"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
