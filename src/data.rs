//! Open data: the tracker's facts as CSV and JSON in every language, with a JSON Schema for
//! each table and one zip of everything.
//!
//! A table is defined once ([`Table`]: its columns, their types and descriptions); the CSV, the
//! JSON, the schema and the data page's column list are all derived from that definition, so
//! they cannot disagree. Its rows are a struct whose fields are those columns, typed as they
//! say, and a test holds every row of the example to the columns and the schema. Column names
//! are stable English identifiers in every language; the text in the cells is in the file's
//! language (with its fallback, as on the pages). CSV files start with a byte-order mark so
//! spreadsheets read the accents right, and a cell that a spreadsheet would run as a formula
//! (`=`, `+`, `-`, `@`) is prefixed with `'`.

use std::marker::PhantomData;

use serde::{Serialize, Serializer};
use serde_json::{Map, Value, json};

use crate::addresses::{PageId, absolute, data_file, data_package, data_schema, data_zip};
use crate::cache::Memo;
use crate::content::Section;
use crate::copies::{Part, Zip};
use crate::i18n::Locales;
use crate::model::{Cited, Indicator, Measure, Origin, Site};
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
    /// Several slugs, codes or names; `;`-separated in CSV.
    List,
    /// True or false (`true`, `false` in CSV).
    Flag,
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
    /// Its rows, made by one [`Row`] struct.
    rows: &'static dyn Rows,
}

use Kind::{Flag, List, Number, OptionalNumber, OptionalText, Text};

