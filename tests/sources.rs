//! A source for every figure: an indicator's baseline, target, values and milestones may say
//! where they come from, and the page and the open data say it beside them.

mod common;

use common::{Fixture, part};
use serde_json::Value;

/// The base fixture's commitment with a quantitative indicator whose baseline and first value
/// cite their sources (the second value cites none), and a qualitative one whose milestone
/// was reported at the fixture's meeting.
fn with_sources() -> Fixture {
    let site = Fixture::base();
    let chile = site.read("content/commitments/cl-integration.md").replace(
        "meeting = \"cam-2023-05-09\"\n+++",
        "meeting = \"cam-2023-05-09\"\n\n\
         [[indicators]]\nid = \"permits\"\ntitle = \"Permis délivrés\"\nkind = \"quantitative\"\nunit = \"people\"\n\
         baseline = { date = \"2022\", value = 1200, source = \"Rapport national 2022\", source_url = \"https://example.org/rapport-2022\" }\n\
         target = { date = \"2026\", value = 5000 }\n\
         [[indicators.values]]\ndate = \"2023\"\nvalue = 2000\nmeeting = \"cam-2023-05-09\"\n\
         [[indicators.values]]\ndate = \"2024\"\nvalue = 2600\n\n\
         [[indicators]]\nid = \"law\"\ntitle = \"Loi\"\nkind = \"qualitative\"\n\
         [[indicators.milestones]]\ndate = \"2023-05-09\"\nnote = \"Projet présenté.\"\nsource = \"Journal officiel\"\n+++",
    );
    site.write("content/commitments/cl-integration.md", &chile);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn the_page_gives_each_figure_s_source_beside_it() {
    let site = with_sources();
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    let permits = part(&page, "id=indicator-permits", "</article>");
    let baseline = part(permits, "<dt>Valeur de référence</dt>", "</dd>");
    assert!(
        baseline.contains("<p class=source>Source : <a href=https://example.org/rapport-2022>Rapport national 2022</a></p>"),
        "{baseline}"
    );
    let target = part(permits, "<dt>Cible</dt>", "</dd>");
    assert!(
        !target.contains("Source"),
        "the target cites nothing: {target}"
    );
    let table = part(permits, "<table", "</table>");
    assert!(table.contains("<th scope=col>Source</th>"), "{table}");
    assert!(
        table.contains("<a href=/fr/meetings/cam-2023-05-09/>"),
        "the 2023 value cites the meeting: {table}"
    );
    assert_eq!(
        table.matches("<tr>").count(),
        3,
        "a header and two values: {table}"
    );

    let law = part(&page, "id=indicator-law", "</article>");
    assert!(
        law.contains("<p class=source>Source : Journal officiel</p>"),
        "{law}"
    );
}

#[test]
fn a_table_of_values_none_of_which_cites_a_source_has_no_source_column() {
    let site = Fixture::base();
    let chile = site.read("content/commitments/cl-integration.md").replace(
        "meeting = \"cam-2023-05-09\"\n+++",
        "meeting = \"cam-2023-05-09\"\n\n\
         [[indicators]]\nid = \"permits\"\ntitle = \"Permis\"\nkind = \"quantitative\"\nunit = \"people\"\n\
         [[indicators.values]]\ndate = \"2023\"\nvalue = 2000\n+++",
    );
    site.write("content/commitments/cl-integration.md", &chile);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    let table = part(&page, "<table class=values>", "</table>");
    assert!(!table.contains("Source"), "{table}");
}

#[test]
fn the_open_data_gives_each_figure_and_milestone_its_source() {
    let site = with_sources();
    let mut reader =
        csv::Reader::from_path(site.public().join("fr/data/indicator-values.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<[String; 4]> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            [
                r[at("kind")].to_owned(),
                r[at("meeting")].to_owned(),
                r[at("source")].to_owned(),
                r[at("source_url")].to_owned(),
            ]
        })
        .collect();
    let row = |cells: [&str; 4]| cells.map(str::to_owned);
    assert_eq!(
        rows,
        [
            row([
                "baseline",
                "",
                "Rapport national 2022",
                "https://example.org/rapport-2022"
            ]),
            row(["value", "cam-2023-05-09", "", ""]),
            row(["value", "", "", ""]),
            row(["target", "", "", ""]),
        ]
    );

    let milestones: Value =
        serde_json::from_str(&site.read("public/es/data/milestones.json")).unwrap();
    assert_eq!(
        milestones,
        serde_json::json!([{
            "entry_type": "commitment",
            "entry": "cl-integration",
            "indicator": "law",
            "indicator_title": "Loi",
            "date": "2023-05-09",
            "note": "Projet présenté.",
            "meeting": null,
            "source": "Journal officiel",
            "source_url": null,
        }])
    );
    let schema: Value =
        serde_json::from_str(&site.read("public/data/milestones.schema.json")).unwrap();
    let required: Vec<&str> = schema["items"]["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let mut keys: Vec<&str> = milestones[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = required.clone();
    keys.sort_unstable();
    expected.sort_unstable();
    assert_eq!(keys, expected);
}
