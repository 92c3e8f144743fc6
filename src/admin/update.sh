#!/usr/bin/env bash
# Fetches Decap CMS from the npm registry and puts its bundle and its licence notices here,
# where src/admin.rs embeds them in swivi (browser editing publishes them under /admin/).
#
#   src/admin/update.sh            check that the files here are those of VERSION
#   src/admin/update.sh VERSION    replace them by those of VERSION; then set VERSION and the
#                                  checksums below to what it prints, and rebuild
#
# The tarball is checked against the registry's integrity (npm pack does), and the bundle
# against the checksum pinned here. Only the main bundle is kept: the lazily loaded chunks
# beside it serve widgets swivi's configuration does not use (code editor modes and the
# like), and `LICENSE` (MIT, not in the npm package) comes from Decap CMS's repository.
set -euo pipefail

VERSION=3.16.3
INTEGRITY=sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==
BUNDLE_SHA256=7c1efd6b616b4786e279aeef194dd21649a72058d3bc8d1f78901b574610dfb8
NOTICES_SHA256=c6ce115db01da234282652ca162b96f71507dac9ab85e6994a4eb3aed3155779

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
WANTED=${1:-$VERSION}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "decap-cms@$WANTED" > name)
TARBALL="$WORK/$(cat "$WORK/name")"
if [[ "$WANTED" == "$VERSION" ]]; then
  got=$(npm view "decap-cms@$VERSION" dist.integrity)
  [[ "$got" == "$INTEGRITY" ]] || { echo "error: the registry's integrity of decap-cms@$VERSION is $got, not $INTEGRITY" >&2; exit 1; }
fi
tar -xzf "$TARBALL" -C "$WORK" package/dist/decap-cms.js package/dist/decap-cms.js.LICENSE.txt
bundle=$(sha256sum "$WORK/package/dist/decap-cms.js" | cut -d' ' -f1)
notices=$(sha256sum "$WORK/package/dist/decap-cms.js.LICENSE.txt" | cut -d' ' -f1)

if [[ "$WANTED" == "$VERSION" ]]; then
  [[ "$bundle" == "$BUNDLE_SHA256" && "$notices" == "$NOTICES_SHA256" ]] \
    || { echo "error: decap-cms@$VERSION's files do not have the checksums pinned here" >&2; exit 1; }
  if cmp -s "$WORK/package/dist/decap-cms.js" "$HERE/decap-cms.js" \
      && cmp -s "$WORK/package/dist/decap-cms.js.LICENSE.txt" "$HERE/decap-cms.js.LICENSE.txt"; then
    echo "ok: src/admin/ holds decap-cms@$VERSION"
    exit 0
  fi
fi
cp "$WORK/package/dist/decap-cms.js" "$WORK/package/dist/decap-cms.js.LICENSE.txt" "$HERE/"
echo "src/admin/ now holds decap-cms@$WANTED; pin it in $0:"
echo "VERSION=$WANTED"
echo "INTEGRITY=$(npm view "decap-cms@$WANTED" dist.integrity)"
echo "BUNDLE_SHA256=$bundle"
echo "NOTICES_SHA256=$notices"