pub(crate) const TABLES: [Table; 10] = [
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
            col("due", OptionalText, "data-col-due"),
            col("overdue", Flag, "data-col-overdue"),
            col("responsible", List, "data-col-responsible"),
            col("last_update", OptionalText, "data-col-last-update"),
            col("meeting", OptionalText, "data-col-meeting"),
            col("url", Text, "data-col-url"),
        ],
        rows: &Typed::<CommitmentRow>::ROWS,
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
            col("by", OptionalText, "data-col-by"),
        ],
        rows: &Typed::<UpdateRow>::ROWS,
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
            col("meeting", OptionalText, "data-col-meeting"),
            col("source", OptionalText, "data-col-source"),
            col("source_url", OptionalText, "data-col-source-url"),
        ],
        rows: &Typed::<IndicatorValueRow>::ROWS,
    },
    Table {
        name: "milestones",
        columns: &[
            col("entry_type", Text, "data-col-entry-type"),
            col("entry", Text, "data-col-entry"),
            col("indicator", Text, "data-col-indicator"),
            col("indicator_title", Text, "data-col-indicator-title"),
            col("date", Text, "data-col-date"),
            col("note", Text, "data-col-milestone-note"),
            col("meeting", OptionalText, "data-col-meeting"),
            col("source", OptionalText, "data-col-source"),
            col("source_url", OptionalText, "data-col-source-url"),
        ],
        rows: &Typed::<MilestoneRow>::ROWS,
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
        rows: &Typed::<MeetingRow>::ROWS,
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
        rows: &Typed::<RecommendationRow>::ROWS,
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
        rows: &Typed::<CountryRow>::ROWS,
    },
    Table {
        name: "pillars",
        columns: &[
            col("id", Text, "data-col-id"),
            col("number", Number, "data-col-pillar-number"),
            col("title", Text, "data-col-title"),
            col("commitments", Number, "data-col-commitments"),
            col("completed", Number, "data-col-completed"),
            col("url", Text, "data-col-url"),
        ],
        rows: &Typed::<PillarRow>::ROWS,
    },
    Table {
        name: "organisations",
        columns: &[
            col("id", Text, "data-col-id"),
            col("name", Text, "data-col-name"),
            col("kind", Text, "data-col-organisation-kind"),
            col("website", OptionalText, "data-col-website"),
            col("assessed", Number, "data-col-assessed"),
            col("url", Text, "data-col-url"),
        ],
        rows: &Typed::<OrganisationRow>::ROWS,
    },
    Table {
        name: "commitment-recommendations",
        columns: &[
            col("commitment", Text, "data-col-commitment"),
            col("recommendation", Text, "data-col-recommendation"),
        ],
        rows: &Typed::<AnswerRow>::ROWS,
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
/// `out` as they are made; what the data page lists of them. The zip's parts are taken from
/// `memo` when an earlier build deflated the same files.
pub(crate) fn build(site: &Site, locales: &Locales, memo: &Memo, out: &dyn Sink) -> Vec<DataFile> {
    let schemas: Vec<OutputFile> = TABLES
        .iter()
        .map(|table| OutputFile::other(data_schema(table.name), schema(site, table).into_bytes()))
        .collect();
    let mut zip = Zip::new("data".to_owned());
    zip.add([zip.deflate(&schemas, memo)]);
    schemas.into_iter().for_each(|file| out.put(file));
    let mut listed = Vec::new();
    for language in &site.config.languages {
        let lens = Lens::published(site, language, locales);
        let tables: Vec<(Part, Vec<DataFile>)> = TABLES
            .iter()
            .map(|table| {
                let rows = table.rows.objects(&lens);
                let mut files = Vec::new();
                let mut data_files = Vec::new();
                for (format, bytes) in [("csv", csv(table, &rows)), ("json", json_file(&rows))] {
                    let path = data_file(&language.code, table.name, format);
                    data_files.push(DataFile {
                        lang: language.code.clone(),
                        table: table.name,
                        format,
                        path: path.clone(),
                        bytes: bytes.len(),
                    });
                    files.push(OutputFile::other(path, bytes));
                }
                let part = zip.deflate(&files, memo);
                files.into_iter().for_each(|file| out.put(file));
                (part, data_files)
            })
            .collect();
        let (mut parts, data_files): (Vec<Part>, Vec<Vec<DataFile>>) = tables.into_iter().unzip();
        let package = OutputFile::other(data_package(&language.code), datapackage(&lens));
        parts.push(zip.deflate(std::slice::from_ref(&package), memo));
        out.put(package);
        zip.add(parts);
        listed.extend(data_files.into_iter().flatten());
    }
    let zip = zip.finish();
    listed.push(DataFile {
        lang: String::new(),
        table: "all",
        format: "zip",
        path: data_zip(),
        bytes: zip.len(),
    });
    out.put(OutputFile::other(data_zip(), zip));
    listed
}

/// Every file [`build`] makes, without making them.
pub(crate) fn paths(site: &Site) -> Vec<String> {
    let packages = site.config.languages.iter().map(|l| data_package(&l.code));
    TABLES
        .iter()
        .map(|t| data_schema(t.name))
        .chain(unmade(site).into_iter().map(|file| file.path))
        .chain(packages)
        .collect()
}

/// A language's Frictionless Data Package descriptor (https://specs.frictionlessdata.io/),
/// beside the CSV files it describes: each table a resource, each column a field typed as
/// its JSON is and described in the language, so that tools read the tables without guessing.
fn datapackage(lens: &Lens<'_>) -> Vec<u8> {
    let site = lens.site;
    let resources: Vec<Value> = TABLES
        .iter()
        .map(|table| {
            let fields: Vec<Value> = table
                .columns
                .iter()
                .map(|c| {
                    let (kind, required) = match c.kind {
                        Text => ("string", true),
                        OptionalText | List => ("string", false),
                        Number => ("number", true),
                        OptionalNumber => ("number", false),
                        Flag => ("boolean", true),
                    };
                    json!({
                        "name": c.name,
                        "type": kind,
                        "description": lens.locale.text(c.message),
                        "constraints": { "required": required },
                    })
                })
                .collect();
            json!({
                "name": table.name,
                "title": lens.locale.text(&format!("data-table-{}", table.name)),
                "path": format!("{}.csv", table.name),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": { "fields": fields, "missingValues": [""] },
            })
        })
        .collect();
    let mut package = json!({
        "profile": "tabular-data-package",
        "name": format!("open-data-{}", lens.code().to_lowercase()),
        "title": lens.locale.text("site-title"),
        "homepage": absolute(site, lens.code(), &PageId::Data.path(site)),
        "resources": resources,
    });
    if let Some(licence) = &site.config.data_licence
        && let Some(url) = &licence.url
    {
        package["licenses"] = json!([{ "title": licence.name, "path": url }]);
    }
    let mut bytes = serde_json::to_vec_pretty(&package).expect("JSON values serialise");
    bytes.push(b'\n');
    bytes
}

/// What the data page lists of [`build`]'s files, without making them, so with no size:
/// what `swivi check` renders the page with.
pub(crate) fn unmade(site: &Site) -> Vec<DataFile> {
    let mut listed: Vec<DataFile> = site
        .config
        .languages
        .iter()
        .flat_map(|language| {
            TABLES.iter().flat_map(|table| {
                ["csv", "json"].map(|format| DataFile {
                    lang: language.code.clone(),
                    table: table.name,
                    format,
                    path: data_file(&language.code, table.name, format),
                    bytes: 0,
                })
            })
        })
        .collect();
    listed.push(DataFile {
        lang: String::new(),
        table: "all",
        format: "zip",
        path: data_zip(),
        bytes: 0,
    });
    listed
}

/// One row of a table: a struct whose fields are the table's columns, in the columns' order,
/// each of the Rust type its [`Kind`] says. The test below holds every table to that.
trait Row: Serialize + Sized {
    /// The table's rows in a language.
    fn all(lens: &Lens<'_>) -> Vec<Self>;
}

/// A table's rows whatever their struct, for [`Table`], which cannot name a type.
trait Rows: Sync {
    /// One object per row, keyed by column name. serde_json's map keeps its keys sorted, so
    /// the JSON files list each row's fields alphabetically, as they always have.
    fn objects(&self, lens: &Lens<'_>) -> Vec<Map<String, Value>>;

    /// Each row as JSON with its fields in the struct's order, which `objects` loses.
    #[cfg(test)]
    fn in_order(&self, lens: &Lens<'_>) -> Vec<String>;
}

/// The rows of one [`Row`] struct; `fn() -> R` keeps it `Sync` whatever `R` holds.
struct Typed<R>(PhantomData<fn() -> R>);

impl<R> Typed<R> {
    const ROWS: Self = Typed(PhantomData);
}

impl<R: Row> Rows for Typed<R> {
    fn objects(&self, lens: &Lens<'_>) -> Vec<Map<String, Value>> {
        R::all(lens)
            .iter()
            .map(|row| match serde_json::to_value(row) {
                Ok(Value::Object(object)) => object,
                // A derived Serialize of a struct of strings, numbers and lists always
                // makes an object.
                _ => unreachable!("a row serialises as an object"),
            })
            .collect()
    }

    #[cfg(test)]
    fn in_order(&self, lens: &Lens<'_>) -> Vec<String> {
        R::all(lens)
            .iter()
            .map(|row| serde_json::to_string(row).expect("rows serialise"))
            .collect()
    }
}

/// A row of `commitments`.
#[derive(Serialize)]
struct CommitmentRow {
    id: String,
    title: String,
    country: String,
    country_name: String,
    pillars: Vec<String>,
    status: String,
    status_label: String,
    date: String,
    due: Option<String>,
    overdue: bool,
    responsible: Vec<String>,
    last_update: Option<String>,
    meeting: Option<String>,
    url: String,
}

impl Row for CommitmentRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        site.commitments
            .iter()
            .map(|c| {
                let f = &c.facts;
                let status = lens.status(f.status(&site.config));
                CommitmentRow {
                    id: c.slug.clone(),
                    title: lens.title(c).text,
                    country: site.countries[f.country].slug.clone(),
                    country_name: lens.title(&site.countries[f.country]).text,
                    pillars: f
                        .pillars
                        .iter()
                        .map(|&p| site.pillars[p].slug.clone())
                        .collect(),
                    status: status.id,
                    status_label: status.label,
                    date: f.date.to_string(),
                    due: f.due.map(|due| due.to_string()),
                    overdue: lens.overdue(f),
                    responsible: f
                        .responsible
                        .iter()
                        .filter_map(|r| lens.localized(r))
                        .map(|r| r.text)
                        .collect(),
                    last_update: f.updates.last().map(|u| u.date.to_string()),
                    meeting: f.meeting.map(|m| site.meetings[m].slug.clone()),
                    url: url(lens, Section::Commitments, &c.slug),
                }
            })
            .collect()
    }
}

/// A row of `updates`: one per update of every commitment.
#[derive(Serialize)]
struct UpdateRow {
    commitment: String,
    date: String,
    status: String,
    status_label: String,
    note: String,
    meeting: Option<String>,
    source: Option<String>,
    source_url: Option<String>,
    by: Option<String>,
}

impl Row for UpdateRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        site.commitments
            .iter()
            .flat_map(|c| (0..c.facts.updates.len()).map(move |u| (c, u)))
            .map(|(c, u)| {
                let update = &c.facts.updates[u];
                let view = lens.update(&c.facts, u);
                UpdateRow {
                    commitment: c.slug.clone(),
                    date: update.date.to_string(),
                    status: view.status.id,
                    status_label: view.status.label,
                    note: view.note.text,
                    meeting: update.meeting.map(|m| site.meetings[m].slug.clone()),
                    source: update.source.clone(),
                    source_url: update.source_url.clone(),
                    by: update.by.map(|by| site.organisations[by].slug.clone()),
                }
            })
            .collect()
    }
}

