//! `swivi import`: the open data's tables of commitments and updates, as CSV files or as a
//! workbook, read back into the content files, as an editor runs it.

mod common;

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use common::{Fixture, Run, walkdir};

/// 2024-11-30, the day every build and import of these tests runs on.
const DAY: u64 = 1_732_924_800;

const CANONICAL: &str = "content/commitments/cl-integration.md";
const TRANSLATION: &str = "content/commitments/cl-integration.es.md";

/// The base fixture, built, so that its open data is there to export.
fn exported() -> Fixture {
    let site = Fixture::base();
    let run = site.swivi_on(DAY, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

/// The open data's table `table` in `lang`, as the site published it.
fn table(site: &Fixture, lang: &str, table: &str) -> String {
    site.read(&format!("public/{lang}/data/{table}.csv"))
}

/// Every content file, by path.
fn content(site: &Fixture) -> BTreeMap<String, String> {
    walkdir(&site.root().join("content"))
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (
                p.strip_prefix(site.root()).unwrap().display().to_string(),
                text,
            )
        })
        .collect()
}

/// `swivi import` of `files` (names and bytes), saved in a folder of their own, with `args`.
fn import(site: &Fixture, files: &[(&str, Vec<u8>)], args: &[&str]) -> Run {
    let folder = tempfile::tempdir().unwrap();
    let mut words = vec!["import".to_owned()];
    for (name, bytes) in files {
        let path = folder.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        words.push(path.display().to_string());
    }
    words.extend(args.iter().map(|a| (*a).to_owned()));
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let run = site.swivi_on(DAY, &words);
    // Messages name the tables where the test saved them.
    let shown = format!("{}/", folder.path().display());
    Run {
        stdout: run.stdout.replace(&shown, ""),
        stderr: run.stderr.replace(&shown, ""),
        ..run
    }
}

fn csv(name: &'static str, text: String) -> (&'static str, Vec<u8>) {
    (name, text.into_bytes())
}

/// The two tables as CSV files.
fn tables(commitments: String, updates: String) -> [(&'static str, Vec<u8>); 2] {
    [
        csv("commitments.csv", commitments),
        csv("updates.csv", updates),
    ]
}

/// The import went through, saying `said`.
fn succeeded(run: &Run, said: &str) {
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, said);
}

