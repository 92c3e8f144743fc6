# shellcheck shell=bash
# Sourced by the browser tests that serve a built site: a temporary folder, WORK, and the
# server's process, SERVER_PID (set by serve_site, below), both removed when the script ends,
# also on failure or interruption; and what starts the server and waits for it.
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

BROWSER_TESTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

# A free TCP port of 127.0.0.1.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Waits until something listens on port $1 of 127.0.0.1, at most 10 s.
wait_for() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# Serves the folder $1 on a free port of 127.0.0.1 with the headers the published site sends
# (static_server.py: netlify.toml's and the folder's _headers), logging to $WORK/server.log,
# and returns once it listens. Sets PORT and SERVER_PID, which cleanup stops.
serve_site() {
  PORT=$(free_port)
  python3 "$BROWSER_TESTS/static_server.py" "$PORT" "$1" "$BROWSER_TESTS/../../netlify.toml" \
    >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  wait_for "$PORT" || { echo "FAIL the static server did not start:" >&2; cat "$WORK/server.log" >&2; exit 1; }
}

# After a test that ended with status $1, the last lines of the server's log if it failed.
show_server_log_if_failed() {
  if [[ $1 -ne 0 && -s "$WORK/server.log" ]]; then
    echo "# last lines of the server log:" >&2
    tail -n 15 "$WORK/server.log" >&2
  fi
}
