//! The translators' workflow, as a translator meets it: the report of `swivi i18n`, marking a
//! translation as brought up to date, the status page, its feed and the notice readers see.

mod common;

use common::Fixture;

#[test]
fn the_report_says_what_each_language_lacks() {
    let site = Fixture::base();
    let run = site.swivi(&["i18n"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let total = site.message_count("fr");
    assert_eq!(
        run.stdout,
        format!("es (Español): interface {total}/{total}, entries translated 2/8, up to date 0, out of date 0, not marked 2
  missing: content/countries/co.es.md (translate content/countries/co.md)
  missing: content/pillars/stability-assistance.es.md (translate content/pillars/stability-assistance.md)
  missing: content/pillars/emergency-response.es.md (translate content/pillars/emergency-response.md)
  missing: content/meetings/cam-2023-05-09.es.md (translate content/meetings/cam-2023-05-09.md)
  missing: content/recommendations/cso-2024-11.es.md (translate content/recommendations/cso-2024-11.md)
  missing: content/pages/cso-recommendations-2024.es.md (translate content/pages/cso-recommendations-2024.md)
  not marked: content/countries/cl.es.md (records no source version; the source is now 5192fff0dd56)
  not marked: content/commitments/cl-integration.es.md (records no source version; the source is now 8a4e3d5be474)
")
    );
}

#[test]
fn a_changed_original_makes_its_translation_out_of_date_until_marked() {
    let site = Fixture::base_marked();
    assert!(
        site.read("content/countries/cl.es.md")
            .starts_with("+++\ntranslated_from = \"5192fff0dd56\"\ntitle = \"Chile\"\n")
    );
    site.write(
        "content/countries/cl.md",
        "+++\ntitle = \"Chili\"\n+++\nUn pays d'Amérique du Sud.\n",
    );
    let report = site.swivi(&["i18n"]).stdout;
    assert!(
        report.contains("up to date 1, out of date 1, not marked 0\n  out of date: content/countries/cl.es.md (the text of content/countries/cl.md changed since; it records 5192fff0dd56, the source is now "),
        "{report}"
    );

    let run = site.swivi(&["i18n", "mark", "./content/countries/cl.es.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("content/countries/cl.es.md: translated_from = \"")
    );
    let report = site.swivi(&["i18n"]).stdout;
    assert!(report.contains("up to date 2, out of date 0"), "{report}");
}

#[test]
fn a_fact_changing_leaves_translations_up_to_date() {
    let site = Fixture::base_marked();
    let canonical = site.read("content/commitments/cl-integration.md");
    site.write(
        "content/commitments/cl-integration.md",
        &canonical.replace("status = \"not-assessed\"", "status = \"completed\""),
    );
    assert_ne!(
        site.read("content/commitments/cl-integration.md"),
        canonical
    );
    let report = site.swivi(&["i18n"]).stdout;
    assert!(report.contains("up to date 2, out of date 0"), "{report}");
}

#[test]
fn correcting_the_date_of_an_update_with_an_id_is_one_edit() {
    let site = Fixture::base();
    let canonical = site.read("content/commitments/cl-integration.md");
    site.write(
        "content/commitments/cl-integration.md",
        &canonical.replace(
            "[[updates]]\ndate = \"2023-05-09\"",
            "[[updates]]\nid = \"cam-2023-05\"\ndate = \"2023-05-09\"",
        ),
    );
    let translation = site.read("content/commitments/cl-integration.es.md");
    site.write(
        "content/commitments/cl-integration.es.md",
        &translation.replace("date = \"2023-05-09\"", "id = \"cam-2023-05\""),
    );
    let run = site.swivi(&["i18n", "mark", "--unrecorded"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // The one edit: the date, in the canonical file only.
    let canonical = site.read("content/commitments/cl-integration.md");
    site.write(
        "content/commitments/cl-integration.md",
        &canonical.replace("date = \"2023-05-09\"", "date = \"2023-05-08\""),
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("public/es/commitments/cl-integration/index.html");
    assert!(
        page.contains("Chile dirige el grupo sobre integración."),
        "{page}"
    );
    assert!(page.contains("8 de mayo de 2023"), "{page}");
    let report = site.swivi(&["i18n"]).stdout;
    assert!(report.contains("up to date 2, out of date 0"), "{report}");
}

#[test]
fn json_gives_the_same_report_for_scripts() {
    let site = Fixture::base_marked();
    site.remove("i18n/es.ftl");
    site.write("i18n/es.ftl", "site-title = Seguimiento\n");
    let run = site.swivi(&["i18n", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let es = &report["languages"][0];
    assert_eq!(report["source_language"], "fr");
    assert_eq!(es["code"], "es");
    assert_eq!(es["messages"]["file"], "i18n/es.ftl");
    let missing = es["messages"]["missing"].as_array().unwrap();
    assert!(missing.iter().any(|id| id == "nav-home"));
    assert!(!missing.iter().any(|id| id == "site-title"));
    assert_eq!(es["entries"]["total"], 8);
    assert_eq!(es["entries"]["missing"].as_array().unwrap().len(), 6);
    assert_eq!(
        es["entries"]["missing"][0]["file"],
        "content/countries/co.es.md"
    );
}

#[test]
fn marking_a_file_that_is_no_translation_is_refused() {
    let site = Fixture::base();
    let run = site.swivi(&["i18n", "mark", "content/countries/cl.md"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: content/countries/cl.md is not a translation of this site\n  = help: name a file like content/countries/cl.es.md, relative to the site's folder\n"
    );
}

#[test]
fn readers_and_translators_see_an_out_of_date_translation() {
    let site = Fixture::base_marked();
    site.write(
        "content/countries/cl.md",
        "+++\ntitle = \"Chili\"\n+++\nUn pays d'Amérique du Sud.\n",
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let page = site.read("public/es/countries/cl/index.html");
    assert!(
        page.contains("<p class=\"notice outdated\">El original en francés cambió después de esta traducción, que puede ya no corresponderle. <a href=/fr/countries/cl/>Leer el original.</a>"),
        "{page}"
    );
    assert!(
        !site
            .read("public/es/commitments/cl-integration/index.html")
            .contains("notice outdated")
    );

    let status = site.read("public/es/translations/index.html");
    for expected in [
        "1 traducción por actualizar",
        "6 contenidos por traducir",
        "<a href=/fr/countries/cl/><span dir=ltr lang=fr>Chili</span></a>",
        "href=/es/translations/feed.xml",
        // Spanish: 2 of 8 entries translated, 1 of them up to date, 1 out of date.
        "Contenidos traducidos 25\u{a0}% · Al día 12\u{a0}% · Por actualizar 1",
    ] {
        assert!(status.contains(expected), "{expected} in {status}");
    }
    // The files to edit are the translators', in their feed; readers get the pages.
    assert!(!status.contains("content/countries/cl.es.md"), "{status}");
    assert!(
        feed_of(&site, "es").contains("content/countries/cl.es.md"),
        "the translators' feed names the file"
    );

    let feed = site.read("public/es/translations/feed.xml");
    let doc = roxmltree::Document::parse(&feed).unwrap();
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .filter_map(|e| e.children().find(|c| c.has_tag_name("title")))
        .filter_map(|t| t.text())
        .collect();
    assert_eq!(titles[0], "Por actualizar: Chili");
    assert!(titles.contains(&"Por traducir: Colombie"), "{titles:?}");
    assert_eq!(titles.len(), 7);
}

#[test]
fn every_file_the_report_names_is_one_check_accepts() {
    let site = Fixture::base();
    // Canonical files of both forms: `co.md`, and `cam-2023-05-09.fr.md` as `swivi new` writes
    // it on a site edited in the browser.
    let meeting = site.read("content/meetings/cam-2023-05-09.md");
    site.remove("content/meetings/cam-2023-05-09.md");
    site.write("content/meetings/cam-2023-05-09.fr.md", &meeting);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let status = site.read("public/es/translations/index.html");
    let feed = site.read("public/es/translations/feed.xml");
    assert!(
        feed.contains("content/meetings/cam-2023-05-09.es.md"),
        "{feed}"
    );
    assert!(!status.contains(".fr.es.md") && !feed.contains(".fr.es.md"));

    let run = site.swivi(&["i18n", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let to_create: Vec<&str> = report["languages"][0]["entries"]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["file"].as_str().unwrap())
        .collect();
    assert!(
        to_create.contains(&"content/meetings/cam-2023-05-09.es.md")
            && to_create.contains(&"content/countries/co.es.md"),
        "{to_create:?}"
    );
    for file in &to_create {
        site.write(file, "+++\ntitle = \"Traducción\"\n+++\nTexto.\n");
    }
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = site.swivi(&["i18n", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        report["languages"][0]["entries"]["missing"],
        serde_json::json!([])
    );
}

/// The line of `i18n/<lang>.ftl` in the fixture where `id` is defined, 1-based.
fn line_of(site: &Fixture, lang: &str, id: &str) -> usize {
    let text = site.read(&format!("i18n/{lang}.ftl"));
    1 + text
        .lines()
        .position(|l| l.starts_with(&format!("{id} =")))
        .unwrap_or_else(|| panic!("{id} in {lang}.ftl"))
}

#[test]
fn a_typo_in_a_variable_of_a_sentence_fails_the_check_and_the_build_at_its_place() {
    let site = Fixture::base();
    site.write(
        "site.toml",
        &site.read("site.toml").replace(
            "default_language = \"fr\"",
            "default_language = \"fr\"\nstale_after_months = 12",
        ),
    );
    let es = site.read("i18n/es.ftl");
    site.write(
        "i18n/es.ftl",
        &es.replace(
            "stale-since = Sin verificar desde el { $date }",
            "stale-since = Sin verificar desde el { $dat }",
        ),
    );
    let line = line_of(&site, "es", "stale-since");
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // The gutter is as wide as the line number, and one space more.
    let pad = " ".repeat(line.to_string().len() + 1);
    assert!(
        run.stderr.contains(&format!(
            "error: the message `stale-since` uses `$dat`, which swivi does not pass to it, so it cannot be shown
{pad}┌─ i18n/es.ftl:{line}:40
{pad}│
{line} │ stale-since = Sin verificar desde el {{ $dat }}
{pad}│                                        ^^^^ not passed to `stale-since`
{pad}│
{pad}= help: did you mean `$date`?
{pad}= help: the variables of `stale-since`: `$date`
"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!(
            "error: the `es` message `stale-since` leaves out `$date`, which its sentence needs: the pages in `es` would not show it\n{pad}┌─ i18n/es.ftl:{line}:1\n"
        )),
        "{}",
        run.stderr
    );
    let build = site.swivi(&["build"]);
    assert_eq!(build.code, 1, "{}", build.stderr);
    assert!(!site.public().exists());
}

#[test]
fn a_unit_without_its_variant_is_a_warning_that_strict_turns_into_a_failure() {
    let site = Fixture::base();
    let commitment = site.read("content/commitments/cl-integration.md");
    site.write(
        "content/commitments/cl-integration.md",
        &commitment.replacen(
            "+++\nLe Chili",
            "\n[[indicators]]\nid = \"people-reached\"\ntitle = \"Personnes accueillies\"\nkind = \"quantitative\"\nunit = \"people\"\n[[indicators.values]]\ndate = \"2023-05-09\"\nvalue = 1200\n+++\nLe Chili",
            1,
        ),
    );
    let check = site.swivi(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let line = line_of(&site, "es", "value-with-unit");
    let pad = " ".repeat(line.to_string().len() + 1);
    assert!(
        check.stderr.contains(&format!(
            "warning: the `es` message `value-with-unit` has no variant for the unit `people`, so the pages in `es` show `people` as the content writes it\n{pad}┌─ i18n/es.ftl:{line}:1\n"
        )),
        "{}",
        check.stderr
    );
    assert!(check.stdout.ends_with("; 2 warnings\n"), "{}", check.stdout);

    let strict = site.swivi(&["check", "--strict"]);
    assert_eq!(strict.code, 1);
    assert_eq!(
        strict.stderr.matches("warning: ").count(),
        2,
        "{}",
        strict.stderr
    );
    assert!(
        strict
            .stderr
            .ends_with("error: 2 warnings, and --strict fails on any\n"),
        "{}",
        strict.stderr
    );
    let build = site.swivi(&["build", "--strict"]);
    assert_eq!(build.code, 1);
    assert!(
        build.stderr.ends_with(
            "error: 2 warnings, and --strict fails on any; nothing was written, ./public is as it was\n"
        ),
        "{}",
        build.stderr
    );
    assert!(!site.public().exists());

    for lang in ["fr", "es"] {
        let path = format!("i18n/{lang}.ftl");
        let text = site.read(&path);
        let word = if lang == "fr" {
            "personnes"
        } else {
            "personas"
        };
        site.write(
            &path,
            &text.replace(
                "value-with-unit = { $unit ->\n",
                &format!("value-with-unit = {{ $unit ->\n    [people] {{ $value }} {word}\n"),
            ),
        );
    }
    let fixed = site.swivi(&["build", "--strict"]);
    assert_eq!(fixed.code, 0, "{}", fixed.stderr);
    let page = site.read("public/es/commitments/cl-integration/index.html");
    assert!(
        page.contains("1200 personas"),
        "Spanish groups from five digits"
    );
}

/// The translators' feed of the language `lang`.
fn feed_of(site: &Fixture, lang: &str) -> String {
    site.read(&format!("public/{lang}/translations/feed.xml"))
}
