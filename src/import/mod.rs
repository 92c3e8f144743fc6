//! `swivi import`: the commitments and updates of a spreadsheet, in the open data's columns,
//! written into the content files: each file changed only where the spreadsheet says
//! something the site does not.
//!
//! A cell is compared with what the open data's CSV writes for it ([`data::cells`]), in the
//! language the spreadsheet is in: equal, it changes nothing, so a table exported from the
//! site and imported back unchanged changes no file. A cell that differs is read as the field
//! of the content file it comes from (a commitment's `title` is its file's `title`, or in
//! another language its translation's), checked, and set in that file through
//! [`edit::FrontMatter`], which keeps the rest of it byte for byte. Rows are found by their
//! keys: a commitment by `id`, an update by `commitment` and `date`; a row with a new key adds
//! a commitment or an update, and nothing is ever removed.
//!
//! The columns the site works out (`country_name`, `status_label`, `overdue`, `last_update`,
//! `url`, and a commitment's `status`, which is its latest update's) are not read: each such
//! cell must say what the site says, before the import or after it, or be empty
//! ([`check_derived`]), so that a change made there is not lost in silence.
//!
//! Pure: [`Files`] gives the content files' text, and the caller writes the [`Plan`] once the
//! site with it passes `swivi check`. Every problem is reported, at its cell, in one run.

pub(crate) mod edit;
pub(crate) mod sheet;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use toml_edit::Value;

use crate::config::Language;
use crate::data::{self, Table};
use crate::diag::{Diagnostic, Diagnostics, did_you_mean, display_path};
use crate::i18n::Locales;
use crate::model::slug::{is_slug, web_address_problem};
use crate::model::{CommitmentId, Date, Site};
use crate::present::Lens;
use edit::{FrontMatter, Setting, set_all, strings};
pub(crate) use sheet::Sheet;

/// The content files an import reads.
pub(crate) trait Files {
    /// The canonical file of the commitment `slug`: where it is, and its text.
    fn canonical(&self, slug: &str) -> Result<(PathBuf, String), String>;
    /// The translation of the commitment `slug` into `lang`: where it is or goes, and its
    /// text if it exists.
    fn translation(&self, slug: &str, lang: &str) -> (PathBuf, Option<String>);
    /// Where the canonical file of a new commitment `slug` goes.
    fn new_canonical(&self, slug: &str) -> PathBuf;
}

/// What an import writes.
#[derive(Default)]
pub(crate) struct Plan {
    pub(crate) files: Vec<Change>,
}

/// A file an import writes: its new text, and what changed in it, to tell the editor.
pub(crate) struct Change {
    pub(crate) path: PathBuf,
    /// Whether the file is new.
    pub(crate) created: bool,
    pub(crate) text: String,
    pub(crate) what: Vec<String>,
}

impl Plan {
    /// What it does, a line a file.
    pub(crate) fn summary(&self, done: bool) -> String {
        if self.files.is_empty() {
            return "Nothing to change: the content already says what the tables say".to_owned();
        }
        let lines: Vec<String> = self
            .files
            .iter()
            .map(|change| {
                let verb = match (change.created, done) {
                    (true, true) => "Wrote",
                    (true, false) => "Would write",
                    (false, true) => "Changed",
                    (false, false) => "Would change",
                };
                format!(
                    "{verb} {}: {}",
                    display_path(&change.path),
                    change.what.join("; ")
                )
            })
            .collect();
        lines.join("\n")
    }
}

/// The site as the tables are read against: its facts, and the cells its open data has in
/// the tables' language.
pub(crate) struct Import<'a> {
    site: &'a Site,
    language: &'a Language,
    /// Whether the tables are in the default language, that canonical files are written in.
    default: bool,
    commitments: Exported,
    updates: Exported,
    /// The site's commitments by slug, which every row is looked up by.
    ids: HashMap<&'a str, CommitmentId>,
}

/// A table's rows as the open data writes them, by key.
struct Exported {
    table: &'static Table,
    rows: HashMap<String, Vec<String>>,
}

impl Exported {
    fn of(name: &str, lens: &Lens<'_>) -> Exported {
        let table = data::table(name).expect("an open data table");
        let key = key_columns(table);
        let rows = data::cells(table, lens)
            .into_iter()
            .map(|cells| {
                let key: Vec<&str> = key.iter().map(|&k| cells[k].as_str()).collect();
                (key.join("\u{0}"), cells)
            })
            .collect();
        Exported { table, rows }
    }

    /// The cell of `column` in the row of `key`.
    fn cell(&self, key: &str, column: &str) -> Option<&str> {
        let at = self.table.columns.iter().position(|c| c.name == column)?;
        Some(self.rows.get(key)?[at].as_str())
    }
}

