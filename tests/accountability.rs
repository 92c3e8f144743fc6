//! Every accountability field at once, on one fixture tracker: a due date that has passed,
//! the institutions responsible, a government's report and an independent assessment that
//! disagree, figures with their sources, and a status corrected after publication in the
//! site's git history. Each field has its own tests beside it (deadlines.rs, responsible.rs,
//! organisations.rs, sources.rs, record.rs); this one reads them together, as a reader and a
//! reuser of the open data would, so that no field hides another.

mod common;

use common::{Fixture, commit_all, git, part};

/// 15 January 2025, the day the tracker is built on: the commitment was due in June 2024.
const BUILD_DAY: u64 = 1_736_899_200;

/// The base fixture's Chilean commitment with every field, published on 1 March 2024, its
/// government report corrected on 1 June 2024.
fn accountable() -> Fixture {
    let site = Fixture::base();
    let root = site.root();
    let settings = site.read("site.toml");
    site.write(
        "site.toml",
        &format!("repository = \"https://github.com/example/tracker\"\n{settings}"),
    );
    site.write(
        "content/organisations/servicio-migraciones.md",
        "+++\ntitle = \"Service national des migrations du Chili\"\nkind = \"government\"\n+++\n",
    );
    site.write(
        "content/organisations/observatoire.md",
        "+++\ntitle = \"Observatoire citoyen\"\nkind = \"civil-society\"\nurl = \"https://example.org/observatoire\"\n+++\n",
    );
    let chile = site
        .read("content/commitments/cl-integration.md")
        .replace(
            "date = \"2022-10\"\n",
            "date = \"2022-10\"\ndue = \"2024-06\"\nresponsible = [\"Service national des migrations\"]\n",
        )
        .replace(
            "meeting = \"cam-2023-05-09\"\n+++",
            "meeting = \"cam-2023-05-09\"\n\n\
             [[updates]]\ndate = \"2024-01\"\nstatus = \"completed\"\nnote = \"Le gouvernement rend compte.\"\nsource = \"Rapport national 2024\"\nby = \"servicio-migraciones\"\n\n\
             [[updates]]\ndate = \"2024-02-20\"\nstatus = \"in-progress\"\nnote = \"L'observatoire a vérifié.\"\nsource = \"Rapport de suivi\"\nsource_url = \"https://example.org/suivi\"\nby = \"observatoire\"\n\n\
             [[indicators]]\nid = \"permits\"\ntitle = \"Permis délivrés\"\nkind = \"quantitative\"\nunit = \"USD\"\n\
             baseline = { date = \"2022\", value = 1200, source = \"Rapport national 2022\" }\n\
             target = { date = \"2026\", value = 5000, source = \"Plan national\" }\n\
             [[indicators.values]]\ndate = \"2023\"\nvalue = 2000\nmeeting = \"cam-2023-05-09\"\n\n\
             [[indicators]]\nid = \"law\"\ntitle = \"Loi\"\nkind = \"qualitative\"\n\
             [[indicators.milestones]]\ndate = \"2023-05-09\"\nnote = \"Projet présenté.\"\nsource = \"Journal officiel\"\n+++",
        );
    site.write("content/commitments/cl-integration.md", &chile);
    git(root, "1709294400 +0000", &["init", "--quiet"]);
    commit_all(root, "1709294400 +0000", "Publish the tracker");
    let corrected = chile.replace(
        "status = \"completed\"\nnote = \"Le gouvernement rend compte.\"",
        "status = \"not-started\"\nnote = \"Le gouvernement rend compte.\"",
    );
    site.write("content/commitments/cl-integration.md", &corrected);
    commit_all(
        root,
        "1717243200 +0000",
        "Correct the government's reported status\n\nIts report says the work has not started.",
    );
    let run = site.swivi_on(BUILD_DAY, &["build", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn a_reader_sees_every_field_on_the_commitment_s_page() {
    let site = accountable();
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    for (what, expected) in [
        (
            "the due date",
            "<dt id=due>Échéance</dt><dd><time datetime=2024-06>juin 2024</time></dd>",
        ),
        (
            "the overdue mark",
            "<a class=overdue href=/fr/commitments/overdue/>En retard</a>",
        ),
        (
            "who must deliver it",
            "<dd>Service national des migrations</dd>",
        ),
        ("the two views", "<h2 id=views>Deux regards</h2>"),
        (
            "the independent assessor",
            "<a href=/fr/organisations/observatoire/>Observatoire citoyen</a>",
        ),
        (
            "the baseline's source",
            "<p class=source>Source : Rapport national 2022</p>",
        ),
        (
            "the target's source",
            "<p class=source>Source : Plan national</p>",
        ),
        (
            "the milestone's source",
            "<p class=source>Source : Journal officiel</p>",
        ),
        (
            "the correction on the record",
            "· Modifié · <a href=https://github.com/example/tracker/commit/",
        ),
    ] {
        assert!(page.contains(expected), "{what}: no {expected} in {page}");
    }
    let views = part(&page, "<section aria-labelledby=views", "</section>");
    assert!(
        views.contains("status-not-started") && views.contains("status-in-progress"),
        "the government's corrected report beside the observatory's: {views}"
    );
    let values = part(&page, "id=indicator-permits", "</table>");
    assert!(
        values.contains("<a href=/fr/meetings/cam-2023-05-09/>"),
        "the value cites its meeting: {values}"
    );
    let overdue = site.read("public/fr/commitments/overdue/index.html");
    assert!(
        overdue.contains("/fr/commitments/cl-integration/"),
        "{overdue}"
    );
    let changes = site.read("public/fr/changes/index.html");
    assert!(
        changes.contains("<h2 dir=auto>Correct the government's reported status</h2>")
            && changes.contains("Its report says the work has not started."),
        "{changes}"
    );
}

#[test]
fn the_feeds_say_who_assessed_and_what_was_corrected() {
    let site = accountable();
    let feed = site.read("public/fr/commitments/cl-integration/feed.xml");
    roxmltree::Document::parse(&feed).expect("the commitment's feed is XML");
    assert!(feed.contains("Observatoire citoyen"), "{feed}");
    assert!(
        feed.contains("https://example.org/fr/commitments/cl-integration/#due"),
        "it entered the feed when it became overdue: {feed}"
    );
    let changes = site.read("public/fr/changes/feed.xml");
    let doc = roxmltree::Document::parse(&changes).expect("the record's feed is XML");
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title") && n.parent().is_some_and(|p| p.has_tag_name("entry")))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(
        titles,
        [
            "Correct the government's reported status",
            "Publish the tracker"
        ]
    );
}

#[test]
fn the_open_data_holds_every_field() {
    let site = accountable();
    let data = |table: &str| site.read(&format!("public/fr/data/{table}.csv"));
    let header = |table: &str| data(table).lines().next().unwrap_or_default().to_owned();
    let commitments = data("commitments");
    let chile = commitments
        .lines()
        .find(|line| line.starts_with("cl-integration,"))
        .unwrap_or_else(|| panic!("{commitments}"));
    for column in ["due", "overdue", "responsible"] {
        assert!(
            header("commitments").split(',').any(|c| c == column),
            "{column}"
        );
    }
    assert!(
        chile.contains("2024-06") && chile.contains("Service national des migrations"),
        "{chile}"
    );
    let updates = data("updates");
    assert!(header("updates").split(',').any(|c| c == "by"));
    assert!(updates.contains("servicio-migraciones") && updates.contains("observatoire"));
    assert!(data("indicator-values").contains("cam-2023-05-09"));
    assert!(data("milestones").contains("Journal officiel"));
    assert!(data("organisations").contains("observatoire"));
    let package: serde_json::Value =
        serde_json::from_str(&site.read("public/fr/data/datapackage.json")).unwrap();
    let resources = package["resources"].as_array().expect("resources");
    for table in ["commitments", "updates", "milestones", "organisations"] {
        assert!(
            resources.iter().any(|r| r["name"] == table),
            "{table} is described in the data package"
        );
    }
}
