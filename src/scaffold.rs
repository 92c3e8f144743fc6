//! `swivi new`: the text of a new content file, or of a commitment's (or a meeting's) file
//! with an update, an indicator, a value or a milestone added, from the command line's values;
//! and `swivi i18n new`'s language added to site.toml. Pure: the command line checks what the
//! values name against the site (see [`Refs`]), `content` reads and writes the files.
//!
//! Invariant: every value is written as a TOML string, number, inline table or list of strings
//! by the `toml` crate (so quotes, backslashes and new lines in a title are escaped), under the
//! field names of the file's kind in the content schema ([`schema`]) and in its order (see
//! [`Fields`]); a file made from values the command line checked with
//! [`check_slug`], [`check_ref`], [`check_distinct`], [`check_text`], [`check_status`],
//! [`check_date`], [`check_url`], [`check_unit`] and [`check_pillar_number`] passes `swivi
//! check`. What is added to an entry is added as text, the rest of the file kept byte for
//! byte, and only to a file that reads ([`Entry::read`]), where `swivi check` would accept
//! the result: a date or an id its kind already has, an unknown indicator or one of the other
//! kind are refused.

use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use crate::content::Section;
use crate::diag::toml::toml_error;
use crate::diag::{Diagnostic, Diagnostics, SourceFile, did_you_mean, display_path, suggest};
use crate::model::Date;
use crate::model::raw::{IndicatorKind, RawCommitment, RawIndicator, RawMeeting, RawUpdate};
use crate::model::schema::{self, Kind};
use crate::model::slug::{is_country_code, is_slug};

/// What a new file or table holds, field by field, in the order an editor reads them.
///
/// Fields of a content file, or of a table in one, are those of its kind in the content
/// schema ([`schema`]): [`Fields::of`] holds each to it as it is added, by name, order and
/// kind of value, so `swivi new` cannot write a field that `swivi check` and the browser
/// editor do not know. Adding one it does not have is a mistake in swivi, not in the values
/// given, and stops the command before anything is written.
pub(crate) struct Fields {
    /// The kind of file or table, none for a table of site.toml.
    kind: Option<&'static Kind>,
    values: Vec<(&'static str, toml::Value)>,
}

impl Fields {
    /// The fields of a file or a table of `kind`.
    pub(crate) fn of(kind: &'static Kind) -> Fields {
        Fields {
            kind: Some(kind),
            values: Vec::new(),
        }
    }

    /// The fields of a table of site.toml, which the content schema does not describe.
    pub(crate) fn settings() -> Fields {
        Fields {
            kind: None,
            values: Vec::new(),
        }
    }

    pub(crate) fn with(mut self, key: &'static str, value: toml::Value) -> Fields {
        if let Some(kind) = self.kind {
            let after = self.values.last().map(|(last, _)| *last);
            if let Err(problem) = fits(kind, after, key, &value) {
                panic!("`swivi new` writes {problem} (src/model/schema.rs)");
            }
        }
        self.values.push((key, value));
        self
    }

    pub(crate) fn field(self, key: &'static str, value: impl Into<String>) -> Fields {
        self.with(key, toml::Value::String(value.into()))
    }

    /// The field if there is a value, none if not.
    pub(crate) fn optional(self, key: &'static str, value: Option<impl Into<String>>) -> Fields {
        match value {
            Some(value) => self.field(key, value),
            None => self,
        }
    }

    pub(crate) fn number(self, key: &'static str, value: u32) -> Fields {
        self.with(key, toml::Value::Integer(i64::from(value)))
    }

    /// The field if the list is not empty.
    pub(crate) fn list(self, key: &'static str, values: &[String]) -> Fields {
        if values.is_empty() {
            return self;
        }
        let values = values.iter().cloned().map(toml::Value::String).collect();
        self.with(key, toml::Value::Array(values))
    }

    fn toml(&self) -> String {
        self.values
            .iter()
            .map(|(key, value)| format!("{key} = {value}\n"))
            .collect()
    }

