//! Open data: the tracker's facts as CSV and JSON in every language, with a JSON Schema for
//! each table and one zip of everything.
//!
//! A table is defined once ([`Table`]: its columns, their types and descriptions); the CSV, the
//! JSON, the schema and the data page's column list are all derived from that definition, so
//! they cannot disagree. Column names are stable English identifiers in every language; the
//! text in the cells is in the file's language (with its fallback, as on the pages). CSV files
//! start with a byte-order mark so spreadsheets read the accents right, and a cell that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is prefixed with `'`.

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::addresses::absolute;
use crate::content::Section;
use crate::copies::{Part, Zip};
use crate::i18n::Locales;
use crate::model::{Measure, Origin, Site};
use crate::output::{OutputFile, Sink};
use crate::present::Lens;

/// What a column holds.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Text,
    /// Text that may be empty.
    OptionalText,
    Number,
    OptionalNumber,
    /// Several slugs or codes; `;`-separated in CSV.
    List,
}

pub(crate) struct Column {
    pub(crate) name: &'static str,
    pub(crate) kind: Kind,
    /// The Fluent message that describes the column on the data page.
    pub(crate) message: &'static str,
}

const fn col(name: &'static str, kind: Kind, message: &'static str) -> Column {
    Column {
        name,
        kind,
        message,
    }
}

pub(crate) struct Table {
    pub(crate) name: &'static str,
    pub(crate) columns: &'static [Column],
}

use Kind::{List, Number, OptionalNumber, OptionalText, Text};

pub(crate) const TABLES: [Table; 6] = [
    Table {
        name: "commitments",
        columns: &[
            col("id", Text, "data-col-id"),
            col("title", Text, "data-col-title"),
            col("country", Text, "data-col-country"),
            col("country_name", Text, "data-col-country-name"),
            col("pillars", List, "data-col-pillars"),
            col("status", Text, "data-col-status"),
            col("status_label", Text, "data-col-status-label"),
            col("date", Text, "data-col-date"),
            col("last_update", OptionalText, "data-col-last-update"),
            col("meeting", OptionalText, "data-col-meeting"),
            col("url", Text, "data-col-url"),
        ],
    },
    Table {
        name: "updates",
        columns: &[
            col("commitment", Text, "data-col-commitment"),
            col("date", Text, "data-col-date"),
            col("status", Text, "data-col-status"),
            col("status_label", Text, "data-col-status-label"),
            col("note", Text, "data-col-note"),
            col("meeting", OptionalText, "data-col-meeting"),
            col("source", OptionalText, "data-col-source"),
            col("source_url", OptionalText, "data-col-source-url"),
        ],
    },
    Table {
        name: "indicator-values",
        columns: &[
            col("entry_type", Text, "data-col-entry-type"),
            col("entry", Text, "data-col-entry"),
            col("indicator", Text, "data-col-indicator"),
            col("indicator_title", Text, "data-col-indicator-title"),
            col("unit", Text, "data-col-unit"),
            col("kind", Text, "data-col-value-kind"),
            col("date", Text, "data-col-date"),
            col("value", Number, "data-col-value"),
        ],
    },
    Table {
        name: "meetings",
        columns: &[
            col("id", Text, "data-col-id"),
            col("title", Text, "data-col-title"),
            col("start", Text, "data-col-start"),
            col("end", OptionalText, "data-col-end"),
            col("place", OptionalText, "data-col-place"),
            col("countries", List, "data-col-countries"),
            col("url", Text, "data-col-url"),
        ],
    },
    Table {
        name: "recommendations",
        columns: &[
            col("id", Text, "data-col-id"),
            col("number", OptionalNumber, "data-col-number"),
            col("title", Text, "data-col-title"),
            col("theme", OptionalText, "data-col-theme"),
            col("source_type", Text, "data-col-source-type"),
            col("source", Text, "data-col-source"),
            col("date", Text, "data-col-date"),
            col("addressed_to", List, "data-col-addressed-to"),
            col("url", Text, "data-col-url"),
        ],
    },
    Table {
        name: "countries",
        columns: &[
            col("code", Text, "data-col-code"),
            col("name", Text, "data-col-name"),
            col("commitments", Number, "data-col-commitments"),
            col("completed", Number, "data-col-completed"),
            col("url", Text, "data-col-url"),
        ],
    },
];

/// A data file, for the data page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DataFile {
    pub(crate) lang: String,
    pub(crate) table: &'static str,
    pub(crate) format: &'static str,
    /// Path under the site's root.
    pub(crate) path: String,
    pub(crate) bytes: usize,
}

