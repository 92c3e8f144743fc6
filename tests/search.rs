//! Search: each language's Pagefind index, and the search page that uses it. What a reader
//! sees of the search itself (typing, results, filters, offline) is tested in a browser, by
//! tests/browser/search.mjs.

mod common;

use std::collections::BTreeSet;
use std::io::Read;

use common::Fixture;

/// The fixture's entries: two countries, two pillars, a commitment, a meeting, a
/// recommendation and a page.
const ENTRIES: u64 = 8;

fn built() -> Fixture {
    let site = Fixture::base();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

/// A Pagefind file's bytes: gzip, then Pagefind's signature.
fn pagefind_bytes(site: &Fixture, path: &str) -> Vec<u8> {
    let gzipped = std::fs::read(site.public().join(path)).unwrap();
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(&gzipped[..])
        .read_to_end(&mut bytes)
        .unwrap_or_else(|e| panic!("{path} is not gzipped: {e}"));
    assert!(
        bytes.starts_with(b"pagefind_dcd"),
        "{path} is not Pagefind's"
    );
    bytes
}

fn files_of(site: &Fixture, lang: &str) -> Vec<String> {
    let list = site.read(&format!("public/{lang}/pagefind/swivi-files.json"));
    serde_json::from_str(&list).unwrap()
}

#[test]
fn each_language_has_its_own_index_of_every_entry() {
    let site = built();
    for lang in ["fr", "es"] {
        let entry: serde_json::Value = serde_json::from_str(
            &site.read(&format!("public/{lang}/pagefind/pagefind-entry.json")),
        )
        .unwrap();
        let languages = entry["languages"].as_object().unwrap();
        assert_eq!(
            languages.keys().collect::<Vec<_>>(),
            [lang],
            "{lang}: {entry}"
        );
        assert_eq!(languages[lang]["page_count"], ENTRIES, "{lang}: {entry}");
        // The search interface is the theme's: Pagefind's own would speak English.
        let folder = site.public().join(format!("{lang}/pagefind"));
        assert!(folder.join("pagefind.js").is_file());
        assert!(!folder.join("pagefind-ui.js").exists());
        assert!(!folder.join("pagefind-component-ui.js").exists());
        // The search code of its language only, not of every language Pagefind knows.
        let wasm: Vec<String> = files_of(&site, lang)
            .into_iter()
            .filter(|f| f.starts_with("wasm."))
            .collect();
        assert_eq!(wasm, [format!("wasm.{lang}.pagefind")]);
    }
}

#[test]
fn the_list_of_an_index_s_files_is_exactly_its_files() {
    let site = built();
    let folder = site.public().join("es/pagefind");
    let on_disk: BTreeSet<String> = common::walkdir(&folder)
        .into_iter()
        .map(|p| {
            p.strip_prefix(&folder)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .filter(|p| !p.is_empty() && p != "swivi-files.json" && !folder.join(p).is_dir())
        .collect();
    let listed: BTreeSet<String> = files_of(&site, "es").into_iter().collect();
    assert_eq!(listed, on_disk);
    assert!(listed.contains("pagefind-entry.json"));
    assert!(listed.iter().any(|f| f.starts_with("fragment/")));
}

#[test]
fn results_can_be_narrowed_by_country_pillar_and_status() {
    let site = built();
    let filters: Vec<String> = files_of(&site, "es")
        .into_iter()
        .filter(|f| f.starts_with("filter/"))
        .collect();
    assert!(!filters.is_empty());
    let filter: Vec<u8> = filters
        .iter()
        .flat_map(|f| pagefind_bytes(&site, &format!("es/pagefind/{f}")))
        .collect();
    let has = |text: &str| filter.windows(text.len()).any(|w| w == text.as_bytes());
    // By slug and status id, the same in every language: the page labels them.
    for value in [
        "country",
        "cl",
        "co",
        "pillar",
        "emergency-response",
        "stability-assistance",
        "status",
        "not-assessed",
    ] {
        assert!(has(value), "the Spanish filter index has no `{value}`");
    }
}

#[test]
fn the_search_page_speaks_the_reader_s_language_and_offers_the_indexes_without_script() {
    let site = built();
    let page = site.read("public/es/search/index.html");
    assert!(page.contains("<h1>Buscar</h1>"), "{page}");
    assert!(page.contains("<meta content=noindex name=robots>"));
    assert!(page.contains("<label for=search-q>Palabras que buscar</label>"));
    assert!(page.contains("data-bundle=/es/pagefind/ "), "{page}");
    assert!(page.contains("data-shown=Resultados: "));
    assert!(page.contains("<option value=cl>Chile</option>"), "{page}");
    assert!(page.contains("<noscript><p>La búsqueda necesita JavaScript.</p></noscript>"));
    for index in ["countries", "pillars", "commitments"] {
        assert!(
            page.contains(&format!("<a href=/es/{index}/>")),
            "no link to /es/{index}/ in {page}"
        );
    }
    // Every page leads to it; search engines are not sent to it.
    assert!(
        site.read("public/fr/countries/cl/index.html")
            .contains("<li class=search><a href=/fr/search/>Rechercher</a></li>")
    );
    assert!(!site.read("public/sitemap.xml").contains("search/"));
}

#[test]
fn a_copy_read_from_disk_has_no_search() {
    let site = Fixture::base();
    let run = site.swivi(&["build", "--relative"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.public().join("fr/pagefind").exists());
    let page = site.read("public/fr/countries/cl/index.html");
    assert!(!page.contains("search/"), "{page}");
}

#[test]
fn a_site_may_go_without_search() {
    let site = Fixture::base();
    let settings = site.read("site.toml").replace(
        "default_language = \"fr\"\n",
        "default_language = \"fr\"\nsearch = false\n",
    );
    site.write("site.toml", &settings);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for lang in ["fr", "es"] {
        assert!(!site.public().join(format!("{lang}/pagefind")).exists());
        assert!(!site.public().join(format!("{lang}/search")).exists());
    }
    let page = site.read("public/fr/countries/cl/index.html");
    assert!(!page.contains("search/"), "{page}");
    assert!(!site.read("public/sw.js").contains("search/"));
    let run = site.swivi(&["check", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}