    /// As an inline table: `{ date = "…", value = … }`.
    fn into_table(self) -> toml::Value {
        let table = self
            .values
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .collect();
        toml::Value::Table(table)
    }
}

/// Where a new figure or milestone comes from, as `swivi new` was told: checked already.
#[derive(Default)]
pub(crate) struct Cited {
    pub(crate) meeting: Option<String>,
    pub(crate) source: Option<String>,
    pub(crate) source_url: Option<String>,
}

impl Cited {
    /// `fields` followed by these, the schema's last fields of a value and of a milestone.
    fn after(&self, fields: Fields) -> Fields {
        fields
            .optional("meeting", self.meeting.clone())
            .optional("source", self.source.clone())
            .optional("source_url", self.source_url.clone())
    }
}

/// Whether `key` = `value` is a field of `kind` that may come after the field `after`: what
/// is wrong if not.
fn fits(
    kind: &'static Kind,
    after: Option<&str>,
    key: &str,
    value: &toml::Value,
) -> Result<(), String> {
    use schema::Value as V;
    use toml::Value as T;
    let fields: Vec<&schema::Field> = kind.front_matter().collect();
    let place = |name: &str| fields.iter().position(|f| f.name == name);
    let Some(at) = place(key) else {
        return Err(format!(
            "`{key}`, which the schema's `{}` does not have",
            kind.name
        ));
    };
    if let Some(after) = after
        && place(after).is_none_or(|before| before >= at)
    {
        return Err(format!(
            "`{key}` after `{after}`, out of the schema's order for `{}`",
            kind.name
        ));
    }
    let fits = match (fields[at].value, value) {
        (V::Integer, T::Integer(_)) | (V::Figure, T::Integer(_) | T::Float(_)) => true,
        (V::Flag, T::Boolean(_)) => true,
        (V::Choice(words), T::String(word)) => words.contains(&word.as_str()),
        (
            V::Line
            | V::Paragraph
            | V::Id
            | V::Date
            | V::Url
            | V::Status
            | V::Ref(_)
            | V::Fingerprint,
            T::String(_),
        ) => true,
        (V::Refs(_) | V::Lines, T::Array(items)) => items.iter().all(toml::Value::is_str),
        (V::Table(inner), T::Table(table)) => {
            let mut after = None;
            table.iter().all(|(key, value)| {
                let fits = fits(inner, after, key, value).is_ok();
                after = Some(key.as_str());
                fits
            })
        }
        _ => false,
    };
    match fits {
        true => Ok(()),
        false => Err(format!(
            "`{key} = {value}`, which is not what `{key}` of the schema's `{}` holds",
            kind.name
        )),
    }
}

/// The name of the list of tables of `kind` in a file or a table of `within`: `updates` in a
/// commitment. A table comes after the fields of the file or table it is in, so it is in the
/// schema's order wherever it goes after them.
fn list_of(within: &'static Kind, kind: &'static Kind) -> &'static str {
    let list = within
        .fields
        .iter()
        .find(|f| matches!(f.value, schema::Value::List(k) if std::ptr::eq(k, kind)));
    match list {
        Some(list) => list.name,
        None => panic!(
            "`swivi new` writes a list of `{}` in a `{}`, which the content schema does not have (src/model/schema.rs)",
            kind.name, within.name
        ),
    }
}

/// A new entry file: `fields`, then each of `updates` as an `[[updates]]` table.
pub(crate) fn entry(fields: &Fields, updates: &[Fields]) -> String {
    let mut text = format!("+++\n{}", fields.toml());
    for update in updates {
        let kind = fields.kind.expect("the fields of a content file");
        text.push_str(&table(kind, update));
    }
    text.push_str("+++\n");
    text
}

/// `fields` as the table of a list of the file or table of `kind`, after a blank line.
fn table(kind: &'static Kind, fields: &Fields) -> String {
    let list = list_of(kind, fields.kind.expect("a table of a content file"));
    format!("\n[[{list}]]\n{}", fields.toml())
}

/// `text` with `table` inserted at byte `at` (the start of a line, or the end of the front
/// matter), in the file's own line endings; everything else unchanged.
fn inserted(text: &str, at: usize, table: &str) -> String {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let (before, after) = text.split_at(at);
    // The front matter's last line may lack its new line.
    let joint = if before.is_empty() || before.ends_with('\n') {
        ""
    } else {
        newline
    };
    let table = table.replace('\n', newline);
    format!("{before}{joint}{table}{after}")
}

/// The canonical file of a commitment or a meeting as `swivi new` adds to it: its text as
/// the editor wrote it (kept byte for byte, comments and all), and what it says.
pub(crate) struct Entry {
    /// The file, as the editor knows it (`content/commitments/…`).
    path: String,
    /// The entry as the command line names it: `cl-integration`, `meetings/cam-2023-05-09`.
    name: String,
    text: String,
    front_matter: Range<usize>,
    /// A commitment's or a meeting's.
    kind: &'static Kind,
    /// When the commitment was made, or the meeting started.
    date: Date,
    updates: Vec<Spanned<RawUpdate>>,
    indicators: Vec<RawIndicator>,
}

impl Entry {
    /// The file as it is, before anything is added to it.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The file `path` of the entry `name` of `section` (commitments or meetings), holding
    /// `text`; refused, with `swivi check`'s own error, when its front matter does not read:
    /// nothing is added to a file that is already wrong.
    pub(crate) fn read(
        path: &Path,
        section: Section,
        name: &str,
        text: String,
    ) -> Result<Entry, String> {
        let shown = display_path(path);
        let file = SourceFile::new(path, text.clone());
        let cannot = |problem: Diagnostic| {
            let mut diags = Diagnostics::default();
            diags.push(problem);
            format!(
                "{shown} does not pass `swivi check`, so nothing was added to it\n  = help: correct this first, then run the command again:\n\n{}",
                diags.render_plain().trim_end()
            )
        };
        let split = crate::content::frontmatter::split(&text)
            .map_err(|problem| cannot(problem.into_diagnostic(&file)))?;
        let front_matter = &text[split.front_matter.clone()];
        let unreadable =
            |error: toml::de::Error| cannot(toml_error(&file, split.front_matter.start, &error));
        let (date, updates, indicators) = if section == Section::Meetings {
            let raw: RawMeeting = toml::from_str(front_matter).map_err(unreadable)?;
            (raw.start, Vec::new(), raw.indicators)
        } else {
            let raw: RawCommitment = toml::from_str(front_matter).map_err(unreadable)?;
            (raw.date, raw.updates, raw.indicators)
        };
        Ok(Entry {
            path: shown,
            name: name.to_owned(),
            text,
            front_matter: split.front_matter,
            kind: schema::of(section),
            date,
            updates,
            indicators,
        })
    }