/// A row of `indicator-values`: one per baseline, value and target of every quantitative
/// indicator of a commitment or a meeting.
#[derive(Serialize)]
struct IndicatorValueRow {
    entry_type: String,
    entry: String,
    indicator: String,
    indicator_title: String,
    unit: String,
    kind: String,
    date: String,
    value: Amount,
    meeting: Option<String>,
    source: Option<String>,
    source_url: Option<String>,
}

/// The `meeting`, `source` and `source_url` cells of what `cited` cites.
fn cited_cells(site: &Site, cited: &Cited) -> (Option<String>, Option<String>, Option<String>) {
    (
        cited.meeting.map(|m| site.meetings[m].slug.clone()),
        cited.source.clone(),
        cited.source_url.clone(),
    )
}

/// Every indicator of the site with what it belongs to: `(entry_type, entry slug,
/// indicator)`, commitments' first.
fn indicators(site: &Site) -> impl Iterator<Item = (&'static str, &String, &Indicator)> {
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
        .flat_map(|(entry_type, slug, indicators)| {
            indicators.iter().map(move |i| (entry_type, slug, i))
        })
}

/// An indicator's title in the file's language, or its id.
fn indicator_title(lens: &Lens<'_>, indicator: &Indicator) -> String {
    lens.localized(&indicator.title)
        .map_or_else(|| indicator.id.clone(), |t| t.text)
}