#[test]
fn tables_exported_and_imported_unchanged_change_no_file() {
    let site = exported();
    let before = content(&site);
    for lang in ["fr", "es"] {
        let files = [
            csv("commitments.csv", table(&site, lang, "commitments")),
            csv("updates.csv", table(&site, lang, "updates")),
        ];
        let run = import(&site, &files, &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(
            run.stdout,
            "Nothing to change: the content already says what the tables say\n"
        );
    }
    assert_eq!(content(&site), before);
}

#[test]
fn changed_cells_are_written_in_their_files_and_nothing_else_moves() {
    let site = exported();
    let commitments = table(&site, "fr", "commitments")
        .replace(
            "Diriger le groupe sur l'intégration,",
            "Diriger le groupe sur l'intégration des migrants,",
        )
        .replace(",2022-10,,false,", ",2022-10,2026-06,false,");
    let mut updates = table(&site, "fr", "updates");
    updates.push_str(
        "cl-integration,2024-06-01,in-progress,,Le Chili a lancé le groupe.,,Compte rendu du groupe,https://example.org/compte-rendu,\n",
    );
    let run = import(&site, &tables(commitments, updates), &[]);
    succeeded(
        &run,
        "Changed content/commitments/cl-integration.md: title; due; update 2024-06-01 added\n",
    );
    assert_eq!(
        site.read(CANONICAL),
        "+++
title = \"Diriger le groupe sur l'intégration des migrants\"
country = \"cl\"
pillars = [\"stability-assistance\"]
date = \"2022-10\"
due = \"2026-06\"

[[updates]]
date = \"2023-05-09\"
status = \"not-assessed\"
note = \"Le Chili dirige le groupe sur l'intégration.\"
meeting = \"cam-2023-05-09\"

[[updates]]
date = \"2024-06-01\"
status = \"in-progress\"
note = \"Le Chili a lancé le groupe.\"
source = \"Compte rendu du groupe\"
source_url = \"https://example.org/compte-rendu\"
+++
Le Chili dirige le groupe sur l'intégration et le soutien des communautés d'accueil.
"
    );
    let check = site.swivi_on(DAY, &["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    // The new status shows in the open data the next build publishes.
    let build = site.swivi_on(DAY, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(table(&site, "fr", "commitments").contains(",in-progress,En cours,2022-10,2026-06,"));
}

#[test]
fn a_dry_run_says_what_would_change_and_writes_nothing() {
    let site = exported();
    let before = content(&site);
    let commitments =
        table(&site, "fr", "commitments").replace(",2022-10,,false,", ",2023,,false,");
    let run = import(
        &site,
        &[csv("commitments.csv", commitments)],
        &["--dry-run"],
    );
    succeeded(
        &run,
        "Would change content/commitments/cl-integration.md: date\n",
    );
    assert_eq!(content(&site), before);
}

#[test]
fn a_new_commitment_is_written_with_its_updates() {
    let site = exported();
    let mut commitments = table(&site, "fr", "commitments");
    commitments.push_str("co-visas,Délivrer des visas humanitaires,co,,emergency-response,,,2023-03,2025,,Chancellerie;Migración Colombia,,,\n");
    let mut updates = table(&site, "fr", "updates");
    updates
        .push_str("co-visas,2023-05-09,in-progress,,La Colombie a commencé.,cam-2023-05-09,,,\n");
    let run = import(&site, &tables(commitments, updates), &[]);
    succeeded(
        &run,
        "Wrote content/commitments/co-visas.md: a new commitment; update 2023-05-09 added\n",
    );
    assert_eq!(
        site.read("content/commitments/co-visas.md"),
        "+++
title = \"Délivrer des visas humanitaires\"
country = \"co\"
pillars = [\"emergency-response\"]
date = \"2023-03\"
due = \"2025\"
responsible = [\"Chancellerie\", \"Migración Colombia\"]

[[updates]]
date = \"2023-05-09\"
status = \"in-progress\"
note = \"La Colombie a commencé.\"
meeting = \"cam-2023-05-09\"
+++
"
    );
    let build = site.swivi_on(DAY, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = site.read("public/fr/commitments/co-visas/index.html");
    assert!(page.contains("Délivrer des visas humanitaires"), "{page}");
}

#[test]
fn a_table_in_another_language_writes_the_translation() {
    let site = exported();
    let canonical = site.read(CANONICAL);
    let commitments = table(&site, "es", "commitments").replace(
        "Dirigir el grupo sobre integración,",
        "Dirigir el grupo de integración,",
    );
    let updates = table(&site, "es", "updates").replace(
        "Chile dirige el grupo sobre integración.",
        "Chile dirige el grupo de integración.",
    );
    let run = import(&site, &tables(commitments, updates), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The language is that of the tables' addresses: the Spanish pages.
    assert_eq!(
        run.stdout,
        "Changed content/commitments/cl-integration.es.md: title; update 2023-05-09: note\n"
    );
    assert_eq!(
        site.read(TRANSLATION),
        "+++
title = \"Dirigir el grupo de integración\"
unofficial = true

[[updates]]
date = \"2023-05-09\"
note = \"Chile dirige el grupo de integración.\"
+++
"
    );
    assert_eq!(site.read(CANONICAL), canonical);
}

#[test]
fn every_mistake_is_reported_at_its_cell_and_nothing_is_written() {
    let site = exported();
    let before = content(&site);
    let commitments = table(&site, "fr", "commitments")
        .replace("id,title,", "id,titel,")
        .replace(",cl,Chili,stability-assistance,", ",cx,Chili,stability,")
        + "New One,Un engagement,co,,,,,2023-02-30,,,,,,\n";
    let updates = table(&site, "fr", "updates").replace(",not-assessed,", ",assessed,")
        + "cl-integraton,2024-01-01,in-progress,,Note.,,Source,,\n\
           cl-integration,2024-02-01,in-progress,,Note.,,,ftp://example.org,\n";
    let run = import(&site, &tables(commitments, updates), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: `titel`: `titel` is not a column of the open data's commitments
  ┌─ commitments.csv:1:4
  │
1 │ id,titel,country,country_name,pillars,status,status_label,date,due,overdue,responsible,last_update,meeting,url
  │    ^^^^^ in column `titel`
  │
  = help: did you mean `title`?

error: `country`: there is no country `cx`
  ┌─ commitments.csv:2:52
  │
2 │ cl-integration,Diriger le groupe sur l'intégration,cx,Chili,stability,not-assessed,Non évalué,2022-10,,false,,2023-05-09,,https://example.org/fr/commitments/cl-integration/
  │                                                    ^^ in column `country`
  │
  = help: did you mean `cl`?

error: `pillars`: there is no pillar `stability`
  ┌─ commitments.csv:2:61
  │
2 │ cl-integration,Diriger le groupe sur l'intégration,cx,Chili,stability,not-assessed,Non évalué,2022-10,,false,,2023-05-09,,https://example.org/fr/commitments/cl-integration/
  │                                                             ^^^^^^^^^ in column `pillars`
  │
  = help: the pillars of this site are `stability-assistance`, `emergency-response`

error: `id`: `New One` is not a valid id
  ┌─ commitments.csv:3:1
  │
3 │ New One,Un engagement,co,,,,,2023-02-30,,,,,,
  │ ^^^^^^^ in column `id`
  │
  = help: use lower-case letters, digits and single hyphens, e.g. `cl-integration`; it names the commitment's file and page

error: the new commitment `New One` has no `title`
  ┌─ commitments.csv:3:1
  │
3 │ New One,Un engagement,co,,,,,2023-02-30,,,,,,
  │ ^^^^^^^
  │
  = help: add a `title` column to the table

error: `date`: `2023-02-30` is not a date: that month has 28 days
  ┌─ commitments.csv:3:30
  │
3 │ New One,Un engagement,co,,,,,2023-02-30,,,,,,
  │                              ^^^^^^^^^^ in column `date`

error: `status`: `assessed` is not a status of this site
  ┌─ updates.csv:2:27
  │
2 │ cl-integration,2023-05-09,assessed,Non évalué,Le Chili dirige le groupe sur l'intégration.,cam-2023-05-09,,,
  │                           ^^^^^^^^ in column `status`
  │
  = help: the statuses of this site are `not-assessed`, `not-started`, `in-progress`, `completed`, `stalled`

error: `commitment`: there is no commitment `cl-integraton`
  ┌─ updates.csv:3:1
  │
3 │ cl-integraton,2024-01-01,in-progress,,Note.,,Source,,
  │ ^^^^^^^^^^^^^ in column `commitment`
  │
  = help: did you mean `cl-integration`?

error: `source`: the update of `cl-integration` dated 2024-02-01 has no source
  ┌─ updates.csv:4:47
  │
4 │ cl-integration,2024-02-01,in-progress,,Note.,,,ftp://example.org,
  │                                               ^ in column `source`
  │
  = help: give its `meeting` or its `source` (a document's title), so that readers can check it

error: `source_url`: `ftp://example.org` is not a web address
  ┌─ updates.csv:4:48
  │
4 │ cl-integration,2024-02-01,in-progress,,Note.,,,ftp://example.org,
  │                                                ^^^^^^^^^^^^^^^^^ in column `source_url`
  │
  = help: write the full address, as the browser shows it, starting with https://

Nothing was imported: 10 problems in the tables; every file is as it was.
"
    );
    assert_eq!(content(&site), before);
}

#[test]
fn a_column_the_site_works_out_must_say_what_the_site_says() {
    let site = exported();
    let before = content(&site);
    // A status changed where it is only shown: the commitment's latest update sets it.
    let commitments = table(&site, "fr", "commitments")
        .replace(",not-assessed,Non évalué,", ",completed,Non évalué,");
    let run = import(&site, &[csv("commitments.csv", commitments)], &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: `status`: the site works this column out, and says `not-assessed` here, not `completed`
  ┌─ commitments.csv:2:82
"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("= help: a commitment's status is that of its latest update: add a row to the updates table to change it; or leave the cell empty"),
        "{}",
        run.stderr
    );
    assert_eq!(content(&site), before);
    // Reported with the tables' other problems, in the same run.
    let commitments = table(&site, "fr", "commitments")
        .replace(",not-assessed,Non évalué,", ",completed,Non évalué,")
        + "co-new,Un engagement,cx,,,,,2023-03,,,,,,\n";
    let run = import(&site, &[csv("commitments.csv", commitments)], &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: `status`: the site works this column out")
            && run
                .stderr
                .contains("error: `country`: there is no country `cx`")
            && run.stderr.ends_with(
                "Nothing was imported: 2 problems in the tables; every file is as it was.\n"
            ),
        "{}",
        run.stderr
    );
    // With the update that sets it, the same cell says what the site will say.
    let commitments = table(&site, "fr", "commitments")
        .replace(",not-assessed,Non évalué,", ",completed,Réalisé,");
    let updates = table(&site, "fr", "updates")
        + "cl-integration,2024-06-01,completed,Réalisé,Le groupe a rendu son rapport.,,Rapport du groupe,,\n";
    let run = import(&site, &tables(commitments, updates), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_changed_date_is_not_taken_for_a_new_update() {
    let site = exported();
    let before = content(&site);
    let updates = table(&site, "fr", "updates")
        .replace("cl-integration,2023-05-09,", "cl-integration,2023-05-10,");
    let run = import(&site, &[csv("updates.csv", updates)], &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("error: `date`: this row adds an update of `cl-integration` dated 2023-05-10, and the table leaves out its update of 2023-05-09\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("run `swivi redate <its file> 2023-05-09 2023-05-10`"),
        "{}",
        run.stderr
    );
    assert_eq!(content(&site), before);
}

#[test]
fn tables_that_would_break_the_site_write_nothing() {
    let site = exported();
    let before = content(&site);
    // A commitment dated after its update, which the table leaves as it is: the site's own
    // check refuses it, at the update in the file as the import would write it.
    let commitments =
        table(&site, "fr", "commitments").replace(",2022-10,,false,", ",2024-01,,false,");
    let run = import(&site, &[csv("commitments.csv", commitments)], &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: an update dated 2023-05-09 comes before the commitment (2024-01)\n  ┌─ content/commitments/cl-integration.md:"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with(
            "error: with these tables, the site would not pass `swivi check`
  = help: the files above are as the import would write them; correct the tables
Nothing was imported: every file is as it was.
"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(content(&site), before);
}

/// A workbook's cell, as a spreadsheet holds what it read from a CSV file: dates (a month
/// becomes its first day), numbers and flags as values, the rest as text.
enum Value {
    Text(String),
    Number(f64),
    Date(i64, u32, u32),
    Flag(bool),
}

fn spreadsheet_value(cell: &str) -> Value {
    let numbers: Vec<&str> = cell.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match numbers.as_slice() {
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            Value::Date(y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap())
        }
        [y, m] if digits(y, 4) && digits(m, 2) => {
            Value::Date(y.parse().unwrap(), m.parse().unwrap(), 1)
        }
        _ if cell == "true" || cell == "false" => Value::Flag(cell == "true"),
        _ => match cell.parse::<f64>() {
            Ok(n) if !cell.is_empty() => Value::Number(n),
            _ => Value::Text(cell.to_owned()),
        },
    }
}

/// The rows of a CSV file, as a spreadsheet opens it.
fn rows_of(text: &str) -> Vec<Vec<Value>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(spreadsheet_value).collect())
        .collect()
}

/// Days from 1970-01-01 (Howard Hinnant's `days_from_civil`).
fn days(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn zip(files: &[(&str, String)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in files {
        writer.start_file(*name, stored).unwrap();
        writer.write_all(text.as_bytes()).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// An XLSX workbook with a sheet for each table, written as Excel writes dates (a serial
/// number in a date style), numbers and flags.
fn xlsx(sheets: &[(&str, Vec<Vec<Value>>)]) -> Vec<u8> {
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PACKAGE: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
    let mut files = Vec::new();
    let mut overrides = String::new();
    let mut listed = String::new();
    let mut relations = String::new();
    for (n, (name, rows)) in sheets.iter().enumerate() {
        let n = n + 1;
        let mut data = String::new();
        for (r, row) in rows.iter().enumerate() {
            data.push_str(&format!("<row r=\"{}\">", r + 1));
            for (c, value) in row.iter().enumerate() {
                let at = format!("{}{}", char::from(b'A' + c as u8), r + 1);
                data.push_str(&match value {
                    Value::Text(t) if t.is_empty() => String::new(),
                    Value::Text(t) => format!(
                        "<c r=\"{at}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
                        escape(t)
                    ),
                    Value::Number(x) => format!("<c r=\"{at}\"><v>{x}</v></c>"),
                    Value::Flag(b) => format!("<c r=\"{at}\" t=\"b\"><v>{}</v></c>", u8::from(*b)),
                    Value::Date(y, m, d) => format!(
                        "<c r=\"{at}\" s=\"1\"><v>{}</v></c>",
                        days(*y, *m, *d) - days(1899, 12, 30)
                    ),
                });
            }
            data.push_str("</row>");
        }
        files.push((
            format!("xl/worksheets/sheet{n}.xml"),
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{MAIN}\"><sheetData>{data}</sheetData></worksheet>"),
        ));
        overrides.push_str(&format!("<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
        listed.push_str(&format!(
            "<sheet name=\"{name}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>"
        ));
        relations.push_str(&format!("<Relationship Id=\"rId{n}\" Type=\"{RELS}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"));
    }
    files.push((
        "[Content_Types].xml".to_owned(),
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>{overrides}</Types>"),
    ));
    files.push((
        "_rels/.rels".to_owned(),
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{PACKAGE}\"><Relationship Id=\"rId1\" Type=\"{RELS}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
    ));
    files.push((
        "xl/workbook.xml".to_owned(),
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{MAIN}\" xmlns:r=\"{RELS}\"><sheets>{listed}</sheets></workbook>"),
    ));
    relations.push_str(&format!(
        "<Relationship Id=\"rIdStyles\" Type=\"{RELS}/styles\" Target=\"styles.xml\"/>"
    ));
    files.push((
        "xl/_rels/workbook.xml.rels".to_owned(),
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{PACKAGE}\">{relations}</Relationships>"),
    ));
    // Style 1 is Excel's built-in short date (number format 14).
    files.push((
        "xl/styles.xml".to_owned(),
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{MAIN}\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"),
    ));
    let files: Vec<(&str, String)> = files.iter().map(|(n, t)| (n.as_str(), t.clone())).collect();
    zip(&files)
}

/// An ODS workbook with a sheet for each table, written as LibreOffice writes dates, numbers
/// and flags.
fn ods(sheets: &[(&str, Vec<Vec<Value>>)]) -> Vec<u8> {
    let mut tables = String::new();
    for (name, rows) in sheets {
        tables.push_str(&format!("<table:table table:name=\"{name}\">"));
        for row in rows {
            tables.push_str("<table:table-row>");
            for value in row {
                tables.push_str(&match value {
                    Value::Text(t) if t.is_empty() => "<table:table-cell/>".to_owned(),
                    Value::Text(t) => format!("<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>", escape(t)),
                    Value::Number(x) => format!("<table:table-cell office:value-type=\"float\" office:value=\"{x}\"><text:p>{x}</text:p></table:table-cell>"),
                    Value::Flag(b) => format!("<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"{b}\"><text:p>{}</text:p></table:table-cell>", if *b { "VRAI" } else { "FAUX" }),
                    Value::Date(y, m, d) => format!("<table:table-cell office:value-type=\"date\" office:date-value=\"{y:04}-{m:02}-{d:02}\"><text:p>{d:02}/{m:02}/{y:04}</text:p></table:table-cell>"),
                });
            }
            tables.push_str("</table:table-row>");
        }
        tables.push_str("</table:table>");
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    zip(&[
        (
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet".to_owned(),
        ),
        ("META-INF/manifest.xml", manifest.to_owned()),
        ("content.xml", content),
    ])
}

#[test]
fn a_workbook_made_from_the_open_data_imports_like_its_tables() {
    let site = exported();
    let before = content(&site);
    for (name, make) in [
        (
            "tracker.xlsx",
            xlsx as fn(&[(&str, Vec<Vec<Value>>)]) -> Vec<u8>,
        ),
        ("tracker.ods", ods),
    ] {
        let sheets = [
            ("commitments", rows_of(&table(&site, "fr", "commitments"))),
            ("updates", rows_of(&table(&site, "fr", "updates"))),
        ];
        // Dates, months, flags and numbers are the spreadsheet's own values: the same facts.
        let run = import(&site, &[(name, make(&sheets))], &[]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        assert_eq!(
            run.stdout, "Nothing to change: the content already says what the tables say\n",
            "{name}"
        );
        assert_eq!(content(&site), before, "{name}");
    }
    // A change in a workbook is written as from a CSV file; a mistake is shown at its cell.
    let changed =
        table(&site, "fr", "commitments").replace(",2022-10,,false,", ",2022-10,2027-01-15,false,");
    let wrong = table(&site, "fr", "updates").replace(",not-assessed,", ",unknown,");
    let run = import(
        &site,
        &[(
            "tracker.ods",
            ods(&[
                ("commitments", rows_of(&changed)),
                ("updates", rows_of(&wrong)),
            ]),
        )],
        &[],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: tracker.ods, sheet `updates`, cell C2 (`status`): `unknown` is not a status of this site
 = help: the statuses of this site are `not-assessed`, `not-started`, `in-progress`, `completed`, `stalled`

Nothing was imported: 1 problem in the tables; every file is as it was.
"
    );
    let run = import(
        &site,
        &[("tracker.xlsx", xlsx(&[("commitments", rows_of(&changed))]))],
        &[],
    );
    succeeded(&run, "Changed content/commitments/cl-integration.md: due\n");
    assert!(
        site.read(CANONICAL)
            .contains("\ndate = \"2022-10\"\ndue = \"2027-01-15\"\n")
    );
}

#[test]
fn institutions_in_another_language_are_translated_one_for_one() {
    let site = Fixture::base();
    let canonical = site.read(CANONICAL).replace(
        "date = \"2022-10\"\n",
        "date = \"2022-10\"\nresponsible = [\"Ministère de l'Intérieur\", \"Service national des migrations\"]\n",
    );
    site.write(CANONICAL, &canonical);
    let build = site.swivi_on(DAY, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let exported = table(&site, "es", "commitments");
    let one = exported.replace(
        "Ministère de l'Intérieur;Service national des migrations",
        "Ministerio del Interior",
    );
    let run = import(&site, &[csv("commitments.csv", one)], &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: `responsible`: 1 institution given, where the fr text names 2\n"),
        "{}",
        run.stderr
    );
    let both = exported.replace(
        "Ministère de l'Intérieur;Service national des migrations",
        "Ministerio del Interior; Servicio Nacional de Migraciones",
    );
    let run = import(&site, &[csv("commitments.csv", both)], &[]);
    succeeded(
        &run,
        "Changed content/commitments/cl-integration.es.md: responsible\n",
    );
    assert!(site.read(TRANSLATION).starts_with(
        "+++\ntitle = \"Dirigir el grupo sobre integración\"\nunofficial = true\nresponsible = [\"Ministerio del Interior\", \"Servicio Nacional de Migraciones\"]\n"
    ), "{}", site.read(TRANSLATION));
    assert_eq!(site.read(CANONICAL), canonical);
}

/// `text`, a CSV file, as a spreadsheet saves it where the comma is the decimal mark.
fn with_semicolons(text: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    for record in reader.records() {
        writer.write_record(&record.unwrap()).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

#[test]
fn a_csv_file_saved_with_semicolons_reads_the_same() {
    let site = exported();
    let before = content(&site);
    let commitments = with_semicolons(&table(&site, "fr", "commitments"));
    let updates = with_semicolons(&table(&site, "fr", "updates"));
    let run = import(&site, &tables(commitments.clone(), updates), &[]);
    succeeded(
        &run,
        "Nothing to change: the content already says what the tables say\n",
    );
    assert_eq!(content(&site), before);
    let wrong = commitments.replace(";cl;Chili;", ";cx;Chili;");
    let run = import(&site, &[csv("commitments.csv", wrong)], &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: `country`: there is no country `cx`\n  ┌─ commitments.csv:2:52\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn dates_that_cannot_be_are_refused_at_their_cells() {
    let site = exported();
    let before = content(&site);
    let commitments = table(&site, "fr", "commitments")
        .replace(",2022-10,,false,", ",2022-10,2021,false,")
        + "co-later,Un engagement,co,,,,,2025-01,,,,,,\n";
    let updates = table(&site, "fr", "updates")
        + "cl-integration,2021-01-05,in-progress,,Trop tôt.,,Source,,\n\
           cl-integration,2025-01-05,in-progress,,Trop tard.,,Source,,\n";
    let run = import(&site, &tables(commitments, updates), &[]);
    assert_eq!(run.code, 1);
    for (problem, at) in [
        (
            "error: `due`: the due date 2021 comes before the commitment (2022-10)",
            "commitments.csv:2:",
        ),
        (
            "error: `date`: the commitment dated 2025-01 comes after the day of the build (2024-11-30)",
            "commitments.csv:3:",
        ),
        (
            "error: `date`: an update dated 2021-01-05 comes before the commitment (2022-10)",
            "updates.csv:3:",
        ),
        (
            "error: `date`: an update dated 2025-01-05 comes after the day of the build (2024-11-30)",
            "updates.csv:4:",
        ),
    ] {
        let found = run
            .stderr
            .find(problem)
            .unwrap_or_else(|| panic!("{problem}\n{}", run.stderr));
        assert!(
            run.stderr[found..].lines().nth(1).unwrap().contains(at),
            "{at}\n{}",
            run.stderr
        );
    }
    assert!(
        run.stderr.ends_with(
            "Nothing was imported: 4 problems in the tables; every file is as it was.\n"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(content(&site), before);
}
