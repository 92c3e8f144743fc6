//! The open data of the example, read back as a user would: the CSV in a CSV reader (accents
//! intact), the JSON in a JSON reader, each against its schema, and both against the pages.

mod common;

use std::fs;
use std::path::Path;

use common::{REPO, run_with};
use serde_json::Value;

const TABLES: [&str; 10] = [
    "commitments",
    "updates",
    "indicator-values",
    "milestones",
    "meetings",
    "recommendations",
    "countries",
    "pillars",
    "organisations",
    "commitment-recommendations",
];

#[test]
fn the_data_files_agree_with_the_pages_and_their_schemas() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let run = run_with(
        Path::new(REPO),
        &["build", "--output", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", "1795392000")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);

    // CSV: a byte-order mark for spreadsheets, then a header and one row per commitment.
    let bytes = fs::read(out.join("es/data/commitments.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no byte-order mark");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "id");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 11);
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    for row in &rows {
        // The title in the file is the page's heading, accents included.
        let path = row[column("url")].trim_start_matches("https://swivi.netlify.app/");
        let page = fs::read_to_string(out.join(path).join("index.html")).unwrap();
        assert!(
            page.contains(&format!("<h1>{}</h1>", &row[column("title")])),
            "{path}"
        );
        // The status is the one the page shows, in its words.
        let status = format!(
            "<span class=\"status status-{}\">{}</span>",
            &row[column("status")],
            &row[column("status_label")]
        );
        assert!(page.contains(&status), "{path}: {status}");
    }
    let labels: Vec<&str> = rows.iter().map(|r| &r[column("status_label")]).collect();
    assert!(
        labels.contains(&"No evaluado") && labels.contains(&"Cumplido"),
        "{labels:?}"
    );
    let peru = rows
        .iter()
        .find(|r| &r[column("id")] == "pe-visa-standards")
        .unwrap();
    assert_eq!(&peru[column("country_name")], "Perú");

    // JSON: the same facts, shaped as the schema says.
    for table in TABLES {
        let schema: Value = serde_json::from_str(
            &fs::read_to_string(out.join(format!("data/{table}.schema.json"))).unwrap(),
        )
        .unwrap();
        let required: Vec<&str> = schema["items"]["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        for lang in ["es", "en", "pt", "fr", "ht"] {
            let data: Value = serde_json::from_str(
                &fs::read_to_string(out.join(format!("{lang}/data/{table}.json"))).unwrap(),
            )
            .unwrap();
            for item in data.as_array().unwrap() {
                let keys: Vec<&str> = item
                    .as_object()
                    .unwrap()
                    .keys()
                    .map(String::as_str)
                    .collect();
                let mut expected = required.clone();
                expected.sort();
                assert_eq!(keys, expected, "{lang}/{table}");
                for (key, value) in item.as_object().unwrap() {
                    let types = &schema["items"]["properties"][key]["type"];
                    let name = match value {
                        Value::Null => "null",
                        Value::String(_) => "string",
                        Value::Number(_) => "number",
                        Value::Bool(_) => "boolean",
                        Value::Array(_) => "array",
                        _ => "other",
                    };
                    assert!(
                        types == name
                            || types
                                .as_array()
                                .is_some_and(|t| t.iter().any(|t| t == name)),
                        "{lang}/{table}.{key}: {value} is not {types}"
                    );
                }
            }
        }
    }
    let values: Value = serde_json::from_str(
        &fs::read_to_string(out.join("fr/data/indicator-values.json")).unwrap(),
    )
    .unwrap();
    let funding = values
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["indicator"] == "funding-allocated")
        .unwrap();
    assert_eq!(funding["value"], 870_000_000);
    let updates: Value =
        serde_json::from_str(&fs::read_to_string(out.join("en/data/updates.json")).unwrap())
            .unwrap();
    assert_eq!(updates.as_array().unwrap().len(), 11);

    // The data page lists every file of its language with its size, and the zip of everything.
    let page = fs::read_to_string(out.join("pt/data/index.html")).unwrap();
    for table in TABLES {
        assert!(
            page.contains(&format!("href=\"/pt/data/{table}.csv\"")),
            "{table}"
        );
        assert!(
            page.contains(&format!("href=\"/pt/data/{table}.json\"")),
            "{table}"
        );
    }
    assert!(page.contains("href=\"/data/all.zip\""));
    // Each link says its file's format and size, as the file on disk has it (in KB rounded
    // up, as Portuguese writes numbers): a CSV is not called a zip.
    for table in TABLES {
        for format in ["csv", "json"] {
            let bytes = fs::metadata(out.join(format!("pt/data/{table}.{format}")))
                .unwrap()
                .len();
            let link = format!(
                "href=\"/pt/data/{table}.{format}\" download>{}, {} KB</a>",
                format.to_uppercase(),
                bytes.div_ceil(1024)
            );
            assert!(page.contains(&link), "{link} in {page}");
        }
    }
    let zip_kb = fs::metadata(out.join("data/all.zip"))
        .unwrap()
        .len()
        .div_ceil(1024);
    assert!(
        page.contains(&format!("<span class=\"meta\">zip, {zip_kb} KB</span>")),
        "{page}"
    );
    // The licence site.toml names links to its text.
    assert!(
        page.contains("Licença: <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>"),
        "{page}"
    );
    let zip = zip::ZipArchive::new(fs::File::open(out.join("data/all.zip")).unwrap()).unwrap();
    assert_eq!(
        zip.len(),
        5 * (2 * TABLES.len() + 1) + TABLES.len(),
        "every data file, each language's data package and every schema"
    );
}