/// Every data file of every language, the schemas, and the zip of all of them, handed to
/// `out` as they are made; what the data page lists of them.
pub(crate) fn build(site: &Site, locales: &Locales, out: &dyn Sink) -> Vec<DataFile> {
    let schemas: Vec<OutputFile> = TABLES
        .iter()
        .map(|table| OutputFile::other(schema_path(table), schema(site, table).into_bytes()))
        .collect();
    let mut zip = Zip::new("data".to_owned());
    zip.add([zip.deflate(&schemas)]);
    schemas.into_iter().for_each(|file| out.put(file));
    let mut listed = Vec::new();
    for language in &site.config.languages {
        let lens = Lens::published(site, language, locales);
        let tables: Vec<(Part, Vec<DataFile>)> = TABLES
            .iter()
            .map(|table| {
                let rows = rows(&lens, table);
                let mut files = Vec::new();
                let mut data_files = Vec::new();
                for (format, bytes) in [("csv", csv(table, &rows)), ("json", json_file(&rows))] {
                    let path = file_path(&language.code, table, format);
                    data_files.push(DataFile {
                        lang: language.code.clone(),
                        table: table.name,
                        format,
                        path: path.clone(),
                        bytes: bytes.len(),
                    });
                    files.push(OutputFile::other(path, bytes));
                }
                let part = zip.deflate(&files);
                files.into_iter().for_each(|file| out.put(file));
                (part, data_files)
            })
            .collect();
        let (parts, data_files): (Vec<Part>, Vec<Vec<DataFile>>) = tables.into_iter().unzip();
        zip.add(parts);
        listed.extend(data_files.into_iter().flatten());
    }
    let zip = zip.finish();
    listed.push(DataFile {
        lang: String::new(),
        table: "all",
        format: "zip",
        path: ZIP.to_owned(),
        bytes: zip.len(),
    });
    out.put(OutputFile::other(ZIP.to_owned(), zip));
    listed
}

/// The zip of every data file and schema.
pub(crate) const ZIP: &str = "data/all.zip";

/// Where a table goes in a language and a format (`csv`, `json`).
fn file_path(lang: &str, table: &Table, format: &str) -> String {
    format!("{lang}/data/{}.{format}", table.name)
}

/// Every file [`build`] makes, without making them.
pub(crate) fn paths(site: &Site) -> Vec<String> {
    let mut paths: Vec<String> = TABLES.iter().map(schema_path).collect();
    for language in &site.config.languages {
        for table in &TABLES {
            paths.extend(["csv", "json"].map(|format| file_path(&language.code, table, format)));
        }
    }
    paths.push(ZIP.to_owned());
    paths
}

pub(crate) fn schema_path(table: &Table) -> String {
    format!("data/{}.schema.json", table.name)
}