    /// The text with `update`, dated `date` and named `id` if it has one, after the other
    /// updates, at the end of the front matter.
    pub(crate) fn with_update(
        &self,
        date: Date,
        id: Option<&str>,
        update: &Fields,
        today: Date,
    ) -> Result<String, String> {
        if let Some(id) = id {
            let ids = self.updates.iter().map(|u| u.get_ref().id.as_ref());
            new_item_id("update", id, ids, &self.path)?;
        }
        if self
            .updates
            .iter()
            .any(|u| *u.get_ref().date.get_ref() == date)
        {
            return Err(format!(
                "{} already has an update dated {date}; nothing was written\n  = help: a commitment has one update per date: edit that update, or give this one its own date",
                self.path
            ));
        }
        if date.wholly_before(&self.date) {
            return Err(format!(
                "--date {date} is before the commitment was made ({}); nothing was written\n  = help: an update reports on the commitment after it was made: check the date",
                self.date
            ));
        }
        not_after_today("--date", date, today)?;
        Ok(inserted(
            &self.text,
            self.front_matter.end,
            &table(self.kind, update),
        ))
    }

    /// The text with a new indicator `id` after the others, at the end of the front matter.
    pub(crate) fn with_indicator(&self, id: &str, indicator: &Fields) -> Result<String, String> {
        if !is_slug(id) {
            return Err(format!(
                "`{id}` is not a valid indicator id; nothing was written\n  = help: use lower-case letters, digits and single hyphens, e.g. `people-regularized`"
            ));
        }
        if self.indicators.iter().any(|i| i.id.get_ref() == id) {
            return Err(format!(
                "{} already has an indicator `{id}`; nothing was written\n  = help: choose another id, or add to that one (`swivi new value` or `swivi new milestone`)",
                self.path
            ));
        }
        let table = table(self.kind, indicator);
        Ok(inserted(&self.text, self.front_matter.end, &table))
    }

    /// The text with a measured `value` of the quantitative indicator `id` on `date`, after
    /// the indicator's other values.
    pub(crate) fn with_value(
        &self,
        id: &str,
        date: Date,
        value: f64,
        cited: &Cited,
        today: Date,
    ) -> Result<String, String> {
        let (index, indicator) = self.indicator(id)?;
        if *indicator.kind.get_ref() != IndicatorKind::Quantitative {
            return Err(format!(
                "the indicator `{id}` is qualitative: it has milestones, not values; nothing was written\n  = help: add a milestone instead: `swivi new milestone {} {id} --date {date} --note \"…\"`",
                self.name
            ));
        }
        if indicator
            .values
            .iter()
            .any(|v| *v.get_ref().date.get_ref() == date)
        {
            return Err(format!(
                "the indicator `{id}` already has a value dated {date}; nothing was written\n  = help: keep one value per date: correct that value in {}, or give this one its own date",
                self.path
            ));
        }
        if let Some(baseline) = &indicator.baseline
            && date.wholly_before(baseline.get_ref().date.get_ref())
        {
            return Err(format!(
                "--date {date} is before the indicator's baseline ({}); nothing was written\n  = help: a value measures progress from the baseline: check the date",
                baseline.get_ref().date.get_ref()
            ));
        }
        not_after_today("--date", date, today)?;
        let fields = Fields::of(&schema::POINT)
            .field("date", date.to_string())
            .with("value", figure(value)?);
        self.with_subtable(index, &cited.after(fields))
    }

