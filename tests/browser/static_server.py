#!/usr/bin/env python3
"""Serves a built site on 127.0.0.1 with the headers Netlify would add to each response.

    tests/browser/static_server.py PORT DIR NETLIFY_TOML

Each response gets the values of every `[[headers]]` rule of netlify.toml whose `for` path
matches the request's path (`*` matches anything, a `:name` segment one path segment), so
the browser tests run under the published site's Content-Security-Policy and other headers.
Content-Type stays the one the server guesses from the file name. Files are read from DIR at
each request, so DIR may be a symbolic link that is pointed elsewhere while serving. Standard
library only (Python 3.11 for tomllib).
"""

import functools
import http.server
import re
import sys
import tomllib


def header_rules(netlify_toml):
    """[(compiled path pattern, {header: value})] from netlify.toml's [[headers]]."""
    with open(netlify_toml, "rb") as file:
        config = tomllib.load(file)
    rules = []
    for rule in config.get("headers", []):
        pattern = re.escape(rule["for"]).replace(r"\*", ".*")
        pattern = re.sub(r":[A-Za-z_]+", "[^/]+", pattern)
        values = {k: v for k, v in rule.get("values", {}).items() if k.lower() != "content-type"}
        rules.append((re.compile(pattern + "$"), values))
    return rules


class Handler(http.server.SimpleHTTPRequestHandler):
    rules = []

    def end_headers(self):
        path = self.path.split("?", 1)[0]
        for pattern, values in self.rules:
            if pattern.match(path):
                for name, value in values.items():
                    self.send_header(name, value)
        super().end_headers()


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    port, directory, netlify_toml = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    Handler.rules = header_rules(netlify_toml)
    handler = functools.partial(Handler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
