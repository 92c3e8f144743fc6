#!/usr/bin/env python3
"""Converts a site written by benches/generate.py into an equivalent Hugo site.

    benches/hugo_site.py /tmp/tracker-1000 /tmp/tracker-1000-hugo
    hugo --source /tmp/tracker-1000-hugo --destination /tmp/out   # --minify if minify_html

It exists so that benches/run.sh can time swivi and Hugo on the same content. "Equivalent"
means: the same entries, with the same text in the same five languages, rendered into the
same kinds of pages at the same addresses, by templates that do comparable work.

What the Hugo site has, as swivi's does
- Five languages, French the default, each under its own prefix (/fr/, /en/, ...), with the
  site title and interface strings taken from swivi's i18n/*.ftl (converted to Hugo's i18n
  files; plurals on `$count` included, Fluent's other constructs left out).
- One content folder with `<slug>.<lang>.md` translations, Hugo's own convention, the same
  file names swivi uses.
- A page per commitment, meeting and recommendation per language; a list page per section;
  countries and pillars as Hugo taxonomies (`countries`, `pillars`), whose term pages are the
  country and pillar pages (their text from `content/countries/<code>/_index.<lang>.md`) and
  list the commitments, meetings and recommendations that name them; a taxonomy page listing
  every country or pillar with its count of commitments.
- Commitment pages render the facts (status, country, pillars, date), the body, the history
  (every update with its date, status, note and source) and the indicators (baseline,
  target, latest value, progress in percent, the table of values). The current status is
  computed by the templates from the latest update, as swivi does.
- Progress tallies (commitments per status, with shares) on the home, country, pillar and
  commitments pages; commitments grouped by status on those pages; the ten latest updates on
  the home page; a language switcher with hreflang alternates on every page.
- Feeds: Hugo's built-in RSS for each language's home, each section, each taxonomy and each
  term (country, pillar), 50 items at most, as swivi's `[feeds] limit`. A sitemap per
  language. The same stylesheet and favicon. Minified output (`hugo --minify`) when
  the swivi site has `minify_html = true`, as benches/run.sh runs it.

What is not equivalent (swivi does more, so its times include work Hugo's skip)
- swivi writes, and Hugo's site does not: offline zip copies of each language
  (`[downloads] offline_copy = true`, about half of swivi's build time on small sites),
  open data (CSV, JSON, JSON Schema and a zip of every table), the countries x pillars
  matrix and its cell lists, lists per status, an Atom feed per commitment, the translation
  status pages and feeds, the service worker and offline page, SVG charts (tallies,
  timelines, indicators), the map of countries, the JavaScript filter, page-weight report.
- swivi's feeds are Atom with one entry per update; Hugo's are RSS with one item per page.
- swivi validates every reference (unknown country, pillar, meeting, status, duplicated facts
  in translations) and reports errors with file and line; Hugo checks none of this.
- Translations in swivi hold only text and take the facts from the canonical file. Hugo has
  no such notion, so this script copies the facts (country, pillars, dates, statuses,
  indicator values) into every language's file; the update notes and indicator titles are
  the translation's. Editing a fact therefore means editing five files in the Hugo site, one
  in swivi's.
- Dates are formatted by Hugo's own localisation (`time.Format ":date_long"`), which knows no
  Haitian Creole; swivi formats them with CLDR and its own data for Haitian Creole.
- Fallback languages and the "shown in another language" notices do not arise here: every
  entry is translated into every language.
"""

import os
import re
import shutil
import sys
import tomllib

SECTIONS = ["countries", "pillars", "commitments", "meetings", "recommendations"]
TAXONOMIES = ["countries", "pillars"]


def fail(message):
    sys.exit(f"hugo_site.py: {message}")


def read_entry(path):
    """Returns (front matter as a dict, body) of a swivi content file (TOML between +++)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    match = re.match(r"\+\+\+\n(.*?)\n?\+\+\+\n?(.*)\Z", text, re.S)
    if not match:
        fail(f"{path}: no TOML front matter between +++ lines")
    return tomllib.loads(match.group(1)), match.group(2)


def toml_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    fail(f"cannot write {value!r} as TOML")


def toml_document(fields):
    """TOML with lists of tables as [[key]] sections, the way an editor would write them."""
    plain = [(k, v) for k, v in fields.items() if not (isinstance(v, list) and v and isinstance(v[0], dict))]
    tables = [(k, v) for k, v in fields.items() if (k, v) not in plain]
    out = "".join(f"{k} = {toml_value(v)}\n" for k, v in plain)
    for key, rows in tables:
        for row in rows:
            out += f"\n[[{key}]]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in row.items())
    return out


def write(path, front, body):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("+++\n" + toml_document(front) + "+++\n" + body)


def facts(section, canonical):
    """The front matter Hugo needs from a canonical entry, under Hugo's names."""
    c = canonical
    if section == "commitments":
        out = {"date": c["date"], "countries": [c["country"]], "pillars": c.get("pillars", [])}
        if "meeting" in c:
            out["meeting"] = c["meeting"]
        out["updates"] = c.get("updates", [])
        out["indicators"] = c.get("indicators", [])
        return out
    if section == "meetings":
        # Countries present: the country pages list the meetings, as swivi's do.
        return {"date": c["start"], "start": c["start"], "countries": c.get("countries", [])}
    if section == "recommendations":
        # Addressees: the country pages list the recommendations addressed to them.
        return {"meeting": c["meeting"], "number": c.get("number", 0), "countries": c.get("addressed_to", [])}
    if section == "pillars":
        return {"number": c.get("number", 0)}
    return {}


