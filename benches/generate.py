#!/usr/bin/env python3
"""Writes a synthetic tracker of N commitments in five languages, for benchmarks.

    benches/generate.py 1000 /tmp/tracker-1000      # site.toml, content/, i18n/, themes/

The content is made up (every text says so) but shaped like the real tracker: countries,
pillars, commitments with dated updates and indicators (values against a baseline and a
target, or milestones), meetings with the countries present, recommendations addressed to
countries; every entry translated into the four other languages (marked unofficial, with
no `translated_from`). The theme and the interface strings are the repository's. The same N always
writes the same bytes (a fixed pseudo-random seed), so runs compare.
"""

import os
import random
import shutil
import sys

LANGUAGES = ["fr", "en", "es", "pt", "ht"]
STATUSES = ["not-assessed", "not-started", "in-progress", "completed", "stalled"]
WORDS = {
    "fr": "le la les des un une engagement pays migration protection régularisation accès santé éducation emploi soutien communauté accueil réfugiés données".split(),
    "en": "the a of and commitment country migration protection regularisation access health education work support community host refugees data".split(),
    "es": "el la los de un una compromiso país migración protección regularización acceso salud educación empleo apoyo comunidad acogida refugiados datos".split(),
    "pt": "o a os de um uma compromisso país migração proteção regularização acesso saúde educação emprego apoio comunidade acolhimento refugiados dados".split(),
    "ht": "la yo nan yon angajman peyi migrasyon pwoteksyon regilarizasyon aksè sante edikasyon travay sipò kominote akèy refijye done".split(),
}
SYNTHETIC = {
    "fr": "Texte synthétique pour mesurer la vitesse de swivi.",
    "en": "Synthetic text to measure swivi's speed.",
    "es": "Texto sintético para medir la velocidad de swivi.",
    "pt": "Texto sintético para medir a velocidade do swivi.",
    "ht": "Tèks sentetik pou mezire vitès swivi.",
}


def sentence(rng, lang, n):
    words = [rng.choice(WORDS[lang]) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, lang):
    return " ".join(sentence(rng, lang, rng.randint(8, 18)) for _ in range(rng.randint(2, 5)))


def country_code(i):
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[i // 26] + letters[i % 26]


def date(rng, year_from=2022, year_to=2026):
    return f"{rng.randint(year_from, year_to)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def entry(root, section, slug, canonical_fields, texts, translated_extra):
    """Writes the canonical file (fr) and one translation per other language."""
    fr = texts["fr"]
    body = f"{SYNTHETIC['fr']}\n\n{fr['body']}\n"
    front = f"title = {toml_string(fr['title'])}\n" + canonical_fields
    write(f"{root}/content/{section}/{slug}.md", f"+++\n{front}+++\n{body}")
    for lang in LANGUAGES[1:]:
        t = texts[lang]
        front = f"title = {toml_string(t['title'])}\nunofficial = true\n" + translated_extra(lang)
        write(
            f"{root}/content/{section}/{slug}.{lang}.md",
            f"+++\n{front}+++\n{SYNTHETIC[lang]}\n\n{t['body']}\n",
        )


def texts_for(rng, title_words=6):
    return {
        lang: {"title": sentence(rng, lang, title_words)[:-1], "body": paragraph(rng, lang)}
        for lang in LANGUAGES
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n = int(sys.argv[1])
    root = sys.argv[2]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    shutil.copytree(f"{repo}/themes", f"{root}/themes")
    shutil.copytree(f"{repo}/i18n", f"{root}/i18n")
    with open(f"{repo}/site.toml", encoding="utf-8") as f:
        write(f"{root}/site.toml", f.read())

    rng = random.Random(n)
    countries = [country_code(i) for i in range(min(193, max(35, n // 50)))]
    pillars = [f"pillar-{i}" for i in range(1, 5)]
    meetings = [f"meeting-{i:04d}" for i in range(max(4, n // 50))]
    meeting_dates = {}

    for code in countries:
        entry(root, "countries", code, "", texts_for(rng, 2), lambda lang: "")
    for i, slug in enumerate(pillars, start=1):
        entry(root, "pillars", slug, f"number = {i}\n", texts_for(rng, 4), lambda lang: "")
    for slug in meetings:
        start = date(rng)
        meeting_dates[slug] = start
        present = rng.sample(countries, min(len(countries), rng.randint(3, 12)))
        fields = f"start = {toml_string(start)}\ncountries = [{', '.join(toml_string(c) for c in present)}]\n"
        entry(root, "meetings", slug, fields, texts_for(rng), lambda lang: "")

    for i in range(n):
        slug = f"commitment-{i:05d}"
        country = rng.choice(countries)
        mine = rng.sample(pillars, rng.randint(1, 2))
        fields = (
            f"country = {toml_string(country)}\npillars = [{', '.join(toml_string(p) for p in mine)}]\n"
            f"date = {toml_string(date(rng, 2022, 2023))}\n"
        )
        # After the commitment (2022-2023) and before any day the benchmark runs on: swivi
        # refuses an update before its commitment or after the day of the build.
        updates = sorted({date(rng, 2024, 2025) for _ in range(rng.randint(0, 3))})
        notes = {lang: [sentence(rng, lang, 12) for _ in updates] for lang in LANGUAGES}
        for k, day in enumerate(updates):
            fields += (
                f"\n[[updates]]\ndate = {toml_string(day)}\nstatus = {toml_string(rng.choice(STATUSES))}\n"
                f"note = {toml_string(notes['fr'][k])}\nsource = \"Synthetic report\"\n"
            )
        indicators = []
        for k in range(rng.randint(0, 2)):
            ident = f"indicator-{k}"
            baseline = rng.randint(0, 1000)
            values = sorted({date(rng, 2023, 2025) for _ in range(rng.randint(1, 4))})
            fields += (
                f"\n[[indicators]]\nid = {toml_string(ident)}\ntitle = {toml_string(sentence(rng, 'fr', 4)[:-1])}\n"
                f"kind = \"quantitative\"\nunit = \"people\"\n"
                f"baseline = {{ date = \"2022-01-01\", value = {baseline} }}\n"
                f"target = {{ date = \"2027-01-01\", value = {baseline + rng.randint(100, 5000)} }}\n"
                f"values = [{', '.join('{ date = ' + toml_string(d) + ', value = ' + str(baseline + rng.randint(0, 3000)) + ' }' for d in values)}]\n"
            )
            indicators.append(ident)

        def translated(lang, updates=updates, notes=notes, indicators=indicators):
            out = ""
            for k, day in enumerate(updates):
                out += f"\n[[updates]]\ndate = {toml_string(day)}\nnote = {toml_string(notes[lang][k])}\n"
            for ident in indicators:
                out += f"\n[[indicators]]\nid = {toml_string(ident)}\ntitle = {toml_string(sentence(rng, lang, 4)[:-1])}\n"
            return out

        entry(root, "commitments", slug, fields, texts_for(rng), translated)

    for i in range(max(10, n // 10)):
        slug = f"recommendation-{i:05d}"
        meeting = rng.choice(meetings)
        addressed = rng.sample(countries, min(len(countries), rng.randint(1, 5)))
        fields = (
            f"meeting = {toml_string(meeting)}\nnumber = {i % 20 + 1}\n"
            f"addressed_to = [{', '.join(toml_string(c) for c in addressed)}]\n"
        )
        entry(root, "recommendations", slug, fields, texts_for(rng), lambda lang: "")

    print(f"{root}: {n} commitments, {len(countries)} countries, {len(meetings)} meetings, in {len(LANGUAGES)} languages")


if __name__ == "__main__":
    main()
