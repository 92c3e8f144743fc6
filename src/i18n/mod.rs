//! Interface strings: one Fluent bundle per language, looked up along fallback chains; and how
//! each language writes dates, numbers, percentages and money.
//!
//! Decisions about fluent-bundle's defaults:
//! - bundles are the concurrent kind, because pages render in parallel;
//! - bidi isolation marks are off: they would end up in `<title>`, attributes, feeds and
//!   search text, and every block that holds text of another language carries its own `lang`
//!   (and `dir`) instead: content through the views, interface strings found in a fallback
//!   language through [`isolation`];
//! - dates and numbers are not left to `DATETIME()` (absent) and `NUMBER()` (no locale
//!   grouping): [`formats`] writes them from CLDR's data (or swivi's own, for Haitian Creole),
//!   and every number a message shows (`{ $count }`) goes through it too, a percentage
//!   (`{ $percent }`, [`Arg::Percent`]) with CLDR's percent pattern, sign included;
//! - plural rules are intl_pluralrules', except for a language it lacks, which gets a language
//!   with identical rules ([`plurals`]) instead of English's.
//!
//! A message missing in a language falls back along that language's chain, and the dates and
//! numbers in it are written the fallback language's way; `check` reports it as a warning so
//! translators see what to do. A message that is there but cannot be written (a variable not
//! passed) is never left out of a page quietly: `checks` refuses it before anything renders,
//! and should one still fail while rendering, [`Locales::failures`] makes the build fail.

pub(crate) mod checks;
mod formats;
mod intervals;
pub(crate) mod isolation;
mod locale_data;
pub(crate) mod plurals;
pub(crate) mod template;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

use crate::config::{Config, Language};
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::model::Date;
use formats::Formats;
pub(crate) use formats::is_currency_code;
pub(crate) use isolation::text_direction;

type Bundle = FluentBundle<FluentResource>;

/// One language's messages, and how that language writes the numbers they show.
struct LanguageBundle {
    code: String,
    bundle: Bundle,
    formats: Arc<Formats>,
}

/// The interface strings of every language of the site.
pub(crate) struct Locales {
    locales: Vec<Locale>,
    /// The same, marking the messages found in a fallback language: what HTML pages speak.
    for_pages: Vec<Locale>,
    /// The messages that could not be written while rendering, shared by every [`Locale`].
    failures: Failures,
    /// The ids each language's file defines, by language code; none for a language without one.
    defined: BTreeMap<String, BTreeSet<String>>,
}

/// One language's view of the interface strings: its own bundle, then its fallbacks'.
#[derive(Clone)]
pub(crate) struct Locale {
    pub(crate) code: String,
    formats: Arc<Formats>,
    chain: Vec<Arc<LanguageBundle>>,
    /// Whether a message found in a fallback language comes back marked with that language
    /// ([`isolation`]), for a page to give it its `lang` and `dir` (see [`Locales::for_pages`]).
    marks_fallbacks: bool,
    failures: Failures,
}

/// Each message that could not be written (a variable not passed, a reference that does not
/// resolve), with Fluent's reason. `check` reports these causes before anything renders; if
/// one still reaches a page, the build fails rather than publish the page without the text.
type Failures = Arc<std::sync::Mutex<BTreeSet<String>>>;

impl Locales {
    pub(crate) fn get(&self, code: &str) -> &Locale {
        self.locales
            .iter()
            .find(|l| l.code == code)
            .expect("a locale exists for every configured language")
    }