/// A row of `milestones`: one per milestone of every qualitative indicator.
#[derive(Serialize)]
struct MilestoneRow {
    entry_type: String,
    entry: String,
    indicator: String,
    indicator_title: String,
    date: String,
    note: String,
    meeting: Option<String>,
    source: Option<String>,
    source_url: Option<String>,
}

impl Row for MilestoneRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        indicators(site)
            .flat_map(|(entry_type, slug, indicator)| {
                let Measure::Qualitative { milestones } = &indicator.measure else {
                    return Vec::new();
                };
                let title = indicator_title(lens, indicator);
                milestones
                    .iter()
                    .map(|m| {
                        let (meeting, source, source_url) = cited_cells(site, &m.cited);
                        MilestoneRow {
                            entry_type: entry_type.to_owned(),
                            entry: slug.clone(),
                            indicator: indicator.id.clone(),
                            indicator_title: title.clone(),
                            date: m.date.to_string(),
                            note: lens.localized(&m.note).map(|n| n.text).unwrap_or_default(),
                            meeting,
                            source,
                            source_url,
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

impl Row for IndicatorValueRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        indicators(site)
            .flat_map(|(entry_type, slug, indicator)| {
                let Measure::Quantitative {
                    unit,
                    baseline,
                    target,
                    values,
                } = &indicator.measure
                else {
                    return Vec::new();
                };
                let title = indicator_title(lens, indicator);
                let labelled = baseline
                    .iter()
                    .map(|p| ("baseline", p))
                    .chain(values.iter().map(|p| ("value", p)))
                    .chain(target.iter().map(|p| ("target", p)));
                labelled
                    .map(|(kind, p)| {
                        let (meeting, source, source_url) = cited_cells(site, &p.cited);
                        IndicatorValueRow {
                            entry_type: entry_type.to_owned(),
                            entry: slug.clone(),
                            indicator: indicator.id.clone(),
                            indicator_title: title.clone(),
                            unit: unit.clone(),
                            kind: kind.to_owned(),
                            date: p.date.to_string(),
                            value: Amount(p.value),
                            meeting,
                            source,
                            source_url,
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

/// A measured value, written as people write it: whole numbers without a decimal point
/// (870000000, not 870000000.0), others as they are.
struct Amount(f64);

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Below 9e15 an f64 holds every whole number exactly, so the cast loses nothing.
        if self.0.fract() == 0.0 && self.0.abs() < 9e15 {
            serializer.serialize_i64(self.0 as i64)
        } else {
            serializer.serialize_f64(self.0)
        }
    }
}

/// A row of `meetings`.
#[derive(Serialize)]
struct MeetingRow {
    id: String,
    title: String,
    start: String,
    end: Option<String>,
    place: Option<String>,
    countries: Vec<String>,
    url: String,
}

impl Row for MeetingRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        site.meetings
            .iter()
            .map(|m| {
                let f = &m.facts;
                MeetingRow {
                    id: m.slug.clone(),
                    title: lens.title(m).text,
                    start: f.start.to_string(),
                    end: f.end.map(|d| d.to_string()),
                    place: lens.localized(&f.place).map(|t| t.text),
                    countries: f
                        .countries
                        .iter()
                        .map(|&c| site.countries[c].slug.clone())
                        .collect(),
                    url: url(lens, Section::Meetings, &m.slug),
                }
            })
            .collect()
    }
}

/// A row of `recommendations`.
#[derive(Serialize)]
struct RecommendationRow {
    id: String,
    number: Option<u32>,
    title: String,
    theme: Option<String>,
    source_type: String,
    source: String,
    date: String,
    addressed_to: Vec<String>,
    url: String,
}

impl Row for RecommendationRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        site.recommendations
            .iter()
            .map(|r| {
                let f = &r.facts;
                let (source_type, source) = match f.origin {
                    Origin::Meeting(m) => ("meeting", &site.meetings[m].slug),
                    Origin::Document(p) => ("document", &site.pages[p].slug),
                };
                RecommendationRow {
                    id: r.slug.clone(),
                    number: f.number,
                    title: lens.title(r).text,
                    theme: lens.localized(&f.theme).map(|t| t.text),
                    source_type: source_type.to_owned(),
                    source: source.clone(),
                    date: f.date.to_string(),
                    addressed_to: f
                        .addressed_to
                        .iter()
                        .map(|&c| site.countries[c].slug.clone())
                        .collect(),
                    url: url(lens, Section::Recommendations, &r.slug),
                }
            })
            .collect()
    }
}

/// How many of a tally's commitments have a status that counts as done.
fn completed(site: &Site, tally: &crate::present::TallyView) -> usize {
    tally
        .statuses
        .iter()
        .zip(&site.config.statuses)
        .filter(|(_, s)| s.done)
        .map(|(r, _)| r.count)
        .sum()
}

/// A row of `pillars`, with its commitments counted.
#[derive(Serialize)]
struct PillarRow {
    id: String,
    number: u32,
    title: String,
    commitments: usize,
    completed: usize,
    url: String,
}

impl Row for PillarRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        site.pillars
            .enumerate()
            .map(|(i, pillar)| {
                let tally = lens.tally_of(&site.commitments_where(|c| c.pillars.contains(&i)));
                PillarRow {
                    id: pillar.slug.clone(),
                    number: pillar.facts.number,
                    title: lens.title(pillar).text,
                    commitments: tally.total,
                    completed: completed(site, &tally),
                    url: url(lens, Section::Pillars, &pillar.slug),
                }
            })
            .collect()
    }
}

/// A row of `organisations`, with the updates it assessed counted.
#[derive(Serialize)]
struct OrganisationRow {
    id: String,
    name: String,
    kind: &'static str,
    website: Option<String>,
    assessed: usize,
    url: String,
}

impl Row for OrganisationRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        site.organisations
            .enumerate()
            .map(|(i, organisation)| OrganisationRow {
                id: organisation.slug.clone(),
                name: lens.title(organisation).text,
                kind: organisation.facts.kind.name(),
                website: organisation.facts.url.clone(),
                assessed: site.assessed_by(i).len(),
                url: url(lens, Section::Organisations, &organisation.slug),
            })
            .collect()
    }
}

