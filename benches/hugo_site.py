#!/usr/bin/env python3
"""Converts a site written by benches/generate.py into the Hugo site a user would build.

    benches/hugo_site.py /tmp/tracker-1000 /tmp/tracker-1000-hugo
    hugo --source /tmp/tracker-1000-hugo --destination /tmp/out   # --minify if minify_html

It exists so that benches/run.sh can time swivi and Hugo on the same content. The Hugo site
holds the same entries, with the same text in the same five languages, at the same
addresses, and its templates (benches/hugo/layouts) are written as Hugo's documentation
advises for speed, not to reproduce swivi's pages at any cost: where swivi works something
out from the whole site and Hugo could only do it with a loop over all pages inside each
page's template, the Hugo site does what a Hugo user would (keeps it in front matter, uses a
taxonomy's index, paginates). Tested with Hugo 0.168.

What the Hugo site has
- Five languages, French the default, each under its own prefix (/fr/, /en/, ...), with the
  site title and interface strings taken from swivi's i18n/*.ftl (converted to Hugo's i18n
  files; plurals in CLDR's categories and `{ $variable }` kept, other Fluent constructs left
  out). One content folder with `<slug>.<lang>.md` translations, Hugo's own convention and
  swivi's file names.
- A page per commitment, meeting and recommendation in each language. A commitment's page
  renders its own front matter and nothing else: its current status, country and pillars
  (its terms), date, text, the history of its updates (date, status, note, source) and its
  indicators (baseline, target, latest value, progress in percent, the table of values).
- Countries and pillars as Hugo taxonomies (`countries`, `pillars`), whose term pages are the
  country and pillar pages (their text from `content/<taxonomy>/<term>/_index.<lang>.md`):
  the tally (commitments per status, with shares) and the commitments grouped by status,
  from the term's own pages (`.Pages`); a country's page also lists the meetings it attended
  and the recommendations addressed to it. Each taxonomy's page lists its terms with their
  numbers of commitments.
- Lists paginated with `.Paginate`, 50 entries a page, with Hugo's built-in pagination
  partial: the commitments (tally, then grouped by status), meetings and recommendations
  pages, and each country's and pillar's commitments.
- Each language's home: the tally of every commitment, the ten commitments updated last,
  the sections with their sizes.
- On every page: a language switcher linking to the page's translations, hreflang alternates
  (and x-default), breadcrumbs, the stylesheet and favicon of swivi's theme.
- Hugo's built-in RSS feed for each language's home, each section, each taxonomy and each
  term (country, pillar), 50 items at most (swivi's `[feeds] limit`); a sitemap per language
  and their index. Minified output (`hugo --minify`) when the swivi site has
  `minify_html = true`, as benches/run.sh runs it.

How it follows Hugo's performance advice
- No page's template looks at every page of the site: a commitment renders its front
  matter and its terms (`.GetTerms`); a term page counts and lists its own `.Pages`; a
  meeting finds its recommendations in the index of a taxonomy of their meetings
  (`sources`, whose own pages are not written); a recommendation finds its meeting with
  `site.GetPage`. Only the five home pages and the taxonomy pages go through every
  commitment, once each.
- Shared fragments are cached partials (`partialCached`): the head's common lines, the brand
  and the footer (once per language), the section menu (once per language and section), a
  list's tally and status groups (once per list, not once per page of the list), and each
  commitment's card (once per commitment and language, reused by its section's, country's
  and pillars' lists). The language switcher is not cached: it links to the page's own
  translations, so it differs on every page.

What differs from swivi's site (swivi does more, and its times include it)
- swivi writes, and the Hugo site does not: the search index and search pages; offline zip
  copies of each language (`[downloads] offline_copy = true`, measured apart by run.sh);
  open data (CSV, JSON, JSON Schema and a zip of every table); the countries x pillars
  matrix and its cell lists; lists per status; an Atom feed per commitment; the translation
  status pages and feeds; the service worker and offline page; SVG charts (tallies,
  timelines, indicators) and the map of countries; the JavaScript filter; share images
  (PNG), Open Graph tags and the web app manifest; the page-weight report; calendars of the
  meetings; each page's date of last change from the git history; "not verified since"
  notices for stale commitments.
- swivi's lists are each one page (10,000 commitments on one page); the Hugo site's are
  paginated, 50 entries a page, so it writes more, smaller list pages.
- swivi works out a commitment's current status from its latest update; the Hugo site keeps
  it in front matter (`status`, and `lastmod` for the date of that update), which this script
  fills in, and an editor would have to keep in step with every update. The home page lists
  the ten commitments updated last (by `lastmod`), where swivi lists the ten latest updates.
- Status groups come in the alphabetical order of the status ids (`GroupByParam`), not in
  the site's order of statuses as in swivi; the pagination partial's labels are Hugo's, in
  English, as are the RSS channels' descriptions.
- swivi's feeds are Atom with one entry per update; Hugo's are RSS with one item per page.
- swivi validates every reference (unknown country, pillar, meeting, status, duplicated facts
  in translations) and reports errors with file and line; Hugo checks none of this.
- Translations in swivi hold only text and take the facts from the canonical file. Hugo has
  no such notion, so this script copies the facts (country, pillars, dates, statuses,
  indicator values) into every language's file; the update notes and indicator titles are
  the translation's. Editing a fact therefore means editing five files in the Hugo site, one
  in swivi's.
- Dates are formatted by Hugo's own localisation (`time.Format ":date_long"`), which knows no
  Haitian Creole (its pages get French month names); swivi formats them with CLDR and its
  own data for Haitian Creole.
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
PLURAL_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}


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


def facts(section, canonical, default_status):
    """The front matter Hugo needs from a canonical entry, under Hugo's names."""
    c = canonical
    if section == "commitments":
        out = {"date": c["date"], "countries": [c["country"]], "pillars": c.get("pillars", [])}
        if "meeting" in c:
            out["meeting"] = c["meeting"]
        updates = sorted(c.get("updates", []), key=lambda u: u["date"])
        # The current status, kept in the front matter as a Hugo site would keep it (swivi
        # works it out from the latest update); lastmod, the date of that update, orders
        # the home page's latest updates.
        out["status"] = updates[-1]["status"] if updates else default_status
        if updates:
            out["lastmod"] = updates[-1]["date"]
        out["updates"] = updates
        out["indicators"] = c.get("indicators", [])
        return out
    if section == "meetings":
        # Countries present: the country pages list the meetings, as swivi's do.
        return {"date": c["start"], "start": c["start"], "countries": c.get("countries", [])}
    if section == "recommendations":
        # Addressees: the country pages list the recommendations addressed to them. The
        # meeting is a taxonomy too (`sources`, not rendered): its index gives each meeting
        # its recommendations.
        return {"sources": [c["meeting"]], "number": c.get("number", 0), "countries": c.get("addressed_to", [])}
    if section == "pillars":
        return {"number": c.get("number", 0)}
    return {}


