//! Deadlines: a commitment's due date, and what a reader sees once it has passed and the
//! commitment is not done: the mark on its page and card, the counts, the list of overdue
//! commitments, the filter, the feeds and the open data.

mod common;

use common::Fixture;

/// 30 June 2024, the last day of the fixture's due month.
const JUNE_30_2024: u64 = 1_719_705_600;
/// 1 July 2024, the first day it is overdue.
const JULY_1_2024: u64 = 1_719_792_000;

/// The base fixture with the Chilean commitment (not assessed, so not done) due in June
/// 2024, and a Colombian one due in 2030.
fn with_deadlines() -> Fixture {
    let site = Fixture::base();
    let chile = site.read("content/commitments/cl-integration.md").replace(
        "date = \"2022-10\"\n",
        "date = \"2022-10\"\ndue = \"2024-06\"\n",
    );
    site.write("content/commitments/cl-integration.md", &chile);
    site.write(
        "content/commitments/co-later.md",
        "+++\ntitle = \"Un engagement pour plus tard\"\ncountry = \"co\"\ndate = \"2023-05-09\"\ndue = \"2030\"\n+++\n",
    );
    site
}

fn build_on(site: &Fixture, epoch: u64) {
    let run = site.swivi_on(epoch, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_commitment_past_its_due_date_is_marked_counted_and_listed() {
    let site = with_deadlines();
    build_on(&site, JULY_1_2024);
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(
        page.contains("<dt id=due>Échéance</dt><dd><time datetime=2024-06>juin 2024</time></dd>"),
        "{page}"
    );
    assert!(
        page.contains("<a class=overdue href=/fr/commitments/overdue/>En retard</a>"),
        "{page}"
    );
    let later = site.read("public/fr/commitments/co-later/index.html");
    assert!(later.contains("<time datetime=2030>2030</time>"), "{later}");
    assert!(!later.contains("class=overdue"), "{later}");

    let list = site.read("public/fr/commitments/overdue/index.html");
    assert!(list.contains("<h1>Engagements en retard</h1>"), "{list}");
    assert!(
        list.contains("2 engagements ont une échéance."),
        "says how many have a due date: {list}"
    );
    assert!(
        list.contains("href=/fr/commitments/cl-integration/"),
        "{list}"
    );
    assert!(!list.contains("co-later"), "{list}");
    let card = list
        .split("<li class=\"card")
        .nth(1)
        .or_else(|| list.split("<li class=card").nth(1))
        .expect("a card");
    assert!(card.contains("data-overdue"), "{card}");
    assert!(card.contains("Échéance : juin 2024"), "{card}");

    let home = site.read("public/es/index.html");
    assert!(
        home.contains("<a href=/es/commitments/overdue/>1 compromiso vencido</a>"),
        "the site's count links to the list: {home}"
    );
    let country = site.read("public/fr/countries/cl/index.html");
    assert!(
        country.contains("<p class=overdue>1 engagement en retard</p>"),
        "a country's count is its own: {country}"
    );
    let index = site.read("public/fr/commitments/index.html");
    assert!(
        index.contains("name=overdue"),
        "the filter offers it: {index}"
    );
    assert!(
        index.contains(
            "<a href=/fr/commitments/overdue/>Engagements en retard</a> <span class=count>1</span>"
        ),
        "{index}"
    );

    let csv = site.read("public/fr/data/commitments.csv");
    let header = csv.lines().next().unwrap();
    assert!(header.contains(",date,due,overdue,"), "{header}");
    let chile = csv
        .lines()
        .find(|l| l.starts_with("cl-integration,"))
        .unwrap();
    assert!(chile.contains(",2022-10,2024-06,true,"), "{chile}");
    let later = csv.lines().find(|l| l.starts_with("co-later,")).unwrap();
    assert!(later.contains(",2023-05-09,2030,false,"), "{later}");
}

#[test]
fn a_commitment_becomes_overdue_in_the_feeds_on_the_day_after_its_due_date() {
    let site = with_deadlines();
    build_on(&site, JUNE_30_2024);
    let feed = site.read("public/fr/commitments/cl-integration/feed.xml");
    assert!(!feed.contains("En retard"), "not yet: {feed}");
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(!page.contains("class=overdue"), "not yet: {page}");
    let list = site.read("public/fr/commitments/overdue/index.html");
    assert!(
        list.contains("Aucun engagement n'est dans cette liste."),
        "{list}"
    );

    build_on(&site, JULY_1_2024);
    for feed in [
        "public/fr/commitments/cl-integration/feed.xml",
        "public/fr/countries/cl/feed.xml",
        "public/fr/feed.xml",
    ] {
        let feed = site.read(feed);
        let entry = feed
            .split("<entry>")
            .find(|e| e.contains("En retard"))
            .unwrap_or_else(|| panic!("no overdue entry in {feed}"));
        assert!(
            entry.contains("<title>En retard, Chili : Diriger le groupe sur l’intégration</title>")
                || entry.contains(
                    "<title>En retard, Chili : Diriger le groupe sur l&apos;intégration</title>"
                ),
            "{entry}"
        );
        assert!(
            entry.contains("<updated>2024-07-01T00:00:00+00:00</updated>"),
            "{entry}"
        );
        assert!(
            entry.contains("https://example.org/fr/commitments/cl-integration/#due"),
            "{entry}"
        );
    }
    // The commitment's own entry says when it is due.
    let feed = site.read("public/es/countries/co/feed.xml");
    let made = feed
        .split("<entry>")
        .find(|e| e.contains("co-later"))
        .unwrap_or_else(|| panic!("no entry of the new commitment in {feed}"));
    assert!(made.contains(" · Plazo: 2030</p>"), "{made}");
}

#[test]
fn a_commitment_done_by_its_due_date_is_never_overdue() {
    let site = with_deadlines();
    let done = site.read("content/commitments/cl-integration.md").replace(
        "+++\nLe Chili",
        "\n[[updates]]\ndate = \"2024-05-02\"\nstatus = \"completed\"\nnote = \"Fait.\"\nsource = \"Un rapport\"\n+++\nLe Chili",
    );
    site.write("content/commitments/cl-integration.md", &done);
    build_on(&site, JULY_1_2024);
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(!page.contains("class=overdue"), "{page}");
    assert!(!site.read("public/fr/feed.xml").contains("<title>En retard"),);
}

#[test]
fn a_due_date_before_the_commitment_is_an_error() {
    let site = with_deadlines();
    let wrong = site
        .read("content/commitments/cl-integration.md")
        .replace("due = \"2024-06\"", "due = \"2021-06\"");
    site.write("content/commitments/cl-integration.md", &wrong);
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        r#"error: the due date 2021-06 comes before the commitment (2022-10)
  ┌─ content/commitments/cl-integration.md:6:7
  │
6 │ due = "2021-06"
  │       ^^^^^^^^^
  │
  = help: the commitment is dated 2022-10; it cannot be due before it was made: check the year

error: 1 problem found
"#
    );
}

#[test]
fn no_commitment_may_take_the_address_of_the_overdue_list() {
    let site = Fixture::base();
    site.write(
        "content/commitments/overdue.md",
        "+++\ntitle = \"Un engagement\"\ncountry = \"co\"\ndate = \"2023\"\n+++\n",
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        r#"error: content/commitments/overdue.md: the commitment `overdue` would take the address of the site's list of overdue commitments, `commitments/overdue/`
 = help: rename the file and its translations, e.g. `overdue-payments.md`

error: 1 problem found
"#
    );
}
