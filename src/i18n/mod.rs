//! Interface strings: one Fluent bundle per language, looked up along fallback chains.
//!
//! Decisions about fluent-bundle's defaults:
//! - bundles are the concurrent kind, because pages render in parallel;
//! - bidi isolation marks are off: they would end up in `<title>`, attributes, feeds and
//!   search text, and every block that holds text of another language carries its own `lang`
//!   (and `dir`) instead;
//! - dates and numbers are not left to `DATETIME()` (absent) and `NUMBER()` (no locale
//!   grouping): each language's file writes them with the `date-*`, `month-*` and `number-*`
//!   messages, so a translator controls them.
//!
//! A message missing in a language falls back along that language's chain; `check` reports it
//! as a warning so translators see what to do.

pub(crate) mod checks;
pub(crate) mod template;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::model::Date;

type Bundle = FluentBundle<FluentResource>;

/// The interface strings of every language of the site.
pub(crate) struct Locales {
    locales: Vec<Locale>,
    /// The ids each language's file defines, by language code; none for a language without one.
    defined: BTreeMap<String, BTreeSet<String>>,
}

/// One language's view of the interface strings: its own bundle, then its fallbacks'.
#[derive(Clone)]
pub(crate) struct Locale {
    pub(crate) code: String,
    chain: Vec<Arc<Bundle>>,
}

impl Locales {
    pub(crate) fn get(&self, code: &str) -> &Locale {
        self.locales
            .iter()
            .find(|l| l.code == code)
            .expect("a locale exists for every configured language")
    }

    /// The messages `source`'s file defines that `code`'s lacks, in id order.
    pub(crate) fn missing(&self, code: &str, source: &str) -> Vec<String> {
        let empty = BTreeSet::new();
        let defined = self.defined.get(code).unwrap_or(&empty);
        self.defined
            .get(source)
            .unwrap_or(&empty)
            .difference(defined)
            .cloned()
            .collect()
    }

    /// How many messages `code`'s file defines.
    pub(crate) fn defined_count(&self, code: &str) -> usize {
        self.defined.get(code).map_or(0, BTreeSet::len)
    }
}

pub(crate) fn load(
    config: &Config,
    files: &[(String, Arc<SourceFile>)],
    diags: &mut Diagnostics,
) -> Locales {
    let mut bundles: BTreeMap<&str, Arc<Bundle>> = BTreeMap::new();
    let mut ids: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (code, file) in files {
        let Some(language) = config.language(code) else {
            diags.push(
                Diagnostic::warning(format!(
                    "`{code}` is not a language of this site, so this file is not used"
                ))
                .in_file(file)
                .help("add the language to `[[languages]]` in site.toml, or delete the file"),
            );
            continue;
        };
        let (bundle, defined) = bundle(&language.code, file, diags);
        ids.insert(language.code.as_str(), defined);
        bundles.insert(language.code.as_str(), Arc::new(bundle));
    }
    report_missing(config, files, &ids, diags);
    let locales = config
        .languages
        .iter()
        .map(|language| Locale {
            code: language.code.clone(),
            chain: language
                .chain
                .iter()
                .filter_map(|code| bundles.get(code.as_str()).cloned())
                .collect(),
        })
        .collect();
    let defined = ids
        .into_iter()
        .map(|(code, ids)| (code.to_owned(), ids))
        .collect();
    Locales { locales, defined }
}

fn bundle(
    code: &str,
    file: &Arc<SourceFile>,
    diags: &mut Diagnostics,
) -> (Bundle, BTreeSet<String>) {
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(file.text.clone()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                diags.push(
                    Diagnostic::error(format!("Fluent syntax error: {}", error.kind))
                        .at(file, checks::syntax_error_span(&file.text, &error))
                        .help("see https://projectfluent.org/fluent/guide/ for the syntax of messages"),
                );
            }
            resource
        }
    };
    let defined: BTreeSet<String> = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    if let Err(errors) = bundle.add_resource(resource) {
        for error in errors {
            diags.push(
                Diagnostic::error(format!("{error}"))
                    .in_file(file)
                    .help("each message id may be defined once per file"),
            );
        }
    }
    (bundle, defined)
}