    /// The text with a milestone of the qualitative indicator `id` reached on `date`, after
    /// the indicator's other milestones.
    pub(crate) fn with_milestone(
        &self,
        id: &str,
        date: Date,
        milestone_id: Option<&str>,
        note: &str,
        cited: &Cited,
        today: Date,
    ) -> Result<String, String> {
        let (index, indicator) = self.indicator(id)?;
        if *indicator.kind.get_ref() != IndicatorKind::Qualitative {
            return Err(format!(
                "the indicator `{id}` is quantitative: it has values, not milestones; nothing was written\n  = help: add a value instead: `swivi new value {} {id} --date {date} --value …`",
                self.name
            ));
        }
        if let Some(milestone_id) = milestone_id {
            let ids = indicator.milestones.iter().map(|m| m.get_ref().id.as_ref());
            new_item_id("milestone", milestone_id, ids, &self.path)?;
        }
        if indicator
            .milestones
            .iter()
            .any(|m| *m.get_ref().date.get_ref() == date)
        {
            return Err(format!(
                "the indicator `{id}` already has a milestone dated {date}; nothing was written\n  = help: each milestone is named by its date: edit that milestone in {}, or give this one its own date",
                self.path
            ));
        }
        not_after_today("--date", date, today)?;
        let fields = Fields::of(&schema::MILESTONE)
            .optional("id", milestone_id)
            .field("date", date.to_string())
            .field("note", note);
        self.with_subtable(index, &cited.after(fields))
    }

    /// The indicator `id`, with its place among the commitment's indicators.
    fn indicator(&self, id: &str) -> Result<(usize, &RawIndicator), String> {
        let found = self
            .indicators
            .iter()
            .enumerate()
            .find(|(_, i)| i.id.get_ref() == id);
        found.ok_or_else(|| {
            let ids: Vec<&str> = self
                .indicators
                .iter()
                .map(|i| i.id.get_ref().as_str())
                .collect();
            let help = if ids.is_empty() {
                format!(
                    "{} has no indicator yet: add one first (`swivi new indicator {} {id} …`)",
                    self.path, self.name
                )
            } else {
                did_you_mean(id, &ids, "indicators")
            };
            format!(
                "{} has no indicator `{id}`; nothing was written\n  = help: {help}",
                self.path
            )
        })
    }

    /// The text with `fields` as a table of the indicator at `index` (`[[indicators.values]]`,
    /// `[[indicators.milestones]]`), placed after the indicator's own lines and tables (before
    /// the next table that is not one of its own), so that TOML gives it to that indicator.
    /// Read back to make sure it did.
    fn with_subtable(&self, index: usize, fields: &Fields) -> Result<String, String> {
        let header = format!(
            "{}.{}",
            list_of(self.kind, &schema::INDICATOR),
            list_of(
                &schema::INDICATOR,
                fields.kind.expect("an indicator's table")
            )
        );
        let indicator = &self.indicators[index];
        let id_at = self.front_matter.start + indicator.id.span().start;
        let at = end_of_table(&self.text, id_at, self.front_matter.end);
        let text = inserted(&self.text, at, &format!("[[{header}]]\n{}", fields.toml()));
        let entries = |i: &RawIndicator| i.values.len() + i.milestones.len();
        let added = crate::content::frontmatter::split(&text)
            .ok()
            .and_then(|split| toml::from_str::<Indicators>(&text[split.front_matter]).ok())
            .and_then(|raw| raw.indicators.get(index).map(entries))
            .is_some_and(|now| now == entries(indicator) + 1);
        if !added {
            return Err(format!(
                "the indicator `{}` of {} is written in a way `swivi new` cannot add to; nothing was written\n  = help: add it by hand, as a table after the indicator's lines:\n[[{header}]]\n{}",
                indicator.id.get_ref(),
                self.path,
                fields.toml().trim_end()
            ));
        }
        Ok(text)
    }
}

/// The indicators of a commitment's or a meeting's front matter, the rest left unread.
#[derive(serde::Deserialize)]
struct Indicators {
    #[serde(default)]
    indicators: Vec<RawIndicator>,
}

/// `id` as the id of a new update or milestone (`what`) of a list whose items have `ids`: a
/// slug that none has. Translations name the item by it.
fn new_item_id<'a>(
    what: &str,
    id: &str,
    mut ids: impl Iterator<Item = Option<&'a Spanned<String>>>,
    path: &str,
) -> Result<(), String> {
    if !is_slug(id) {
        return Err(format!(
            "--id `{id}` is not a valid {what} id; nothing was written\n  = help: use lower-case letters, digits and single hyphens, e.g. `cam-2023-05`"
        ));
    }
    if ids.any(|taken| taken.is_some_and(|taken| taken.get_ref() == id)) {
        return Err(format!(
            "{path} already has {} {what} with the id `{id}`; nothing was written\n  = help: translations name the {what} by its id, so each {what} has its own: choose another",
            if what.starts_with('u') { "an" } else { "a" }
        ));
    }
    Ok(())
}

/// Where the table that holds byte `inside` ends, with its sub-tables (`[[indicators.…]]`):
/// after its last line that is not blank, before the next line that opens another table, or
/// at `end` (the front matter's end). Blank lines before that table stay after the insertion.
fn end_of_table(text: &str, inside: usize, end: usize) -> usize {
    let mut line_start = text[..inside].rfind('\n').map_or(0, |i| i + 1);
    let mut last_line_end = end;
    while line_start < end {
        let line_end = text[line_start..end]
            .find('\n')
            .map_or(end, |i| line_start + i + 1);
        let line = text[line_start..line_end].trim();
        let own = line.starts_with("[[indicators.") || line.starts_with("[indicators.");
        if line.starts_with('[') && !own {
            break;
        }
        if !line.is_empty() {
            last_line_end = line_end;
        }
        line_start = line_end;
    }
    last_line_end
}