    /// The locale HTML pages of `code` are written with: a message it finds in a fallback
    /// language comes back marked, for [`isolation::resolve`] to give it its `lang` and `dir`.
    /// Plain text (feeds, data, calendars) takes [`Locales::get`]'s.
    pub(crate) fn for_pages(&self, code: &str) -> &Locale {
        self.for_pages
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

    /// An error for each message that could not be written while rendering.
    pub(crate) fn failures(&self) -> Vec<Diagnostic> {
        let failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures
            .iter()
            .map(|failure| {
                Diagnostic::error(format!(
                    "{failure}; the pages that show it were not written"
                ))
                .help("fix the message in its i18n/*.ftl file; `swivi check` names its line")
            })
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
    let formats: BTreeMap<&str, Arc<Formats>> = config
        .languages
        .iter()
        .map(|language| (language.code.as_str(), language_formats(language, diags)))
        .collect();
    let mut bundles: BTreeMap<&str, Arc<LanguageBundle>> = BTreeMap::new();
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
        let (bundle, defined) = bundle(language, file, diags);
        ids.insert(language.code.as_str(), defined);
        let formats = Arc::clone(&formats[language.code.as_str()]);
        bundles.insert(
            language.code.as_str(),
            Arc::new(LanguageBundle {
                code: language.code.clone(),
                bundle,
                formats,
            }),
        );
    }
    report_missing(config, files, &ids, diags);
    let failures = Failures::default();
    let locales: Vec<Locale> = config
        .languages
        .iter()
        .map(|language| Locale {
            code: language.code.clone(),
            formats: Arc::clone(&formats[language.code.as_str()]),
            chain: language
                .chain
                .iter()
                .filter_map(|code| bundles.get(code.as_str()).cloned())
                .collect(),
            marks_fallbacks: false,
            failures: Arc::clone(&failures),
        })
        .collect();
    let defined = ids
        .into_iter()
        .map(|(code, ids)| (code.to_owned(), ids))
        .collect();
    let for_pages = locales.iter().map(Locale::marking_fallbacks).collect();
    Locales {
        locales,
        for_pages,
        failures,
        defined,
    }
}

/// The language's formats; a warning when neither CLDR nor swivi has them.
fn language_formats(language: &Language, diags: &mut Diagnostics) -> Arc<Formats> {
    let formats = Formats::for_locale(&language.locale);
    if formats.is_iso_fallback() {
        diags.push(
            Diagnostic::warning(format!(
                "neither CLDR nor swivi knows how `{}` ({}) writes dates and numbers, so its pages show ISO dates (2023-05-09) and numbers without grouping",
                language.locale, language.name
            ))
            .help(
                "if the language is written like another CLDR locale, name it with `locale` in its `[[languages]]` table in site.toml (e.g. `locale = \"fr\"`); otherwise add its month names and separators to src/i18n/locale_data.rs, as for `ht`",
            ),
        );
    }
    Arc::new(formats)
}

fn bundle(
    language: &Language,
    file: &Arc<SourceFile>,
    diags: &mut Diagnostics,
) -> (Bundle, BTreeSet<String>) {
    // fluent-bundle picks plural rules for the first language it is given; the bundle still
    // says which language it holds.
    let mut bundle = Bundle::new_concurrent(vec![plurals::rules_language(&language.locale)]);
    bundle.locales = vec![language.code.parse().unwrap_or_default()];
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(number_in_writing_language));
    if let Some(at) = broken_escape(&file.text) {
        diags.push(
            Diagnostic::error("Fluent syntax error: an escape sequence needs its hexadecimal digits")
                .at(file, at..at + 2)
                .help("write `\\u` and four hexadecimal digits, or `\\U` and six (`\\u00E9` for é), or the character itself"),
        );
        return (bundle, BTreeSet::new());
    }
    let resource = match FluentResource::try_new(file.text.clone()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                diags.push(
                    Diagnostic::error(format!("Fluent syntax error: {}", error.kind))
                        .at(file, syntax_error_span(&file.text, &error))
                        .help("see https://projectfluent.org/fluent/guide/ for the syntax of messages"),
                );
            }
            resource
        }
    };
    plurals::check_variants(language, file, &resource, diags);
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

thread_local! {
    /// How the language of the message being formatted on this thread writes numbers.
    /// fluent-bundle's number formatter is a plain function that sees the value and the
    /// bundle's formatter cache, whose language is the plural-rules stand-in (`kea` for `ht`)
    /// rather than the language; so [`Locale::format`] says here which language is writing,
    /// for the length of one `format_pattern` call on this thread.
    static WRITING: RefCell<Option<Arc<Formats>>> = const { RefCell::new(None) };
}

/// `{ $count }` with the grouping and decimal separator of the message's language, and
/// `{ $percent }` with its percent pattern.
fn number_in_writing_language(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    WRITING.with_borrow(|formats| {
        let formats = formats.as_ref()?;
        Some(match number.options.style {
            FluentNumberStyle::Percent => formats.percent(number.value),
            _ => formats.number(number.value),
        })
    })
}

