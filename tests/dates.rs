//! When pages say they last changed: from the site's git history where it is whole, from the
//! content's own dates where it is not (a shallow clone, no git checkout at all).
//!
//! The fixture repositories are made with fixed dates and identities, without the machine's
//! git configuration.

mod common;

use std::path::Path;

use common::{Fixture, Run, commit_all, git, run_with, shallow_clone};

/// 2025-01-15, the day every build here is made on.
const BUILD_DAY: &str = "1736899200";

/// The base site with a history: everything committed on 1 March 2024, then the Spanish
/// translation of Chile at 23:30 in UTC−5 on 9 May 2024 (10 May in UTC), then the canonical
/// file of Colombia on 1 June 2024.
fn site_with_history() -> Fixture {
    let site = Fixture::base();
    let root = site.root();
    git(root, "1709294400 +0000", &["init", "--quiet"]);
    commit_all(root, "1709294400 +0000", "The site");
    site.write(
        "content/countries/cl.es.md",
        "+++\ntitle = \"Chile\"\nsummary = \"Un país de América del Sur.\"\n+++\n",
    );
    commit_all(root, "1715315400 -0500", "Chile in Spanish");
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\nsummary = \"Un pays d'Amérique du Sud.\"\n+++\n",
    );
    commit_all(root, "1717228800 +0000", "Colombia's summary");
    site
}

