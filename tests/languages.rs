//! Adding a language, as the translators' guide (docs/translating.md) tells it: `swivi i18n new`
//! adds it to site.toml and starts its file; and a language written right to left, whose
//! pages isolate every text shown in another language.

mod common;

use common::Fixture;

const ARABIC: &str = "\n[[languages]]\ncode = \"ar\"\nname = \"العربية\"\n";

fn with_arabic() -> Fixture {
    let site = Fixture::base();
    let toml = site.read("site.toml");
    site.write("site.toml", &format!("{toml}{ARABIC}"));
    site
}

#[test]
fn a_new_language_starts_from_a_template_of_every_message() {
    let site = Fixture::base();
    let before = site.read("site.toml");
    let run = site.swivi(&["i18n", "new", "ar"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Wrote i18n/ar.ftl: every message of i18n/fr.ftl, commented out for translation.\n\
         Added `ar` (العربية) to the languages in site.toml; what is not translated yet is shown in fr.\n\
         Then `swivi i18n` lists what is left to translate; see docs/translating.md.\n"
    );
    assert_eq!(
        site.read("site.toml"),
        format!("{before}\n[[languages]]\ncode = \"ar\"\nname = \"العربية\"\n")
    );
    let template = site.read("i18n/ar.ftl");
    assert!(template.contains("\n# nav-home = Accueil\n"), "{template}");
    assert!(
        template.contains("remove\n### the \"# \" at the start of its lines"),
        "{template}"
    );

    let again = site.swivi(&["i18n", "new", "ar"]);
    assert_eq!(again.code, 1);
    assert_eq!(
        again.stderr,
        "error: `ar` is already a language of this site (site.toml)\n  = help: `swivi i18n` lists what it still needs\n"
    );

    let report = site.swivi(&["i18n"]);
    assert_eq!(report.code, 0, "{}", report.stderr);
    let total = site.message_count("fr");
    assert!(
        report.stdout.contains(&format!(
            "ar (العربية): interface 0/{total}, entries translated 0/8"
        )),
        "{}",
        report.stdout
    );

    site.write(
        "i18n/ar.ftl",
        &template.replace("# nav-home = Accueil\n", "nav-home = الصفحة الرئيسية\n"),
    );
    let report = site.swivi(&["i18n"]).stdout;
    assert!(
        report.contains(&format!("ar (العربية): interface 1/{total}")),
        "{report}"
    );
    assert!(site.swivi(&["build"]).code == 0);
    assert!(
        site.read("public/ar/countries/index.html")
            .contains("<li><a href=/ar/>الصفحة الرئيسية</a>")
    );
}

#[test]
fn a_new_language_goes_after_the_others_with_its_name_and_fallbacks() {
    let site = Fixture::base();
    site.write(
        "site.toml",
        "# Our tracker.\nbase_url = \"https://example.org/\"\ndefault_language = \"fr\"\n\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n\n[[languages]]\ncode = \"es\"\nname = \"Español\"  # as Spanish readers write it\n\n# What a commitment can be.\n[[statuses]]\nid = \"not-assessed\"\n",
    );
    let run = site.swivi(&["i18n", "new", "he", "--name", "עברית", "--fallback", "es"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "Added `he` (עברית) to the languages in site.toml; what is not translated yet is shown in es, then fr.\n"
        ),
        "{}",
        run.stdout
    );
    assert_eq!(
        site.read("site.toml"),
        "# Our tracker.\nbase_url = \"https://example.org/\"\ndefault_language = \"fr\"\n\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n\n[[languages]]\ncode = \"es\"\nname = \"Español\"  # as Spanish readers write it\n\n[[languages]]\ncode = \"he\"\nname = \"עברית\"\nfallback = [\"es\"]\n\n# What a commitment can be.\n[[statuses]]\nid = \"not-assessed\"\n"
    );
    assert_eq!(site.swivi(&["check"]).code, 0);
}

#[test]
fn a_code_that_names_no_language_or_a_fallback_the_site_lacks_is_refused() {
    let site = Fixture::base();
    let before = site.read("site.toml");
    for (args, message) in [
        (
            &["i18n", "new", "xx"][..],
            "error: `xx` is not a language ISO 639 knows\n",
        ),
        (
            &["i18n", "new", "ar_EG"][..],
            "error: `ar_EG` is not a language code\n",
        ),
        (
            &["i18n", "new", "ar", "--fallback", "de"][..],
            "error: `de` is not a language of this site, so it cannot be a fallback\n  = help: the languages are fr, es\n",
        ),
    ] {
        let run = site.swivi(args);
        assert_eq!(run.code, 1, "{args:?}");
        assert!(run.stderr.starts_with(message), "{args:?}: {}", run.stderr);
    }
    assert_eq!(site.read("site.toml"), before, "nothing was written");
    assert!(!site.root().join("i18n/xx.ftl").exists());
    assert!(!site.root().join("i18n/ar.ftl").exists());
}

#[test]
fn a_language_written_right_to_left_gets_a_mirrored_page() {
    let site = with_arabic();
    site.write(
        "i18n/ar.ftl",
        "site-title = متابعة إعلان لوس أنجلوس\nnav-home = الصفحة الرئيسية\nnav-countries = البلدان\n",
    );
    site.write(
        "content/countries/cl.ar.md",
        "+++\ntitle = \"تشيلي\"\nunofficial = true\n+++\nبلد في أمريكا الجنوبية.\n",
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let page = site.read("public/ar/countries/cl/index.html");
    for expected in [
        "<html dir=rtl lang=ar>",
        "<h1>تشيلي</h1>",
        "<div class=body><p>بلد في أمريكا الجنوبية.</p></div>",
        // Text still in French keeps its own language and direction inside the Arabic page.
        "<a href=/ar/meetings/cam-2023-05-09/><span dir=ltr lang=fr>",
        "<a dir=ltr href=/fr/countries/cl/ hreflang=fr lang=fr>Français</a>",
    ] {
        assert!(page.contains(expected), "{expected} in {page}");
    }
    assert!(
        site.read("public/fr/countries/cl/index.html")
            .contains("<a dir=rtl href=/ar/countries/cl/ hreflang=ar lang=ar>العربية</a>")
    );
    let feed = site.read("public/ar/feed.xml");
    assert!(feed.contains("xml:lang=\"ar\""), "{feed}");
}

/// The page mirrors because the stylesheet speaks of start and end, never of left and right.
#[test]
fn the_theme_lays_out_with_logical_directions_only() {
    let css = std::fs::read_to_string(format!("{}/themes/default/static/style.css", common::REPO))
        .unwrap();
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "border-left",
        "border-right",
        "text-align: left",
        "text-align: right",
        "float: left",
        "float: right",
        " left:",
        " right:",
    ] {
        assert!(!css.contains(physical), "style.css uses `{physical}`");
    }
}

/// An Arabic site whose `ar.ftl` has a few messages: the others fall back to French.
fn arabic_with_fallbacks() -> Fixture {
    let site = with_arabic();
    let toml = site.read("site.toml");
    site.write(
        "site.toml",
        &toml.replace(
            "minify_html = true\n",
            "minify_html = true\nstale_after_months = 12\n",
        ),
    );
    site.write(
        "i18n/ar.ftl",
        "site-title = متابعة إعلان لوس أنجلوس\nnav-home = الصفحة الرئيسية\nnav-countries = البلدان\n",
    );
    site
}

/// 2024-12-01: the commitment's last update (2023-05-09) is older than twelve months.
const LATE_2024: u64 = 1_733_011_200;

#[test]
fn an_interface_message_in_a_fallback_language_keeps_its_language_and_its_dates() {
    let site = arabic_with_fallbacks();
    let run = site.swivi_on(LATE_2024, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("public/ar/commitments/cl-integration/index.html");
    // French, with a French date, isolated in the Arabic page.
    assert!(
        page.contains("<span dir=ltr lang=fr>Non vérifié depuis le 9 mai 2023</span>"),
        "{page}"
    );
    for french in page.split("<span dir=ltr lang=fr>").skip(1) {
        let french = &french[..french.find("</span>").unwrap()];
        assert!(
            !french.contains("مايو") && !french.contains("أكتوبر"),
            "an Arabic month in a French sentence: {french}"
        );
    }
    // The page's own messages are not wrapped.
    assert!(page.contains("<a href=/ar/>الصفحة الرئيسية</a>"), "{page}");
    // In the title and in attributes, the French text alone.
    let title = &page[page.find("<title>").unwrap() + 7..page.find("</title>").unwrap()];
    assert!(!title.contains('<'), "{title}");
    assert!(!page.contains("aria-label=\"<span"), "{page}");
    assert!(!page.contains("aria-label=<span"), "{page}");

    // A French page is left as it was: French messages are its own.
    let french = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(
        french.contains("Non vérifié depuis le 9 mai 2023"),
        "{french}"
    );
    assert!(!french.contains("<span dir=ltr lang=fr>"), "{french}");

    // No mark is left anywhere, and files that are not pages hold the bare text.
    for file in common::walkdir(&site.public()) {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        assert!(
            !text.contains(['\u{E002}', '\u{E003}', '\u{E004}']),
            "a mark is left in {}",
            file.display()
        );
    }
    let feed = site.read("public/ar/feed.xml");
    assert!(!feed.contains("<span"), "{feed}");
}

/// Three commitments of three statuses: a breakdown of 34 %, 33 % and 33 %, a third done.
fn three_statuses() -> Fixture {
    let site = Fixture::base();
    for (slug, country, status) in [("co-a", "co", "in-progress"), ("cl-b", "cl", "completed")] {
        site.write(
            &format!("content/commitments/{slug}.md"),
            &format!(
                "+++\ntitle = \"Engagement {slug}\"\ncountry = \"{country}\"\npillars = [\"stability-assistance\"]\ndate = \"2022-10\"\n\n[[updates]]\ndate = \"2023-05-09\"\nstatus = \"{status}\"\nnote = \"Note.\"\nmeeting = \"cam-2023-05-09\"\n+++\nTexte.\n"
            ),
        );
    }
    site
}

/// `swivi i18n new <code>`, then the messages `translated` uncommented and translated.
fn new_language(site: &Fixture, code: &str, translated: &[(&str, &str)]) {
    let run = site.swivi(&["i18n", "new", code]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut ftl = site.read(&format!("i18n/{code}.ftl"));
    for (french, translation) in translated {
        let commented = format!("\n# {french}\n");
        assert!(ftl.contains(&commented), "{french} in {ftl}");
        ftl = ftl.replace(&commented, &format!("\n{translation}\n"));
    }
    site.write(&format!("i18n/{code}.ftl"), &ftl);
}

#[test]
fn a_language_a_site_adds_writes_percentages_as_cldr_does() {
    let site = three_statuses();
    new_language(
        &site,
        "de",
        &[(
            "done-count = Réalisés : { $count } ({ $percent })",
            "done-count = Erledigt: { $count } ({ $percent })",
        )],
    );
    new_language(&site, "ar", &[]);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // German: CLDR's `#,##0 %`, in the translator's sentence, in the table and in the chart.
    let german = site.read("public/de/index.html");
    shows(
        &german,
        &[
            "<li>Erledigt: 1 (33\u{a0}%)</li>",
            "<td class=number>34\u{a0}%</td>",
            "<td class=number>33\u{a0}%</td>",
            "<title>Réalisé: 1 (33\u{a0}%)</title>",
        ],
    );

    // Arabic: CLDR's marks keep the sign after the number in a right-to-left page; the
    // sentence not yet translated is French, and so is its percentage.
    let arabic = site.read("public/ar/index.html");
    shows(
        &arabic,
        &[
            "<span dir=ltr lang=fr>Réalisés : 1 (33\u{a0}%)</span>",
            "<td class=number>34\u{200e}%\u{200e}</td>",
            "<title>Réalisé: 1 (33\u{200e}%\u{200e})</title>",
        ],
    );

    // Where CLDR writes Arabic with Arabic-Indic digits (Egypt), so do the pages.
    let toml = site.read("site.toml");
    site.write("site.toml", &format!("{toml}locale = \"ar-EG\"\n"));
    let ar = site.read("i18n/ar.ftl");
    site.write(
        "i18n/ar.ftl",
        &ar.replace(
            "\n# done-count = Réalisés : { $count } ({ $percent })\n",
            "\ndone-count = أُنجز { $count } ({ $percent })\n",
        ),
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let egyptian = site.read("public/ar/index.html");
    shows(
        &egyptian,
        &[
            "أُنجز ١ (٣٣\u{200e}%\u{200e})</li>",
            "<td class=number>٣٤\u{200e}%\u{200e}</td>",
        ],
    );

    // The open data keep plain numbers.
    let counts = site.read("public/ar/data/countries.csv");
    assert!(!counts.contains('%') && !counts.contains('٢'), "{counts}");
    assert!(
        counts
            .lines()
            .any(|row| row.starts_with("cl,") && row.contains(",2,1,")),
        "{counts}"
    );
}

/// Asserts that `page` contains each of `expected`.
fn shows(page: &str, expected: &[&str]) {
    for text in expected {
        assert!(page.contains(text), "{text} in {page}");
    }
}