/// A row of `commitment-recommendations`: a commitment and a recommendation it answers.
#[derive(Serialize)]
struct AnswerRow {
    commitment: String,
    recommendation: String,
}

impl Row for AnswerRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        site.commitments
            .iter()
            .flat_map(|c| {
                c.facts.recommendations.iter().map(|&r| AnswerRow {
                    commitment: c.slug.clone(),
                    recommendation: site.recommendations[r].slug.clone(),
                })
            })
            .collect()
    }
}

/// A row of `countries`, with its commitments counted.
#[derive(Serialize)]
struct CountryRow {
    code: String,
    name: String,
    commitments: usize,
    completed: usize,
    url: String,
}

impl Row for CountryRow {
    fn all(lens: &Lens<'_>) -> Vec<Self> {
        let site = lens.site;
        site.countries
            .enumerate()
            .map(|(i, country)| {
                let tally = lens.tally_of(&site.commitments_where(|c| c.country == i));
                CountryRow {
                    code: country.slug.clone(),
                    name: lens.title(country).text,
                    commitments: tally.total,
                    completed: completed(site, &tally),
                    url: url(lens, Section::Countries, &country.slug),
                }
            })
            .collect()
    }
}

/// An entry's page in the lens's language, as a full address.
fn url(lens: &Lens<'_>, section: Section, slug: &str) -> String {
    absolute(lens.site, lens.code(), &Lens::entry_path(section, slug))
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
    for cells in cells_of(table, rows) {
        writer.write_record(&cells).expect("CSV into memory");
    }
    writer.into_inner().expect("CSV into memory")
}