/// The places of a table's key columns: `id`; `commitment` and `date`.
fn key_columns(table: &Table) -> Vec<usize> {
    let names: &[&str] = match table.name {
        "updates" => &["commitment", "date"],
        _ => &["id"],
    };
    names
        .iter()
        .map(|n| {
            table
                .columns
                .iter()
                .position(|c| c.name == *n)
                .expect("key columns are columns")
        })
        .collect()
}

/// The columns of a commitment's row that are fields of its file, in the file's order.
const COMMITMENT_FIELDS: [&str; 7] = [
    "title",
    "country",
    "pillars",
    "date",
    "due",
    "responsible",
    "meeting",
];

/// The columns of an update's row that are fields of its table in the file.
const UPDATE_FIELDS: [&str; 6] = ["status", "note", "meeting", "source", "source_url", "by"];

/// The fields whose text is in a language: a translation's, in another than the default.
const TRANSLATED: [&str; 3] = ["title", "responsible", "note"];

/// The columns the site works out, with what to change instead.
const DERIVED: [(&str, &str, &str); 7] = [
    (
        "commitments",
        "country_name",
        "it is the name of `country`: change `country`, or the country's own file",
    ),
    (
        "commitments",
        "status",
        "a commitment's status is that of its latest update: add a row to the updates table to change it",
    ),
    (
        "commitments",
        "status_label",
        "it is the name of the status in this language: add a row to the updates table to change the status",
    ),
    (
        "commitments",
        "overdue",
        "it is worked out from `due` and the status on the day of the build: change those",
    ),
    (
        "commitments",
        "last_update",
        "it is the date of the commitment's latest update: add a row to the updates table",
    ),
    (
        "commitments",
        "url",
        "it is the address of the commitment's page, made from `id` and the language",
    ),
    (
        "updates",
        "status_label",
        "it is the name of `status` in this language: change `status`",
    ),
];

fn derived(table: &str, column: &str) -> Option<&'static str> {
    DERIVED
        .iter()
        .find(|(t, c, _)| *t == table && *c == column)
        .map(|(_, _, help)| *help)
}

/// A table as read: its sheet, and the place of each column in it.
struct Read<'s> {
    sheet: &'s Sheet,
    columns: BTreeMap<&'static str, usize>,
}

impl<'s> Read<'s> {
    /// The table's columns, each header cell checked: one of the open data's columns, once.
    fn of(sheet: &'s Sheet, diags: &mut Diagnostics) -> Read<'s> {
        let names: Vec<&str> = sheet.table.columns.iter().map(|c| c.name).collect();
        let mut columns = BTreeMap::new();
        for (at, cell) in sheet.header.iter().enumerate() {
            let name = cell.value();
            match sheet.table.columns.iter().find(|c| c.name == name) {
                Some(column) if columns.contains_key(column.name) => diags.push(
                    cell.error(name, "this column is there twice")
                        .help("keep one of them"),
                ),
                Some(column) => {
                    columns.insert(column.name, at);
                }
                None => diags.push(
                    cell.error(
                        name,
                        format!(
                            "`{name}` is not a column of the open data's {}",
                            sheet.table.name
                        ),
                    )
                    .help(did_you_mean(name, &names, "columns")),
                ),
            }
        }
        Read { sheet, columns }
    }

    fn cell<'r>(&self, row: &'r [sheet::Cell], column: &str) -> Option<&'r sheet::Cell> {
        row.get(*self.columns.get(column)?)
    }
}

/// What the tables change in one commitment.
#[derive(Default)]
struct Edits {
    /// Fields of its canonical file.
    canonical: Vec<Setting>,
    /// Fields of its translation into the tables' language.
    translation: Vec<Setting>,
    /// Fields of its canonical updates, by date.
    updates: Vec<(Date, Vec<Setting>)>,
    /// Notes of its translation's updates: the update's id, if it has one, and date.
    notes: Vec<(Option<String>, Date, String)>,
    /// New updates, in the tables' order.
    new_updates: Vec<(Date, Vec<Setting>)>,
    /// What changed, to tell the editor.
    said: Vec<String>,
    translated: Vec<String>,
}

