//! Adding a language, as the translators' guide (docs/translating.md) tells it: a line in
//! site.toml and a file started by `swivi i18n new`; and a language written right to left.

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
    let run = site.swivi(&["i18n", "new", "ar"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(
            "Wrote i18n/ar.ftl: every message of i18n/fr.ftl, commented out for translation.\nAdd the language to site.toml:\n\n[[languages]]\ncode = \"ar\"\n"
        ),
        "{}",
        run.stdout
    );
    let template = site.read("i18n/ar.ftl");
    assert!(template.contains("\n# nav-home = Accueil\n"), "{template}");

    let again = site.swivi(&["i18n", "new", "ar"]);
    assert_eq!(again.code, 1);
    assert_eq!(
        again.stderr,
        "error: i18n/ar.ftl already exists; nothing was written\n"
    );

    let toml = site.read("site.toml");
    site.write("site.toml", &format!("{toml}{ARABIC}"));
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
