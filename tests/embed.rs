//! Badges and cards for other sites: each commitment, country and pillar has a status badge
//! (`badge.svg`) and a card to frame (`embed/`) beside its page in each language, which its
//! page offers to copy, and `_headers` lets other sites frame the cards and nothing else.
//! tests/browser/embed.sh shows them in a page of another origin.

mod common;

use common::{Fixture, part};

const DAY: u64 = 1_733_529_600; // 2024-12-07, the day of the build.

fn built() -> Fixture {
    Fixture::base_built_on(DAY)
}

#[test]
fn a_commitment_badge_says_its_status_in_the_language_of_its_folder() {
    let site = built();
    let badge = site.read("public/es/commitments/cl-integration/badge.svg");
    assert!(
        badge.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{badge}"
    );
    assert!(
        badge.contains(
            "role=\"img\" aria-label=\"Dirigir el grupo sobre integración: No evaluado\""
        ),
        "{badge}"
    );
    assert!(badge.contains(">No evaluado</text>"), "{badge}");
    let french = site.read("public/fr/commitments/cl-integration/badge.svg");
    assert!(french.contains(">Non évalué</text>"), "{french}");
    // Nothing is loaded from anywhere.
    assert!(
        !badge.contains("href") && !badge.contains("url("),
        "{badge}"
    );
}

#[test]
fn a_country_badge_counts_its_commitments() {
    let site = built();
    let badge = site.read("public/fr/countries/cl/badge.svg");
    assert!(badge.contains(">Chili</text>"), "{badge}");
    assert!(badge.contains(">1 engagement</text>"), "{badge}");
    assert!(
        badge.contains("aria-label=\"Chili : 1 engagement · Évalués : 0 sur 1\""),
        "{badge}"
    );
    assert!(
        site.public()
            .join("es/pillars/stability-assistance/badge.svg")
            .is_file()
    );
}

#[test]
fn a_card_stands_alone_and_opens_the_tracker_outside_its_frame() {
    let site = built();
    let card = site.read("public/fr/commitments/cl-integration/embed/index.html");
    assert!(
        card.contains("<meta content=noindex name=robots>"),
        "{card}"
    );
    assert!(card.contains("<p class=kicker>Chili</p>"), "{card}");
    assert!(
        card.contains("<a href=/fr/commitments/cl-integration/ rel=noopener target=_blank>Diriger le groupe sur l'intégration</a>"),
        "{card}"
    );
    assert!(card.contains("<span class=\"status status-not-assessed\">Non évalué</span>"));
    assert!(card.contains("Dernière mise à jour : 9 mai 2023"), "{card}");
    // No header, menu or script: a card in another site's page.
    assert!(
        !card.contains("<header") && !card.contains("<script"),
        "{card}"
    );
    let country = site.read("public/es/countries/cl/embed/index.html");
    assert!(country.contains("class=status-bar"), "{country}");
}

#[test]
fn each_page_offers_its_badge_and_card_to_copy() {
    let site = built();
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    let embed = part(&page, "<details class=embed>", "</details>");
    assert!(embed.contains("<summary>Intégrer</summary>"), "{embed}");
    assert!(
        embed.contains("<a href=\"https://example.org/fr/commitments/cl-integration/\"><img src=\"https://example.org/fr/commitments/cl-integration/badge.svg\" alt=\"Diriger le groupe sur l'intégration : Non évalué\" height=\"20\"></a>"),
        "{embed}"
    );
    assert!(
        embed.contains("<iframe src=\"https://example.org/fr/commitments/cl-integration/embed/\" title=\"Diriger le groupe sur l'intégration\""),
        "{embed}"
    );
    // Meetings and other entries have neither.
    let meeting = site.read("public/fr/meetings/cam-2023-05-09/index.html");
    assert!(!meeting.contains("<details class=embed>"));
    assert!(
        !site
            .public()
            .join("fr/meetings/cam-2023-05-09/badge.svg")
            .exists()
    );
    assert!(
        !site
            .public()
            .join("fr/meetings/cam-2023-05-09/embed")
            .exists()
    );
}

#[test]
fn only_the_cards_may_be_framed_by_other_sites() {
    let site = built();
    let headers = site.read("public/_headers");
    assert!(
        headers.contains("\n/fr/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: SAMEORIGIN\n"),
        "{headers}"
    );
    assert!(
        headers.contains("\n/fr/:section/:slug/embed/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *\n"),
        "{headers}"
    );
    assert_eq!(headers.matches("frame-ancestors *").count(), 4, "{headers}");
}

#[test]
fn a_copy_read_from_disk_has_no_badges_or_cards() {
    let site = Fixture::base();
    let run = site.swivi_on(DAY, &["build", "--relative", "--output", "copy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = site.root().join("copy");
    assert!(
        copy.join("fr/commitments/cl-integration/index.html")
            .is_file()
    );
    assert!(
        !copy
            .join("fr/commitments/cl-integration/badge.svg")
            .exists()
    );
    assert!(!copy.join("fr/commitments/cl-integration/embed").exists());
    let page =
        std::fs::read_to_string(copy.join("fr/commitments/cl-integration/index.html")).unwrap();
    assert!(!page.contains("<details class=embed>"));
}