/// Warns, per language, about messages another language defines and this one lacks.
fn report_missing(
    config: &Config,
    files: &[(String, Arc<SourceFile>)],
    ids: &BTreeMap<&str, BTreeSet<String>>,
    diags: &mut Diagnostics,
) {
    let all: BTreeSet<&String> = ids.values().flatten().collect();
    for language in &config.languages {
        let file = files
            .iter()
            .find(|(code, _)| *code == language.code)
            .map(|(_, f)| f);
        let Some(defined) = ids.get(language.code.as_str()) else {
            diags.push(
                Diagnostic::warning(format!(
                    "there is no i18n/{}.ftl: {} interface texts are shown in {}",
                    language.code,
                    language.name,
                    language
                        .chain
                        .get(1)
                        .map_or("no other language", String::as_str)
                ))
                .help(format!(
                    "copy i18n/{}.ftl to i18n/{}.ftl and translate it",
                    config.default_language, language.code
                )),
            );
            continue;
        };
        let missing: Vec<&str> = all
            .iter()
            .filter(|id| !defined.contains(**id))
            .map(|id| id.as_str())
            .collect();
        if missing.is_empty() {
            continue;
        }
        let fallback = language
            .chain
            .get(1)
            .map_or("no other language", String::as_str);
        let mut diagnostic = Diagnostic::warning(format!(
            "{} message{} missing in `{}`, shown in `{fallback}` instead: {}",
            missing.len(),
            if missing.len() == 1 { " is" } else { "s are" },
            language.code,
            missing.join(", ")
        ))
        .help("add these messages to the file, translated");
        if let Some(file) = file {
            diagnostic = diagnostic.in_file(file);
        }
        diags.push(diagnostic);
    }
}

/// An argument for a message.
pub(crate) enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

impl Locale {
    /// The message `id` with `args`, from the first bundle of the chain that has it.
    pub(crate) fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Result<String, String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(*text),
                Arg::Number(n) => FluentValue::Number(FluentNumber::from(*n)),
            };
            fluent_args.set(*name, value);
        }
        for bundle in &self.chain {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if let Some(error) = errors.first() {
                return Err(format!("message `{id}` in `{}`: {error}", self.code));
            }
            return Ok(text.into_owned());
        }
        Err(format!(
            "no language defines the message `{id}` (asked for in `{}`)",
            self.code
        ))
    }

    /// A message without arguments; the id itself when no language has it, which `check`
    /// has already reported.
    pub(crate) fn text(&self, id: &str) -> String {
        self.format(id, &[]).unwrap_or_else(|_| id.to_owned())
    }

    pub(crate) fn date(&self, date: Date) -> String {
        let year = date.year.to_string();
        let month_name = date.month.map(|m| self.text(&format!("month-{m}")));
        // The day is a number so that a language can select on it (French writes "1er mai").
        let result = match (&month_name, date.day) {
            (Some(month), Some(day)) => self.format(
                "date-day",
                &[
                    ("day", Arg::Number(f64::from(day))),
                    ("month", Arg::Text(month)),
                    ("year", Arg::Text(&year)),
                ],
            ),
            (Some(month), None) => self.format(
                "date-month",
                &[("month", Arg::Text(month)), ("year", Arg::Text(&year))],
            ),
            _ => self.format("date-year", &[("year", Arg::Text(&year))]),
        };
        result.unwrap_or_else(|_| date.to_string())
    }

    /// A number with this language's decimal and grouping separators, at most two decimals.
    pub(crate) fn number(&self, value: f64) -> String {
        let decimal = self
            .format("number-decimal", &[])
            .unwrap_or_else(|_| ".".into());
        let group = self
            .format("number-group", &[])
            .unwrap_or_else(|_| ",".into());
        format_number(value, &decimal, &group)
    }

    /// `dir` of text in this language.
    pub(crate) fn dir(&self) -> &'static str {
        text_direction(&self.code)
    }
}