fn formatting_in<T>(formats: &Arc<Formats>, format: impl FnOnce() -> T) -> T {
    let previous = WRITING.replace(Some(Arc::clone(formats)));
    let result = format();
    WRITING.set(previous);
    result
}

/// Warns, per language, about messages another language defines and this one lacks.
fn report_missing(
    config: &Config,
    files: &[(String, Arc<SourceFile>)],
    ids: &BTreeMap<&str, BTreeSet<String>>,
    diags: &mut Diagnostics,
) {
    // What a translation lacks is measured against the default language's file, the one every
    // other is translated from: a message only another translation has is no message to add
    // everywhere (a typo in an id is one), and `checks` reports it where it is defined.
    let all: BTreeSet<&String> = ids.values().flatten().collect();
    let reference: BTreeSet<&String> = match ids.get(config.default_language.as_str()) {
        Some(defined) => defined.iter().collect(),
        None => all,
    };
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
        // Each missing message, by the language that shows it instead: the first of the
        // language's fallbacks whose file defines it.
        // A message the file holds commented out, as `swivi i18n new` writes it, is one the
        // translators know is still to do: `swivi i18n` lists it, and a fallback shows it.
        let pending = file
            .map(|file| commented_out(&file.text))
            .unwrap_or_default();
        let mut by_fallback: BTreeMap<Option<&str>, Vec<&str>> = BTreeMap::new();
        for id in reference.iter().filter(|id| !defined.contains(**id)) {
            let shown_in = language.chain.iter().skip(1).find(|code| {
                ids.get(code.as_str())
                    .is_some_and(|defined| defined.contains(*id))
            });
            if shown_in.is_some() && pending.contains(id.as_str()) {
                continue;
            }
            by_fallback
                .entry(shown_in.map(String::as_str))
                .or_default()
                .push(id.as_str());
        }
        for (fallback, missing) in by_fallback {
            let shown = match fallback {
                Some(code) => format!("shown in `{code}` instead"),
                None => "shown in no language: the pages leave them out".to_owned(),
            };
            let mut diagnostic = Diagnostic::warning(format!(
                "{} message{} missing in `{}`, {shown}: {}",
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
}

/// The ids of the messages `ftl` holds commented out (`# site-title = …`), waiting for their
/// translation.
fn commented_out(ftl: &str) -> BTreeSet<&str> {
    ftl.lines()
        .filter_map(|line| {
            let (id, _) = line.strip_prefix("# ")?.split_once(" =")?;
            let is_id = id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            is_id.then_some(id)
        })
        .collect()
}

/// An argument for a message. Numbers, percentages and dates are written by the language the
/// message is found in, so a sentence shown in a fallback language reads in that language
/// throughout.
pub(crate) enum Arg<'a> {
    Text(&'a str),
    Number(f64),
    /// A percentage, in hundredths (33.0 for 33 %): the message gets it written with the sign,
    /// as CLDR's percent pattern of the language has it ("33 %" in French, "33%" in
    /// English), and still selects a plural variant on the number.
    Percent(f64),
    Date(Date),
}

/// The variable that holds a percentage wherever it is passed: the code passes it as
/// [`Arg::Percent`], and a number a template passes under this name is one too.
pub(crate) const PERCENT_VARIABLE: &str = "percent";

/// `args` as Fluent takes them, dates written the way `formats` writes them.
fn fluent_args<'a>(args: &'a [(&'a str, Arg<'a>)], formats: &Formats) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(*text),
            Arg::Number(n) => FluentValue::Number(FluentNumber::from(*n)),
            Arg::Percent(n) => FluentValue::Number(FluentNumber::new(
                *n,
                FluentNumberOptions {
                    style: FluentNumberStyle::Percent,
                    ..FluentNumberOptions::default()
                },
            )),
            Arg::Date(date) => FluentValue::from(formats.date(*date)),
        };
        fluent_args.set(*name, value);
    }
    fluent_args
}

impl Locale {
    /// Whether a message could not be written while rendering, in any language.
    pub(crate) fn has_failed(&self) -> bool {
        !self
            .failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_empty()
    }

