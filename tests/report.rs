//! A country's report: every commitment of the country in full (its whole history, its
//! indicators with their figures and sources, the recommendations it answers), on one page
//! of each language laid out for print, linked from the country's page. How it prints is
//! checked in Chromium by tests/browser/print.sh.

mod common;

use std::collections::BTreeSet;

use common::{Fixture, part};

const DAY: u64 = 1_733_529_600; // 2024-12-07, the day of the build.

/// The base fixture with a second commitment of Chile: two updates, a measured indicator
/// whose value cites its source, and the recommendation it answers.
fn built() -> Fixture {
    let site = Fixture::base();
    site.write(
        "content/commitments/cl-visas.md",
        r#"+++
title = "Délivrer des visas humanitaires"
summary = "Le Chili délivre des visas humanitaires."
country = "cl"
pillars = ["emergency-response"]
date = "2022-10"
recommendations = ["cso-2024-11"]

[[updates]]
date = "2023-05-09"
status = "not-assessed"
note = "Le Chili a annoncé les visas."
meeting = "cam-2023-05-09"

[[updates]]
date = "2024-03-01"
status = "in-progress"
note = "Les premiers visas ont été délivrés."
source = "Rapport national 2024"
source_url = "https://example.net/rapport-2024"

[[indicators]]
id = "funds"
title = "Fonds versés"
kind = "quantitative"
unit = "USD"
[[indicators.values]]
date = "2024-03-01"
value = 250000
source = "Rapport national 2024"
+++
"#,
    );
    let run = site.swivi_on(DAY, &["build", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn the_country_page_links_to_its_report() {
    let site = built();
    let country = site.read("public/fr/countries/cl/index.html");
    assert!(
        country.contains("<a href=/fr/countries/cl/report/>Rapport à imprimer : tous les engagements en entier</a>"),
        "{}",
        part(&country, "<main", "</main>")
    );
}

#[test]
fn the_report_holds_every_commitment_in_full() {
    let site = built();
    let report = site.read("public/fr/countries/cl/report/index.html");
    assert!(report.contains("<title>Rapport : Chili · "), "{report}");
    // Each commitment in an article of its own, numbered, in the order of the country's page
    // (by status in the order of `site.toml`, then by title).
    let integration = report
        .find("<h2 id=commitment-cl-integration-title>1. Diriger le groupe sur l")
        .unwrap_or_else(|| panic!("the first commitment: {report}"));
    let visas = report
        .find("<h2 id=commitment-cl-visas-title>2. Délivrer des visas humanitaires</h2>")
        .expect("the second commitment");
    assert!(integration < visas);
    // The last commitment: to the end of the report (its indicators are articles too).
    let article = part(&report, "class=reported id=commitment-cl-visas>", "</main>");
    // Its whole history, newest first, with each update's source.
    let newest = article
        .find("Les premiers visas ont été délivrés.")
        .expect("the newest update");
    let oldest = article
        .find("Le Chili a annoncé les visas.")
        .expect("the oldest update");
    assert!(newest < oldest);
    assert!(article.contains("<a href=https://example.net/rapport-2024>Rapport national 2024</a>"));
    // The indicator, its figure and the figure's source.
    assert!(article.contains("Fonds versés"), "{article}");
    assert!(
        article.contains("<td>250\u{202f}000\u{a0}USD</td>"),
        "{article}"
    );
    assert!(
        article.contains("<td>Rapport national 2024</td>"),
        "{article}"
    );
    // The recommendation it answers, and the address of its own page.
    assert!(
        article.contains("href=/fr/recommendations/cso-2024-11/"),
        "{article}"
    );
    assert!(article.contains(">https://example.org/fr/commitments/cl-visas/</a>"));
}

#[test]
fn every_sheet_is_headed_with_the_title_and_footed_with_the_address_and_the_day() {
    let site = built();
    let report = site.read("public/fr/countries/cl/report/index.html");
    let head = part(&report, "<thead>", "</thead>");
    assert!(
        head.contains("Suivi de la Déclaration de Los Angeles · Rapport : Chili"),
        "{head}"
    );
    let foot = part(&report, "<tfoot>", "</tfoot>");
    assert!(
        foot.contains(
            "https://example.org/fr/countries/cl/report/</span> · Établi le 7 décembre 2024"
        ),
        "{foot}"
    );
}

#[test]
fn ids_stay_unique_with_many_commitments_on_one_page() {
    let site = built();
    let report = site.read("public/fr/countries/cl/report/index.html");
    let ids: Vec<&str> = report
        .split(" id=")
        .skip(1)
        .map(|rest| rest.split([' ', '>']).next().unwrap().trim_matches('"'))
        .collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "{ids:?}");
    assert!(
        unique.contains("commitment-cl-visas-indicator-funds"),
        "{ids:?}"
    );
    // The contents lead to each commitment.
    assert!(report.contains("href=#commitment-cl-integration>"));
}

#[test]
fn each_language_has_the_report_and_a_country_without_commitments_says_so() {
    let site = built();
    let spanish = site.read("public/es/countries/cl/report/index.html");
    assert!(spanish.contains("<h1>Informe: Chile</h1>"), "{spanish}");
    let none = site.read("public/fr/countries/co/report/index.html");
    assert!(
        none.contains("Aucun engagement de ce pays n'est encore enregistré."),
        "{none}"
    );
}
