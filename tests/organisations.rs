//! Who says so: organisations, the updates they assessed (`by`), and what a reader sees when
//! a government's own report and an independent assessment disagree: both side by side on
//! the commitment's page, both counted in the figures, the assessor in the feeds and in the
//! open data.

mod common;

use common::{Fixture, part};

/// The base fixture with two organisations (Chile's migration service, a government's, and
/// a civil-society observatory) and the Chilean commitment reported on by the first and
/// assessed by the second: `government` and `independent` are their statuses.
fn with_views(government: &str, independent: &str) -> Fixture {
    let site = Fixture::base();
    site.write(
        "content/organisations/servicio-migraciones.md",
        "+++\ntitle = \"Service national des migrations du Chili\"\nkind = \"government\"\n+++\n",
    );
    site.write(
        "content/organisations/observatoire.md",
        "+++\ntitle = \"Observatoire citoyen\"\nsummary = \"Suit les engagements des gouvernements.\"\nkind = \"civil-society\"\nurl = \"https://example.org/observatoire\"\n+++\nUne organisation de la société civile.\n",
    );
    site.write(
        "content/organisations/observatoire.es.md",
        "+++\ntitle = \"Observatorio ciudadano\"\n+++\n",
    );
    let chile = site.read("content/commitments/cl-integration.md").replace(
        "meeting = \"cam-2023-05-09\"\n+++",
        &format!(
            "meeting = \"cam-2023-05-09\"\n\n\
             [[updates]]\ndate = \"2024-03\"\nstatus = \"{government}\"\nnote = \"Le gouvernement rend compte.\"\nsource = \"Rapport national 2024\"\nby = \"servicio-migraciones\"\n\n\
             [[updates]]\ndate = \"2024-06-10\"\nstatus = \"{independent}\"\nnote = \"L'observatoire a vérifié.\"\nsource = \"Rapport de suivi\"\nsource_url = \"https://example.org/suivi\"\nby = \"observatoire\"\n+++"
        ),
    );
    site.write("content/commitments/cl-integration.md", &chile);
    site
}

