//! Cite this page: every entry's page says how to cite it, in its language, and offers the
//! same citation as BibTeX and CSL-JSON beside it, which reference managers' parsers read.

mod common;

use common::{Fixture, part};

const DAY: u64 = 1_733_529_600; // 2024-12-07, the day of the build and of access.

fn built() -> Fixture {
    Fixture::base_built_on(DAY)
}

#[test]
fn a_commitment_page_says_how_to_cite_it_in_its_language() {
    let site = built();
    let page = site.read("public/es/commitments/cl-integration/index.html");
    let cite = part(&page, "<details class=cite>", "</details>");
    assert!(
        cite.contains("<summary>Citar esta página</summary>"),
        "{cite}"
    );
    // The fixture's minified page; its Spanish title, dated by its update (no git history).
    let text = part(cite, "<p class=citation>", "</p>");
    assert_eq!(
        text,
        "<p class=citation>Seguimiento de la Declaración de Los Ángeles. «Dirigir el grupo sobre integración». Última modificación: 9 de mayo de 2023. https://example.org/es/commitments/cl-integration/ (consultado el 7 de diciembre de 2024).</p>"
    );
    assert!(cite.contains("href=/es/commitments/cl-integration/citation.bib "));
    assert!(cite.contains("href=/es/commitments/cl-integration/citation.json "));
}

#[test]
fn the_bibtex_file_is_read_by_a_bibliography_parser() {
    let site = built();
    let bib = site.read("public/fr/commitments/cl-integration/citation.bib");
    let bibliography = biblatex::Bibliography::parse(&bib).expect("the citation parses");
    let entry = bibliography
        .get("commitments-cl-integration-fr")
        .expect("filed under section, slug and language");
    assert_eq!(entry.entry_type, biblatex::EntryType::Online);
    let title = entry.title().expect("a title");
    assert_eq!(
        title.iter().map(|c| c.v.get()).collect::<String>(),
        "Diriger le groupe sur l'intégration"
    );
    let author = entry.author().expect("the tracker as author");
    assert_eq!(author.len(), 1, "one corporate author, not split at spaces");
    assert_eq!(author[0].name, "Suivi de la Déclaration de Los Angeles");
    assert_eq!(
        entry.url().unwrap(),
        "https://example.org/fr/commitments/cl-integration/"
    );
    assert!(bib.contains("urldate = {2024-12-07}"), "{bib}");
}

#[test]
fn the_csl_json_file_is_one_webpage_item() {
    let site = built();
    let json = site.read("public/fr/countries/cl/citation.json");
    let items: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let item = &items[0];
    assert_eq!(items.as_array().unwrap().len(), 1);
    assert_eq!(item["type"], "webpage");
    assert_eq!(item["id"], "countries-cl-fr");
    assert_eq!(item["title"], "Chili");
    assert_eq!(item["URL"], "https://example.org/fr/countries/cl/");
    assert_eq!(
        item["author"],
        serde_json::json!([{ "literal": "Suivi de la Déclaration de Los Angeles" }])
    );
    assert_eq!(
        item["accessed"],
        serde_json::json!({ "date-parts": [[2024, 12, 7]] })
    );
}

#[test]
fn every_kind_of_entry_page_offers_its_citation_and_no_other_page_does() {
    let site = built();
    for page in [
        "fr/countries/cl/",
        "fr/pillars/emergency-response/",
        "fr/meetings/cam-2023-05-09/",
        "fr/recommendations/cso-2024-11/",
        "fr/cso-recommendations-2024/",
    ] {
        let html = site.read(&format!("public/{page}index.html"));
        assert!(html.contains("<details class=cite>"), "{page}");
        assert!(
            site.public().join(format!("{page}citation.bib")).is_file(),
            "{page}"
        );
        assert!(
            site.public().join(format!("{page}citation.json")).is_file(),
            "{page}"
        );
    }
    for page in ["fr/", "fr/commitments/", "fr/countries/"] {
        let html = site.read(&format!("public/{page}index.html"));
        assert!(!html.contains("class=cite"), "{page}");
    }
}