/// A baseline or a target: `{ date = "…", value = … }`.
pub(crate) fn point(date: Date, value: f64) -> Result<toml::Value, String> {
    let point = Fields::of(&schema::POINT)
        .field("date", date.to_string())
        .with("value", figure(value)?);
    Ok(point.into_table())
}

/// `url` as a source's address for `flag`: a web address, as `swivi check` requires.
pub(crate) fn check_url(flag: &str, url: &str) -> Result<(), String> {
    match crate::model::slug::web_address_problem(url) {
        None => Ok(()),
        Some(problem) => Err(format!(
            "{flag} `{url}` {problem}\n  = help: write the full address, as the browser shows it, starting with https://"
        )),
    }
}

/// A figure as TOML writes it: a whole number without a decimal point.
fn figure(value: f64) -> Result<toml::Value, String> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if !value.is_finite() {
        return Err(format!(
            "{value} is not a figure\n  = help: write the figure with digits, e.g. 12.5"
        ));
    }
    Ok(if value.fract() == 0.0 && value.abs() < EXACT {
        toml::Value::Integer(value as i64)
    } else {
        toml::Value::Float(value)
    })
}

/// `date` of `flag` as the date of what has been measured or reported: not after `today`.
pub(crate) fn not_after_today(flag: &str, date: Date, today: Date) -> Result<(), String> {
    if today.wholly_before(&date) {
        return Err(format!(
            "{flag} {date} is after today ({today}); nothing was written\n  = help: swivi records what has happened: add it once it has"
        ));
    }
    Ok(())
}

/// `text` (site.toml) with `language` added as a `[[languages]]` table after the last one, so
/// that the switcher shows it last; every other line, comment and blank as it was. The
/// comments and blank lines just before the next table stay with that table.
pub(crate) fn with_language(text: &str, language: &Fields) -> Result<String, String> {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let is_header = |line: &str| line.trim_start().starts_with('[');
    let last = lines
        .iter()
        .rposition(|line| line.trim_start().starts_with("[[languages]]"))
        .ok_or("site.toml has no `[[languages]]` table to add the language after")?;
    let next_header = (last + 1..lines.len())
        .find(|&i| is_header(lines[i]))
        .unwrap_or(lines.len());
    let end = (last + 1..next_header)
        .rev()
        .find(|&i| {
            let line = lines[i].trim();
            !line.is_empty() && !line.starts_with('#')
        })
        .map_or(last + 1, |i| i + 1);
    let before: String = lines[..end].concat();
    let after: String = lines[end..].concat();
    let joint = if before.ends_with('\n') { "" } else { newline };
    let table = format!("\n[[languages]]\n{}", language.toml()).replace('\n', newline);
    let gap = if after.is_empty() || after.starts_with(['\r', '\n']) {
        ""
    } else {
        newline
    };
    Ok(format!("{before}{joint}{table}{gap}{after}"))
}

/// What the values of `swivi new` name, as the site has them.
pub(crate) trait Refs {
    /// Whether the site has an entry `slug` in `section`.
    fn has(&self, section: Section, slug: &str) -> bool;
    /// The site's statuses, by id.
    fn statuses(&self) -> Vec<String>;
    /// The number of each pillar, by slug, as its file gives it.
    fn pillar_numbers(&self) -> Vec<(String, u32)>;
    /// The slugs of `section`'s entries.
    fn slugs(&self, section: Section) -> Vec<String>;
}

/// The `number` a pillar's file gives, if it reads.
pub(crate) fn pillar_number(text: &str) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct Numbered {
        number: Option<u32>,
    }
    let split = crate::content::frontmatter::split(text).ok()?;
    toml::from_str::<Numbered>(&text[split.front_matter])
        .ok()?
        .number
}

/// `number` as the number of a new pillar: one no other pillar has.
pub(crate) fn check_pillar_number(refs: &dyn Refs, number: u32) -> Result<(), String> {
    let taken = refs.pillar_numbers();
    let Some((slug, _)) = taken.iter().find(|(_, n)| *n == number) else {
        return Ok(());
    };
    let numbers: std::collections::BTreeSet<u32> = taken.iter().map(|(_, n)| *n).collect();
    let free = (1..).find(|n| !numbers.contains(n)).unwrap_or_default();
    let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
    Err(format!(
        "--number {number} is already the number of the pillar `{slug}`; nothing was written\n  = help: each pillar has its own number: {} taken, {free} is free",
        match list.as_slice() {
            [one] => format!("{one} is"),
            _ => format!("{} are", list.join(", ")),
        }
    ))
}

