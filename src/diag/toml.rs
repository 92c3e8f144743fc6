//! TOML errors in the words of an editor: serde's and the TOML parser's messages, read and
//! rewritten with the line and column of the mistake and how to fix it. Used by every reader
//! of TOML (site.toml, front matter, the map layout), so each states its mistakes alike.

use std::sync::Arc;

use super::{Diagnostic, SourceFile, suggest};

pub(crate) fn toml_error(
    file: &Arc<SourceFile>,
    offset: usize,
    error: &toml::de::Error,
) -> Diagnostic {
    let span = error
        .span()
        .map_or(offset..offset, |s| s.start + offset..s.end + offset);
    let message = error.message().lines().next().unwrap_or_default().trim();
    if let Some((field, expected)) = unknown_field(message) {
        let diagnostic = Diagnostic::error(format!("unknown field `{field}`")).at(file, span);
        return match suggest(&field, expected.iter().map(String::as_str)) {
            Some(close) => diagnostic.help(format!("did you mean `{close}`?")),
            None if expected.is_empty() => diagnostic.help("this table takes no fields"),
            None => diagnostic.help(format!(
                "the fields allowed here are {}",
                expected
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return Diagnostic::error(format!("`{field}` is missing"))
            .at(file, span)
            .help(format!(
                "add `{field} = …` to the front matter; docs/content.md says what it holds"
            ));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if rest.starts_with("map, expected a sequence")
            && let Some(name) = single_bracket_header(&file.text, span.start)
        {
            return Diagnostic::error(format!(
                "`[{name}]` opens a single table, and `{name}` is a list of tables"
            ))
            .at(file, span)
            .help(format!(
                "write the header with two brackets, `[[{name}]]`, once before each of them"
            ));
        }
        return Diagnostic::error(format!("wrong kind of value: {}", plain_types(rest)))
            .at(file, span)
            .help("see docs/content.md for the type of each field");
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        return Diagnostic::error(format!("value out of range: {}", plain_types(rest)))
            .at(file, span)
            .help("see docs/content.md for the values this field takes");
    }
    if message == "wanted string or table" {
        // An enum's value (an indicator's `kind`) that is no text.
        return Diagnostic::error("wrong kind of value: expected text in quotes")
            .at(file, span)
            .help("see docs/content.md for the values this field takes");
    }
    if message.starts_with("invalid multi-line") {
        return Diagnostic::error("this text over several lines is never closed")
            .at(file, span)
            .help("end it with the three quotes it starts with: `\"\"\"` (or `'''`)");
    }
    if message.starts_with("string values must be quoted") {
        return Diagnostic::error("text must be in quotes")
            .at(file, span)
            .help("write it between double quotes, e.g. `title = \"Chili\"`");
    }
    let line_before = file.text[..span.start]
        .rsplit('\n')
        .next()
        .unwrap_or_default();
    if message.starts_with("key with no value") && line_before.trim_end().ends_with(':') {
        return Diagnostic::error("a field is written `name = value`, not `name: value`")
            .at(file, span)
            .help("front matter is TOML: replace `:` with ` = ` and put text in quotes, e.g. `title = \"Chili\"`");
    }
    if message.starts_with("invalid basic string") || message.starts_with("invalid literal string")
    {
        return Diagnostic::error("this text in quotes is never closed")
            .at(file, span)
            .label("the line ends before the closing quote")
            .help("end the text with the same quote it starts with, on the same line; text over several lines goes between `\"\"\"` and `\"\"\"`");
    }
    Diagnostic::error(message.to_owned())
        .at(file, span)
        .help("see docs/content.md for the fields of each kind of file")
}

/// The name in a table header `[name]` on the line at `offset`, if that is what the line is:
/// the header of a single table where a list of tables (`[[name]]`) belongs.
fn single_bracket_header(text: &str, offset: usize) -> Option<&str> {
    let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?.trim();
    let name = line.strip_prefix('[')?.strip_suffix(']')?.trim();
    (!name.starts_with('[')).then_some(name)
}

/// serde's type names in the words of docs/content.md: "a list", "a whole number", "text",
/// and a table as an editor writes it rather than the name of the struct that reads it.
fn plain_types(message: &str) -> String {
    let message = match message.split_once("expected struct ") {
        Some((before, name)) => format!("{before}expected {}", table_words(name.trim())),
        None => message.to_owned(),
    };
    const WORDS: [(&str, &str); 16] = [
        (
            "expected a sequence",
            "expected a list, such as [\"a\", \"b\"]",
        ),
        ("expected u8", "expected a whole number from 0 to 255"),
        ("expected u16", "expected a whole number from 0 to 65535"),
        (
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        ),
        ("expected u64", "expected a whole number, 0 or more"),
        ("expected usize", "expected a whole number, 0 or more"),
        ("expected i64", "expected a whole number"),
        ("expected f64", "expected a number"),
        ("expected a string", "expected text in quotes"),
        ("expected a boolean", "expected true or false"),
        ("expected a map", "expected a table"),
        ("map, ", "a table, "),
        ("string ", "the text "),
        ("integer ", "the number "),
        ("floating point ", "the number "),
        ("sequence", "a list"),
    ];
    WORDS.iter().fold(message, |text, (serde, plain)| {
        text.replacen(serde, plain, 1)
    })
}

/// A table of the site's files, as an editor writes it, by the name of the struct that reads it.
fn table_words(name: &str) -> &'static str {
    match name {
        "RawPoint" => "a table like `{ date = \"2024-01\", value = 3 }`",
        "RawMilestone" | "MilestoneTranslation" => {
            "a table like `{ date = \"2024-01\", note = \"…\" }`"
        }
        "RawDocument" => "a table like `{ title = \"…\", url = \"https://…\" }`",
        "RawUpdate" | "UpdateTranslation" => {
            "a table of `date`, `status` and `note`, under `[[updates]]`"
        }
        "RawIndicator" | "IndicatorTranslation" => {
            "a table of `id`, `title` and `kind`, under `[[indicators]]`"
        }
        _ => "a table",
    }
}

/// Reads serde's "unknown field `x`, expected one of `a`, `b`" message.
pub(crate) fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    Some((field.to_owned(), expected))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diagnostics;

    #[test]
    fn the_common_toml_mistakes_get_their_own_message() {
        let first_lines = |toml: &str| {
            let file = SourceFile::new("content/countries/cl.md", format!("+++\n{toml}\n+++\n"));
            let Err(error) = toml::from_str::<crate::model::raw::RawCommitment>(toml) else {
                panic!("{toml} reads");
            };
            let diagnostic = toml_error(&file, 4, &error);
            let mut diags = Diagnostics::default();
            diags.push(diagnostic);
            let text = diags.render_plain();
            let help = text
                .lines()
                .find(|l| l.contains("= help: "))
                .unwrap_or_default();
            format!("{} / {}", text.lines().next().unwrap(), help.trim())
        };
        assert_eq!(
            first_lines("title: \"Chili\""),
            "error: a field is written `name = value`, not `name: value` / = help: front matter is TOML: replace `:` with ` = ` and put text in quotes, e.g. `title = \"Chili\"`"
        );
        assert_eq!(
            first_lines("title = Chili"),
            "error: text must be in quotes / = help: write it between double quotes, e.g. `title = \"Chili\"`"
        );
        assert_eq!(
            first_lines("title = \"\"\"Chili"),
            "error: this text over several lines is never closed / = help: end it with the three quotes it starts with: `\"\"\"` (or `'''`)"
        );
        assert_eq!(
            first_lines(
                "title = \"T\"\ncountry = \"cl\"\ndate = \"2022\"\n[[indicators]]\nid = \"i\"\ntitle = \"I\"\nkind = 3"
            ),
            "error: wrong kind of value: expected text in quotes / = help: see docs/content.md for the values this field takes"
        );
        assert_eq!(
            first_lines(
                "title = \"T\"\ncountry = \"cl\"\ndate = \"2022\"\n[[indicators]]\nid = \"i\"\ntitle = \"I\"\nkind = \"qualitative\"\n[indicators.milestones]\ndate = \"2023\"\nnote = \"n\""
            ),
            "error: `[indicators.milestones]` opens a single table, and `indicators.milestones` is a list of tables / = help: write the header with two brackets, `[[indicators.milestones]]`, once before each of them"
        );
    }

    #[test]
    fn names_types_as_editors_know_them() {
        assert_eq!(
            plain_types("string \"1\", expected u32"),
            "the text \"1\", expected a whole number from 0 to 4294967295"
        );
        assert_eq!(
            plain_types("string \"a\", expected a sequence"),
            "the text \"a\", expected a list, such as [\"a\", \"b\"]"
        );
        assert_eq!(
            plain_types("integer `3`, expected struct RawPoint"),
            "the number `3`, expected a table like `{ date = \"2024-01\", value = 3 }`"
        );
        assert_eq!(
            plain_types("string \"x\", expected struct RawLanguage"),
            "the text \"x\", expected a table"
        );
    }

    #[test]
    fn reads_serde_unknown_field_messages() {
        let (field, expected) =
            unknown_field("unknown field `contry`, expected one of `title`, `country`").unwrap();
        assert_eq!(field, "contry");
        assert_eq!(expected, ["title", "country"]);
        let (_, none) = unknown_field("unknown field `x`, there are no fields").unwrap();
        assert!(none.is_empty());
    }
}