fn build(site: &Fixture) -> Run {
    let run = site.swivi_on(BUILD_DAY.parse().unwrap(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

/// The "last changed" line of a built page, as its HTML has it.
fn changed_line(site: &Fixture, page: &str) -> Option<String> {
    let html = site.read(&format!("public/{page}/index.html"));
    let start = html.find("<p class=\"meta changed\">")?;
    let end = start + html[start..].find("</p>")? + "</p>".len();
    Some(html[start..end].to_owned())
}

#[test]
fn a_page_says_when_its_files_last_changed_in_git() {
    let site = site_with_history();
    let run = build(&site);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let line = |page: &str| changed_line(&site, page).unwrap_or_else(|| panic!("{page}"));
    assert_eq!(
        line("fr/countries/cl"),
        "<p class=\"meta changed\"><time datetime=2024-03-01>Dernière modification le 1 mars 2024</time></p>",
        "the original has not changed since the first commit"
    );
    assert_eq!(
        line("es/countries/cl"),
        "<p class=\"meta changed\"><time datetime=2024-05-10>Última modificación: 10 de mayo de 2024</time></p>",
        "the translation changed later, on that day in UTC"
    );
    assert_eq!(
        line("fr/countries/co"),
        "<p class=\"meta changed\"><time datetime=2024-06-01>Dernière modification le 1 juin 2024</time></p>"
    );
    assert_eq!(
        line("es/countries/co"),
        "<p class=\"meta changed\"><time datetime=2024-06-01>Última modificación: 1 de junio de 2024</time></p>",
        "shown in French for want of a translation, it changed with the original"
    );
    assert_eq!(
        changed_line(&site, "es/countries"),
        None,
        "a list is not one entry's page"
    );
}

/// The `<url>` element of `page` in sitemap `file`.
fn sitemap_entry(site: &Fixture, file: &str, page: &str) -> String {
    let xml = site.read(&format!("public/{file}"));
    xml.lines()
        .find(|line| line.starts_with(&format!("<url><loc>{page}</loc>")))
        .unwrap_or_else(|| panic!("{page} is not in {file}:\n{xml}"))
        .to_owned()
}

#[test]
fn the_sitemaps_say_when_each_entrys_page_last_changed() {
    let site = site_with_history();
    build(&site);
    let base = "https://example.org";
    let lastmod = |file: &str, page: &str| {
        let entry = sitemap_entry(&site, file, &format!("{base}{page}"));
        let start = entry.find("<lastmod>").map(|i| i + "<lastmod>".len());
        start.map(|start| entry[start..start + entry[start..].find('<').unwrap()].to_owned())
    };
    assert_eq!(
        lastmod("sitemap-fr.xml", "/fr/countries/cl/").as_deref(),
        Some("2024-03-01")
    );
    assert_eq!(
        lastmod("sitemap-es.xml", "/es/countries/cl/").as_deref(),
        Some("2024-05-10"),
        "each language's page, as the page says"
    );
    assert_eq!(
        lastmod("sitemap-fr.xml", "/fr/countries/co/").as_deref(),
        Some("2024-06-01")
    );
    assert_eq!(
        lastmod("sitemap-fr.xml", "/fr/countries/").as_deref(),
        None,
        "a list has no one day it changed"
    );
}

#[test]
fn a_translation_shows_the_later_of_its_own_change_and_its_originals() {
    let site = site_with_history();
    site.write(
        "content/countries/cl.md",
        "+++\ntitle = \"Chili\"\nsummary = \"Un pays d'Amérique du Sud.\"\n+++\n",
    );
    commit_all(site.root(), "1717228800 +0000", "Chile's summary");
    build(&site);
    let line = changed_line(&site, "es/countries/cl").unwrap();
    assert!(line.contains("datetime=2024-06-01"), "{line}");
}

#[test]
fn a_change_not_committed_yet_is_dated_the_day_of_the_build() {
    let site = site_with_history();
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\nsummary = \"Un pays des Andes.\"\n+++\n",
    );
    site.write("content/countries/pe.md", "+++\ntitle = \"Pérou\"\n+++\n");
    build(&site);
    for page in ["fr/countries/co", "fr/countries/pe"] {
        let line = changed_line(&site, page).unwrap();
        assert!(line.contains("datetime=2025-01-15"), "{page}: {line}");
    }
    let line = changed_line(&site, "fr/countries/cl").unwrap();
    assert!(line.contains("datetime=2024-03-01"), "{line}");
}

#[test]
fn the_translators_feed_dates_each_entry_by_the_last_change_of_its_original() {
    let site = site_with_history();
    build(&site);
    let feed = site.read("public/es/translations/feed.xml");
    let entry = |id: &str| {
        let at = feed.find(id).unwrap_or_else(|| panic!("{id} in {feed}"));
        let start = feed[..at].rfind("<entry>").unwrap();
        let end = at + feed[at..].find("</entry>").unwrap();
        feed[start..end].to_owned()
    };
    let colombia = entry("#countries-co-");
    assert!(
        colombia.contains("<updated>2024-06-01T00:00:00+00:00</updated>"),
        "{colombia}"
    );
    let pillar = entry("#pillars-emergency-response-");
    assert!(
        pillar.contains("<updated>2024-03-01T00:00:00+00:00</updated>"),
        "{pillar}"
    );
    let feed_updated = &feed[feed.find("<updated>").unwrap()..];
    assert!(
        feed_updated.starts_with("<updated>2024-06-01T00:00:00+00:00</updated>"),
        "the feed changed when its newest entry did: {feed}"
    );
}

#[test]
fn a_shallow_clone_falls_back_to_the_contents_dates_and_says_how_to_fetch_the_history() {
    let origin = site_with_history();
    let clone = shallow_clone(&origin);
    let target = clone.path().join("site");
    let run = run_with(&target, &["build"], &[("SOURCE_DATE_EPOCH", BUILD_DAY)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "warning: this checkout is a shallow clone, so the history of the content files is incomplete; pages say when they last changed only where their content gives a date, and the record of changes is left out\n \
         = help: fetch the whole history with `git fetch --unshallow` (in a GitHub workflow, give actions/checkout `fetch-depth: 0`), or set `dates_from_git = false` in site.toml\n\n"
    );
    content_dates_only(&target);
}

#[test]
fn outside_a_git_checkout_pages_take_the_contents_dates_without_a_word() {
    let site = Fixture::base();
    let run = build(&site);
    assert_eq!(run.stderr, "");
    content_dates_only(site.root());
}

#[test]
fn a_site_can_turn_dates_from_git_off() {
    let site = site_with_history();
    let toml = site.read("site.toml");
    site.write(
        "site.toml",
        &toml.replace(
            "minify_html = true\n",
            "minify_html = true\ndates_from_git = false\n",
        ),
    );
    let run = build(&site);
    assert_eq!(run.stderr, "");
    content_dates_only(site.root());
}

/// A commitment says it changed with its latest update; a country's content gives no date.
fn content_dates_only(root: &Path) {
    let read = |page: &str| {
        std::fs::read_to_string(root.join(format!("public/{page}/index.html"))).unwrap()
    };
    let commitment = read("es/commitments/cl-integration");
    assert!(
        commitment.contains("<p class=\"meta changed\"><time datetime=2023-05-09>Última modificación: 9 de mayo de 2023</time></p>"),
        "{commitment}"
    );
    assert!(!read("fr/countries/cl").contains("meta changed"));
}