/// One object per row, keyed by column name.
fn rows(lens: &Lens<'_>, table: &Table) -> Vec<Map<String, Value>> {
    let site = lens.site;
    let config = &site.config;
    let url = |section, slug: &str| absolute(site, lens.code(), &Lens::entry_path(section, slug));
    let text = |t: crate::present::Txt| Value::String(t.text);
    let values: Vec<Value> = match table.name {
        "commitments" => site
            .commitments
            .iter()
            .map(|c| {
                let f = &c.facts;
                let status = lens.status(f.status(config));
                json!([
                    c.slug,
                    text(lens.title(c)),
                    site.countries[f.country].slug,
                    text(lens.title(&site.countries[f.country])),
                    f.pillars
                        .iter()
                        .map(|&p| site.pillars[p].slug.clone())
                        .collect::<Vec<_>>(),
                    status.id,
                    status.label,
                    f.date.to_string(),
                    f.updates.last().map(|u| u.date.to_string()),
                    f.meeting.map(|m| site.meetings[m].slug.clone()),
                    url(Section::Commitments, &c.slug),
                ])
            })
            .collect(),
        "updates" => site
            .commitments
            .iter()
            .flat_map(|c| (0..c.facts.updates.len()).map(move |u| (c, u)))
            .map(|(c, u)| {
                let update = &c.facts.updates[u];
                let view = lens.update(&c.facts, u);
                json!([
                    c.slug,
                    update.date.to_string(),
                    view.status.id,
                    view.status.label,
                    view.note.text,
                    update.meeting.map(|m| site.meetings[m].slug.clone()),
                    update.source,
                    update.source_url,
                ])
            })
            .collect(),
        "indicator-values" => {
            let commitments = site
                .commitments
                .iter()
                .map(|c| ("commitment", &c.slug, &c.facts.indicators));
            let meetings = site
                .meetings
                .iter()
                .map(|m| ("meeting", &m.slug, &m.facts.indicators));
            commitments
                .chain(meetings)
                .flat_map(|(kind, slug, indicators)| {
                    indicators.iter().map(move |i| (kind, slug, i))
                })
                .flat_map(|(kind, slug, indicator)| {
                    let title = lens
                        .localized(&indicator.title)
                        .map_or_else(|| indicator.id.clone(), |t| t.text);
                    let Measure::Quantitative {
                        unit,
                        baseline,
                        target,
                        values,
                    } = &indicator.measure
                    else {
                        return Vec::new();
                    };
                    let labelled = baseline
                        .iter()
                        .map(|p| ("baseline", p))
                        .chain(values.iter().map(|p| ("value", p)))
                        .chain(target.iter().map(|p| ("target", p)));
                    labelled
                        .map(|(what, p)| {
                            json!([
                                kind,
                                slug,
                                indicator.id,
                                title,
                                unit,
                                what,
                                p.date.to_string(),
                                number(p.value)
                            ])
                        })
                        .collect()
                })
                .collect()
        }
        "meetings" => site
            .meetings
            .iter()
            .map(|m| {
                let f = &m.facts;
                json!([
                    m.slug,
                    text(lens.title(m)),
                    f.start.to_string(),
                    f.end.map(|d| d.to_string()),
                    lens.localized(&f.place).map(|t| t.text),
                    f.countries
                        .iter()
                        .map(|&c| site.countries[c].slug.clone())
                        .collect::<Vec<_>>(),
                    url(Section::Meetings, &m.slug),
                ])
            })
            .collect(),
        "recommendations" => site
            .recommendations
            .iter()
            .map(|r| {
                let f = &r.facts;
                let (source_type, source) = match f.origin {
                    Origin::Meeting(m) => ("meeting", &site.meetings[m].slug),
                    Origin::Document(p) => ("document", &site.pages[p].slug),
                };
                json!([
                    r.slug,
                    f.number,
                    text(lens.title(r)),
                    lens.localized(&f.theme).map(|t| t.text),
                    source_type,
                    source,
                    f.date.to_string(),
                    f.addressed_to
                        .iter()
                        .map(|&c| site.countries[c].slug.clone())
                        .collect::<Vec<_>>(),
                    url(Section::Recommendations, &r.slug),
                ])
            })
            .collect(),
        // "countries", the last of TABLES.
        _ => site
            .countries
            .enumerate()
            .map(|(i, country)| {
                let tally = lens.tally_of(&site.commitments_where(|c| c.country == i));
                let completed: usize = tally
                    .statuses
                    .iter()
                    .zip(&config.statuses)
                    .filter(|(_, s)| s.done)
                    .map(|(r, _)| r.count)
                    .sum();
                json!([
                    country.slug,
                    text(lens.title(country)),
                    tally.total,
                    completed,
                    url(Section::Countries, &country.slug)
                ])
            })
            .collect(),
    };
    values
        .into_iter()
        .map(|row| {
            let cells = row.as_array().cloned().unwrap_or_default();
            table
                .columns
                .iter()
                .map(|c| c.name.to_owned())
                .zip(cells)
                .collect()
        })
        .collect()
}

/// Whole numbers without a decimal point (870000000, not 870000000.0).
fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 9e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

fn json_file(rows: &[Map<String, Value>]) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(rows).expect("JSON values serialise");
    bytes.push(b'\n');
    bytes
}

fn csv(table: &Table, rows: &[Map<String, Value>]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let header: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    // Writing into memory cannot fail.
    writer.write_record(&header).expect("CSV into memory");
    for row in rows {
        let cells: Vec<String> = table
            .columns
            .iter()
            .map(|c| cell(row.get(c.name).unwrap_or(&Value::Null)))
            .collect();
        writer.write_record(&cells).expect("CSV into memory");
    }
    writer.into_inner().expect("CSV into memory")
}

/// A value as a spreadsheet cell: lists joined by `;`, numbers as written, and text that a
/// spreadsheet would run as a formula neutralised with a leading `'`.
fn cell(value: &Value) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    };
    match (value, text.chars().next()) {
        (Value::String(_), Some('=' | '+' | '-' | '@' | '\t' | '\r')) => format!("'{text}"),
        _ => text,
    }
}

/// A JSON Schema (2020-12) for one table's JSON file.
fn schema(site: &Site, table: &Table) -> String {
    let properties: Map<String, Value> = table
        .columns
        .iter()
        .map(|c| {
            let kind = match c.kind {
                Text => json!({ "type": "string" }),
                OptionalText => json!({ "type": ["string", "null"] }),
                Number => json!({ "type": "number" }),
                OptionalNumber => json!({ "type": ["number", "null"] }),
                List => json!({ "type": "array", "items": { "type": "string" } }),
            };
            (c.name.to_owned(), kind)
        })
        .collect();
    let required: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("{}{}", site.config.base_url, schema_path(table)),
        "title": table.name,
        "type": "array",
        "items": {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": false,
        },
    });
    serde_json::to_string_pretty(&schema).expect("JSON values serialise") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_run_as_formulas() {
        assert_eq!(cell(&json!("=HYPERLINK(\"x\")")), "'=HYPERLINK(\"x\")");
        assert_eq!(cell(&json!("-2")), "'-2");
        assert_eq!(cell(&json!(-2)), "-2");
        assert_eq!(cell(&json!(["cl", "pe"])), "cl;pe");
        assert_eq!(cell(&Value::Null), "");
    }
}
