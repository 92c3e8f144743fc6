#!/usr/bin/env bash
# Puts a swivi binary in .swivi-deploy/bin/swivi for a deploy (netlify.toml, the GitHub
# workflows), without compiling swivi when it need not be:
#
# - In a tracker's repository, which holds its content but not swivi's source, it downloads the
#   release that tools/swivi.lock pins (the lines of the release's own swivi.lock: its version,
#   where its files are, and their SHA-256), checks the archive against the pinned checksum and
#   stops on any mismatch. A deploy after that reuses the binary kept in .swivi-deploy/.
# - In swivi's own repository (a Cargo.toml whose package is swivi), it builds swivi from the
#   source of the same commit, since the theme and the example site change with the code:
#   `cargo build --release --locked`, with Cargo's folders and target/ in .swivi-deploy/ so that
#   only what changed is compiled again. The binary is kept with the list of files it was built
#   from (Cargo's own record of them, target/release/swivi.d: src/ and the fonts the binary
#   embeds, with Cargo.toml and Cargo.lock), so a commit that changes none of them, such as a
#   content-only commit, reuses it without running Cargo at all.
#
# The deploy keeps .swivi-deploy/ between runs (Netlify: tools/netlify-cache; GitHub: the
# workflows' cache steps). SWIVI_DEPLOY_CACHE names another folder, SWIVI_LOCK another pin.
# Usage: tools/install-swivi.sh, then .swivi-deploy/bin/swivi build (or check).
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${SWIVI_DEPLOY_CACHE:-.swivi-deploy}"
LOCK="${SWIVI_LOCK:-tools/swivi.lock}"
mkdir -p "$CACHE/bin"
CACHE="$(cd "$CACHE" && pwd)"
BIN="$CACHE/bin/swivi"

say() { echo "install-swivi: $*" >&2; }
die() {
  echo "install-swivi: error: $*" >&2
  exit 1
}

# sha256 FILE...: prints "<hash>  <file>" lines, as sha256sum does (macOS has shasum).
sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi
}

# The hash of the files a source build was made from, listed in "$1", names and contents.
inputs_hash() {
  local list="$1" path
  while IFS= read -r path; do
    if [ -f "$path" ]; then sha256 "$path"; else echo "missing  $path"; fi
  done <"$list" | sha256 | cut -d' ' -f1
}

is_swivi_source() {
  [ -f Cargo.toml ] && [ -d src ] &&
    sed -n '/^\[package\]/,/^\[/p' Cargo.toml | grep -Eq '^name *= *"swivi"'
}

# Cargo: the one on PATH, or rustup's stable toolchain installed into the cache (and kept with it).
find_cargo() {
  export CARGO_HOME="$CACHE/cargo"
  if [ -x "$CARGO_HOME/bin/cargo" ]; then
    export RUSTUP_HOME="$CACHE/rustup" PATH="$CARGO_HOME/bin:$PATH"
  elif ! command -v cargo >/dev/null; then
    say "no Rust toolchain here: installing rustup's stable toolchain into $CACHE"
    export RUSTUP_HOME="$CACHE/rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs |
      sh -s -- -y --profile minimal --default-toolchain stable --no-modify-path >&2
    export PATH="$CARGO_HOME/bin:$PATH"
  fi
}

build_from_source() {
  local inputs="$CACHE/bin/swivi.inputs" stamp="$CACHE/bin/swivi.stamp"
  if [ -x "$BIN" ] && [ -f "$inputs" ] && [ -f "$stamp" ] &&
    [ "$(inputs_hash "$inputs")" = "$(cat "$stamp")" ]; then
    say "swivi's source is that of the kept binary: no compiling ($("$BIN" --version))"
    return
  fi
  find_cargo
  # Cargo reuses the compiled dependencies kept in target/ only where the repository is at the
  # same path as before, which Netlify (/opt/build/repo) and GitHub's runners keep. Without the
  # debug line tables of Cargo.toml's release profile, which a deploy never reads (a panic
  # still names its file and line), as in the released binaries: target/ and the binary are
  # then a fraction of the size, and so is what the deploy copies in and out of its cache.
  export CARGO_TARGET_DIR="$CACHE/target" CARGO_PROFILE_RELEASE_DEBUG=false
  say "building swivi from source ($(cargo --version))"
  cargo build --release --locked >&2

  # What the binary was built from, as Cargo recorded it: the files of this repository that
  # target/release/swivi.d names (one line, "target: dep dep ...", spaces in names escaped;
  # the dependencies' files in the cache are left to Cargo.lock), with the manifest, the lock
  # file and any toolchain or Cargo settings.
  local root list
  root="$(pwd)"
  list="$(mktemp)"
  sed -e 's/^[^:]*: *//' -e 's/\\ /<space>/g' "$CARGO_TARGET_DIR/release/swivi.d" | tr ' ' '\n' |
    sed 's/<space>/ /g' | grep -v "^$CACHE/" | sed -n "s|^$root/||p" >"$list" || true
  for extra in Cargo.toml Cargo.lock rust-toolchain rust-toolchain.toml .cargo/config.toml; do
    [ -f "$extra" ] && echo "$extra" >>"$list"
  done
  sort -u "$list" -o "$list"
  grep -q '^src/' "$list" || die "found no source file in $CARGO_TARGET_DIR/release/swivi.d"

  cp "$CARGO_TARGET_DIR/release/swivi" "$BIN.new"
  mv "$BIN.new" "$BIN"
  mv "$list" "$inputs"
  inputs_hash "$inputs" >"$stamp"
  rm -f "$CACHE/bin/swivi.release"

  # swivi's own compiled files are compiled again whenever its source changes (a fresh clone
  # gives every file a new date, which Cargo reads as a change), so only its dependencies are
  # worth keeping: this keeps the cache about as small as they are.
  rm -rf "$CARGO_TARGET_DIR"/release/{swivi,swivi.d,libswivi.rlib,libswivi.d} \
    "$CARGO_TARGET_DIR"/release/deps/{swivi-,libswivi-}* \
    "$CARGO_TARGET_DIR"/release/.fingerprint/swivi-* "$CARGO_TARGET_DIR"/release/incremental
  say "built $("$BIN" --version)"
}

