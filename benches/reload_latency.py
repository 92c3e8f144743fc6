#!/usr/bin/env python3
"""Times how long a preview server takes from a saved file to the reload of an open page.

    benches/reload_latency.py swivi FILE EDITS -- swivi serve --root DIR --port 0
    benches/reload_latency.py hugo FILE EDITS -- hugo server --source DIR --port P ...

Starts the server, waits for its first build, connects as a browser's page would (swivi: the
websocket on /__swivi/live; Hugo: the livereload websocket on /livereload), then
EDITS times: appends a sentence to FILE and waits for the reload message. With PAGE set in the
environment (`PAGE=/fr/commitments/commitment-00001/`, the page that shows FILE), the client
is that page (swivi learns it from the address, as from its script in a page) and, like a browser, fetches
it again when told to reload; the time then runs to the last byte of the new page. The time
counted starts just before the write, so it includes the file watcher's delay, the rebuild,
the push and the page. Prints one JSON object: every latency in ms, their median, the times of
the reload messages alone, the rebuild times the server itself printed (swivi: "Built in N
ms", Hugo: "Total in N ms"), and the server's peak resident memory (VmHWM) after the edits.
Uses the standard library only.
"""

import base64
import http.client
import json
import os
import queue
import re
import signal
import socket
import statistics
import struct
import subprocess
import sys
import threading
import time
import urllib.parse

READY_TIMEOUT = 1800  # seconds for the first build: 10,000 commitments take a while
RELOAD_TIMEOUT = 600  # seconds for one rebuild
SETTLE = 2.0  # seconds between edits, so that watchers and debouncers are idle again


def fail(message):
    sys.exit(f"reload_latency.py: {message}")


def start(command):
    # A process group of its own, so that it and any child are stopped together.
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )


def pump(process, lines):
    """Forwards the server's output to a queue (and keeps the pipe from filling up)."""
    for line in process.stdout:
        lines.put(line)
    lines.put(None)


def wait_for_line(lines, pattern, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            fail(f"the server stopped before printing {pattern!r}")
        match = re.search(pattern, line)
        if match:
            return match
    fail(f"the server did not print {pattern!r} within {timeout} s")


PAGE = os.environ.get("PAGE")


def fetch(port, page):
    """The page, read to its last byte, as a browser reloading it would."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", page)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.status != 200:
        fail(f"{page} answered {response.status}")
    return body


def swivi_events(port, events):
    """Reads swivi's websocket; puts the arrival time of each `reload` message."""
    page = urllib.parse.quote(PAGE or "/", safe="")
    sock = ws_connect(port, f"/__swivi/live?page={page}")
    events.put(("connected", time.monotonic()))
    for opcode, payload in ws_messages(sock):
        if opcode == 1 and payload.split(b"\n")[0] == b"reload":
            events.put(("reload", time.monotonic()))


def ws_send(sock, text):
    """One masked text frame, as a client must send."""
    payload = text.encode()
    mask = os.urandom(4)
    header = bytes([0x81])
    if len(payload) < 126:
        header += bytes([0x80 | len(payload)])
    else:
        header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
    sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))


def ws_read_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def ws_connect(port, path):
    """A websocket to `path`, its handshake done."""
    sock = socket.create_connection(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        (
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Origin: http://127.0.0.1:{port}\r\n\r\n"
        ).encode()
    )
    head = b""
    while b"\r\n\r\n" not in head:
        head += ws_read_exact(sock, 1)
    if b" 101 " not in head.split(b"\r\n")[0]:
        fail(f"the websocket handshake of {path} failed: {head.splitlines()[0]!r}")
    return sock


def ws_messages(sock):
    """Each (opcode, payload) the server sends, until it closes."""
    try:
        while True:
            first, second = ws_read_exact(sock, 2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", ws_read_exact(sock, 2))[0]
            elif length == 127:
                length = struct.unpack(">Q", ws_read_exact(sock, 8))[0]
            payload = ws_read_exact(sock, length)
            opcode = first & 0x0F
            if opcode == 8:
                return
            yield opcode, payload
    except (EOFError, OSError):
        return


def hugo_events(port, events):
    """Hugo's livereload websocket: handshake, `hello` as livereload.js sends it, then reads
    frames; puts the arrival time of each `{"command":"reload",...}`."""
    sock = ws_connect(port, "/livereload")
    ws_send(sock, json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
    events.put(("connected", time.monotonic()))
    for opcode, payload in ws_messages(sock):
        if opcode == 1 and b'"reload"' in payload:
            events.put(("reload", time.monotonic()))


def peak_memory_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return int(re.search(r"VmHWM:\s+(\d+) kB", f.read()).group(1))
    except (OSError, AttributeError):
        return None


def main():
    if len(sys.argv) < 6 or sys.argv[1] not in ("swivi", "hugo") or sys.argv[4] != "--":
        sys.exit(__doc__)
    kind, path, edits, command = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[5:]
    if not os.path.isfile(path):
        fail(f"{path} not found")
    # Stopped by run.sh's trap: leave through the `finally` below, which stops the server.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    process = start(command)
    lines = queue.Queue()
    threading.Thread(target=pump, args=(process, lines), daemon=True).start()
    try:
        if kind == "swivi":
            # swivi prints this line once its first build is in memory.
            port = int(wait_for_line(lines, r"Serving .* at http://127\.0\.0\.1:(\d+)/", READY_TIMEOUT).group(1))
            reader = swivi_events
        else:
            wait_for_line(lines, r"Web Server is available at", READY_TIMEOUT)
            port = int(command[command.index("--port") + 1])
            reader = hugo_events
        if PAGE:
            fetch(port, PAGE)  # opened once, as the editor's browser has it
        events = queue.Queue()
        threading.Thread(target=reader, args=(port, events), daemon=True).start()
        if events.get(timeout=30)[0] != "connected":
            fail("could not connect to the reload channel")

        built = re.compile(r"Built in (\d+) ms" if kind == "swivi" else r"Total in (\d+) ms")
        latencies, messages, rebuilds = [], [], []
        for k in range(edits):
            time.sleep(SETTLE)
            while not events.empty():  # a late event of the previous edit is not this one's
                events.get()
            sentence = f"\nPhrase ajoutée numéro {k + 1}, pour mesurer le rechargement.\n"
            started = time.monotonic()
            with open(path, "a", encoding="utf-8") as f:
                f.write(sentence)
            try:
                kind_, arrived = events.get(timeout=RELOAD_TIMEOUT)
            except queue.Empty:
                fail(f"no reload within {RELOAD_TIMEOUT} s of edit {k + 1}")
            messages.append(round((arrived - started) * 1000))
            if PAGE:
                fetch(port, PAGE)
                arrived = time.monotonic()
            latencies.append(round((arrived - started) * 1000))
            time.sleep(0.2)  # the server prints its rebuild time about when it pushes the reload
            while not lines.empty():
                line = lines.get()
                match = line and built.search(line)
                if match:
                    rebuilds.append(int(match.group(1)))
        print(
            json.dumps(
                {
                    "latencies_ms": latencies,
                    "median_ms": statistics.median(latencies),
                    "reload_messages_ms": messages,
                    "server_rebuilds_ms": rebuilds,
                    "server_peak_kib": peak_memory_kib(process.pid),
                }
            )
        )
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
