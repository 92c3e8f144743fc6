#!/usr/bin/env python3
"""Serves a built site on 127.0.0.1 with the headers Netlify would add to each response.

    tests/browser/static_server.py PORT DIR NETLIFY_TOML

Each response gets the values of every `[[headers]]` rule of netlify.toml and of every rule
of the site's own `DIR/_headers` whose path matches the request's path (`*` matches
anything, a `:name` segment one path segment), so the browser tests run under the published
site's Content-Security-Policy, cache lifetimes and other headers. Content-Type stays the one
the server guesses from the file name. Files, `_headers` included, are read from DIR at each
request, so DIR may be a symbolic link that is pointed elsewhere while serving. Standard
library only (Python 3.11 for tomllib).
"""

import functools
import http.server
import re
import sys
import tomllib


def path_pattern(path):
    """A Netlify rule's path as a regular expression."""
    pattern = re.escape(path).replace(r"\*", ".*")
    pattern = re.sub(r":[A-Za-z_]+", "[^/]+", pattern)
    return re.compile(pattern + "$")


def toml_rules(netlify_toml):
    """[(compiled path pattern, {header: value})] from netlify.toml's [[headers]]."""
    with open(netlify_toml, "rb") as file:
        config = tomllib.load(file)
    return [
        (path_pattern(rule["for"]), rule.get("values", {}))
        for rule in config.get("headers", [])
    ]


def file_rules(headers_file):
    """The same from a `_headers` file: a path on a line, then its indented `Name: value`s."""
    rules = []
    try:
        with open(headers_file, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except FileNotFoundError:
        return rules
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((path_pattern(line.strip()), {}))
        else:
            name, value = line.strip().split(":", 1)
            rules[-1][1][name.strip()] = value.strip()
    return rules


class Handler(http.server.SimpleHTTPRequestHandler):
    rules = []

    def end_headers(self):
        path = self.path.split("?", 1)[0]
        rules = self.rules + file_rules(f"{self.directory}/_headers")
        for pattern, values in rules:
            if pattern.match(path):
                for name, value in values.items():
                    if name.lower() != "content-type":
                        self.send_header(name, value)
        super().end_headers()


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    port, directory, netlify_toml = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    Handler.rules = toml_rules(netlify_toml)
    handler = functools.partial(Handler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