/// The problems with `value` for `flag`, if it names what is not there.
pub(crate) fn check_ref(
    refs: &dyn Refs,
    flag: &str,
    section: Section,
    slug: &str,
) -> Result<(), String> {
    if refs.has(section, slug) {
        return Ok(());
    }
    let slugs = refs.slugs(section);
    let slugs: Vec<&str> = slugs.iter().map(String::as_str).collect();
    let kind = singular(section);
    let list = did_you_mean(slug, &slugs, section.name());
    if slug.trim().is_empty() {
        return Err(format!(
            "{flag} is empty; nothing was written\n  = help: name a {kind} by its {}: {list}",
            if section == Section::Countries {
                "code"
            } else {
                "slug"
            }
        ));
    }
    let help = match suggest(slug, slugs.iter().copied()) {
        Some(_) => list,
        None if check_slug(section, slug).is_err() => list,
        None if slugs.is_empty() => format!("add it first (`swivi new {kind} {slug} …`)"),
        None => {
            format!("add it first (`swivi new {kind} {slug} …`), or name one that exists: {list}")
        }
    };
    Err(format!(
        "{flag} `{slug}`: there is no content/{section}/{slug}.md\n  = help: {help}"
    ))
}

/// `values` of the repeated `flag`: each named once, as `swivi check` requires.
pub(crate) fn check_distinct(flag: &str, values: &[String]) -> Result<(), String> {
    let repeated = values
        .iter()
        .enumerate()
        .find(|(i, value)| values[..*i].contains(value));
    match repeated {
        Some((_, value)) => Err(format!(
            "{flag} `{value}` is given twice; nothing was written\n  = help: name each once"
        )),
        None => Ok(()),
    }
}

/// `value` of `flag` as text readers see: some text, not only spaces.
pub(crate) fn check_text(flag: &str, value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err(format!(
            "{flag} is empty; nothing was written\n  = help: write the text readers will see, e.g. {flag} \"…\""
        ));
    }
    Ok(())
}

/// `value` of an optional `flag`, if given, as text readers see.
pub(crate) fn check_optional_text(flag: &str, value: Option<&str>) -> Result<(), String> {
    match value {
        Some(value) if value.trim().is_empty() => Err(format!(
            "{flag} is empty; nothing was written\n  = help: write the text readers will see, or leave {flag} out"
        )),
        _ => Ok(()),
    }
}

/// `unit` as the unit of a new quantitative indicator: a word or a code, not a symbol, as
/// `swivi check` requires.
pub(crate) fn check_unit(unit: &str) -> Result<(), String> {
    check_text("--unit", unit)?;
    match crate::model::unit::misread(unit) {
        Some(misread) => Err(format!(
            "--unit {}; nothing was written\n  = help: {}",
            misread.message, misread.help
        )),
        None => Ok(()),
    }
}

pub(crate) fn check_status(refs: &dyn Refs, status: &str) -> Result<(), String> {
    let statuses = refs.statuses();
    if statuses.iter().any(|s| s == status) {
        return Ok(());
    }
    Err(format!(
        "--status `{status}` is not a status of this site\n  = help: one of {} (site.toml's [[statuses]])",
        statuses.join(", ")
    ))
}

/// `slug` as the name of a new entry of `section`.
pub(crate) fn check_slug(section: Section, slug: &str) -> Result<(), String> {
    let ok = match section {
        Section::Countries => is_country_code(slug),
        _ => is_slug(slug),
    };
    if ok {
        return Ok(());
    }
    Err(match section {
        Section::Countries => format!(
            "`{slug}` is not a country code\n  = help: use the ISO 3166-1 alpha-2 code in lower case, e.g. `cl`"
        ),
        _ => format!(
            "`{slug}` is not a valid name for an entry\n  = help: use lower-case letters, digits and single hyphens, e.g. `cl-integration`"
        ),
    })
}

/// `text` as a date for `flag`.
pub(crate) fn check_date(flag: &str, text: &str) -> Result<Date, String> {
    // The problem starts with the date as written: `2024-13-01` has no month 13…
    Date::parse(text).map_err(|problem| {
        format!(
            "{flag} {problem}; nothing was written\n  = help: a date is a day, a month or a year: YYYY-MM-DD, YYYY-MM or YYYY"
        )
    })
}

