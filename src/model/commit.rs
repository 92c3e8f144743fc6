//! A commit of the record of changes, as readers see it: its day, its message cut into
//! paragraphs, and what it did to an entry. Made in [`super::record`] from the site's git
//! history.

use std::sync::Arc;

use super::date::Date;

/// A commit that changed the content, as the record shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Commit {
    /// Its full hash.
    pub(crate) id: String,
    /// Its committer date, in seconds since 1970 (UTC).
    pub(crate) time: i64,
    /// The first line of its message.
    pub(crate) subject: String,
    /// The rest of its message; empty when it has none.
    pub(crate) body: String,
}

impl Commit {
    /// The day it was committed, in UTC, as the build's own day is.
    pub(crate) fn date(&self) -> Date {
        Date::from_days(self.time.div_euclid(86_400))
    }

    /// The moment it was committed, in UTC (`2026-12-07T01:04:16Z`).
    pub(crate) fn rfc3339(&self) -> String {
        let seconds = self.time.rem_euclid(86_400);
        let (y, m, d) = self.date().first_day();
        let (hh, mm, ss) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}Z")
    }

    /// The id of its element on the record's page, which its feed entry links to.
    pub(crate) fn anchor(&self) -> String {
        format!("commit-{}", self.short_id())
    }

    /// The rest of its message, cut at its blank lines, each paragraph by line. Git
    /// messages are wrapped by hand at about 72 characters: a paragraph's lines are joined
    /// again, except where a line begins an item of a list (`- `, `* `, `1. `).
    pub(crate) fn paragraphs(&self) -> Vec<Vec<String>> {
        let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
        for line in self.body.lines().map(str::trim) {
            let last = paragraphs.last_mut().expect("one paragraph at least");
            match last.last_mut() {
                _ if line.is_empty() => {
                    if !last.is_empty() {
                        paragraphs.push(Vec::new());
                    }
                }
                Some(previous) if !begins_item(line) => {
                    previous.push(' ');
                    previous.push_str(line);
                }
                _ => last.push(line.to_owned()),
            }
        }
        paragraphs.retain(|p| !p.is_empty());
        paragraphs
    }

    /// Its hash as people quote it: the first ten digits.
    pub(crate) fn short_id(&self) -> &str {
        &self.id[..self.id.len().min(10)]
    }
}

/// What a commit did to an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Touch {
    /// It added the canonical file.
    Added,
    /// It changed the canonical file: the facts or the original text.
    Changed,
    /// It changed only translations, in these languages (by code, in order).
    Translated(Vec<String>),
    /// It deleted the canonical file.
    Removed,
}

/// A commit on an entry's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntryChange {
    pub(crate) commit: Arc<Commit>,
    pub(crate) touch: Touch,
}

/// Whether a line of a message begins an item of a list: `- `, `* ` or a number and `. `.
fn begins_item(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    line.starts_with("- ")
        || line.starts_with("* ")
        || (digits > 0 && line[digits..].starts_with(". "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commit_is_dated_to_the_second_in_utc() {
        let commit = Commit {
            id: "2975b2e0c1d2".to_owned(),
            time: 1_796_605_456,
            subject: String::new(),
            body: String::new(),
        };
        assert_eq!(commit.rfc3339(), "2026-12-07T01:04:16Z");
        assert_eq!(commit.date().to_string(), "2026-12-07");
        assert_eq!(commit.short_id(), "2975b2e0c1");
        assert_eq!(commit.anchor(), "commit-2975b2e0c1");
    }

    #[test]
    fn a_body_is_shown_by_paragraph() {
        let commit = |body: &str| Commit {
            id: String::new(),
            time: 0,
            subject: String::new(),
            body: body.to_owned(),
        };
        assert_eq!(
            commit(
                "The source says\nso:\n- seed 003,\n  page 2\n* seed 4  \n\n \n\n12. Issue 27.\n"
            )
            .paragraphs(),
            [
                vec!["The source says so:", "- seed 003, page 2", "* seed 4"],
                vec!["12. Issue 27."]
            ]
        );
        assert!(commit("").paragraphs().is_empty());
    }
}
