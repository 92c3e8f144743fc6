//! The example tracker of the repository, built end to end: every language's pages exist and
//! are in that language, the feeds are Atom that parses, pages stay within the weight budget,
//! and two builds give the same bytes.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;

use common::{REPO, run_with, walkdir};
use flate2::Compression;
use flate2::write::GzEncoder;

const LANGUAGES: [&str; 5] = ["es", "en", "pt", "fr", "ht"];

/// Words each language's interface uses for "Commitments", as a reader would see them.
const COMMITMENTS: [(&str, &str); 5] = [
    ("es", "Compromisos"),
    ("en", "Commitments"),
    ("pt", "Compromissos"),
    ("fr", "Engagements"),
    ("ht", "Angajman"),
];

fn build_example(out: &Path) -> String {
    // A fixed day, so the "not verified since" flags cannot change between the two builds;
    // no cache, so that the second build makes every file again (tests/cache.rs compares a
    // build from the cache with a clean one).
    let run = run_with(
        Path::new(REPO),
        &["build", "--no-cache", "--output", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", "1795392000")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

#[test]
fn the_example_builds_in_five_languages_with_feeds_and_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let stdout = build_example(&out);
    // A record of changes per language, from the repository's history, where it has one.
    let pages = 947 + if has_history() { 5 } else { 0 };
    assert!(
        stdout.contains(&format!("Page weight, {pages} pages:\n  largest page  ")),
        "{stdout}"
    );
    assert!(stdout.contains("\n  median page   "), "{stdout}");

    pages_stay_within_the_weight_budget(&out);
    every_page_kind_exists_in_every_language(&out);
    pages_are_in_their_language(&out);
    feeds_parse(&out);
    sitemap_lists_alternates(&out);
    dates_and_figures_are_written_the_languages_way(&out);
    no_file_holds_bidi_marks(&out);
    a_card_reads_the_same_in_every_list(&out);

    let second = dir.path().join("again");
    build_example(&second);
    assert_eq!(tree(&out), tree(&second), "two builds differ");
}

/// The United States' 870 million dollars (2023-05-09) and a meeting's percentages, as each
/// language writes them: CLDR for four languages (English as `en-001`), swivi's own data for
/// Haitian Creole.
fn dates_and_figures_are_written_the_languages_way(out: &Path) {
    let expected = [
        (
            "fr",
            "9 mai 2023",
            "870\u{202F}000\u{202F}000\u{A0}USD",
            ">46\u{A0}%<",
        ),
        ("en", "9 May 2023", "USD\u{A0}870,000,000", ">46%<"),
        (
            "es",
            "9 de mayo de 2023",
            "870.000.000\u{A0}USD",
            ">46\u{A0}%<",
        ),
        ("pt", "9 de maio de 2023", "USD\u{A0}870.000.000", ">46%<"),
        (
            "ht",
            "9 me 2023",
            "870\u{202F}000\u{202F}000\u{A0}USD",
            ">46\u{A0}%<",
        ),
    ];
    for (lang, date, money, percent) in expected {
        let page = |path: &str| fs::read_to_string(out.join(lang).join(path)).unwrap();
        let commitment = page("commitments/us-funding-870m/index.html");
        assert!(commitment.contains(date), "{lang}: {date}");
        assert!(commitment.contains(money), "{lang}: {money}");
        let meeting = page("meetings/cam-2023-05-09/index.html");
        assert!(meeting.contains(percent), "{lang}: {percent}");
    }
}

/// Fluent's bidi isolation marks, and the direction marks, must not reach titles, attributes,
/// feeds or data, where they show as stray characters or break matching; nor may the marks
/// around links that the build resolves on each page (src/render/links.rs).
/// A commitment's card, rendered once per language, is the same in every list that shows it,
/// but on its country's page, where it does not repeat the country.
fn a_card_reads_the_same_in_every_list(out: &Path) {
    let card_in = |page: &str| {
        let html = fs::read_to_string(out.join(page)).unwrap();
        let link = "<a href=\"/en/commitments/cl-integration-host-communities/\">";
        let at = html
            .find(link)
            .unwrap_or_else(|| panic!("{page} lists the card"));
        let start = html[..at].rfind("<li class=\"card ").unwrap();
        let end = at + html[at..].find("</li>").unwrap() + "</li>".len();
        html[start..end].to_owned()
    };
    let card = card_in("en/commitments/index.html");
    assert!(
        card.contains("Not assessed</span> · Chile · <time datetime="),
        "{card}"
    );
    for list in [
        "en/lists/status/not-assessed/index.html",
        "en/lists/cl/stability-assistance/index.html",
        "en/pillars/stability-assistance/index.html",
    ] {
        assert_eq!(card_in(list), card, "the card on {list}");
    }
    assert_eq!(
        card_in("en/countries/cl/index.html"),
        card.replace(" · Chile", ""),
        "on Chile's page"
    );
}

fn no_file_holds_bidi_marks(out: &Path) {
    const MARKS: [char; 9] = [
        '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
        '\u{E000}', '\u{E001}',
    ];
    // Decap CMS's bundle (the editor, vendored) is not made from the site's strings.
    let vendored = |p: &Path| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("decap-cms."))
    };
    for path in walkdir(out)
        .into_iter()
        .filter(|p| p.is_file() && !vendored(p))
    {
        // Zips hold copies of files checked here; their compressed bytes are not text.
        let Ok(text) = String::from_utf8(fs::read(&path).unwrap()) else {
            continue;
        };
        if let Some(mark) = text.chars().find(|c| MARKS.contains(c)) {
            panic!("{} holds U+{:04X}", path.display(), u32::from(mark));
        }
    }
}

