#!/usr/bin/env python3
"""Writes src/i18n/intervals.rs: how each language writes a range of dates, from CLDR.

    npm pack cldr-dates-full@48.2.0 && tar xzf cldr-dates-full-48.2.0.tgz
    python3 tools/cldr-intervals.py package > src/i18n/intervals.rs

ICU4X, which writes swivi's dates, has no interval formatter yet; CLDR's interval patterns
are what it would use ("d–d MMMM y": 28–30 November 2023). For each locale of
cldr-dates-full, this keeps the Gregorian patterns of a range of days (skeleton yMMMMd, else
yMMMd with its months written in full, as CLDR's skeleton matching widens a field) and of a
range of months (yMMMM, else yMMM widened), each by the greatest field that differs (d, M,
y). A locale is kept only where it differs from its language, which is where swivi looks
next. Standard library only.
"""

import json
import os
import re
import sys


def widen(pattern):
    """`MMM` → `MMMM` (and `LLL` → `LLLL`) outside quoted literals."""
    parts = re.split(r"('(?:[^']|'')*')", pattern)
    return "".join(p if p.startswith("'") else re.sub(r"(?<![ML])(MMM|LLL)(?![ML])", lambda m: m.group(1) + m.group(1)[0], p) for p in parts)


def patterns(intervals, full, short, keys):
    chosen = intervals.get(full)
    if chosen is None and short in intervals:
        chosen = {k: widen(v) for k, v in intervals[short].items()}
    if chosen is None or not all(k in chosen for k in keys):
        return None
    return tuple(chosen[k] for k in keys)


def rust(text):
    return json.dumps(text, ensure_ascii=False)


def main(package):
    version = json.load(open(os.path.join(package, "package.json")))["version"]
    main_dir = os.path.join(package, "main")
    table = {}
    for locale in sorted(os.listdir(main_dir)):
        path = os.path.join(main_dir, locale, "ca-gregorian.json")
        if not os.path.exists(path):
            continue
        data = json.load(open(path, encoding="utf-8"))
        formats = data["main"][locale]["dates"]["calendars"]["gregorian"]["dateTimeFormats"]
        intervals = formats.get("intervalFormats", {})
        days = patterns(intervals, "yMMMMd", "yMMMd", ["d", "M", "y"])
        months = patterns(intervals, "yMMMM", "yMMM", ["M", "y"])
        if days and months:
            table[locale] = (days, months)
    kept = {
        locale: value
        for locale, value in table.items()
        if "-" not in locale or table.get(locale.split("-")[0]) != value
    }
    out = sys.stdout
    out.write(f"//! How each language writes a range of dates: CLDR {version}'s Gregorian interval\n")
    out.write("//! patterns (cldr-dates-full), written by tools/cldr-intervals.py; do not edit.\n")
    out.write("//!\n")
    out.write("//! Each row: a locale; a range of days when the day, the month or the year differs first;\n")
    out.write("//! a range of months when the month or the year does. A locale not listed takes its\n")
    out.write("//! language's row. Unicode-3.0 licensed data, © Unicode, Inc.\n\n")
    out.write("/// (locale, [days: d, M, y], [months: M, y]), sorted by locale.\n")
    out.write("pub(crate) const INTERVALS: &[(&str, [&str; 3], [&str; 2])] = &[\n")
    for locale, (days, months) in sorted(kept.items()):
        out.write(f"    ({rust(locale)}, [{', '.join(map(rust, days))}], [{', '.join(map(rust, months))}]),\n")
    out.write("];\n")


if __name__ == "__main__":
    main(sys.argv[1])