/// A licence swivi does not know the text of: `check` says the page cannot link it, and the
/// address `data_licence_url` gives is the link.
#[test]
fn the_data_licence_links_to_its_text() {
    let site = common::Fixture::base();
    let settings = site.read("site.toml");
    site.write(
        "site.toml",
        &format!("{settings}\n[downloads]\ndata_licence = \"Licence Ouverte 2.0\"\n"),
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the data page cannot link the licence `Licence Ouverte 2.0` to its text"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("data_licence_url"), "{}", run.stderr);

    site.write(
        "site.toml",
        &format!(
            "{settings}\n[downloads]\ndata_licence = \"Licence Ouverte 2.0\"\ndata_licence_url = \"https://www.etalab.gouv.fr/licence-ouverte-open-licence/\"\n"
        ),
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("cannot link"), "{}", run.stderr);
    let page = site.read("public/fr/data/index.html");
    assert!(
        page.contains("Licence : <a href=https://www.etalab.gouv.fr/licence-ouverte-open-licence/ rel=license>Licence Ouverte 2.0</a>"),
        "{page}"
    );
}

/// Each language's Data Package descriptor lists every table's CSV with its columns, typed and
/// described in the language, and the links between commitments and recommendations are a
/// table of their own.
#[test]
fn the_data_package_describes_every_table_in_its_language() {
    let site = common::Fixture::base();
    let chile = site.read("content/commitments/cl-integration.md").replace(
        "date = \"2022-10\"\n",
        "date = \"2022-10\"\nrecommendations = [\"cso-2024-11\"]\n",
    );
    site.write("content/commitments/cl-integration.md", &chile);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let package: Value =
        serde_json::from_str(&site.read("public/es/data/datapackage.json")).unwrap();
    assert_eq!(package["profile"], "tabular-data-package");
    assert_eq!(package["homepage"], "https://example.org/es/data/");
    let resources = package["resources"].as_array().unwrap();
    let names: Vec<&str> = resources
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, TABLES);
    for resource in resources {
        let name = resource["name"].as_str().unwrap();
        assert_eq!(resource["path"], format!("{name}.csv"));
        let csv = site.read(&format!("public/es/data/{name}.csv"));
        let header: Vec<&str> = csv
            .trim_start_matches('\u{feff}')
            .lines()
            .next()
            .unwrap()
            .split(',')
            .collect();
        let fields: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(fields, header, "{name}");
    }
    let commitments = &resources[0]["schema"]["fields"];
    assert_eq!(
        commitments[0],
        serde_json::json!({
            "name": "id",
            "type": "string",
            "description": "Identificador de la entrada, el mismo en todos los idiomas y en su dirección",
            "constraints": { "required": true },
        })
    );
    let overdue = commitments
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "overdue")
        .unwrap();
    assert_eq!(overdue["type"], "boolean");

    let links = site.read("public/es/data/commitment-recommendations.csv");
    assert_eq!(
        links.trim_start_matches('\u{feff}'),
        "commitment,recommendation\ncl-integration,cso-2024-11\n"
    );
    let page = site.read("public/es/data/index.html");
    assert!(page.contains("href=/es/data/datapackage.json"), "{page}");
}