fn built(site: &Fixture) {
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_government_report_and_an_independent_assessment_that_disagree_are_shown_side_by_side() {
    let site = with_views("completed", "in-progress");
    built(&site);
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    let views = part(
        &page,
        "<section aria-labelledby=views class=views>",
        "</section>",
    );
    assert!(views.contains("<h2 id=views>Deux regards</h2>"), "{views}");
    let government = part(views, "<h3>Rapport du gouvernement</h3>", "</div>");
    assert!(
        government.contains("<span class=\"status status-completed\">Réalisé</span>"),
        "{government}"
    );
    assert!(
        government.contains("<a href=#update-2024-03><time datetime=2024-03>mars 2024</time></a>"),
        "{government}"
    );
    assert!(
        government.contains(
            "<a href=/fr/organisations/servicio-migraciones/>Service national des migrations du Chili</a>"
        ),
        "{government}"
    );
    assert!(government.contains("Rapport national 2024"), "{government}");
    let independent = part(views, "<h3>Évaluation indépendante</h3>", "</div>");
    assert!(
        independent.contains("<span class=\"status status-in-progress\">En cours</span>"),
        "{independent}"
    );
    assert!(
        independent.contains("<a href=https://example.org/suivi>Rapport de suivi</a>"),
        "{independent}"
    );
    // The page's status is still its latest update's: nothing is inferred.
    let standing = part(&page, "<p class=standing>", "</p>");
    assert!(standing.contains("status-in-progress"), "{standing}");

    // The history says who assessed each update, and what kind of organisation it is.
    assert!(
        page.contains("Évalué par : <a href=/fr/organisations/observatoire/>Observatoire citoyen</a> (Société civile)"),
        "{page}"
    );
    // In Spanish, with the organisation's translated name.
    let spanish = site.read("public/es/commitments/cl-integration/index.html");
    assert!(
        spanish.contains("<h3>Evaluación independiente</h3>"),
        "{spanish}"
    );
    assert!(
        spanish.contains("Evaluado por: <a href=/es/organisations/observatoire/>Observatorio ciudadano</a> (Sociedad civil)"),
        "{spanish}"
    );
}

#[test]
fn two_views_that_agree_are_not_set_apart() {
    let site = with_views("in-progress", "in-progress");
    built(&site);
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(!page.contains("class=views"), "{page}");
    assert!(page.contains("Évalué par :"), "{page}");
}

#[test]
fn the_figures_count_both_views_and_where_they_differ() {
    let site = with_views("completed", "in-progress");
    built(&site);
    let views = "1 avec un rapport de leur gouvernement · 1 évalués de façon indépendante · 1 où les deux diffèrent";
    for page in [
        "public/fr/index.html",
        "public/fr/countries/cl/index.html",
        "public/fr/pillars/stability-assistance/index.html",
    ] {
        let page = site.read(page);
        assert!(
            page.contains(&format!("<p class=views>{views}</p>")),
            "{page}"
        );
    }
    let countries = site.read("public/fr/countries/index.html");
    assert!(
        countries.contains(views),
        "each country's summary: {countries}"
    );
    // Colombia has no assessed update: its figures say nothing of views.
    let colombia = site.read("public/fr/countries/co/index.html");
    assert!(!colombia.contains("class=views"), "{colombia}");
}

#[test]
fn an_organisation_has_a_page_and_an_index_that_list_what_it_assessed() {
    let site = with_views("completed", "in-progress");
    built(&site);
    let page = site.read("public/fr/organisations/observatoire/index.html");
    assert!(page.contains("<h1>Observatoire citoyen</h1>"), "{page}");
    assert!(
        page.contains("<dt>Type</dt><dd>Société civile</dd>"),
        "{page}"
    );
    assert!(
        page.contains(
            "<a href=https://example.org/observatoire>https://example.org/observatoire</a>"
        ),
        "{page}"
    );
    let assessed = part(&page, "<h2 id=assessed>", "</section>");
    assert!(
        assessed.contains("href=/fr/commitments/cl-integration/#update-2024-06-10"),
        "{assessed}"
    );
    assert!(!assessed.contains("#update-2024-03"), "{assessed}");

    let index = site.read("public/fr/organisations/index.html");
    let governments = part(
        &index,
        "<h2 id=kind-government>Gouvernement</h2>",
        "</section>",
    );
    assert!(
        governments.contains("Service national des migrations du Chili"),
        "{governments}"
    );
    let civil = part(
        &index,
        "<h2 id=kind-civil-society>Société civile</h2>",
        "</section>",
    );
    assert!(civil.contains("Observatoire citoyen"), "{civil}");
    assert!(civil.contains("1 mise à jour évaluée"), "{civil}");
    assert!(
        !index.contains("kind-international-organisation"),
        "a kind without organisations is left out: {index}"
    );
    let home = site.read("public/fr/index.html");
    assert!(
        home.contains("<a href=/fr/organisations/>Organisations</a>"),
        "the footer links the index: {home}"
    );
}

#[test]
fn a_site_without_organisations_has_no_index_of_them() {
    let site = Fixture::base();
    built(&site);
    assert!(!site.public().join("fr/organisations").exists());
    let home = site.read("public/fr/index.html");
    assert!(!home.contains("/fr/organisations/"), "{home}");
}

#[test]
fn the_feeds_and_the_open_data_say_who_assessed_each_update() {
    let site = with_views("completed", "in-progress");
    built(&site);
    let feed = site.read("public/fr/commitments/cl-integration/feed.xml");
    let entry = feed
        .split("<entry>")
        .find(|e| e.contains("update-2024-06-10"))
        .unwrap_or_else(|| panic!("no entry for the assessment: {feed}"));
    assert!(
        entry.contains(
            "Évalué par : <a href=\"https://example.org/fr/organisations/observatoire/\">Observatoire citoyen (Société civile)</a>"
        ),
        "{entry}"
    );
    let mut reader = csv::Reader::from_path(site.public().join("fr/data/updates.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let by = headers.iter().position(|h| h == "by").unwrap();
    let date = headers.iter().position(|h| h == "date").unwrap();
    let rows: Vec<(String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[date].to_owned(), r[by].to_owned())
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("2023-05-09".to_owned(), String::new()),
            ("2024-03".to_owned(), "servicio-migraciones".to_owned()),
            ("2024-06-10".to_owned(), "observatoire".to_owned()),
        ]
    );
}

#[test]
fn an_update_by_an_organisation_the_site_does_not_have_is_an_error_at_its_line() {
    let site = with_views("completed", "in-progress");
    let chile = site
        .read("content/commitments/cl-integration.md")
        .replace("by = \"observatoire\"", "by = \"observatorio\"");
    site.write("content/commitments/cl-integration.md", &chile);
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        r#"error: unknown organisation `observatorio`
   ┌─ content/commitments/cl-integration.md:26:6
   │
26 │ by = "observatorio"
   │      ^^^^^^^^^^^^^^ there is no content/organisations/observatorio.md
   │
   = help: did you mean `observatoire`?

error: 1 problem found
"#
    );
}