/// Whether the repository has its whole git history, which the record of changes is made of
/// (not a shallow clone, nor a copy without `.git`).
fn has_history() -> bool {
    std::process::Command::new("git")
        .args(["-C", REPO, "rev-parse", "--is-shallow-repository"])
        .output()
        .is_ok_and(|out| out.status.success() && out.stdout.starts_with(b"false"))
}

fn every_page_kind_exists_in_every_language(out: &Path) {
    for lang in LANGUAGES {
        for page in [
            "",
            "countries/",
            "countries/cl/",
            "countries/cl/report/",
            "countries/cl/embed/",
            "countries/ht/",
            "pillars/",
            "pillars/emergency-response/",
            "commitments/",
            "commitments/us-funding-870m/",
            "commitments/us-funding-870m/embed/",
            "meetings/",
            "meetings/cam-2023-05-09/",
            "recommendations/",
            "recommendations/cso-2024-11/",
            "organisations/",
            "organisations/us-department-of-state/",
            "about/",
            "methodology/",
            "translations/",
            "404/",
            "search/",
            "feeds/",
        ] {
            let path = out.join(lang).join(page).join("index.html");
            assert!(path.is_file(), "missing {}", path.display());
        }
        for feed in [
            "feed.xml",
            "countries/us/feed.xml",
            "pillars/regular-pathways/feed.xml",
            "commitments/co-regularization/feed.xml",
            "feed.xsl",
        ] {
            assert!(out.join(lang).join(feed).is_file(), "missing {lang}/{feed}");
        }
        for record in ["changes/index.html", "changes/feed.xml"] {
            let path = out.join(lang).join(record);
            assert_eq!(path.is_file(), has_history(), "{}", path.display());
        }
        // Translators of every language but the original subscribe to what they have to do.
        let to_translate = out.join(lang).join("translations/feed.xml");
        assert_eq!(to_translate.is_file(), lang != "fr", "{lang}");
    }
}