    /// The message `id` with `args`, from the first bundle of the chain that has it.
    /// When the locale marks fallbacks, a message found in another language comes back
    /// marked with it (see [`isolation`]).
    pub(crate) fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Result<String, String> {
        for language in &self.chain {
            let bundle = &language.bundle;
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                continue;
            };
            let fluent_args = fluent_args(args, &language.formats);
            let mut errors = Vec::new();
            let text = formatting_in(&language.formats, || {
                bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned()
            });
            if let Some(error) = errors.first() {
                let failure = format!(
                    "the message `{id}` of i18n/{}.ftl could not be written: {error}",
                    bundle
                        .locales
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                );
                self.failures
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(failure.clone());
                return Err(failure);
            }
            if self.marks_fallbacks && language.code != self.code {
                return Ok(isolation::mark(&language.code, &text));
            }
            return Ok(text);
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

    /// A date at its precision, as the language writes it: "9 mai 2023", "mai 2023", "2023".
    pub(crate) fn date(&self, date: Date) -> String {
        self.formats.date(date)
    }

    /// Two dates of the same precision as one range, the way CLDR writes it in this language
    /// ("28–30 novembre 2023"); `None` when it has no pattern for them.
    pub(crate) fn date_range(&self, start: Date, end: Date) -> Option<String> {
        self.formats.range(start, end)
    }

    /// A number with this language's decimal and grouping separators, at most two decimals.
    pub(crate) fn number(&self, value: f64) -> String {
        self.formats.number(value)
    }

    /// A percentage, `value` being the number of hundredths, with this language's percent
    /// pattern: "33 %" in French, "33%" in English.
    pub(crate) fn percent(&self, value: f64) -> String {
        self.formats.percent(value)
    }

    /// A value of an indicator with its unit: swivi writes percentages (`percent`) and money
    /// (an ISO 4217 code such as `USD`) the language's way; the message `value-with-unit`
    /// writes every other unit, so translators decide how "120 people" reads.
    pub(crate) fn value_with_unit(&self, value: f64, unit: &str) -> String {
        if unit == "percent" {
            return self.percent(value);
        }
        if is_currency_code(unit) {
            return self.formats.money(value, unit);
        }
        self.format(
            "value-with-unit",
            &[("value", Arg::Number(value)), ("unit", Arg::Text(unit))],
        )
        .unwrap_or_else(|_| format!("{} {unit}", self.number(value)))
    }

    /// The same locale, marking the messages it finds in a fallback language.
    fn marking_fallbacks(&self) -> Locale {
        Locale {
            marks_fallbacks: true,
            ..self.clone()
        }
    }

    /// `dir` of text in this language.
    pub(crate) fn dir(&self) -> &'static str {
        text_direction(&self.code)
    }
}

/// Where to point for a syntax error: the parser's position, except when it lies past the
/// broken entry (a missing `}` is noticed at the start of the next message), then the end of
/// what the editor wrote.
pub(crate) fn syntax_error_span(
    text: &str,
    error: &fluent_syntax::parser::ParserError,
) -> std::ops::Range<usize> {
    match &error.slice {
        Some(entry) if error.pos.start >= entry.end => {
            let written = text.get(entry.clone()).unwrap_or_default().trim_end();
            let end = entry.start + written.len();
            end..end
        }
        _ => error.pos.clone(),
    }
}

/// Where a `\u` (or `\U`) escape ends early on a character that is not ASCII: fluent-syntax
/// 0.12 panics on it (it cuts the text inside that character to quote it), so such a file is
/// refused before it is parsed. Found by the `fluent` fuzzer.
pub(crate) fn broken_escape(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    bytes.windows(2).enumerate().find_map(|(at, pair)| {
        let length = match pair {
            [b'\\', b'u'] => 4,
            [b'\\', b'U'] => 6,
            _ => return None,
        };
        let digits = bytes[at + 2..]
            .iter()
            .take(length)
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let next = bytes.get(at + 2 + digits);
        (digits < length && next.is_some_and(|b| !b.is_ascii())).then_some(at)
    })
}