def translated(section, canonical_front, translation):
    """The canonical facts with the translation's text: notes by date, indicator titles by id."""
    front = facts(section, canonical_front)
    if section == "commitments":
        notes = {u["date"]: u.get("note") for u in translation.get("updates", [])}
        titles = {i["id"]: i.get("title") for i in translation.get("indicators", [])}
        front["updates"] = [dict(u, note=notes.get(u["date"]) or u.get("note", "")) for u in front["updates"]]
        front["indicators"] = [dict(i, title=titles.get(i["id"]) or i.get("title", "")) for i in front["indicators"]]
    return front


def ftl_messages(path):
    """Simple Fluent messages as go-i18n ones: `{ $x }` becomes `{{ .x }}`; plurals on $count
    become one/other forms. Anything fancier is left out (the templates do not use it)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    messages = {}
    i = 0
    while i < len(lines):
        m = re.match(r"([a-z][a-z0-9-]*) = (.*)$", lines[i])
        i += 1
        if not m:
            continue
        key, value = m.groups()
        if value.strip() == "{ $count ->":
            forms = {}
            while i < len(lines) and not lines[i].strip().startswith("}"):
                p = re.match(r"\s*\*?\[(\w+)\] (.*)$", lines[i])
                if p:
                    forms[p.group(1)] = p.group(2).replace("{ $count }", "{{ .Count }}")
                i += 1
            if i < len(lines) and lines[i].strip() == "}":
                messages[key] = forms  # (text after the closing brace: left out)
        elif i < len(lines) and lines[i].startswith(" "):
            continue  # a multi-line message
        else:
            # String literals such as {"\u202F"} (a narrow no-break space) become the character.
            value = re.sub(r'\{ ?"([^"]*)" ?\}', lambda m: m.group(1).encode().decode("unicode_escape"), value)
            value = re.sub(r"\{ \$(\w+) \}", r"{{ .\1 }}", value)
            if not re.search(r"\{ [^.]", value):  # a Fluent construct left: leave it out
                messages[key] = value
    return messages


def i18n_file(messages):
    out = ""
    for key, value in messages.items():
        if isinstance(value, dict):
            out += f"\n[{key}]\n" + "".join(f"{form} = {toml_value(text)}\n" for form, text in value.items())
        else:
            out = f"{toml_value(key)} = {toml_value(value)}\n" + out
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    if not os.path.isfile(f"{source}/site.toml"):
        fail(f"{source}/site.toml not found: give the folder written by benches/generate.py")
    with open(f"{source}/site.toml", "rb") as f:
        site = tomllib.load(f)
    default = site.get("default_language", "fr")
    languages = [default] + [l["code"] for l in site["languages"] if l["code"] != default]
    names = {l["code"]: l["name"] for l in site["languages"]}
    messages = {lang: ftl_messages(f"{source}/i18n/{lang}.ftl") for lang in languages}

    # Start from an empty folder, so that the same input always gives the same site.
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(target)
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copytree(f"{here}/hugo/layouts", f"{target}/layouts")
    static = f"{source}/themes/default/static"
    shutil.copytree(static, f"{target}/static")

    config = f"""# Written by benches/hugo_site.py from {source}/site.toml.
baseURL = {toml_value(site.get("base_url", "https://example.org/"))}
defaultContentLanguage = {toml_value(default)}
# swivi writes every language under its prefix, the default one too.
defaultContentLanguageInSubdir = true
# A list of 10,000 commitments is one page, as in swivi: give its template time.
timeout = "30m"

[taxonomies]
country = "countries"
pillar = "pillars"

[services.rss]
limit = {site.get("feeds", {}).get("limit", 50)}

[params]
default_status = {toml_value(site.get("default_status", "not-assessed"))}
statuses = {toml_value([s["id"] for s in site["statuses"]])}
done = {toml_value([s["id"] for s in site["statuses"] if s.get("done")])}
"""
    for weight, lang in enumerate(languages, start=1):
        config += f"""
[languages.{lang}]
weight = {weight}
languageName = {toml_value(names[lang])}
title = {toml_value(messages[lang].get("site-title", "Tracker"))}
"""
    with open(f"{target}/hugo.toml", "w", encoding="utf-8") as f:
        f.write(config)

    os.makedirs(f"{target}/i18n")
    for lang in languages:
        with open(f"{target}/i18n/{lang}.toml", "w", encoding="utf-8") as f:
            f.write(i18n_file(messages[lang]))

    count = 0
    for section in SECTIONS:
        folder = f"{source}/content/{section}"
        if not os.path.isdir(folder):
            continue
        # The section's (or taxonomy's) own page, titled in each language.
        for lang in languages:
            suffix = "" if lang == default else f".{lang}"
            title = messages[lang].get(f"nav-{section}", section)
            write(f"{target}/content/{section}/_index{suffix}.md", {"title": title}, "")
        canonical = {}
        files = sorted(os.listdir(folder))
        for name in files:
            if name.count(".") == 1:
                canonical[name[:-3]] = read_entry(f"{folder}/{name}")
        for name in files:
            parts = name[:-3].split(".")
            slug, lang = parts[0], (parts[1] if len(parts) > 1 else default)
            front, body = canonical[slug] if lang == default else read_entry(f"{folder}/{name}")
            fields = {"title": front["title"]}
            if lang == default:
                fields.update(facts(section, front))
            else:
                fields["unofficial"] = True
                fields.update(translated(section, canonical[slug][0], front))
            suffix = "" if lang == default else f".{lang}"
            # A taxonomy term's own text lives in content/<taxonomy>/<term>/_index.md.
            path = (
                f"{target}/content/{section}/{slug}/_index{suffix}.md"
                if section in TAXONOMIES
                else f"{target}/content/{section}/{slug}{suffix}.md"
            )
            write(path, fields, body)
            count += 1
    print(f"{target}: {count} content files in {len(languages)} languages")


if __name__ == "__main__":
    main()
