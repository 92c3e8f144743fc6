//! `swivi new`: the text of a new content file, or of an update added to a commitment, from
//! the command line's values; and `swivi i18n new`'s language added to site.toml. Pure: the command line checks what the values name against the
//! site (see [`Refs`]) and `content` writes the file.
//!
//! Invariant: every value is written as a TOML string, number or list of strings by the `toml`
//! crate (so quotes, backslashes and new lines in a title are escaped), under the field names
//! of the file's kind; a file made from values the command line checked with [`check_slug`],
//! [`check_ref`], [`check_status`] and [`check_date`] passes `swivi check`.

use crate::content::Section;
use crate::model::Date;
use crate::model::slug::{is_country_code, is_slug};

/// What a new file holds, field by field, in the order an editor reads them.
pub(crate) struct Fields(Vec<(&'static str, toml::Value)>);

impl Fields {
    pub(crate) fn new() -> Fields {
        Fields(Vec::new())
    }

    fn with(mut self, key: &'static str, value: toml::Value) -> Fields {
        self.0.push((key, value));
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
        self.0
            .iter()
            .map(|(key, value)| format!("{key} = {value}\n"))
            .collect()
    }
}

/// A new entry file: `fields`, then each of `updates` as an `[[updates]]` table.
pub(crate) fn entry(fields: &Fields, updates: &[Fields]) -> String {
    let mut text = format!("+++\n{}", fields.toml());
    for update in updates {
        text.push_str(&update_table(update));
    }
    text.push_str("+++\n");
    text
}

fn update_table(update: &Fields) -> String {
    format!("\n[[updates]]\n{}", update.toml())
}

/// `text` (a commitment's file) with `update` added after its other updates, at the end of
/// the front matter; its body and everything else unchanged.
pub(crate) fn with_update(text: &str, update: &Fields) -> Result<String, String> {
    let split = crate::content::frontmatter::split(text)
        .map_err(|_| "the file has no front matter between `+++` lines".to_owned())?;
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let (before, after) = text.split_at(split.front_matter.end);
    // The front matter's last line may lack its new line.
    let joint = if before.is_empty() || before.ends_with('\n') {
        ""
    } else {
        newline
    };
    let table = update_table(update).replace('\n', newline);
    Ok(format!("{before}{joint}{table}{after}"))
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
    Err(format!(
        "{flag} `{slug}`: there is no content/{section}/{slug}.md\n  = help: add it first (`swivi new {} {slug} …`), or name one that exists",
        singular(section)
    ))
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
    Date::parse(text).map_err(|problem| {
        format!("{flag} `{text}`: {problem}\n  = help: write a date as YYYY-MM-DD, YYYY-MM or YYYY")
    })
}

pub(crate) fn singular(section: Section) -> &'static str {
    match section {
        Section::Countries => "country",
        Section::Pillars => "pillar",
        Section::Commitments => "commitment",
        Section::Meetings => "meeting",
        Section::Recommendations => "recommendation",
        Section::Pages => "page",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::raw::RawCommitment;

    fn arabic() -> Fields {
        Fields::new()
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
        Fields::new()
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
        let fields = Fields::new()
            .field("title", "Le \"plan\" \\ 2024\nsuite")
            .field("country", "cl")
            .list("pillars", &["a".to_owned(), "b".to_owned()])
            .field("date", "2024");
        let commitment = parsed(&entry(&fields, &[update()]));
        assert_eq!(commitment.title, "Le \"plan\" \\ 2024\nsuite");
        assert_eq!(commitment.pillars.len(), 2);
        assert_eq!(
            commitment.updates[0].get_ref().note,
            "Dit \"oui\"\net signé \\ daté."
        );
    }

    #[test]
    fn an_update_goes_after_the_tables_already_there_and_keeps_the_body() {
        let text = "+++\ntitle = \"T\"\ncountry = \"cl\"\ndate = \"2022\"\n\n[[updates]]\ndate = \"2023\"\nstatus = \"s\"\nnote = \"n\"\n\n[[indicators]]\nid = \"i\"\ntitle = \"I\"\nkind = \"qualitative\"\n+++\nThe body.\n";
        let added = with_update(text, &update()).unwrap();
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
        let added = with_update(text, &update()).unwrap();
        assert!(!added.replace("\r\n", "").contains('\n'), "{added:?}");
        assert_eq!(parsed(&added).updates.len(), 1);
    }
}