fn pages_are_in_their_language(out: &Path) {
    for (lang, word) in COMMITMENTS {
        let html = fs::read_to_string(out.join(lang).join("commitments/index.html")).unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{lang}\"")),
            "{lang}: no <html lang>"
        );
        assert!(
            html.contains(&format!("<h1>{word}</h1>")),
            "{lang}: heading not in the language"
        );
    }
    // Recommendation 5 in Haitian Creole is the source's own text, quarterly where the French says half-yearly.
    let ht = fs::read_to_string(out.join("ht/recommendations/cso-2024-05/index.html")).unwrap();
    assert!(ht.contains("chak trimès"), "{ht}");
    assert!(
        !ht.contains("notice unofficial"),
        "the ht text of the recommendations is official"
    );
    let fr = fs::read_to_string(out.join("fr/recommendations/cso-2024-05/index.html")).unwrap();
    assert!(fr.contains("semestrielles"));
    let en = fs::read_to_string(out.join("en/recommendations/cso-2024-05/index.html")).unwrap();
    assert!(
        en.contains("notice unofficial"),
        "an English translation written for the example says so"
    );
    // The matrix counts each country's commitments under each pillar, and its cells lead to lists.
    let matrix = fs::read_to_string(out.join("en/matrix/index.html")).unwrap();
    assert!(
        matrix.contains("<a class=\"total\" href=\"/en/lists/pe/regular-pathways/\">1</a>"),
        "Peru leads on visa standards"
    );
    assert!(
        matrix.contains("<a class=\"total\" href=\"/en/lists/pe/stability-assistance/\">1</a>"),
        "and on xenophobia"
    );
    let by_count = fs::read_to_string(out.join("en/matrix/by-count/index.html")).unwrap();
    let (us, chile) = (
        by_count.find(">United States<").unwrap(),
        by_count.find(">Chile<").unwrap(),
    );
    assert!(us < chile, "two commitments come before one");
    let not_assessed =
        fs::read_to_string(out.join("fr/lists/status/not-assessed/index.html")).unwrap();
    assert_eq!(
        not_assessed
            .matches("<li class=\"card status-not-assessed\" data-country=")
            .count(),
        10,
        "all but the USD 870 million allocation, completed"
    );
    // The map: every country a tile that links to its page and says its progress in words;
    // where no commitment is assessed it says so rather than "0% completed".
    let countries = fs::read_to_string(out.join("en/countries/index.html")).unwrap();
    assert_eq!(
        countries.matches("/\" aria-label=\"").count(),
        22,
        "a tile per country"
    );
    assert!(
        countries.contains(
            "<a href=\"/en/countries/pe/\" aria-label=\"PE · Peru: 2 commitments · 0 of 2 assessed\">"
        ),
        "{countries}"
    );
    assert!(
        countries
            .contains("<a href=\"/en/countries/gh/\" aria-label=\"GH · Ghana: 0 commitments\">")
    );
    // Pillar IV has no commitment, as the sources say.
    let pillar = fs::read_to_string(out.join("en/pillars/emergency-response/index.html")).unwrap();
    assert!(pillar.contains("No commitment has been made under this pillar."));
    // Dates and numbers as each language writes them.
    let es = fs::read_to_string(out.join("es/commitments/us-funding-870m/index.html")).unwrap();
    assert!(es.contains("9 de mayo de 2023"), "Spanish date");
    assert!(es.contains("870.000.000"), "Spanish grouping");
}

fn feeds_parse(out: &Path) {
    let atom = "http://www.w3.org/2005/Atom";
    for lang in LANGUAGES {
        let text = fs::read_to_string(out.join(lang).join("feed.xml")).unwrap();
        let doc =
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{lang}/feed.xml: {e}"));
        let feed = doc.root_element();
        assert_eq!(feed.tag_name().namespace(), Some(atom));
        assert_eq!(feed.tag_name().name(), "feed");
        let entries: Vec<_> = feed
            .children()
            .filter(|n| n.has_tag_name((atom, "entry")))
            .collect();
        // Eleven new commitments, eleven updates and three meetings.
        assert_eq!(entries.len(), 25, "{lang}");
        for entry in entries {
            for child in ["id", "title", "updated", "link"] {
                assert!(
                    entry.children().any(|n| n.has_tag_name((atom, child))),
                    "{lang}: entry without {child}"
                );
            }
        }
        let updated = feed
            .children()
            .find(|n| n.has_tag_name((atom, "updated")))
            .unwrap();
        // The newest content date, never the build time.
        assert_eq!(updated.text(), Some("2023-11-28T00:00:00+00:00"), "{lang}");
    }
}