/// The table named `name`, if there is one.
pub(crate) fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

/// Each row of `table` in the lens's language, as its CSV file writes it: a cell per column,
/// in the columns' order. What `swivi import` compares a spreadsheet's cells with.
pub(crate) fn cells(table: &Table, lens: &Lens<'_>) -> Vec<Vec<String>> {
    cells_of(table, &table.rows.objects(lens))
}

fn cells_of(table: &Table, rows: &[Map<String, Value>]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| {
            table
                .columns
                .iter()
                .map(|c| cell(row.get(c.name).unwrap_or(&Value::Null)))
                .collect()
        })
        .collect()
}

/// A cell's text as it was before [`cell`] neutralised it as a formula: `'-2` is `-2`.
pub(crate) fn uncell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
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
                Flag => json!({ "type": "boolean" }),
            };
            (c.name.to_owned(), kind)
        })
        .collect();
    let required: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("{}{}", site.config.base_url, data_schema(table.name)),
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
    use std::fmt;

    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

    use super::*;

    #[test]
    fn whole_amounts_have_no_decimal_point() {
        let written = |value| serde_json::to_string(&Amount(value)).unwrap();
        assert_eq!(written(870_000_000.0), "870000000");
        assert_eq!(written(19.6), "19.6");
        assert_eq!(written(-2.0), "-2");
        // Past what an integer holds exactly, as the float it is.
        assert_eq!(written(1e16), "1e+16");
    }

    /// A row's fields as JSON wrote them, in order (a [`Map`] would sort them).
    struct Fields(Vec<(String, Value)>);

    impl<'de> Deserialize<'de> for Fields {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Collect;
            impl<'de> Visitor<'de> for Collect {
                type Value = Fields;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a row")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                    let mut fields = Vec::new();
                    while let Some(name) = map.next_key()? {
                        fields.push((name, map.next_value()?));
                    }
                    Ok(Fields(fields))
                }
            }
            deserializer.deserialize_map(Collect)
        }
    }

    /// Whether a cell is of a JSON Schema property's `type` (one or a list).
    fn fits(value: &Value, property: &Value) -> bool {
        let named = match value {
            Value::Null => "null",
            Value::String(_) => "string",
            Value::Number(_) => "number",
            Value::Bool(_) => "boolean",
            Value::Array(items) if items.iter().all(Value::is_string) => "array",
            _ => return false,
        };
        match &property["type"] {
            Value::Array(types) => types.iter().any(|t| t == named),
            one => one == named,
        }
    }

    /// Every row of every table, in every language of the example, has one cell per column,
    /// named as the columns are and in their order, each of the type the schema gives it; and
    /// the schema lists the same columns. A field added to a row struct and not to its table,
    /// or the other way round, fails here before it reaches the files.
    #[test]
    fn every_row_has_its_tables_columns() {
        let prepared = crate::build::example();
        let site = &prepared.site;
        for table in &TABLES {
            let columns: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
            let schema: Value = serde_json::from_str(&schema(site, table)).unwrap();
            let items = &schema["items"];
            let mut properties: Vec<&str> = items["properties"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let mut sorted = columns.clone();
            sorted.sort_unstable();
            properties.sort_unstable();
            assert_eq!(properties, sorted, "{}: schema properties", table.name);
            assert_eq!(items["required"], json!(columns), "{}", table.name);
            for language in &site.config.languages {
                let lens = Lens::published(site, language, &prepared.locales);
                let rows = table.rows.in_order(&lens);
                // The example's sources state no qualitative indicator and link no
                // commitment to a recommendation: tests/sources.rs and tests/data.rs hold
                // those rows to their schemas on fixtures that have them.
                if !["milestones", "commitment-recommendations"].contains(&table.name) {
                    assert!(!rows.is_empty(), "{} has no rows to check", table.name);
                }
                for row in rows {
                    let Fields(fields) = serde_json::from_str(&row).unwrap();
                    let names: Vec<&str> = fields.iter().map(|(n, _)| n.as_str()).collect();
                    assert_eq!(names, columns, "{} in {}: {row}", table.name, language.code);
                    for (name, value) in &fields {
                        let property = &items["properties"][name];
                        assert!(fits(value, property), "{}.{name}: {value}", table.name);
                    }
                }
                // The objects the files are written from hold the same cells.
                for object in table.rows.objects(&lens) {
                    assert_eq!(object.len(), columns.len(), "{}", table.name);
                }
            }
        }
    }

    #[test]
    fn cells_cannot_run_as_formulas() {
        assert_eq!(cell(&json!("=HYPERLINK(\"x\")")), "'=HYPERLINK(\"x\")");
        assert_eq!(cell(&json!("-2")), "'-2");
        assert_eq!(cell(&json!(-2)), "-2");
        assert_eq!(cell(&json!(["cl", "pe"])), "cl;pe");
        assert_eq!(cell(&Value::Null), "");
        assert_eq!(uncell("'=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
        assert_eq!(uncell("'-2"), "-2");
        assert_eq!(uncell("'s Hertogenbosch"), "'s Hertogenbosch");
    }
}
