//! Splits an entry into its TOML front matter and its Markdown body.
//!
//! The front matter sits between two lines that hold only `+++` (trailing spaces and Windows
//! line endings allowed). The ranges returned index the original text, so every later
//! position still points at the right line and column of the file.

use std::ops::Range;
use std::sync::Arc;

use crate::diag::{Diagnostic, SourceFile};

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Split {
    pub(crate) front_matter: Range<usize>,
    pub(crate) body: Range<usize>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    NoOpening,
    NoClosing,
    /// The file opens with `---`, as YAML front matter does in other generators.
    Yaml,
}

impl Problem {
    pub(crate) fn into_diagnostic(self, file: &Arc<SourceFile>) -> Diagnostic {
        match self {
            Problem::NoOpening => Diagnostic::error("this file does not start with front matter")
                .at(file, 0..file.text.lines().next().map_or(0, str::len))
                .label("expected a line `+++` here")
                .help("start the file with a line `+++`, then the TOML fields, then another line `+++`, then the text"),
            Problem::NoClosing => Diagnostic::error("the front matter is never closed")
                .at(file, 0..3)
                .label("opened here")
                .help("add a line `+++` after the last TOML field"),
            Problem::Yaml => Diagnostic::error("front matter is TOML between `+++` lines, not YAML between `---` lines")
                .at(file, 0..3)
                .label("YAML front matter starts here")
                .help("replace both `---` lines with `+++`, and write each field as TOML, with `=` and text in quotes:\n+++\ntitle = \"Chili\"\ndate = \"2023-05-09\"\n+++"),
        }
    }
}

pub(crate) fn split(text: &str) -> Result<Split, Problem> {
    let mut lines = line_ranges(text);
    let first = lines.next().ok_or(Problem::NoOpening)?;
    if text[first.clone()].trim_end() == "---" {
        return Err(Problem::Yaml);
    }
    if !is_delimiter(&text[first.clone()]) {
        return Err(Problem::NoOpening);
    }
    let start = first.end;
    for line in lines {
        if is_delimiter(&text[line.clone()]) {
            return Ok(Split {
                front_matter: start..line.start,
                body: line.end..text.len(),
            });
        }
    }
    Err(Problem::NoClosing)
}

/// `text` with `translated_from = "<fingerprint>"` in its front matter: the value replaced
/// when the field is there, else the field added as the first line, where a top-level key
/// always belongs. Everything else stays byte for byte as the translator wrote it.
pub(crate) fn with_translated_from(text: &str, fingerprint: &str) -> Result<String, String> {
    #[derive(serde::Deserialize)]
    struct Recorded {
        translated_from: Option<toml::Spanned<String>>,
    }
    let split = split(text).map_err(|_| "the file has no front matter between `+++` lines")?;
    let front_matter = &text[split.front_matter.clone()];
    let recorded: Recorded = toml::from_str(front_matter)
        .map_err(|e| format!("its front matter is not valid TOML: {}", e.message()))?;
    let value = format!("\"{fingerprint}\"");
    let mut out = text.to_owned();
    match recorded.translated_from {
        Some(old) => {
            let span = old.span();
            out.replace_range(
                split.front_matter.start + span.start..split.front_matter.start + span.end,
                &value,
            );
        }
        None => {
            let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
            out.insert_str(
                split.front_matter.start,
                &format!("translated_from = {value}{newline}"),
            );
        }
    }
    Ok(out)
}

fn is_delimiter(line: &str) -> bool {
    line.trim_end() == "+++"
}

/// Each line's range including its line ending, so ranges tile the text.
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = text[start..]
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
        let range = start..end;
        start = end;
        Some(range)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_keeps_offsets() {
        let text = "+++\ntitle = \"x\"\n+++\nBody\n";
        let split = split(text).unwrap();
        assert_eq!(&text[split.front_matter.clone()], "title = \"x\"\n");
        assert_eq!(&text[split.body.clone()], "Body\n");
    }

    #[test]
    fn accepts_windows_line_endings() {
        let text = "+++\r\ntitle = \"x\"\r\n+++\r\nBody";
        let split = split(text).unwrap();
        assert_eq!(&text[split.front_matter], "title = \"x\"\r\n");
        assert_eq!(&text[split.body], "Body");
    }

    #[test]
    fn records_the_source_fingerprint_and_keeps_the_rest() {
        let text =
            "+++\ntitle = \"Chile\" # a comment\n\n[[updates]]\ndate = \"2023\"\n+++\nCuerpo\n";
        let marked = with_translated_from(text, "0123456789ab").unwrap();
        assert_eq!(
            marked,
            "+++\ntranslated_from = \"0123456789ab\"\ntitle = \"Chile\" # a comment\n\n[[updates]]\ndate = \"2023\"\n+++\nCuerpo\n"
        );
        assert_eq!(
            with_translated_from(&marked, "ba9876543210").unwrap(),
            marked.replace("0123456789ab", "ba9876543210")
        );
        assert_eq!(
            with_translated_from("+++\r\ntitle = \"x\"\r\n+++\r\n", "0123456789ab").unwrap(),
            "+++\r\ntranslated_from = \"0123456789ab\"\r\ntitle = \"x\"\r\n+++\r\n"
        );
        assert!(with_translated_from("no front matter", "x").is_err());
    }

    #[test]
    fn reports_missing_delimiters() {
        assert_eq!(split("title = 1\n"), Err(Problem::NoOpening));
        assert_eq!(split(""), Err(Problem::NoOpening));
        assert_eq!(split("+++\ntitle = 1\n"), Err(Problem::NoClosing));
        assert_eq!(split("---\ntitle: x\n---\n"), Err(Problem::Yaml));
    }
}
