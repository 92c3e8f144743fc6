# Sourced by the browser tests that serve a built site: a temporary folder, WORK, and the
# server's process, SERVER_PID (set it once the server is started), both removed when the
# script ends, also on failure or interruption.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/swivi-browser.XXXXXX")
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