/// `sitemap.xml` is an index of one sitemap per language, which list every page with its
/// alternates, the language chooser once.
fn sitemap_lists_alternates(out: &Path) {
    let index = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let index = roxmltree::Document::parse(&index).unwrap();
    assert!(index.root_element().has_tag_name("sitemapindex"));
    let sitemaps: Vec<String> = index
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = LANGUAGES
        .iter()
        .map(|l| format!("https://swivi.netlify.app/sitemap-{l}.xml"))
        .collect();
    assert_eq!(sitemaps, expected);
    let mut urls = Vec::new();
    let mut alternates = String::new();
    for loc in &sitemaps {
        let file = loc.strip_prefix("https://swivi.netlify.app/").unwrap();
        let text = fs::read_to_string(out.join(file)).unwrap();
        let doc = roxmltree::Document::parse(&text).unwrap();
        urls.extend(
            doc.root_element()
                .children()
                .filter(|n| n.has_tag_name("url"))
                .map(|n| {
                    n.children()
                        .find(|c| c.has_tag_name("loc"))
                        .unwrap()
                        .text()
                        .unwrap()
                        .to_owned()
                }),
        );
        alternates.push_str(&text);
    }
    let pages = walkdir(out)
        .iter()
        .filter(|p| {
            let folder = p.parent().unwrap();
            p.ends_with("index.html")
                && !["offline", "404", "search", "admin", "embed"]
                    .iter()
                    .any(|kept_out| folder.ends_with(kept_out))
        })
        .count();
    assert_eq!(
        urls.len(),
        pages,
        "every page but the offline, not-found, search, editor's and other sites' cards is in a sitemap"
    );
    assert!(
        out.join("admin/index.html").is_file(),
        "the example has an editor"
    );
    assert!(!urls.iter().any(|u| u.contains("/admin/")));
    assert_eq!(
        urls.iter()
            .filter(|u| *u == "https://swivi.netlify.app/")
            .count(),
        1
    );
    assert!(urls.contains(&"https://swivi.netlify.app/ht/countries/cl/".to_owned()));
    assert!(
        alternates.contains("hreflang=\"ht\" href=\"https://swivi.netlify.app/ht/countries/cl/\"")
    );
    let robots = fs::read_to_string(out.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://swivi.netlify.app/sitemap.xml\n"));
}

/// A reader on a slow connection: the median page with its stylesheet within 14 KiB gzipped
/// (what arrives in the first round trips), and no page over 40 KiB gzipped.
fn pages_stay_within_the_weight_budget(out: &Path) {
    let gzip = |bytes: &[u8]| {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::new(6));
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap().len()
    };
    let css: usize = walkdir(out)
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "css"))
        .map(|p| gzip(&fs::read(p).unwrap()))
        .sum();
    let mut pages: Vec<(usize, String)> = walkdir(out)
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| (gzip(&fs::read(p).unwrap()), p.display().to_string()))
        .collect();
    pages.sort();
    let median = pages[pages.len() / 2].0;
    assert!(
        median + css <= 14 * 1024,
        "median page {median} B + CSS {css} B gzip is over 14 KiB"
    );
    let (largest, path) = pages.last().unwrap();
    assert!(
        *largest <= 40 * 1024,
        "{path} is {largest} B gzip, over 40 KiB"
    );
}

fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    walkdir(dir)
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.strip_prefix(dir).unwrap().display().to_string(),
                fs::read(&p).unwrap(),
            )
        })
        .collect()
}