host_target() {
  case "$(uname -s)/$(uname -m)" in
    Linux/x86_64) echo x86_64-unknown-linux-musl ;;
    Linux/aarch64 | Linux/arm64) echo aarch64-unknown-linux-musl ;;
    Darwin/x86_64) echo x86_64-apple-darwin ;;
    Darwin/arm64 | Darwin/aarch64) echo aarch64-apple-darwin ;;
    *) die "swivi publishes no binary for $(uname -s) on $(uname -m); build it from source (README)" ;;
  esac
}

install_release() {
  local version url target archive expected kept
  version="$(sed -n 's/^version *= *//p' "$LOCK" | tr -d '"' | head -n1)"
  url="$(sed -n 's/^url *= *//p' "$LOCK" | tr -d '"' | head -n1)"
  if [ -z "$version" ] || [ -z "$url" ]; then die "$LOCK names no version and url"; fi
  target="$(host_target)"
  archive="swivi-$version-$target.tar.gz"
  expected="$(awk -v f="$archive" '$2 == f || $2 == "*" f { print $1 }' "$LOCK")"
  [[ "$expected" =~ ^[0-9a-f]{64}$ ]] || die "$LOCK has no SHA-256 for $archive"

  kept="$version $target $expected"
  if [ -x "$BIN" ] && [ "$(cat "$CACHE/bin/swivi.release" 2>/dev/null)" = "$kept" ]; then
    say "swivi $version for $target is already here: no download"
    return
  fi

  local tmp
  tmp="$(mktemp -d)"
  # shellcheck disable=SC2064 # expand $tmp now: it is local to this function
  trap "rm -rf '$tmp'" EXIT
  say "downloading $url/$archive"
  curl -fsSL --retry 3 -o "$tmp/$archive" "$url/$archive" || die "could not download $url/$archive"
  if ! (cd "$tmp" && printf '%s  %s\n' "$expected" "$archive" | sha256 -c - >/dev/null 2>&1); then
    die "$archive does not have the SHA-256 that $LOCK pins:
  expected $expected
  received $(sha256 "$tmp/$archive" | cut -d' ' -f1)
Nothing was installed. Check the release, and the lines of $LOCK, against the release's swivi.lock."
  fi
  say "$archive matches the SHA-256 pinned in $LOCK"
  tar -xzf "$tmp/$archive" -C "$tmp"
  local unpacked="$tmp/swivi-$version-$target/swivi"
  [ -x "$unpacked" ] || die "$archive has no swivi-$version-$target/swivi"
  "$unpacked" --version | grep -qx "swivi ${version#v}" ||
    die "the binary in $archive says it is \"$("$unpacked" --version)\", not swivi ${version#v}"
  cp "$unpacked" "$BIN.new"
  mv "$BIN.new" "$BIN"
  echo "$kept" >"$CACHE/bin/swivi.release"
  rm -f "$CACHE/bin/swivi.inputs" "$CACHE/bin/swivi.stamp"
  say "installed $("$BIN" --version) for $target"
}

if is_swivi_source; then
  build_from_source
elif [ -f "$LOCK" ]; then
  install_release
else
  die "no swivi release is pinned here ($LOCK is missing) and this is not swivi's source.
Download swivi.lock from the release to use (README: \"Publish your own tracker from a
prebuilt binary\") and commit it as $LOCK."
fi
echo "$BIN"