/// The language as Open Graph names a locale, `language_TERRITORY` (`fr_FR`, `ht_HT`): the
/// territory its `locale` names, or else the one CLDR gives as the language's most likely
/// (`pt` is `pt_BR`); the language alone when CLDR knows none. Facebook reads no other form.
pub(crate) fn open_graph_locale(language: &Language) -> String {
    use icu_locale::{LanguageIdentifier, LocaleExpander};
    // The extended data: the common set lacks Haitian Creole's territory.
    static EXPANDER: LocaleExpander = LocaleExpander::new_extended();
    let Ok(mut id) = LanguageIdentifier::try_from_str(&language.code) else {
        return language.code.clone();
    };
    let given = LanguageIdentifier::try_from_str(&language.locale)
        .ok()
        .and_then(|locale| locale.region)
        .filter(|region| region.is_alphabetic());
    let region = given.or_else(|| {
        EXPANDER.maximize(&mut id);
        id.region
    });
    match region {
        Some(region) => format!("{}_{}", id.language.as_str(), region.as_str()),
        None => id.language.as_str().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_graph_names_each_language_with_its_territory() {
        let language = |code: &str, locale: &str| Language {
            code: code.to_owned(),
            name: String::new(),
            chain: vec![code.to_owned()],
            locale: locale.to_owned(),
        };
        let cases = [
            (language("fr", "fr"), "fr_FR"),
            (language("ht", "ht"), "ht_HT"),
            (language("pt", "pt"), "pt_BR"),
            (language("es", "es"), "es_ES"),
            // `en-001` names no territory: English's likeliest.
            (language("en", "en-001"), "en_US"),
            (language("pt", "pt-PT"), "pt_PT"),
        ];
        for (language, expected) in cases {
            assert_eq!(
                open_graph_locale(&language),
                expected,
                "{}",
                language.locale
            );
        }
    }

    const SITE: &str = "base_url = \"https://example.org/\"\ndefault_language = \"fr\"\n\
        [[languages]]\ncode = \"fr\"\nname = \"Français\"\n\
        [[languages]]\ncode = \"en\"\nname = \"English\"\nlocale = \"en-001\"\n\
        [[languages]]\ncode = \"es\"\nname = \"Español\"\n\
        [[languages]]\ncode = \"pt\"\nname = \"Português\"\n\
        [[languages]]\ncode = \"ht\"\nname = \"Kreyòl ayisyen\"\n";

    fn locales(files: &[(&str, &str)]) -> (Locales, Diagnostics) {
        let site = SourceFile::new("site.toml", SITE);
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

    const FR: &str = "home = Accueil\ncount = { $count ->\n  [one] un engagement\n *[other] { $count } engagements\n}\nvalue-with-unit = { $unit ->\n *[other] { $value } { $unit }\n}\n";

    #[test]
    fn falls_back_along_the_chain_and_reports_what_is_missing() {
        let (locales, diags) = locales(&[("fr", FR), ("ht", "lakay = Lakay\n")]);
        let ht = locales.get("ht");
        assert_eq!(ht.text("home"), "Accueil");
        assert_eq!(ht.format("home", &[]).unwrap(), "Accueil");
        let out = diags.render_plain();
        assert!(
            out.contains("messages are missing in `ht`, shown in `fr` instead: count, home"),
            "{out}"
        );
    }

    #[test]
    fn a_message_left_commented_out_for_its_translator_is_no_warning() {
        // As `swivi i18n new` writes the file: `home` is still to translate, `count` was
        // forgotten altogether.
        let ht = "lakay = Lakay\n# home = Accueil\n";
        let (locales, diags) = locales(&[("fr", FR), ("ht", ht)]);
        assert_eq!(locales.get("ht").text("home"), "Accueil");
        assert_eq!(
            locales.missing("ht", "fr"),
            ["count", "home", "value-with-unit"]
        );
        let out = diags.render_plain();
        assert!(
            out.contains(
                "2 messages are missing in `ht`, shown in `fr` instead: count, value-with-unit"
            ),
            "{out}"
        );
    }

    #[test]
    fn a_fallback_message_writes_its_dates_in_its_language_and_pages_get_it_marked() {
        let fr = "stale = Non vérifié depuis le { $date }\n";
        let ht = "home = Lakay\n";
        let (locales, _) = locales(&[("fr", fr), ("ht", ht)]);
        let date = Date::parse("2023-05-09").unwrap();
        let stale = |locale: &Locale| locale.format("stale", &[("date", Arg::Date(date))]);
        // Haitian Creole lacks the message: French sentence, French date ("me" in Creole).
        assert_eq!(
            stale(locales.get("ht")).unwrap(),
            "Non vérifié depuis le 9 mai 2023"
        );
        assert_eq!(
            stale(locales.for_pages("ht")).unwrap(),
            isolation::mark("fr", "Non vérifié depuis le 9 mai 2023")
        );
        // A language's own messages are never marked.
        assert_eq!(locales.for_pages("ht").text("home"), "Lakay");
        assert_eq!(
            stale(locales.for_pages("fr")).unwrap(),
            "Non vérifié depuis le 9 mai 2023"
        );
    }

    #[test]
    fn numbers_in_messages_are_written_the_way_of_the_message_language() {
        let ht_count = "count = { $count } angajman\n";
        let (locales, _) = locales(&[("fr", FR), ("ht", ht_count)]);
        let count = |code: &str, n: f64| {
            locales
                .get(code)
                .format("count", &[("count", Arg::Number(n))])
                .unwrap()
        };
        assert_eq!(count("fr", 1.0), "un engagement");
        assert_eq!(count("fr", 1234.5), "1\u{202F}234,5 engagements");
        assert_eq!(count("ht", 1234.0), "1\u{202F}234 angajman");
        // English falls back to French: a French sentence, French digits.
        assert_eq!(count("en", 1234.0), "1\u{202F}234 engagements");
        assert!(!count("fr", 3.0).contains('\u{2068}'));
    }

    #[test]
    fn a_percentage_comes_with_the_sign_of_the_message_language_and_still_selects() {
        let fr = "done = { $percent } réalisés\nshare = { $percent ->\n  [one] { $percent } (un)\n *[other] { $percent }\n}\n";
        let es = "done = { $percent } cumplidos\n";
        let (locales, _) = locales(&[("fr", fr), ("es", es)]);
        let done = |locale: &Locale, n: f64| locale.format("done", &[("percent", Arg::Percent(n))]);
        assert_eq!(done(locales.get("fr"), 33.0).unwrap(), "33\u{A0}% réalisés");
        assert_eq!(
            done(locales.get("es"), 33.0).unwrap(),
            "33\u{A0}% cumplidos"
        );
        // English lacks the message: the French sentence writes the French way, where an
        // English share alone is "12.5%".
        assert_eq!(
            done(locales.get("en"), 12.5).unwrap(),
            "12,5\u{A0}% réalisés"
        );
        assert_eq!(
            done(locales.for_pages("en"), 12.5).unwrap(),
            isolation::mark("fr", "12,5\u{A0}% réalisés")
        );
        assert_eq!(locales.get("en").percent(12.5), "12.5%");
        // Plural variants are chosen on the number, as for `{ $count }`.
        let share = |n: f64| {
            locales
                .get("fr")
                .format("share", &[("percent", Arg::Percent(n))])
                .unwrap()
        };
        assert_eq!(share(1.0), "1\u{A0}% (un)");
        assert_eq!(share(40.0), "40\u{A0}%");
    }

    #[test]
    fn values_with_units_percent_and_money_are_swivis_and_the_rest_translators() {
        let (locales, _) = locales(&[("fr", FR)]);
        let fr = locales.get("fr");
        assert_eq!(fr.value_with_unit(19.6, "percent"), "19,6\u{A0}%");
        assert_eq!(
            fr.value_with_unit(870_000_000.0, "USD"),
            "870\u{202F}000\u{202F}000\u{A0}USD"
        );
        assert_eq!(fr.value_with_unit(1200.0, "people"), "1\u{202F}200 people");
        assert_eq!(locales.get("en").value_with_unit(19.6, "percent"), "19.6%");
    }

    #[test]
    fn a_message_that_cannot_be_written_fails_the_build_instead_of_vanishing() {
        let fr = "stale-since = Non vérifié depuis le { $dat }\n";
        let (locales, _) = locales(&[("fr", fr)]);
        let date = [("date", Arg::Text("9 mai 2023"))];
        // Spanish falls back to French: the failure is French's file.
        assert!(locales.get("es").format("stale-since", &date).is_err());
        assert!(locales.get("fr").format("stale-since", &date).is_err());
        let mut diags = Diagnostics::default();
        diags.extend(locales.failures());
        assert_eq!(
            diags.render_plain(),
            "error: the message `stale-since` of i18n/fr.ftl could not be written: Resolver error: Unknown variable: $dat; the pages that show it were not written\n = help: fix the message in its i18n/*.ftl file; `swivi check` names its line\n\n"
        );
    }

    /// A message that shows which variant Fluent chose, in every language of the site.
    const PLURALS: &str =
        "n = { $n ->\n  [one] one\n  [many] many\n  [1] exactly-1\n *[other] other\n}\n";

    #[test]
    fn plural_variants_follow_each_languages_rules() {
        let files: Vec<(&str, &str)> = ["fr", "en", "es", "pt", "ht"]
            .into_iter()
            .map(|code| (code, PLURALS))
            .collect();
        let (locales, _) = locales(&files);
        let chosen = |code: &str| {
            [0.0, 1.0, 2.0, 1_000_000.0].map(|n| {
                locales
                    .get(code)
                    .format("n", &[("n", Arg::Number(n))])
                    .unwrap()
            })
        };
        // CLDR 37, as intl_pluralrules has it: no `many` yet for French, Spanish, Portuguese.
        assert_eq!(chosen("fr"), ["one", "one", "other", "other"]);
        assert_eq!(chosen("en"), ["other", "one", "other", "other"]);
        assert_eq!(chosen("es"), ["other", "one", "other", "other"]);
        assert_eq!(chosen("pt"), ["one", "one", "other", "other"]);
        // Haitian Creole has only `other`: exactly one is `[1]`.
        assert_eq!(chosen("ht"), ["other", "exactly-1", "other", "other"]);
    }

    #[test]
    fn plural_variants_a_language_never_chooses_are_reported_where_they_are() {
        let (_, diags) = locales(&[("fr", FR), ("ht", PLURALS)]);
        let out = diags.render_plain();
        assert!(
            out.contains(
                "`ht` (Kreyòl ayisyen) has only the plural category `other`, so the variant `[one]` is never chosen"
            ),
            "{out}"
        );
        assert!(out.contains("i18n/ht.ftl:2:4"), "{out}");
        assert!(out.contains("to say exactly one, use `[1]`"), "{out}");
        assert!(out.contains("i18n/ht.ftl:3:4"), "{out}");
        assert!(!out.contains("i18n/fr.ftl:2"), "{out}");
    }

    #[test]
    fn a_language_without_formats_is_named_once() {
        let site = SourceFile::new(
            "site.toml",
            "base_url = \"https://example.org/\"\ndefault_language = \"tpi\"\n[[languages]]\ncode = \"tpi\"\nname = \"Tok Pisin\"\n",
        );
        let mut diags = Diagnostics::default();
        let config = crate::config::parse(&site, None, &mut diags).unwrap();
        let file = SourceFile::new("i18n/tpi.ftl", "home = Hom\n");
        let locales = load(&config, &[("tpi".into(), file)], &mut diags);
        let tpi = locales.get("tpi");
        assert_eq!(tpi.date(Date::parse("2023-05-09").unwrap()), "2023-05-09");
        let out = diags.render_plain();
        assert_eq!(out.matches("writes dates and numbers").count(), 1, "{out}");
        assert!(out.contains("`tpi` (Tok Pisin)"), "{out}");
    }

    #[test]
    fn syntax_errors_point_into_the_file() {
        let (_, diags) = locales(&[
            ("fr", "home = Accueil\nbroken = { $x\nnext = ok\n"),
            ("ht", "home = Lakay\nnext = ok\n"),
        ]);
        // At the end of `{ $x`, where `}` is missing, not at the next message where the parser
        // notices it. (Warnings about the languages without a file follow.)
        let out = diags.render_plain();
        assert!(
            out.starts_with(
                r#"error: Fluent syntax error: Expected a token starting with "}"
  ┌─ i18n/fr.ftl:2:14
  │
2 │ broken = { $x
  │              ^
  │
  = help: see https://projectfluent.org/fluent/guide/ for the syntax of messages

"#
            ),
            "{out}"
        );
    }
}