pub(crate) fn singular(section: Section) -> &'static str {
    match section {
        Section::Countries => "country",
        Section::Pillars => "pillar",
        Section::Commitments => "commitment",
        Section::Meetings => "meeting",
        Section::Recommendations => "recommendation",
        Section::Organisations => "organisation",
        Section::Pages => "page",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(
        expected = "`swivi new` writes `date` after `note`, out of the schema's order for `milestone`"
    )]
    fn a_field_out_of_the_schema_s_order_is_a_mistake_of_swivi_new() {
        let _ = Fields::of(&schema::MILESTONE)
            .field("note", "Votée")
            .field("date", "2024");
    }

    #[test]
    fn only_the_fields_of_the_schema_fit_with_their_kind_of_value() {
        let text = |t: &str| toml::Value::String(t.to_owned());
        let point = |key: &str| {
            let mut table = toml::Table::new();
            table.insert("date".to_owned(), text("2024"));
            table.insert(key.to_owned(), toml::Value::Integer(3));
            toml::Value::Table(table)
        };
        let indicator = &schema::INDICATOR;
        assert_eq!(
            fits(indicator, Some("kind"), "baseline", &point("value")),
            Ok(())
        );
        assert_eq!(
            fits(indicator, Some("id"), "kind", &text("qualitative")),
            Ok(())
        );
        let refused = [
            fits(&schema::UPDATE, None, "sources", &text("Décret")),
            fits(indicator, Some("unit"), "kind", &text("qualitative")),
            fits(indicator, Some("id"), "kind", &text("qualitatif")),
            fits(indicator, Some("kind"), "baseline", &point("valeur")),
            fits(&schema::PILLAR, Some("title"), "number", &text("3")),
            fits(&schema::MEETING, None, "countries", &text("cl")),
        ];
        assert_eq!(
            refused.map(|r| r.unwrap_err()),
            [
                "`sources`, which the schema's `update` does not have",
                "`kind` after `unit`, out of the schema's order for `indicator`",
                "`kind = \"qualitatif\"`, which is not what `kind` of the schema's `indicator` holds",
                "`baseline = { date = \"2024\", valeur = 3 }`, which is not what `baseline` of the schema's `indicator` holds",
                "`number = \"3\"`, which is not what `number` of the schema's `pillar` holds",
                "`countries = \"cl\"`, which is not what `countries` of the schema's `meeting` holds",
            ]
        );
    }

    #[test]
    #[should_panic(expected = "a list of `update` in a `meeting`")]
    fn a_table_goes_only_in_a_list_of_its_kind() {
        let _ = table(&schema::MEETING, &update());
    }

    fn arabic() -> Fields {
        Fields::settings()
            .field("code", "ar")
            .field("name", "العربية")
            .list("fallback", &["en".to_owned()])
    }

    #[test]
    fn a_language_goes_after_the_last_languages_table_and_nothing_else_moves() {
        let site = "# Settings.\nbase_url = \"https://example.org/\"\n\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n\n[[languages]]\ncode = \"en\"\n# Dates as the UN writes them.\nlocale = \"en-001\"\n\n# The statuses, in order.\n[[statuses]]\nid = \"done\"\n";
        assert_eq!(
            with_language(site, &arabic()).unwrap(),
            "# Settings.\nbase_url = \"https://example.org/\"\n\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n\n[[languages]]\ncode = \"en\"\n# Dates as the UN writes them.\nlocale = \"en-001\"\n\n[[languages]]\ncode = \"ar\"\nname = \"العربية\"\nfallback = [\"en\"]\n\n# The statuses, in order.\n[[statuses]]\nid = \"done\"\n"
        );
    }

    #[test]
    fn a_language_at_the_end_of_the_file_and_windows_new_lines() {
        let site = "[[languages]]\r\ncode = \"fr\"\r\nname = \"Français\"";
        assert_eq!(
            with_language(site, &arabic()).unwrap(),
            "[[languages]]\r\ncode = \"fr\"\r\nname = \"Français\"\r\n\r\n[[languages]]\r\ncode = \"ar\"\r\nname = \"العربية\"\r\nfallback = [\"en\"]\r\n"
        );
        assert!(with_language("languages = []\n", &arabic()).is_err());
    }

    fn update() -> Fields {
        Fields::of(&schema::UPDATE)
            .field("date", "2024-03-12")
            .field("status", "in-progress")
            .field("note", "Dit \"oui\"\net signé \\ daté.")
    }

    /// The front matter of `text`, parsed as a commitment's.
    fn parsed(text: &str) -> RawCommitment {
        let split = crate::content::frontmatter::split(text).expect("front matter");
        toml::from_str(&text[split.front_matter]).expect("a commitment's front matter")
    }

    #[test]
    fn values_are_escaped_and_read_back_as_written() {
        let fields = Fields::of(&schema::COMMITMENT)
            .field("title", "Le \"plan\" \\ 2024\nsuite")
            .field("country", "cl")
            .list("pillars", &["a".to_owned(), "b".to_owned()])
            .field("date", "2024");
        let commitment = parsed(&entry(&fields, &[update()]));
        assert_eq!(commitment.title.get_ref(), "Le \"plan\" \\ 2024\nsuite");
        assert_eq!(commitment.pillars.len(), 2);
        assert_eq!(
            commitment.updates[0].get_ref().note,
            "Dit \"oui\"\net signé \\ daté."
        );
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn commitment(text: &str) -> Entry {
        let path = Path::new("content/commitments/c.md");
        Entry::read(path, Section::Commitments, "c", text.to_owned())
            .unwrap_or_else(|e| panic!("{e}"))
    }

    const TODAY: &str = "2026-01-01";

    #[test]
    fn an_update_goes_after_the_tables_already_there_and_keeps_the_body() {
        let text = "+++\ntitle = \"T\"\ncountry = \"cl\"\ndate = \"2022\"\n\n[[updates]]\ndate = \"2023\"\nstatus = \"s\"\nnote = \"n\"\n\n[[indicators]]\nid = \"i\"\ntitle = \"I\"\nkind = \"qualitative\"\n+++\nThe body.\n";
        let added = commitment(text)
            .with_update(date("2024-03-12"), None, &update(), date(TODAY))
            .unwrap();
        assert!(added.starts_with(text.split("+++\nThe body").next().unwrap()));
        assert!(added.ends_with("+++\nThe body.\n"), "{added}");
        let commitment = parsed(&added);
        assert_eq!(commitment.updates.len(), 2);
        assert_eq!(
            commitment.updates[1].get_ref().note,
            "Dit \"oui\"\net signé \\ daté."
        );
        assert_eq!(commitment.indicators.len(), 1);
    }

    #[test]
    fn an_update_keeps_the_file_s_line_endings() {
        let text = "+++\r\ntitle = \"T\"\r\ncountry = \"cl\"\r\ndate = \"2022\"\r\n+++\r\nBody\r\n";
        let added = commitment(text)
            .with_update(date("2024-03-12"), None, &update(), date(TODAY))
            .unwrap();
        assert!(!added.replace("\r\n", "").contains('\n'), "{added:?}");
        assert_eq!(parsed(&added).updates.len(), 1);
    }

    const TWO_INDICATORS: &str = "+++\ntitle = \"T\"\ncountry = \"cl\"\ndate = \"2022\"\n\n[[indicators]]\nid = \"people\"\ntitle = \"P\"\nkind = \"quantitative\"\nunit = \"people\" # counted by the ministry\n[[indicators.values]]\ndate = \"2023\"\nvalue = 10\n\n[[indicators]]\nid = \"law\"\ntitle = \"L\"\nkind = \"qualitative\"\n+++\nBody\n";

    #[test]
    fn a_value_goes_after_its_indicator_s_own_values_whatever_follows() {
        let added = commitment(TWO_INDICATORS)
            .with_value(
                "people",
                date("2024-05"),
                12.5,
                &Cited::default(),
                date(TODAY),
            )
            .unwrap();
        assert_eq!(
            added,
            TWO_INDICATORS.replace(
                "value = 10\n",
                "value = 10\n[[indicators.values]]\ndate = \"2024-05\"\nvalue = 12.5\n"
            )
        );
        let added = commitment(&added)
            .with_milestone(
                "law",
                date("2024"),
                None,
                "Voted",
                &Cited::default(),
                date(TODAY),
            )
            .unwrap();
        assert!(
            added.ends_with("kind = \"qualitative\"\n[[indicators.milestones]]\ndate = \"2024\"\nnote = \"Voted\"\n+++\nBody\n"),
            "{added}"
        );
        let raw = parsed(&added);
        assert_eq!(raw.indicators[0].values.len(), 2);
        assert_eq!(raw.indicators[1].milestones.len(), 1);
    }

    #[test]
    fn what_check_would_refuse_is_not_added() {
        let c = commitment(TWO_INDICATORS);
        let today = date(TODAY);
        let refused = [
            c.with_value("peple", date("2024"), 1.0, &Cited::default(), today),
            c.with_value("law", date("2024"), 1.0, &Cited::default(), today),
            c.with_value("people", date("2023"), 1.0, &Cited::default(), today),
            c.with_value("people", date("2027"), 1.0, &Cited::default(), today),
            c.with_milestone("people", date("2024"), None, "n", &Cited::default(), today),
            c.with_indicator("law", &Fields::of(&schema::INDICATOR)),
        ];
        let firsts: Vec<String> = refused
            .into_iter()
            .map(|r| r.unwrap_err().lines().next().unwrap().to_owned())
            .collect();
        assert_eq!(
            firsts,
            [
                "content/commitments/c.md has no indicator `peple`; nothing was written",
                "the indicator `law` is qualitative: it has milestones, not values; nothing was written",
                "the indicator `people` already has a value dated 2023; nothing was written",
                "--date 2027 is after today (2026-01-01); nothing was written",
                "the indicator `people` is quantitative: it has values, not milestones; nothing was written",
                "content/commitments/c.md already has an indicator `law`; nothing was written",
            ]
        );
    }

    #[test]
    fn a_value_written_in_an_inline_list_is_left_to_the_editor() {
        let text = "+++\ntitle = \"T\"\ncountry = \"cl\"\ndate = \"2022\"\n[[indicators]]\nid = \"p\"\ntitle = \"P\"\nkind = \"quantitative\"\nunit = \"USD\"\nvalues = [{ date = \"2023\", value = 1 }]\n+++\n";
        let refused = commitment(text)
            .with_value("p", date("2024"), 2.0, &Cited::default(), date(TODAY))
            .unwrap_err();
        assert!(
            refused.starts_with("the indicator `p` of content/commitments/c.md is written in a way `swivi new` cannot add to; nothing was written\n"),
            "{refused}"
        );
    }
}
