//! Who must deliver a commitment: the institutions its `responsible` names, translated or not,
//! on its page, in the open data and in the search index.

mod common;

use std::io::Read;

use common::Fixture;

/// The base fixture with the Chilean commitment naming two institutions, which its Spanish
/// translation translates.
fn with_responsible() -> Fixture {
    let site = Fixture::base();
    let chile = site.read("content/commitments/cl-integration.md").replace(
        "date = \"2022-10\"\n",
        "date = \"2022-10\"\nresponsible = [\"Service national des migrations\", \"Ministère de l'Intérieur\"]\n",
    );
    site.write("content/commitments/cl-integration.md", &chile);
    let spanish = site.read("content/commitments/cl-integration.es.md").replace(
        "unofficial = true\n",
        "unofficial = true\nresponsible = [\"Servicio Nacional de Migraciones\", \"Ministerio del Interior\"]\n",
    );
    site.write("content/commitments/cl-integration.es.md", &spanish);
    site
}

fn built(site: &Fixture) {
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn the_page_names_the_institutions_in_its_language() {
    let site = with_responsible();
    built(&site);
    let french = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(
        french.contains(
            "<dt>Responsables</dt><dd>Service national des migrations</dd><dd>Ministère de l'Intérieur</dd>"
        ),
        "{french}"
    );
    let spanish = site.read("public/es/commitments/cl-integration/index.html");
    assert!(
        spanish.contains(
            "<dt>Responsables</dt><dd>Servicio Nacional de Migraciones</dd><dd>Ministerio del Interior</dd>"
        ),
        "{spanish}"
    );
}

#[test]
fn a_commitment_without_them_says_nothing_of_them() {
    let site = Fixture::base();
    built(&site);
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(page.contains("<dt>Pays</dt>"), "{page}");
    assert!(!page.contains("Responsables"), "{page}");
}

#[test]
fn the_open_data_lists_them_in_the_file_s_language() {
    let site = with_responsible();
    built(&site);
    let mut reader = csv::Reader::from_path(site.public().join("es/data/commitments.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let column = headers.iter().position(|h| h == "responsible").unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(
        &row[column],
        "Servicio Nacional de Migraciones;Ministerio del Interior"
    );
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/fr/data/commitments.json")).unwrap();
    assert_eq!(
        json[0]["responsible"],
        serde_json::json!([
            "Service national des migrations",
            "Ministère de l'Intérieur"
        ]),
        "{json}"
    );
}

#[test]
fn the_search_finds_a_commitment_by_them() {
    let site = with_responsible();
    built(&site);
    let folder = site.public().join("es/pagefind/fragment");
    let fragments = common::walkdir(&folder).into_iter().filter(|f| f.is_file());
    let found = fragments.into_iter().any(|fragment| {
        let gzipped = std::fs::read(&fragment).unwrap();
        let mut text = String::new();
        flate2::read::GzDecoder::new(&gzipped[..])
            .read_to_string(&mut text)
            .is_ok()
            && text.contains("Servicio Nacional de Migraciones")
    });
    assert!(found, "no Spanish search fragment names the institution");
}

#[test]
fn a_translation_that_lists_another_number_of_them_is_an_error_at_its_line() {
    let site = with_responsible();
    let spanish = site
        .read("content/commitments/cl-integration.es.md")
        .replace(
            "[\"Servicio Nacional de Migraciones\", \"Ministerio del Interior\"]",
            "[\"Servicio Nacional de Migraciones\"]",
        );
    site.write("content/commitments/cl-integration.es.md", &spanish);
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        r#"error: `responsible` lists 1 here and 2 in the canonical file
  ┌─ content/commitments/cl-integration.es.md:4:15
  │
4 │ responsible = ["Servicio Nacional de Migraciones"]
  │               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  │
  = help: translate each of the canonical file's `responsible`, in its order, or leave `responsible` out to show them untranslated

error: 1 problem found
"#
    );
}
