//! Long lists of commitments go on over pages (`[lists] per_page`): the pages exist, lead to
//! each other, say where the reader is in the reader's language, and the filter's index of
//! every commitment is published beside them.

mod common;

use common::Fixture;

/// The base fixture with five commitments of Chile (three not assessed, two in progress)
/// and two of them a page.
fn long_lists() -> Fixture {
    let site = Fixture::base();
    let toml = site.read("site.toml");
    site.write("site.toml", &format!("{toml}\n[lists]\nper_page = 2\n"));
    for (slug, status) in [
        ("cl-a", "not-assessed"),
        ("cl-b", "not-assessed"),
        ("cl-c", "in-progress"),
        ("cl-d", "in-progress"),
    ] {
        site.write(
            &format!("content/commitments/{slug}.md"),
            &format!(
                "+++\ntitle = \"Engagement {slug}\"\ncountry = \"cl\"\npillars = [\"stability-assistance\"]\ndate = \"2022-10\"\n\n[[updates]]\ndate = \"2023-05-09\"\nstatus = \"{status}\"\nnote = \"Une note.\"\nmeeting = \"cam-2023-05-09\"\n+++\n"
            ),
        );
    }
    site
}

fn page(site: &Fixture, path: &str) -> String {
    site.read(&format!("public/{path}"))
}

#[test]
fn a_long_list_goes_on_over_pages_that_lead_to_each_other() {
    let site = long_lists();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // Five commitments, two a page: three pages, the first at the list's own address.
    let first = page(&site, "fr/commitments/index.html");
    let second = page(&site, "fr/commitments/page/2/index.html");
    let third = page(&site, "fr/commitments/page/3/index.html");
    assert!(!site.public().join("fr/commitments/page/4").exists());
    assert!(!site.public().join("fr/commitments/page/1").exists());

    for (n, html) in [(1, &first), (2, &second), (3, &third)] {
        assert!(
            html.contains(&format!("Page {n} sur 3")),
            "page {n}: {html}"
        );
        assert!(
            html.contains("Pages de la liste"),
            "page {n}: the pager's label"
        );
        assert_eq!(
            html.matches("aria-current=page").count()
                + html.matches("aria-current=\"page\"").count(),
            // The breadcrumb's last item and the pager's current page (the first page's
            // breadcrumb is the list's own).
            2,
            "page {n}"
        );
        assert_eq!(
            html.matches("<li class=\"card ").count(),
            if n == 3 { 1 } else { 2 },
            "page {n} shows its cards"
        );
    }
    // Each page links to the one before and after it.
    assert!(first.contains("/fr/commitments/page/2/") && first.contains("rel=next"));
    assert!(!first.contains("rel=prev"));
    assert!(second.contains("rel=prev") && second.contains("rel=next"));
    assert!(second.contains("href=/fr/commitments/ ") || second.contains("href=/fr/commitments/>"));
    assert!(third.contains("rel=prev") && !third.contains("rel=next"));
    assert!(second.contains("Page suivante") && second.contains("Page précédente"));
    // A later page says which list it goes on and whose status group it continues.
    assert!(second.contains("Engagements, page 2 sur 3"), "{second}");
    assert!(second.contains("(suite)"), "{second}");
    assert!(!first.contains("(suite)"));

    // A country's list likewise, below the country's page; in Spanish too.
    let country = page(&site, "fr/countries/cl/page/2/index.html");
    assert!(country.contains("Page 2 sur 3"));
    assert!(country.contains("href=/fr/countries/cl/"));
    let spanish = page(&site, "es/countries/cl/page/3/index.html");
    assert!(spanish.contains("Página 3 de 3"), "{spanish}");

    // The filter's index of the whole list, in the language's order, named by the form.
    let index = page(&site, "fr/commitments/index.json");
    let index: serde_json::Value = serde_json::from_str(&index).expect("the index is JSON");
    let commitments = index["commitments"].as_array().expect("the commitments");
    assert_eq!(commitments.len(), 5);
    // By status, then by title: "Diriger…" before "Engagement cl-a".
    assert_eq!(commitments[0][0], "cl-integration");
    assert_eq!(commitments[3][3], "in-progress");
    assert_eq!(commitments[0][2], "cl");
    assert_eq!(index["countries"]["cl"], "Chili");
    assert!(
        first.contains("/fr/commitments/index.json"),
        "the filter names its index"
    );

    // The feeds page does not list more commitments' feeds than a page of a list holds.
    let feeds = page(&site, "fr/feeds/index.html");
    assert!(feeds.contains("trop nombreux"), "{feeds}");
    assert!(!feeds.contains("/fr/commitments/cl-a/feed.xml"));
    assert!(
        page(&site, "fr/commitments/cl-a/index.html").contains("/fr/commitments/cl-a/feed.xml")
    );

    // The sitemap lists the later pages.
    let sitemap = page(&site, "sitemap-fr.xml");
    assert!(sitemap.contains("https://example.org/fr/commitments/page/2/"));
}

#[test]
fn a_page_of_no_commitment_is_refused() {
    let site = Fixture::base();
    let toml = site.read("site.toml");
    site.write("site.toml", &format!("{toml}\n[lists]\nper_page = 0\n"));
    let run = site.swivi(&["check"]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("`per_page` must be at least 1"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("site.toml"), "{}", run.stderr);
}