pub(crate) fn text_direction(code: &str) -> &'static str {
    let primary = code.split('-').next().unwrap_or(code);
    if ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb"].contains(&primary) {
        "rtl"
    } else {
        "ltr"
    }
}

fn format_number(value: f64, decimal: &str, group: &str) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let text = format!("{:.2}", rounded.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let frac_part = frac_part.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(digit);
    }
    let sign = if negative { "-" } else { "" };
    if frac_part.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{decimal}{frac_part}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales(files: &[(&str, &str)]) -> (Locales, Diagnostics) {
        let site = SourceFile::new(
            "site.toml",
            "base_url = \"https://example.org/\"\ndefault_language = \"fr\"\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n[[languages]]\ncode = \"ht\"\nname = \"Kreyòl\"\n",
        );
        let mut diags = Diagnostics::default();
        let config = crate::config::parse(&site, None, &mut diags).unwrap();
        let files: Vec<(String, Arc<SourceFile>)> = files
            .iter()
            .map(|(code, text)| {
                (
                    code.to_string(),
                    SourceFile::new(format!("i18n/{code}.ftl"), *text),
                )
            })
            .collect();
        let locales = load(&config, &files, &mut diags);
        (locales, diags)
    }

    const FR: &str = "home = Accueil\nmonth-5 = mai\ndate-day = { $day ->\n  [1] 1er\n *[other] { $day }\n} { $month } { $year }\nnumber-decimal = ,\nnumber-group = {\"\\u202F\"}\ncount = { $count ->\n  [one] un engagement\n *[other] { $count } engagements\n}\n";

    #[test]
    fn falls_back_along_the_chain_and_reports_what_is_missing() {
        let (locales, diags) = locales(&[("fr", FR), ("ht", "month-5 = me\n")]);
        let ht = locales.get("ht");
        assert_eq!(ht.text("home"), "Accueil");
        assert_eq!(ht.format("home", &[]).unwrap(), "Accueil");
        let out = diags.render_plain();
        assert!(
            out.contains("messages are missing in `ht`, shown in `fr` instead: count, date-day"),
            "{out}"
        );
    }

    #[test]
    fn dates_numbers_and_plurals_in_the_language() {
        let (locales, _) = locales(&[("fr", FR)]);
        let fr = locales.get("fr");
        assert_eq!(fr.date(Date::parse("2023-05-09").unwrap()), "9 mai 2023");
        assert_eq!(fr.date(Date::parse("2023-05-01").unwrap()), "1er mai 2023");
        assert_eq!(fr.number(870_000_000.0), "870\u{202f}000\u{202f}000");
        assert_eq!(fr.number(19.6), "19,6");
        assert_eq!(
            fr.format("count", &[("count", Arg::Number(1.0))]).unwrap(),
            "un engagement"
        );
        assert_eq!(
            fr.format("count", &[("count", Arg::Number(3.0))]).unwrap(),
            "3 engagements"
        );
        assert!(
            !fr.format("count", &[("count", Arg::Number(3.0))])
                .unwrap()
                .contains('\u{2068}')
        );
    }

    #[test]
    fn syntax_errors_point_into_the_file() {
        let (_, diags) = locales(&[
            ("fr", "home = Accueil\nbroken = { $x\nnext = ok\n"),
            ("ht", "home = Lakay\nnext = ok\n"),
        ]);
        // At the end of `{ $x`, where `}` is missing, not at the next message where the parser
        // notices it.
        assert_eq!(
            diags.render_plain(),
            r#"error: Fluent syntax error: Expected a token starting with "}"
  ┌─ i18n/fr.ftl:2:14
  │
2 │ broken = { $x
  │              ^
  │
  = help: see https://projectfluent.org/fluent/guide/ for the syntax of messages

"#
        );
    }
}