def translated(section, canonical_front, translation, default_status):
    """The canonical facts with the translation's text: notes by date, indicator titles by id."""
    front = facts(section, canonical_front, default_status)
    if section == "commitments":
        notes = {u["date"]: u.get("note") for u in translation.get("updates", [])}
        titles = {i["id"]: i.get("title") for i in translation.get("indicators", [])}
        front["updates"] = [dict(u, note=notes.get(u["date"]) or u.get("note", "")) for u in front["updates"]]
        front["indicators"] = [dict(i, title=titles.get(i["id"]) or i.get("title", "")) for i in front["indicators"]]
    return front


def variables(text):
    """Fluent's `{ $x }` as go-i18n's `{{ .x }}`; `$count` as `.Count`, the field Hugo reads
    the plural form from (templates pass `(dict "Count" n ...)` or n alone)."""
    return re.sub(r"\{ \$(\w+) \}", lambda m: "{{ .Count }}" if m.group(1) == "count" else "{{ .%s }}" % m.group(1), text)


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
                    forms[p.group(1)] = variables(p.group(2))
                i += 1
            # Only CLDR's plural categories ([0] and the like are left out), and no other
            # Fluent construct left in the text.
            forms = {k: v for k, v in forms.items() if k in PLURAL_CATEGORIES}
            if i < len(lines) and lines[i].strip() == "}" and not any(re.search(r"\{ [^.]", v) for v in forms.values()):
                messages[key] = forms  # (text after the closing brace: left out)
        elif i < len(lines) and lines[i].startswith(" "):
            continue  # a multi-line message
        else:
            # String literals such as {"\u202F"} (a narrow no-break space) become the character.
            value = re.sub(r'\{ ?"([^"]*)" ?\}', lambda m: m.group(1).encode().decode("unicode_escape"), value)
            value = variables(value)
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
    default_status = site.get("default_status", "not-assessed")
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

[taxonomies]
country = "countries"
pillar = "pillars"
# A recommendation's meeting (its source), as a taxonomy so that a meeting page finds its
# recommendations in the taxonomy's index (site.Taxonomies.sources) rather than by looking
# at every recommendation. Its own pages are not written (the cascade below); `list` stays
# as it is, since "never" would take the terms out of that index too. (Not "meeting": Hugo
# 0.168 then takes the /meetings section for a term of /meeting.)
source = "sources"

[[cascade]]
[cascade.build]
render = "never"
[cascade.target]
path = "{{/sources,/sources/**}}"

[pagination]
pagerSize = 50

[services.rss]
limit = {site.get("feeds", {}).get("limit", 50)}

[params]
original = {toml_value(default)}
default_status = {toml_value(default_status)}
statuses = {toml_value([s["id"] for s in site["statuses"]])}
done = {toml_value([s["id"] for s in site["statuses"] if s.get("done")])}
"""
    for weight, lang in enumerate(languages, start=1):
        config += f"""
[languages.{lang}]
weight = {weight}
label = {toml_value(names[lang])}
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
                fields.update(facts(section, front, default_status))
            else:
                fields["unofficial"] = True
                fields.update(translated(section, canonical[slug][0], front, default_status))
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