impl<'a> Import<'a> {
    pub(crate) fn new(site: &'a Site, language: &'a Language, locales: &'a Locales) -> Import<'a> {
        let lens = Lens::published(site, language, locales);
        Import {
            site,
            language,
            default: language.code == site.config.default_language,
            commitments: Exported::of("commitments", &lens),
            updates: Exported::of("updates", &lens),
            ids: site
                .commitments
                .enumerate()
                .map(|(i, c)| (c.slug.as_str(), i))
                .collect(),
        }
    }

    /// What the tables change, or every problem they have.
    pub(crate) fn plan(&self, sheets: &[Sheet], files: &dyn Files) -> Result<Plan, Diagnostics> {
        let mut diags = Diagnostics::default();
        let mut edits: BTreeMap<String, Edits> = BTreeMap::new();
        // New commitments, with their fields, in the tables' order.
        let mut new: Vec<(String, Vec<Setting>)> = Vec::new();
        let read = |name: &str, diags: &mut Diagnostics| {
            let found: Vec<&Sheet> = sheets.iter().filter(|s| s.table.name == name).collect();
            if let [_, second, ..] = found.as_slice() {
                diags.push(
                    Diagnostic::error(format!("{} is a second table of {name}", second.name))
                        .help("give each table once"),
                );
            }
            found.first().map(|sheet| Read::of(sheet, diags))
        };
        let commitments = read("commitments", &mut diags);
        let updates = read("updates", &mut diags);
        if let Some(table) = &commitments {
            self.commitments(table, &mut edits, &mut new, &mut diags);
        }
        if let Some(table) = &updates {
            self.updates(table, &new, &mut edits, &mut diags);
        }
        if diags.has_errors() {
            return Err(diags);
        }
        let mut plan = Plan::default();
        for (slug, fields) in new {
            let mut file = FrontMatter::new();
            file.set(&fields);
            let mut what = vec!["a new commitment".to_owned()];
            if let Some(edits) = edits.remove(&slug) {
                for (date, update) in &edits.new_updates {
                    file.push("updates", update);
                    what.push(format!("update {date} added"));
                }
            }
            plan.files.push(Change {
                path: files.new_canonical(&slug),
                created: true,
                text: file.text(),
                what,
            });
        }
        for (slug, edits) in edits {
            self.apply(&slug, edits, files, &mut plan, &mut diags);
        }
        match diags.has_errors() {
            true => Err(diags),
            false => Ok(plan),
        }
    }

    fn commitments(
        &self,
        table: &Read<'_>,
        edits: &mut BTreeMap<String, Edits>,
        new: &mut Vec<(String, Vec<Setting>)>,
        diags: &mut Diagnostics,
    ) {
        if !table.columns.contains_key("id") {
            diags.push(missing_key(table.sheet, "id"));
            return;
        }
        let default = &self.site.config.default_language;
        let mut seen = HashSet::new();
        for row in &table.sheet.rows {
            let Some(id_cell) = table.cell(row, "id").filter(|c| !c.value().is_empty()) else {
                diags.extend(row.first().map(|cell| {
                    cell.error("id", "this row has no `id`")
                        .help("give each commitment its id, the name of its file: `cl-integration`")
                }));
                continue;
            };
            let id = id_cell.value().to_owned();
            if !seen.insert(id.clone()) {
                let twice = format!("`{id}` is in the table twice");
                diags.push(
                    id_cell
                        .error("id", twice)
                        .help("keep one row for each commitment"),
                );
                continue;
            }
            let exported = self.commitments.rows.contains_key(&id);
            let fields = self.changed(table, row, &id, &COMMITMENT_FIELDS, diags);
            diags.extend(self.misdated_commitment(table, row, &id, &fields));
            if exported {
                let (translation, fields) = self.by_file(fields);
                if let Some(problem) = self.institutions(table, row, &id, &translation) {
                    diags.push(problem);
                }
                let entry = edits.entry(id).or_default();
                entry
                    .said
                    .extend(fields.iter().map(|(k, _)| (*k).to_owned()));
                entry
                    .translated
                    .extend(translation.iter().map(|(k, _)| (*k).to_owned()));
                entry.canonical.extend(fields);
                entry.translation.extend(translation);
                continue;
            }
            let what = format!("the new commitment `{id}`");
            let missing = required(table, row, id_cell, &what, &["title", "country", "date"]);
            diags.extend(missing);
            if !self.default {
                let absent = format!(
                    "there is no commitment `{id}`, and a new one is added in the default language ({default})"
                );
                diags.push(id_cell.error("id", absent).help(
                    "add it from the default language's table, then its translation from this one; or correct the id",
                ));
            } else if !is_slug(&id) {
                diags.push(id_cell.error("id", format!("`{id}` is not a valid id")).help(
                    "use lower-case letters, digits and single hyphens, e.g. `cl-integration`; it names the commitment's file and page",
                ));
            } else {
                new.push((id, fields));
            }
        }
    }

    /// The fields of `row` whose cells say something else than the site's open data does in
    /// the row of `key` (every field given, for a new row), read and checked.
    fn changed(
        &self,
        table: &Read<'_>,
        row: &[sheet::Cell],
        key: &str,
        columns: &[&'static str],
        diags: &mut Diagnostics,
    ) -> Vec<Setting> {
        let exported = match table.sheet.table.name {
            "updates" => &self.updates,
            _ => &self.commitments,
        };
        let mut fields = Vec::new();
        for &column in columns {
            let Some(cell) = table.cell(row, column) else {
                continue;
            };
            let before = exported.cell(key, column);
            if before.is_some_and(|before| same(cell, before, is_list(column))) {
                continue;
            }
            match self.read_field(column, cell) {
                Ok(value) => fields.push((column, value)),
                Err(problem) => diags.push(problem),
            }
        }
        fields
    }

    /// `fields` parted into those of the translation into the tables' language (none in
    /// the default language, whose texts are the canonical file's) and those of the canonical
    /// file.
    fn by_file(&self, fields: Vec<Setting>) -> (Vec<Setting>, Vec<Setting>) {
        match self.default {
            true => (Vec::new(), fields),
            false => fields
                .into_iter()
                .partition(|(k, _)| TRANSLATED.contains(k)),
        }
    }

    /// A translation's institutions that are not one for each of the original's.
    fn institutions(
        &self,
        table: &Read<'_>,
        row: &[sheet::Cell],
        id: &str,
        translation: &[Setting],
    ) -> Option<Diagnostic> {
        let given = translation.iter().find_map(|(k, v)| match (k, v) {
            (&"responsible", Some(Value::Array(list))) => Some(list.len()),
            _ => None,
        })?;
        let original = self.site.commitments[self.commitment(id)?]
            .facts
            .responsible
            .len();
        if given == original {
            return None;
        }
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let message = format!(
            "{given} institution{} given, where the {} text names {original}",
            plural(given),
            self.site.config.default_language
        );
        Some(table.cell(row, "responsible")?.error("responsible", message).help(
            "a translation gives each institution of the original, in its order, separated by `;`",
        ))
    }

    fn updates(
        &self,
        table: &Read<'_>,
        new: &[(String, Vec<Setting>)],
        edits: &mut BTreeMap<String, Edits>,
        diags: &mut Diagnostics,
    ) {
        let missing: Vec<&str> = ["commitment", "date"]
            .into_iter()
            .filter(|k| !table.columns.contains_key(k))
            .collect();
        if !missing.is_empty() {
            diags.extend(missing.into_iter().map(|key| missing_key(table.sheet, key)));
            return;
        }
        let slugs: Vec<&str> = self
            .site
            .commitments
            .iter()
            .map(|c| c.slug.as_str())
            .chain(new.iter().map(|(slug, _)| slug.as_str()))
            .collect();
        let default = &self.site.config.default_language;
        let mut seen = HashSet::new();
        let mut added_rows = Vec::new();
        for row in &table.sheet.rows {
            let (Some(commitment_cell), Some(date_cell)) =
                (table.cell(row, "commitment"), table.cell(row, "date"))
            else {
                diags.extend(row.first().map(|cell| {
                    cell.error("commitment", "this row is shorter than the header")
                        .help("give each update its commitment and date")
                }));
                continue;
            };
            let slug = commitment_cell.value().to_owned();
            if !slugs.contains(&slug.as_str()) {
                let help = did_you_mean(&slug, &slugs, "commitments");
                let absent = format!("there is no commitment `{slug}`");
                diags.push(commitment_cell.error("commitment", absent).help(help));
                continue;
            }
            let date = match self.existing_date(&slug, date_cell) {
                Some(date) => Ok(date),
                None => Date::parse(date_cell.value()),
            };
            let date = match date {
                Ok(date) => date,
                Err(problem) => {
                    diags.push(date_cell.error("date", problem));
                    continue;
                }
            };
            if !seen.insert((slug.clone(), date)) {
                let twice = format!("`{slug}` has two rows dated {date}");
                diags.push(
                    date_cell
                        .error("date", twice)
                        .help("a commitment has one update a day: keep one row"),
                );
                continue;
            }
            let key = format!("{slug}\u{0}{date}");
            let exported = self.updates.rows.contains_key(&key);
            if !exported && !self.default {
                let absent = format!(
                    "`{slug}` has no update dated {date}, and a new one is added in the default language ({default})"
                );
                diags.push(date_cell.error("date", absent).help(
                    "add it from the default language's table, then its note from this one; to correct an update's date, use `swivi redate`",
                ));
                continue;
            }
            let fields = self.changed(table, row, &key, &UPDATE_FIELDS, diags);
            if !exported {
                let what = format!("the new update of `{slug}` dated {date}");
                diags.extend(required(table, row, date_cell, &what, &["status", "note"]));
                let made = self.made(&slug, edits, new);
                diags.extend(self.misdated("an update", date, made, date_cell, "date"));
            }
            let cited = |column: &str| match table.cell(row, column) {
                Some(cell) => !cell.value().is_empty(),
                None => self
                    .updates
                    .cell(&key, column)
                    .is_some_and(|v| !v.is_empty()),
            };
            if !cited("meeting") && !cited("source") {
                let cell = table.cell(row, "source").unwrap_or(date_cell);
                let uncited = format!("the update of `{slug}` dated {date} has no source");
                diags.push(cell.error("source", uncited).help(
                    "give its `meeting` or its `source` (a document's title), so that readers can check it",
                ));
                continue;
            }
            let entry = edits.entry(slug.clone()).or_default();
            if !exported {
                added_rows.push((slug.clone(), date, date_cell));
                let mut update = vec![("date", Some(Value::from(date.to_string())))];
                update.extend(fields);
                entry.new_updates.push((date, update));
                entry.said.push(format!("update {date} added"));
                continue;
            }
            let (translation, fields) = self.by_file(fields);
            if let Some((_, Some(note))) = translation.into_iter().next() {
                let note = note.as_str().unwrap_or_default().to_owned();
                let id = self.update_id(&slug, date);
                entry.notes.push((id, date, note));
                entry.translated.push(format!("update {date}: note"));
            }
            if !fields.is_empty() {
                let said: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
                entry
                    .said
                    .push(format!("update {date}: {}", said.join(", ")));
                entry.updates.push((date, fields));
            }
        }
        self.left_out(&added_rows, &seen, diags);
    }

    /// When the commitment `slug` was made, as the tables leave it.
    fn made(
        &self,
        slug: &str,
        edits: &BTreeMap<String, Edits>,
        new: &[(String, Vec<Setting>)],
    ) -> Option<Date> {
        let set = match edits.get(slug) {
            Some(edits) => Some(&edits.canonical[..]),
            None => new.iter().find(|(s, _)| s == slug).map(|(_, f)| &f[..]),
        };
        match set.and_then(|fields| field(fields, "date")) {
            Some(date) => date,
            None => Some(self.site.commitments[self.commitment(slug)?].facts.date),
        }
    }

    /// The problems of a commitment's `date` and `due` as a row of the tables leaves them,
    /// when it changes either: made after the day of the build, or due before it was made.
    fn misdated_commitment(
        &self,
        table: &Read<'_>,
        row: &[sheet::Cell],
        id: &str,
        fields: &[Setting],
    ) -> Vec<Diagnostic> {
        let facts = self.commitment(id).map(|i| &self.site.commitments[i].facts);
        let (date, due) = (field(fields, "date"), field(fields, "due"));
        let made = date.flatten().or(facts.map(|f| f.date));
        let Some(made) = made.filter(|_| date.is_some() || due.is_some()) else {
            return Vec::new();
        };
        let mut problems = Vec::new();
        if let (Some(_), Some(cell)) = (date, table.cell(row, "date")) {
            problems.extend(self.misdated("the commitment", made, None, cell, "date"));
        }
        let due_date = due.unwrap_or_else(|| facts.and_then(|f| f.due));
        let column = if due.is_some() { "due" } else { "date" };
        if let (Some(due_date), Some(cell)) = (due_date, table.cell(row, column))
            && due_date.wholly_before(&made)
        {
            let message = format!("the due date {due_date} comes before the commitment ({made})");
            problems.push(cell.error(column, message).help(format!(
                "the commitment is dated {made}; it cannot be due before it was made: check the {}",
                due_date.first_difference(&made)
            )));
        }
        problems
    }

    /// The problem of `date`, of `what`, at `cell`: before `made` (when the commitment it
    /// reports on was made), or after the day of the build.
    fn misdated(
        &self,
        what: &str,
        date: Date,
        made: Option<Date>,
        cell: &sheet::Cell,
        column: &str,
    ) -> Option<Diagnostic> {
        let today = self.site.today;
        if let Some(made) = made.filter(|made| date.wholly_before(made)) {
            let message = format!("{what} dated {date} comes before the commitment ({made})");
            return Some(cell.error(column, message).help(format!(
                "the commitment is dated {made}; {what} cannot come before it: check the {}",
                date.first_difference(&made)
            )));
        }
        if today.wholly_before(&date) {
            let message = format!("{what} dated {date} comes after the day of the build ({today})");
            return Some(cell.error(column, message).help(format!(
                "swivi records what has happened; {what} cannot come after today ({today}): check the {}",
                date.first_difference(&today)
            )));
        }
        None
    }

    /// The id of the update of `slug` dated `date`, which its translations name it by.
    fn update_id(&self, slug: &str, date: Date) -> Option<String> {
        let commitment = &self.site.commitments[self.commitment(slug)?];
        let update = commitment.facts.updates.iter().find(|u| u.date == date)?;
        update.id.clone()
    }

    /// A new update of a commitment whose table leaves out one of its updates: a date changed
    /// in the table, or a row taken out, neither of which an import does.
    fn left_out(
        &self,
        added_rows: &[(String, Date, &sheet::Cell)],
        seen: &HashSet<(String, Date)>,
        diags: &mut Diagnostics,
    ) {
        for (slug, date, cell) in added_rows {
            let Some(i) = self.commitment(slug) else {
                continue;
            };
            let missing: Vec<String> = self.site.commitments[i]
                .facts
                .updates
                .iter()
                .filter(|u| !seen.contains(&(slug.clone(), u.date)))
                .map(|u| u.date.to_string())
                .collect();
            if let Some(old) = missing.first() {
                diags.push(
                    cell.error("date", format!("this row adds an update of `{slug}` dated {date}, and the table leaves out its update of {}", missing.join(", ")))
                        .help(format!("an import adds and changes, and removes nothing: to correct the date of an update, run `swivi redate <its file> {old} {date}`; to add one, keep the rows of the others as the open data has them")),
                );
            }
        }
    }

    /// The date of an update of `slug` that `cell` names as the open data writes it, or as a
    /// spreadsheet made a date of it (a month turned into its first day).
    fn existing_date(&self, slug: &str, cell: &sheet::Cell) -> Option<Date> {
        let i = self.commitment(slug)?;
        let updates = &self.site.commitments[i].facts.updates;
        updates
            .iter()
            .map(|u| u.date)
            .find(|date| same(cell, &date.to_string(), false))
    }

    /// The key of `row` of `table`, as [`Exported`] keys the rows of the site's open data;
    /// none when a key cell is missing or wrong.
    fn key(&self, table: &Read<'_>, row: &[sheet::Cell]) -> Option<String> {
        if table.sheet.table.name != "updates" {
            return Some(table.cell(row, "id")?.value().to_owned());
        }
        let slug = table.cell(row, "commitment")?.value();
        let date_cell = table.cell(row, "date")?;
        let date = self
            .existing_date(slug, date_cell)
            .or_else(|| Date::parse(date_cell.value()).ok())?;
        Some(format!("{slug}\u{0}{date}"))
    }

    fn commitment(&self, slug: &str) -> Option<CommitmentId> {
        self.ids.get(slug).copied()
    }

    /// The value of the field `column` that `cell` gives, checked; none to remove the field.
    fn read_field(
        &self,
        column: &'static str,
        cell: &sheet::Cell,
    ) -> Result<Option<Value>, Diagnostic> {
        let text = cell.value();
        let site = self.site;
        let slugs = |section: crate::content::Section| -> Vec<&str> {
            use crate::content::Section as S;
            match section {
                S::Countries => site.countries.iter().map(|e| e.slug.as_str()).collect(),
                S::Pillars => site.pillars.iter().map(|e| e.slug.as_str()).collect(),
                S::Meetings => site.meetings.iter().map(|e| e.slug.as_str()).collect(),
                _ => site.organisations.iter().map(|e| e.slug.as_str()).collect(),
            }
        };
        let one_of = |section, what: &str, value: &str| -> Result<(), Diagnostic> {
            let known = slugs(section);
            match known.contains(&value) {
                true => Ok(()),
                false => Err(cell
                    .error(column, format!("there is no {what} `{value}`"))
                    .help(did_you_mean(value, &known, &format!("{what}s")))),
            }
        };
        use crate::content::Section as S;
        let required = |what: &str| -> Result<(), Diagnostic> {
            match text.is_empty() {
                true => Err(cell
                    .error(column, format!("the {what} is empty"))
                    .help(format!(
                        "every {what} is required: write it, or leave the row as it was exported"
                    ))),
                false => Ok(()),
            }
        };
        let value = match column {
            "title" | "note" => {
                required(column)?;
                Some(Value::from(text))
            }
            "country" => {
                required("country")?;
                one_of(S::Countries, "country", text)?;
                Some(Value::from(text))
            }
            "pillars" | "responsible" => {
                let items = list(text);
                if column == "pillars" {
                    for item in &items {
                        one_of(S::Pillars, "pillar", item)?;
                    }
                }
                (!items.is_empty()).then(|| strings(&items))
            }
            "date" | "due" => {
                if column == "date" {
                    required("date")?;
                }
                match text {
                    "" => None,
                    _ => {
                        let date =
                            Date::parse(text).map_err(|problem| cell.error(column, problem))?;
                        Some(Value::from(date.to_string()))
                    }
                }
            }
            "meeting" | "by" => match text {
                "" => None,
                _ if column == "meeting" => {
                    one_of(S::Meetings, "meeting", text)?;
                    Some(Value::from(text))
                }
                _ => {
                    one_of(S::Organisations, "organisation", text)?;
                    Some(Value::from(text))
                }
            },
            "status" => {
                let known: Vec<&str> = site.config.statuses.iter().map(|s| s.id.as_str()).collect();
                if !known.contains(&text) {
                    return Err(cell
                        .error(column, format!("`{text}` is not a status of this site"))
                        .help(did_you_mean(text, &known, "statuses")));
                }
                Some(Value::from(text))
            }
            "source_url" => match (text, web_address_problem(text)) {
                ("", _) => None,
                (_, None) => Some(Value::from(text)),
                (_, Some(problem)) => {
                    let help =
                        "write the full address, as the browser shows it, starting with https://";
                    return Err(cell.error(column, format!("`{text}` {problem}")).help(help));
                }
            },
            _ => (!text.is_empty()).then(|| Value::from(text)),
        };
        Ok(value)
    }

    /// `edits` written into the files of the commitment `slug`.
    fn apply(
        &self,
        slug: &str,
        edits: Edits,
        files: &dyn Files,
        plan: &mut Plan,
        diags: &mut Diagnostics,
    ) {
        let unreadable = |path: &std::path::Path, problem: String| {
            Diagnostic::error(format!(
                "{} cannot be changed: {problem}",
                display_path(path)
            ))
            .about(path)
        };
        let canonical_changes = !edits.canonical.is_empty()
            || !edits.updates.is_empty()
            || !edits.new_updates.is_empty();
        if canonical_changes {
            match files.canonical(slug) {
                Ok((path, text)) => match FrontMatter::read(&text) {
                    Ok(mut file) => {
                        file.set(&edits.canonical);
                        for (date, settings) in &edits.updates {
                            if let Some(update) = file.update(*date) {
                                set_all(update, &crate::model::schema::UPDATE, settings);
                            }
                        }
                        for (_, update) in &edits.new_updates {
                            file.push("updates", update);
                        }
                        plan.files.push(Change {
                            path,
                            created: false,
                            text: file.text(),
                            what: edits.said,
                        });
                    }
                    Err(problem) => diags.push(unreadable(&path, problem)),
                },
                Err(problem) => diags.push(Diagnostic::error(problem)),
            }
        }
        if edits.translation.is_empty() && edits.notes.is_empty() {
            return;
        }
        let (path, text) = files.translation(slug, &self.language.code);
        let file = match &text {
            Some(text) => FrontMatter::read(text),
            None => Ok(FrontMatter::new()),
        };
        match file {
            Ok(mut file) => {
                file.set(&edits.translation);
                for (id, date, note) in &edits.notes {
                    set_all(
                        file.translated_update(id.as_deref(), *date),
                        &crate::model::schema::UPDATE,
                        &[("note", Some(Value::from(note.as_str())))],
                    );
                }
                plan.files.push(Change {
                    path,
                    created: text.is_none(),
                    text: file.text(),
                    what: edits.translated,
                });
            }
            Err(problem) => diags.push(unreadable(&path, problem)),
        }
    }
}

fn is_list(column: &str) -> bool {
    matches!(column, "pillars" | "responsible")
}

/// The items of a list cell, `;`-separated.
fn list(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `cell` says what the open data wrote, `before`.
fn same(cell: &sheet::Cell, before: &str, list_cell: bool) -> bool {
    let before = data::uncell(before);
    let value = cell.value();
    if value == before || (list_cell && list(value) == list(before)) {
        return true;
    }
    // A month a spreadsheet turned into its first day: `2022-10` read as `2022-10-01`.
    cell.first_of_month && before.len() == 7 && value.starts_with(before)
}

/// The date a field of `fields` sets: none if it is not among them, `Some(None)` if it is
/// taken out.
fn field(fields: &[Setting], name: &str) -> Option<Option<Date>> {
    let (_, value) = fields.iter().find(|(k, _)| *k == name)?;
    Some(
        value
            .as_ref()
            .and_then(Value::as_str)
            .and_then(|d| Date::parse(d).ok()),
    )
}

/// The problems of a new row of `table` without a column of `columns`, which `what` (named in
/// the message, at the row's key cell `at`) needs.
fn required(
    table: &Read<'_>,
    row: &[sheet::Cell],
    at: &sheet::Cell,
    what: &str,
    columns: &[&str],
) -> Vec<Diagnostic> {
    columns
        .iter()
        .filter(|column| table.cell(row, column).is_none())
        .map(|column| {
            at.error("", format!("{what} has no `{column}`"))
                .help(format!("add a `{column}` column to the table"))
        })
        .collect()
}

fn missing_key(sheet: &Sheet, key: &str) -> Diagnostic {
    let cell = sheet.header.first().expect("a table has a header");
    cell.error(key, format!("{} has no `{key}` column", sheet.name))
        .help(format!(
            "the rows of {} are found by `{key}`: keep that column, as the open data has it",
            sheet.table.name
        ))
}

/// Every cell of a column the site works out that says neither what the site says before the
/// import nor what it says `after` it: such a cell is not read, and a change made there would
/// be lost. An empty cell says nothing. Without the site after the import (the tables have
/// other problems), only the rows of commitments the tables change nothing of are checked,
/// against the site as it is, which is then what it would be after.
pub(crate) fn check_derived(
    before: &Import<'_>,
    after: Option<&Import<'_>>,
    sheets: &[Sheet],
) -> Diagnostics {
    let touched = match after {
        Some(_) => HashSet::new(),
        None => touched(before, sheets),
    };
    let after = after.unwrap_or(before);
    let mut diags = Diagnostics::default();
    for sheet in sheets {
        let mut ignored = Diagnostics::default();
        let table = Read::of(sheet, &mut ignored);
        let (was, is) = match sheet.table.name {
            "updates" => (&before.updates, &after.updates),
            _ => (&before.commitments, &after.commitments),
        };
        for row in &sheet.rows {
            let Some(key) = after.key(&table, row) else {
                continue;
            };
            if touched.contains(slug_of(&key)) {
                continue;
            }
            for column in table.columns.keys() {
                let Some(help) = derived(sheet.table.name, column) else {
                    continue;
                };
                let Some(cell) = table.cell(row, column).filter(|c| !c.value().is_empty()) else {
                    continue;
                };
                let said = [was.cell(&key, column), is.cell(&key, column)];
                if said.iter().flatten().any(|s| same(cell, s, false)) {
                    continue;
                }
                let expected = is.cell(&key, column).map(data::uncell).unwrap_or_default();
                diags.push(
                    cell.error(
                        column,
                        format!(
                            "the site works this column out, and says `{expected}` here, not `{}`",
                            cell.value()
                        ),
                    )
                    .help(format!("{help}; or leave the cell empty")),
                );
            }
        }
    }
    diags
}

/// The commitments that a row of the tables adds, adds an update to, or changes a cell of.
fn touched<'s>(import: &Import<'_>, sheets: &'s [Sheet]) -> HashSet<&'s str> {
    let mut touched = HashSet::new();
    for sheet in sheets {
        let table = Read::of(sheet, &mut Diagnostics::default());
        let (exported, columns) = match sheet.table.name {
            "updates" => (&import.updates, &UPDATE_FIELDS[..]),
            _ => (&import.commitments, &COMMITMENT_FIELDS[..]),
        };
        for row in &sheet.rows {
            let slug = match sheet.table.name {
                "updates" => table.cell(row, "commitment"),
                _ => table.cell(row, "id"),
            };
            let (Some(slug), Some(key)) = (slug, import.key(&table, row)) else {
                continue;
            };
            let changed = |column: &&str| {
                let before = exported.cell(&key, column);
                let cell = table.cell(row, column);
                cell.is_some_and(|cell| before.is_none_or(|b| !same(cell, b, is_list(column))))
            };
            if !exported.rows.contains_key(&key) || columns.iter().any(changed) {
                touched.insert(slug.value());
            }
        }
    }
    touched
}

/// The commitment a row's key names: its `id`, or an update's `commitment`.
fn slug_of(key: &str) -> &str {
    key.split('\u{0}').next().unwrap_or(key)
}

/// The language whose pages the `url` cells of the commitments' table address: the language
/// of the open data the table was exported from.
pub(crate) fn language_of<'a>(site: &'a Site, sheets: &[Sheet]) -> Option<&'a Language> {
    let sheet = sheets.iter().find(|s| s.table.name == "commitments")?;
    let table = Read::of(sheet, &mut Diagnostics::default());
    let url = sheet
        .rows
        .iter()
        .filter_map(|row| table.cell(row, "url"))
        .map(sheet::Cell::value)
        .find(|url| !url.is_empty())?;
    site.config
        .languages
        .iter()
        .find(|language| url.starts_with(&format!("{}{}/", site.config.base_url, language.code)))
}
