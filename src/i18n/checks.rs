//! Checks of the interface strings (`i18n/<lang>.ftl`) against what uses them: the theme's
//! templates, swivi's own code, and the default language's file. [`check`] owns them; loading
//! the bundles (and reporting syntax errors) stays in the parent module.
//!
//! - A message a template asks for (`t(id="…")`) that no language defines is an error.
//! - A message nothing asks for is a warning, at its definition in each file.
//! - A `$variable` that neither the code nor the templates pass to the message is an error (the
//!   message could not be shown); one the sentence needs to state a fact and leaves out is an
//!   error too; one a template passes and the message leaves out, a warning. Messages swivi
//!   cannot tell about are compared with the default language's message, with warnings.
//! - A `{ -term }` or `{ message }` reference that its own file does not define is an error:
//!   fluent-bundle resolves references within one file's bundle, never along the fallbacks.
//! - A function (`NUMBER()`) is an error: swivi gives Fluent none.
//! - A `%` right after `{ $percent }` is an error: the percentage comes with its sign, written
//!   the language's way, so the page would show it twice ("33 % %").
//! - [`unit_variants`], once the model is built: a unit of the site's indicators that a
//!   language's `value-with-unit` has no variant for is a warning.
//!
//! What swivi's code asks for is listed once, in [`CODE_IDS`] and [`code_families`]: exact ids,
//! and the families it builds at run time (`status-{id}`, …) completed with the values this
//! site really has; what it passes to each, in [`CODE_VARIABLES`]. Tests read `src/` so that
//! an id or a variable added to the code cannot be left out.
//!
//! Templates: a literal id (`t(id="nav-home")`) is used; a literal followed by a
//! concatenation (`t(id="status-" ~ s.id)`) uses every message starting with that literal; an
//! id swivi cannot read (`t(id=name)`) could be any message, so unused messages are then not
//! reported at all, and a warning at that call says why. The names of a call's other arguments
//! (`count` of `t(id="x", count=n)`) are the variables it passes.
//!
//! Positions are exact because each file is parsed into `&str` slices of its own text: the
//! offset of an identifier in the file is the distance between the two pointers.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Message, Pattern};
use fluent_syntax::parser;

use super::PERCENT_VARIABLE;
use crate::config::Config;
use crate::content::Section;
use crate::diag::{Diagnostic, SourceFile, suggest};

/// Every problem of the interface strings that loading them does not already report.
pub(crate) fn check(
    config: &Config,
    ftl_files: &[(String, Arc<SourceFile>)],
    templates: &[(String, Arc<SourceFile>)],
) -> Vec<Diagnostic> {
    let files: Vec<Ftl<'_>> = ftl_files
        .iter()
        .filter(|(code, _)| config.language(code).is_some())
        .map(|(code, file)| Ftl::parse(code, file))
        .collect();
    let asked: Vec<Asked<'_>> = templates
        .iter()
        .flat_map(|(_, file)| asked_in_template(file))
        .collect();
    let mut diags = Vec::new();
    let code = code_ids(config);
    undefined_in_templates(&files, &asked, &config.default_language, &mut diags);
    unused_messages(&files, &asked, &code, &mut diags);
    let passed = Passed::to_messages(&files, &asked, &code);
    variables_not_passed(&files, &passed, &mut diags);
    variables_left_out(&files, &passed, &mut diags);
    variables_that_differ(&files, &config.default_language, &passed, &mut diags);
    unresolved_references(&files, &mut diags);
    functions(&files, &mut diags);
    signs_after_percentages(&files, &mut diags);
    diags
}

/// Each unit of the site's indicators that a language's `value-with-unit` message has no
/// variant for: a warning, since that language's pages then show the unit as the content
/// writes it ("120 people" on a French page). Percentages and money are not asked: swivi
/// writes them itself, from CLDR's patterns.
pub(crate) fn unit_variants(
    config: &Config,
    ftl_files: &[(String, Arc<SourceFile>)],
    site: &crate::model::Site,
) -> Vec<Diagnostic> {
    let indicators = site
        .commitments
        .iter()
        .flat_map(|c| &c.facts.indicators)
        .chain(site.meetings.iter().flat_map(|m| &m.facts.indicators));
    let units: BTreeSet<&str> = indicators
        .filter_map(|indicator| match &indicator.measure {
            crate::model::Measure::Quantitative { unit, .. } => Some(unit.as_str()),
            _ => None,
        })
        .filter(|unit| *unit != "percent" && !super::is_currency_code(unit))
        .collect();
    let mut diags = Vec::new();
    for (code, file) in ftl_files
        .iter()
        .filter(|(code, _)| config.language(code).is_some())
    {
        let ftl = Ftl::parse(code, file);
        let Some(message) = ftl.messages().find(|m| m.id.name == "value-with-unit") else {
            continue;
        };
        let variants = unit_variants_of(message);
        for unit in units.iter().filter(|u| !variants.contains(*u)) {
            diags.push(
                Diagnostic::warning(format!(
                    "the `{code}` message `value-with-unit` has no variant for the unit `{unit}`, so the pages in `{code}` show `{unit}` as the content writes it"
                ))
                .at(file, ftl.span_of(message.id.name))
                .label(format!("no `[{unit}]` variant"))
                .help(format!(
                    "add a variant for it, e.g. `[{unit}] {{ $value }} …`, with the unit in the words of `{code}`"
                )),
            );
        }
    }
    diags
}

/// The variant keys of a `{ $unit -> … }` selector in the message's value.
fn unit_variants_of<'a>(message: &Message<&'a str>) -> BTreeSet<&'a str> {
    let mut keys = BTreeSet::new();
    let elements = message.value.iter().flat_map(|p| &p.elements);
    for element in elements {
        let fluent_syntax::ast::PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = element
        else {
            continue;
        };
        if !matches!(selector, InlineExpression::VariableReference { id } if id.name == "unit") {
            continue;
        }
        keys.extend(variants.iter().map(|v| match &v.key {
            fluent_syntax::ast::VariantKey::Identifier { name } => *name,
            fluent_syntax::ast::VariantKey::NumberLiteral { value } => *value,
        }));
    }
    keys
}

// ---------------------------------------------------------------------------------------------
// What swivi's code asks for

/// The messages swivi's code asks for by their exact id.
pub(crate) const CODE_IDS: &[&str] = &[
    "site-title",
    "site-description",
    "choose-language",
    "nav-home",
    "nav-meetings",
    "fallback-notice",
    "unofficial-notice",
    "offline-title",
    "not-found-title",
    "search-title",
    "matrix-title",
    "matrix-order-name",
    "matrix-order-count",
    "list-status-title",
    "list-cell-title",
    "list-page-title",
    "feeds-commitments-elsewhere",
    "pager-status",
    "data-title",
    "downloads-title",
    "file-size",
    "map-title",
    "map-empty",
    "country-count",
    "pillar-count",
    "commitment-count",
    "meeting-count",
    "recommendation-count",
    "breakdown-caption",
    "assessed-count",
    "done-count",
    "stale-count",
    "stale-since",
    "due-on",
    "overdue-count",
    "overdue-title",
    "overdue-explained",
    "feed-overdue",
    "organisation-count",
    "organisation-assessed-count",
    "organisation-more-updates",
    "views-count",
    "update-by",
    "changes-title",
    "description-changes",
    "changes-intro",
    "changes-on-page",
    "cite-text",
    "cite-text-undated",
    "report-title",
    "report-description",
    "report-made",
    "embed-more",
    "embed-updated",
    "badge-alt",
    "changes-shown",
    "changes-commit",
    "changes-more-entries",
    "changes-added",
    "changes-changed",
    "changes-translated",
    "changes-removed",
    "changes-feed-title",
    "date-range",
    "value-with-unit",
    "indicator-progress",
    "indicator-progress-unknown",
    "indicator-baseline",
    "indicator-target",
    "feed-site",
    "feed-of",
    "feed-title",
    "feed-new-commitment",
    "feed-update",
    "feed-update-change",
    "feed-status",
    "feed-status-change",
    "feed-meeting",
    "feed-page-kind",
    "feed-page-what",
    "feed-page-follow",
    "feed-page-follows",
    "feed-page-all",
    "feed-page-latest",
    "feed-page-empty",
    "feeds-title",
    "feeds-calendar",
    "update-source",
    "translations-subscribe",
    "calendar-imprecise-title",
    "calendar-imprecise-note",
    "outdated-notice",
    "translations-title",
    "translations-feed-title",
    "translations-feed-outdated",
    "translations-feed-outdated-summary",
    "translations-feed-missing",
    "translations-feed-missing-summary",
    "translations-feed-messages",
    "page-last-changed",
    "nav-countries",
    "pillar-number",
    "description-countries",
    "description-pillars",
    "description-commitments",
    "description-meetings",
    "description-recommendations",
    "description-organisations",
    "description-pages",
    "description-matrix",
    "description-status-list",
    "description-cell-list",
    "description-search",
    "description-data",
    "description-translations",
    "description-downloads",
    "description-feeds",
    "share-image-alt",
    "app-short-name",
];

/// A variable swivi's code passes to a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Variable {
    pub(crate) name: &'static str,
    /// Whether the sentence states a fact with it (a date, a count, a title), so that a
    /// message without it would say less than the page knows: then leaving it out is an error.
    pub(crate) needed: bool,
}

/// A variable the sentence cannot do without.
const fn needed(name: &'static str) -> Variable {
    Variable { name, needed: true }
}

/// A variable a translation may leave out (the sentence still states every fact).
const fn optional(name: &'static str) -> Variable {
    Variable {
        name,
        needed: false,
    }
}

/// The variables the code passes to each message of [`CODE_IDS`] that it formats with any;
/// every other message the code asks for gets none. A test reads the `.format(` calls of
/// `src/` so that this list and the call sites cannot drift apart. `$percent` is always a
/// percentage ([`super::Arg::Percent`]), written with its sign; a test checks that too.
pub(crate) const CODE_VARIABLES: &[(&str, &[Variable])] = &[
    // The page's language is what the reader chose; the language shown is the fact.
    (
        "fallback-notice",
        &[optional("language"), needed("original")],
    ),
    ("unofficial-notice", &[needed("original")]),
    ("outdated-notice", &[needed("original")]),
    ("list-status-title", &[needed("status")]),
    ("list-cell-title", &[needed("country"), needed("pillar")]),
    (
        "list-page-title",
        &[needed("list"), needed("page"), optional("pages")],
    ),
    ("pager-status", &[needed("page"), optional("pages")]),
    ("file-size", &[needed("format"), needed("size")]),
    ("country-count", &[needed("count")]),
    ("pillar-count", &[needed("count")]),
    ("commitment-count", &[needed("count")]),
    ("meeting-count", &[needed("count")]),
    ("recommendation-count", &[needed("count")]),
    ("assessed-count", &[needed("assessed"), needed("total")]),
    ("done-count", &[needed("count"), needed("percent")]),
    ("stale-count", &[needed("count"), needed("months")]),
    ("stale-since", &[needed("date")]),
    ("due-on", &[needed("date")]),
    ("overdue-count", &[needed("count")]),
    ("organisation-count", &[needed("count")]),
    ("organisation-assessed-count", &[needed("count")]),
    (
        "organisation-more-updates",
        &[needed("shown"), needed("count")],
    ),
    (
        "views-count",
        &[needed("reported"), needed("assessed"), needed("differ")],
    ),
    ("overdue-explained", &[needed("count")]),
    ("changes-on-page", &[needed("count")]),
    ("report-title", &[needed("country")]),
    ("report-description", &[needed("country")]),
    ("report-made", &[needed("date")]),
    ("embed-more", &[needed("site")]),
    ("embed-updated", &[needed("date")]),
    ("badge-alt", &[needed("title"), needed("status")]),
    (
        "cite-text",
        &[
            needed("author"),
            needed("title"),
            needed("date"),
            needed("url"),
            needed("accessed"),
        ],
    ),
    (
        "cite-text-undated",
        &[
            needed("author"),
            needed("title"),
            needed("url"),
            needed("accessed"),
        ],
    ),
    ("changes-shown", &[needed("shown"), needed("count")]),
    ("changes-commit", &[needed("id")]),
    ("changes-more-entries", &[needed("count")]),
    ("changes-translated", &[needed("languages")]),
    ("changes-feed-title", &[optional("site")]),
    ("feed-overdue", &[needed("country"), needed("title")]),
    ("date-range", &[needed("start"), needed("end")]),
    ("value-with-unit", &[needed("value"), needed("unit")]),
    ("indicator-progress", &[needed("percent")]),
    ("feed-of", &[needed("title")]),
    // The feed's own title names the site once more; readers see it beside the feed.
    ("feed-title", &[optional("site"), needed("title")]),
    ("feed-new-commitment", &[needed("country"), needed("title")]),
    (
        "feed-update",
        &[needed("country"), needed("title"), needed("status")],
    ),
    (
        "feed-update-change",
        &[
            needed("country"),
            needed("title"),
            needed("from"),
            needed("status"),
        ],
    ),
    ("feed-status", &[needed("status")]),
    ("feed-status-change", &[needed("from"), needed("status")]),
    (
        "calendar-imprecise-title",
        &[needed("title"), needed("date")],
    ),
    ("calendar-imprecise-note", &[needed("date")]),
    ("feed-meeting", &[needed("title")]),
    ("translations-feed-title", &[needed("language")]),
    ("translations-feed-outdated", &[needed("title")]),
    // The files to edit are the point; the original's language is said on the status page.
    (
        "translations-feed-outdated-summary",
        &[needed("file"), needed("source"), optional("original")],
    ),
    ("translations-feed-missing", &[needed("title")]),
    (
        "translations-feed-missing-summary",
        &[needed("file"), needed("source"), optional("original")],
    ),
    (
        "translations-feed-messages",
        &[needed("count"), needed("file")],
    ),
    ("page-last-changed", &[needed("date")]),
    ("pillar-number", &[needed("number")]),
    // A page's description says what it is; how many entries it lists is a bonus.
    ("description-countries", &[optional("countries")]),
    ("description-pillars", &[optional("pillars")]),
    ("description-commitments", &[optional("commitments")]),
    ("description-meetings", &[optional("meetings")]),
    (
        "description-recommendations",
        &[optional("recommendations")],
    ),
    ("description-organisations", &[optional("organisations")]),
    (
        "description-status-list",
        &[needed("status"), optional("commitments")],
    ),
    (
        "description-cell-list",
        &[needed("country"), needed("pillar"), optional("commitments")],
    ),
    ("share-image-alt", &[needed("title")]),
];

/// The variables the code passes to `id`: none for a message it formats without any.
pub(crate) fn code_variables(id: &str) -> &'static [Variable] {
    CODE_VARIABLES
        .iter()
        .find(|(code_id, _)| *code_id == id)
        .map_or(&[], |(_, variables)| variables)
}

/// The families of ids the code builds at run time (`format!("status-{id}")`), each with the
/// values that complete it on this site.
pub(crate) fn code_families(config: &Config) -> Vec<(&'static str, Vec<String>)> {
    vec![
        (
            "nav-",
            Section::ALL.iter().map(|s| s.name().to_owned()).collect(),
        ),
        (
            "status-",
            config.statuses.iter().map(|s| s.id.clone()).collect(),
        ),
        (
            "language-",
            config.languages.iter().map(|l| l.code.clone()).collect(),
        ),
        (
            "data-table-",
            crate::data::TABLES
                .iter()
                .map(|t| t.name.to_owned())
                .collect(),
        ),
        (
            "organisation-kind-",
            crate::model::OrganisationKind::ALL
                .iter()
                .map(|k| k.name().to_owned())
                .collect(),
        ),
        (
            "indicator-",
            crate::progress::Judgement::ALL
                .iter()
                .map(|j| j.id().to_owned())
                .collect(),
        ),
    ]
}

/// Every id swivi's code may ask for on this site: [`CODE_IDS`], the families completed, and
/// the descriptions of the open data columns.
fn code_ids(config: &Config) -> BTreeSet<String> {
    let exact = CODE_IDS.iter().map(|id| (*id).to_owned());
    let families = code_families(config)
        .into_iter()
        .flat_map(|(prefix, values)| values.into_iter().map(move |v| format!("{prefix}{v}")));
    let columns = crate::data::TABLES
        .iter()
        .flat_map(|t| t.columns.iter().map(|c| c.message.to_owned()));
    exact.chain(families).chain(columns).collect()
}

// ---------------------------------------------------------------------------------------------
// What the templates ask for

/// A `t(id=…)` call of a template.
struct Asked<'a> {
    file: &'a Arc<SourceFile>,
    /// The id as written, without its quotes.
    span: Range<usize>,
    id: AskedId<'a>,
    /// The names of the variables it passes (`count` of `t(id="x", count=n)`), or `None` when
    /// swivi cannot read the call to its closing parenthesis.
    variables: Option<Vec<&'a str>>,
}

enum AskedId<'a> {
    /// `t(id="nav-home")`
    Exact(&'a str),
    /// `t(id="status-" ~ s.id)`: any message starting with the literal.
    Prefix(&'a str),
    /// `t(id=name)`: any message at all.
    Unknown,
}

fn asked_in_template(file: &Arc<SourceFile>) -> Vec<Asked<'_>> {
    let text = file.text.as_str();
    let comments = comments(text);
    text.match_indices("t(")
        .filter(|(start, _)| !continues_a_name(text, *start))
        .filter(|(start, _)| !comments.iter().any(|c| c.contains(start)))
        .filter_map(|(start, call)| {
            let arguments = &text[start + call.len()..];
            let value = id_argument(arguments)?;
            let value_start = text.len() - value.len();
            let variables = call_arguments(arguments, &['"', '\'', '`']).map(|arguments| {
                arguments
                    .into_iter()
                    .filter_map(argument_name)
                    .filter(|name| *name != "id")
                    .collect()
            });
            Some(asked_id(file, value, value_start, variables))
        })
        .collect()
}

/// The arguments of a call (`after_open` starts after its opening parenthesis), each trimmed,
/// up to the parenthesis that closes it: what one of `quotes` quotes and what nested brackets
/// hold is skipped, commas there included. `None` when the call does not close.
pub(crate) fn call_arguments<'t>(after_open: &'t str, quotes: &[char]) -> Option<Vec<&'t str>> {
    let mut depth = 0usize;
    let mut quote = None;
    let mut escaped = false;
    let mut start = 0;
    let mut arguments: Vec<&str> = Vec::new();
    for (at, c) in after_open.char_indices() {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(_) if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if quotes.contains(&c) => quote = Some(c),
            None if matches!(c, '(' | '[' | '{') => depth += 1,
            None if matches!(c, ')' | ']' | '}') => match depth.checked_sub(1) {
                Some(inner) => depth = inner,
                None if c == ')' => {
                    arguments.push(after_open[start..at].trim());
                    arguments.retain(|a| !a.is_empty());
                    return Some(arguments);
                }
                None => return None,
            },
            None if c == ',' && depth == 0 => {
                arguments.push(after_open[start..at].trim());
                start = at + 1;
            }
            None => {}
        }
    }
    None
}

/// `count` of the argument `count = n`.
fn argument_name(piece: &str) -> Option<&str> {
    let (name, value) = piece.split_once('=')?;
    let name = name.trim();
    let is_name = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    (is_name && !value.starts_with('=')).then_some(name)
}

/// The `{# … #}` comments of a template: a call commented out asks for nothing.
fn comments(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = text[from..].find("{#").map(|i| from + i) {
        let end = text[start..]
            .find("#}")
            .map_or(text.len(), |i| start + i + 2);
        found.push(start..end);
        from = end;
    }
    found
}

/// `t(` preceded by a name character is another function or macro (`txt(`, `macros::t(`).
fn continues_a_name(text: &str, start: usize) -> bool {
    text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | ':'))
}

/// What follows `id =` in the arguments of a call, if the call has an `id` argument first.
fn id_argument(arguments: &str) -> Option<&str> {
    let after_name = arguments.trim_start().strip_prefix("id")?;
    let value = after_name.trim_start().strip_prefix('=')?;
    (!value.starts_with('=')).then(|| value.trim_start())
}

fn asked_id<'a>(
    file: &'a Arc<SourceFile>,
    value: &'a str,
    value_start: usize,
    variables: Option<Vec<&'a str>>,
) -> Asked<'a> {
    let quote = value
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\'' | '`'));
    let literal = quote.and_then(|q| value[1..].split_once(q).map(|(literal, _)| literal));
    match literal {
        Some(literal) => {
            let rest = &value[literal.len() + 2..];
            let id = if rest.trim_start().starts_with('~') {
                AskedId::Prefix(literal)
            } else {
                AskedId::Exact(literal)
            };
            Asked {
                file,
                span: value_start + 1..value_start + 1 + literal.len(),
                id,
                variables,
            }
        }
        None => {
            let expression = value
                .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.')))
                .map_or(value, |end| &value[..end]);
            Asked {
                file,
                span: value_start..value_start + expression.len(),
                id: AskedId::Unknown,
                variables,
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The Fluent files

/// A Fluent file of a language of the site, parsed into slices of its own text.
struct Ftl<'a> {
    code: &'a str,
    file: &'a Arc<SourceFile>,
    entries: Vec<Entry<&'a str>>,
}

impl<'a> Ftl<'a> {
    fn parse(code: &'a str, file: &'a Arc<SourceFile>) -> Self {
        // Broken entries become junk; what parses is still checked (the syntax errors are
        // reported when the bundles load).
        if super::broken_escape(&file.text).is_some() {
            return Ftl {
                code,
                file,
                entries: Vec::new(),
            };
        }
        let resource = parser::parse(file.text.as_str()).unwrap_or_else(|(partial, _)| partial);
        Ftl {
            code,
            file,
            entries: resource.body,
        }
    }

    fn messages(&self) -> impl Iterator<Item = &Message<&'a str>> {
        self.entries.iter().filter_map(|entry| match entry {
            Entry::Message(message) => Some(message),
            _ => None,
        })
    }

    fn path(&self) -> String {
        self.file.display()
    }

    /// The variables of the message `id` and of the messages it refers to in this file,
    /// which Fluent formats with the same variables.
    fn variables_with_references(&self, id: &str) -> BTreeSet<&'a str> {
        let mut found = BTreeSet::new();
        let mut seen = BTreeSet::new();
        let mut next = vec![id];
        while let Some(id) = next.pop() {
            if !seen.insert(id) {
                continue;
            }
            let entry = self.entries.iter().find(|e| match e {
                Entry::Message(m) => m.id.name == id,
                _ => false,
            });
            let Some(entry) = entry else { continue };
            let uses = Uses::of_entry(entry);
            found.extend(uses.variables);
            next.extend(
                uses.references
                    .iter()
                    .filter(|r| matches!(r.kind, Kind::Message))
                    .map(|r| r.id),
            );
        }
        found
    }

    /// Byte range of `part`, a slice of this file's text.
    fn span_of(&self, part: &str) -> Range<usize> {
        let start = part.as_ptr() as usize - self.file.text.as_ptr() as usize;
        start..start + part.len()
    }

    /// Byte range of a name written after a sigil: `$count`, `-brand`.
    fn sigil_span_of(&self, name: &str) -> Range<usize> {
        let span = self.span_of(name);
        span.start - 1..span.end
    }
}

/// What a message or term refers to, in the order written.
#[derive(Default)]
struct Uses<'a> {
    variables: Vec<&'a str>,
    references: Vec<Reference<'a>>,
    /// `NUMBER` of `{ NUMBER($count) }`.
    functions: Vec<&'a str>,
}

/// `{ message }`, `{ -term }`, with or without `.attribute`.
struct Reference<'a> {
    kind: Kind,
    id: &'a str,
    attribute: Option<&'a str>,
}

impl<'a> Uses<'a> {
    /// Of a message or a term: its value and its attributes.
    fn of_entry(entry: &Entry<&'a str>) -> Self {
        let mut uses = Uses::default();
        let (value, attributes) = match entry {
            Entry::Message(m) => (m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (Some(&t.value), &t.attributes),
            _ => return uses,
        };
        value
            .into_iter()
            .chain(attributes.iter().map(|a| &a.value))
            .for_each(|pattern| uses.pattern(pattern));
        uses
    }

    fn pattern(&mut self, pattern: &Pattern<&'a str>) {
        for element in &pattern.elements {
            if let fluent_syntax::ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&'a str>) {
        match expression {
            Expression::Select { selector, variants } => {
                self.inline(selector);
                variants.iter().for_each(|v| self.pattern(&v.value));
            }
            Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&'a str>) {
        match inline {
            InlineExpression::VariableReference { id } => self.variables.push(id.name),
            InlineExpression::MessageReference { id, attribute } => {
                self.references.push(Reference {
                    kind: Kind::Message,
                    id: id.name,
                    attribute: attribute.as_ref().map(|a| a.name),
                });
            }
            // A term's arguments are its own parameters, not variables of the message.
            InlineExpression::TermReference { id, attribute, .. } => {
                self.references.push(Reference {
                    kind: Kind::Term,
                    id: id.name,
                    attribute: attribute.as_ref().map(|a| a.name),
                });
            }
            InlineExpression::FunctionReference { id, arguments } => {
                self.functions.push(id.name);
                arguments.positional.iter().for_each(|a| self.inline(a));
                arguments.named.iter().for_each(|a| self.inline(&a.value));
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn variable_names(&self) -> BTreeSet<&'a str> {
        self.variables.iter().copied().collect()
    }
}

// ---------------------------------------------------------------------------------------------
// The checks

fn undefined_in_templates(
    files: &[Ftl<'_>],
    asked: &[Asked<'_>],
    default_language: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let defined: BTreeSet<&str> = files
        .iter()
        .flat_map(|f| f.messages().map(|m| m.id.name))
        .collect();
    for call in asked {
        let (message, id) = match call.id {
            AskedId::Exact(id) if !defined.contains(id) => {
                (format!("no language defines the message `{id}`"), id)
            }
            AskedId::Prefix(prefix) if !defined.iter().any(|d| d.starts_with(prefix)) => (
                format!("no language defines a message starting with `{prefix}`"),
                prefix,
            ),
            _ => continue,
        };
        let help = match suggest(id, defined.iter().copied()) {
            Some(close) => format!("did you mean `{close}`?"),
            None => format!(
                "define it in i18n/{default_language}.ftl, then translate it in the other languages' files"
            ),
        };
        diags.push(
            Diagnostic::error(message)
                .at(call.file, call.span.clone())
                .label("not in any i18n/*.ftl file")
                .help(help),
        );
    }
}

fn unused_messages(
    files: &[Ftl<'_>],
    asked: &[Asked<'_>],
    code: &BTreeSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    if let Some(call) = asked.iter().find(|a| matches!(a.id, AskedId::Unknown)) {
        diags.push(
            Diagnostic::warning(
                "swivi cannot tell which message this `t()` asks for, so it does not report unused messages",
            )
            .at(call.file, call.span.clone())
            .help("write the id itself, `t(id=\"nav-home\")`, or a literal start, `t(id=\"status-\" ~ s.id)`"),
        );
        return;
    }
    let referenced: BTreeSet<&str> = files
        .iter()
        .flat_map(|f| f.entries.iter())
        .flat_map(|entry| Uses::of_entry(entry).references)
        .filter(|r| matches!(r.kind, Kind::Message))
        .map(|r| r.id)
        .collect();
    let used = |id: &str| {
        code.contains(id)
            || referenced.contains(id)
            || asked.iter().any(|a| match a.id {
                AskedId::Exact(exact) => exact == id,
                AskedId::Prefix(prefix) => id.starts_with(prefix),
                AskedId::Unknown => true,
            })
    };
    let defined_anywhere: BTreeSet<&str> = files
        .iter()
        .flat_map(|f| f.messages().map(|m| m.id.name))
        .chain(code.iter().map(String::as_str))
        .collect();
    for file in files {
        let own: BTreeSet<&str> = file.messages().map(|m| m.id.name).collect();
        for message in file.messages().filter(|m| !used(m.id.name)) {
            let id = message.id.name;
            // A translator's typo in an id: the message this file lacks, spelt nearly so.
            let lacking = defined_anywhere
                .iter()
                .copied()
                .filter(|other| used(other) && !own.contains(other));
            let help = match suggest(id, lacking) {
                Some(meant) => format!(
                    "did you mean `{meant}`? This file has no `{meant}`: rename this message to it"
                ),
                None => format!(
                    "delete it from every i18n/*.ftl file, or show it in a template with `t(id=\"{id}\")`"
                ),
            };
            diags.push(
                Diagnostic::warning(format!("the message `{id}` is never used"))
                    .at(file.file, file.span_of(id))
                    .label("no template and no part of swivi asks for it")
                    .help(help),
            );
        }
    }
}

/// What is passed to the messages swivi can tell about: by its code, with what each sentence
/// needs ([`CODE_VARIABLES`]), and by the templates' `t(id=…, name=value)` calls.
struct Passed<'a> {
    /// By message id: each variable passed, and whether the sentence needs it.
    messages: BTreeMap<&'a str, PassedTo<'a>>,
    /// What a `t()` call whose id swivi cannot read passes, to any message; `None` when one
    /// of them cannot be read to its end (then any variable may be passed to any message).
    anywhere: Option<BTreeSet<&'a str>>,
}

#[derive(Default)]
struct PassedTo<'a> {
    variables: BTreeMap<&'a str, Need>,
    /// Whether swivi's code formats the message (else only templates ask for it).
    by_code: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// The code passes it and the sentence needs it: leaving it out is an error.
    Needed,
    /// The code passes it and the sentence may do without.
    Optional,
    /// A template passes it: leaving it out is a warning, since only the theme's author knows.
    Template,
}

impl<'a> Passed<'a> {
    fn to_messages(files: &[Ftl<'a>], asked: &[Asked<'a>], code: &'a BTreeSet<String>) -> Self {
        let mut messages: BTreeMap<&'a str, PassedTo<'a>> = BTreeMap::new();
        for id in code {
            let to = messages.entry(id.as_str()).or_default();
            to.by_code = true;
            for variable in code_variables(id) {
                let need = if variable.needed {
                    Need::Needed
                } else {
                    Need::Optional
                };
                to.variables.insert(variable.name, need);
            }
        }
        let defined: BTreeSet<&'a str> = files
            .iter()
            .flat_map(|f| f.messages().map(|m| m.id.name))
            .collect();
        let mut unreadable = BTreeSet::new();
        let mut anywhere = Some(BTreeSet::new());
        for call in asked {
            let ids: Vec<&'a str> = match call.id {
                AskedId::Exact(id) => vec![id],
                AskedId::Prefix(prefix) => defined
                    .iter()
                    .copied()
                    .filter(|d| d.starts_with(prefix))
                    .collect(),
                AskedId::Unknown => {
                    match (&call.variables, anywhere.as_mut()) {
                        (Some(variables), Some(anywhere)) => anywhere.extend(variables),
                        _ => anywhere = None,
                    }
                    continue;
                }
            };
            let Some(variables) = &call.variables else {
                unreadable.extend(ids);
                continue;
            };
            for id in ids {
                let to = messages.entry(id).or_default();
                for variable in variables {
                    to.variables.entry(variable).or_insert(Need::Template);
                }
            }
        }
        messages.retain(|id, _| !unreadable.contains(id));
        Passed { messages, anywhere }
    }

    /// Whether `variable` may reach the message `to`.
    fn passes(&self, to: &PassedTo<'_>, variable: &str) -> bool {
        to.variables.contains_key(variable)
            || self.anywhere.as_ref().is_none_or(|a| a.contains(variable))
    }
}

/// A message that uses a variable nothing passes to it cannot be shown: an error at the
/// variable, naming those passed.
fn variables_not_passed(files: &[Ftl<'_>], passed: &Passed<'_>, diags: &mut Vec<Diagnostic>) {
    for file in files {
        for entry in &file.entries {
            let Entry::Message(message) = entry else {
                continue;
            };
            let Some(to) = passed.messages.get(message.id.name) else {
                continue;
            };
            let mut reported = BTreeSet::new();
            for variable in Uses::of_entry(entry).variables {
                if !passed.passes(to, variable) && reported.insert(variable) {
                    diags.push(not_passed(file, message.id.name, variable, to));
                }
            }
        }
    }
}

fn not_passed(file: &Ftl<'_>, id: &str, variable: &str, to: &PassedTo<'_>) -> Diagnostic {
    let who = if to.by_code { "swivi" } else { "the templates" };
    let names: Vec<&str> = to.variables.keys().copied().collect();
    let mut diagnostic = Diagnostic::error(format!(
        "the message `{id}` uses `${variable}`, which {who} do{} not pass to it, so it cannot be shown",
        if to.by_code { "es" } else { "" }
    ))
    .at(file.file, file.sigil_span_of(variable))
    .label(format!("not passed to `{id}`"));
    if let Some(close) = suggest(variable, names.iter().copied()) {
        diagnostic = diagnostic.help(format!("did you mean `${close}`?"));
    }
    diagnostic.help(match names.as_slice() {
        [] => format!(
            "{who} pass{} no variable to `{id}`: write it without `${variable}`",
            if to.by_code { "es" } else { "" }
        ),
        _ => format!(
            "the variables of `{id}`: {}",
            names
                .iter()
                .map(|n| format!("`${n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    })
}

/// A message that leaves out a variable its sentence needs: an error (the fact would vanish
/// from every page of the language); one a template passes: a warning.
fn variables_left_out(files: &[Ftl<'_>], passed: &Passed<'_>, diags: &mut Vec<Diagnostic>) {
    for file in files {
        for message in file.messages() {
            let id = message.id.name;
            let Some(to) = passed.messages.get(id) else {
                continue;
            };
            let used = file.variables_with_references(id);
            for (variable, need) in &to.variables {
                if used.contains(variable) {
                    continue;
                }
                let code = file.code;
                let diagnostic = match need {
                    Need::Optional => continue,
                    Need::Needed => Diagnostic::error(format!(
                        "the `{code}` message `{id}` leaves out `${variable}`, which its sentence needs: the pages in `{code}` would not show it"
                    ))
                    .help(format!(
                        "add `{{ ${variable} }}` where it belongs in the sentence"
                    )),
                    Need::Template => Diagnostic::warning(format!(
                        "the `{code}` message `{id}` leaves out `${variable}`, which the templates pass to it"
                    ))
                    .help(format!(
                        "add `{{ ${variable} }}` where it belongs in the sentence, so that readers in `{code}` see it too"
                    )),
                };
                diags.push(
                    diagnostic
                        .at(file.file, file.span_of(id))
                        .label(format!("no `${variable}` in this message")),
                );
            }
        }
    }
}

/// fluent-bundle knows no function unless it is given one, and swivi gives none: it writes
/// numbers and dates itself, the language's way.
fn functions(files: &[Ftl<'_>], diags: &mut Vec<Diagnostic>) {
    for file in files {
        for entry in &file.entries {
            for function in Uses::of_entry(entry).functions {
                diags.push(
                    Diagnostic::error(format!(
                        "swivi has no Fluent function `{function}()`, so this text cannot be shown"
                    ))
                    .at(file.file, file.span_of(function))
                    .label("not a function swivi has")
                    .help("write the variable alone, `{ $count }`: swivi writes numbers and dates the way the language does"),
                );
            }
        }
    }
}

/// A percent sign written after `{ $percent }`, which swivi writes with its sign already (CLDR's
/// pattern of the language): the page would show "33 % %". Sites whose messages predate that
/// wrote the sign themselves, so this is what they meet first.
fn signs_after_percentages(files: &[Ftl<'_>], diags: &mut Vec<Diagnostic>) {
    for file in files {
        for entry in &file.entries {
            let (value, attributes) = match entry {
                Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (Some(&t.value), &t.attributes),
                _ => continue,
            };
            let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
            for sign in patterns.flat_map(signs_after_percent) {
                diags.push(
                    Diagnostic::error(format!(
                        "`{{ ${PERCENT_VARIABLE} }}` is written with its percent sign, so this one would show twice"
                    ))
                    .at(file.file, file.span_of(sign))
                    .label("a second percent sign")
                    .help(format!(
                        "remove this sign and the space before it: swivi writes the percentage the way `{}` does (\"33 %\" in French, \"33%\" in English)",
                        file.code
                    )),
                );
            }
        }
    }
}

/// The percent signs (slices of the file) that follow a `{ $percent }` in `pattern` and the
/// patterns of its variants, past any spaces.
fn signs_after_percent<'a>(pattern: &Pattern<&'a str>) -> Vec<&'a str> {
    use fluent_syntax::ast::PatternElement;
    let mut signs = Vec::new();
    for (at, element) in pattern.elements.iter().enumerate() {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            Expression::Select { variants, .. } => {
                signs.extend(variants.iter().flat_map(|v| signs_after_percent(&v.value)));
            }
            Expression::Inline(InlineExpression::VariableReference { id })
                if id.name == PERCENT_VARIABLE =>
            {
                signs.extend(sign_first(&pattern.elements[at + 1..]));
            }
            Expression::Inline(_) => {}
        }
    }
    signs
}

/// The percent sign `elements` start with, past spaces written as text or as string literals
/// (`{"\u202F"}`).
fn sign_first<'a>(elements: &[fluent_syntax::ast::PatternElement<&'a str>]) -> Option<&'a str> {
    use fluent_syntax::ast::PatternElement;
    for element in elements {
        let text = match element {
            PatternElement::TextElement { value } => *value,
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => *value,
            PatternElement::Placeable { .. } => return None,
        };
        let rest = without_leading_spaces(text);
        if rest.is_empty() {
            continue;
        }
        let sign = rest.chars().next().filter(|c| matches!(c, '%' | '٪'))?;
        return Some(&rest[..sign.len_utf8()]);
    }
    None
}

/// `text` past its leading spaces, escaped (`\u00A0`, as in a string literal) or not.
fn without_leading_spaces(text: &str) -> &str {
    const ESCAPED_SPACES: [&str; 4] = ["\\u00A0", "\\u202F", "\\u2009", "\\u0020"];
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        let escape = ESCAPED_SPACES.iter().find(|e| {
            rest.get(..e.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(e))
        });
        match escape {
            Some(escape) => rest = &rest[escape.len()..],
            None => return rest,
        }
    }
}

/// For messages swivi cannot tell about (asked for by a `t()` whose id or arguments it cannot
/// read, or only by reference), a translation whose variables differ from the default
/// language's message: a warning.
fn variables_that_differ(
    files: &[Ftl<'_>],
    default_language: &str,
    passed: &Passed<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(source) = files.iter().find(|f| f.code == default_language) else {
        return;
    };
    let expected: BTreeMap<&str, BTreeSet<&str>> = source
        .entries
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some((m.id.name, Uses::of_entry(entry).variable_names())),
            _ => None,
        })
        .collect();
    for file in files.iter().filter(|f| f.code != default_language) {
        for entry in &file.entries {
            let Entry::Message(message) = entry else {
                continue;
            };
            if passed.messages.contains_key(message.id.name) {
                continue;
            }
            let Some(expected) = expected.get(message.id.name) else {
                continue;
            };
            let found = Uses::of_entry(entry);
            let mut reported = BTreeSet::new();
            for variable in &found.variables {
                if !expected.contains(variable) && reported.insert(*variable) {
                    diags.push(extra_variable(
                        file,
                        message,
                        variable,
                        expected,
                        default_language,
                    ));
                }
            }
            for variable in expected.difference(&found.variable_names()) {
                diags.push(missing_variable(file, message, variable, default_language));
            }
        }
    }
}

fn extra_variable(
    file: &Ftl<'_>,
    message: &Message<&str>,
    variable: &str,
    expected: &BTreeSet<&str>,
    default_language: &str,
) -> Diagnostic {
    let id = message.id.name;
    let help = match suggest(variable, expected.iter().copied()) {
        Some(close) => format!("did you mean `${close}`?"),
        None if expected.is_empty() => {
            format!(
                "the `{default_language}` message has no variables: write this one without `${variable}`"
            )
        }
        None => format!(
            "use only the variables of the `{default_language}` message: {}",
            expected
                .iter()
                .map(|v| format!("`${v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Diagnostic::warning(format!(
        "`${variable}` is not in the `{default_language}` message `{id}`: swivi may not pass it, and then the text cannot be shown"
    ))
    .at(file.file, file.sigil_span_of(variable))
    .label(format!("not in i18n/{default_language}.ftl"))
    .help(help)
}

fn missing_variable(
    file: &Ftl<'_>,
    message: &Message<&str>,
    variable: &str,
    default_language: &str,
) -> Diagnostic {
    let id = message.id.name;
    Diagnostic::warning(format!(
        "the `{}` message `{id}` leaves out `${variable}`, which the `{default_language}` message uses",
        file.code
    ))
    .at(file.file, file.span_of(id))
    .label(format!("no `${variable}` in this message"))
    .help(format!(
        "add `{{ ${variable} }}` where it belongs in the translation, so that readers in `{}` see it too",
        file.code
    ))
}

fn unresolved_references(files: &[Ftl<'_>], diags: &mut Vec<Diagnostic>) {
    for file in files {
        let terms: BTreeMap<&str, BTreeSet<&str>> = file
            .entries
            .iter()
            .filter_map(|entry| match entry {
                Entry::Term(t) => {
                    Some((t.id.name, t.attributes.iter().map(|a| a.id.name).collect()))
                }
                _ => None,
            })
            .collect();
        let messages: BTreeMap<&str, BTreeSet<&str>> = file
            .messages()
            .map(|m| (m.id.name, m.attributes.iter().map(|a| a.id.name).collect()))
            .collect();
        for entry in &file.entries {
            for reference in &Uses::of_entry(entry).references {
                let defined = match reference.kind {
                    Kind::Message => &messages,
                    Kind::Term => &terms,
                };
                diags.extend(unresolved(file, reference, defined));
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Message,
    Term,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Message => "message",
            Kind::Term => "term",
        }
    }

    fn sigil(self) -> &'static str {
        match self {
            Kind::Message => "",
            Kind::Term => "-",
        }
    }
}

/// The error for a reference that does not resolve in `file`, if it does not.
fn unresolved(
    file: &Ftl<'_>,
    reference: &Reference<'_>,
    defined: &BTreeMap<&str, BTreeSet<&str>>,
) -> Option<Diagnostic> {
    let kind = reference.kind;
    let (word, sigil, path) = (kind.word(), kind.sigil(), file.path());
    let name = format!("{sigil}{}", reference.id);
    let span = match kind {
        Kind::Message => file.span_of(reference.id),
        Kind::Term => file.sigil_span_of(reference.id),
    };
    let Some(attributes) = defined.get(reference.id) else {
        let help = match suggest(reference.id, defined.keys().copied()) {
            Some(close) => format!("did you mean `{sigil}{close}`?"),
            None => format!("define `{name}` in {path}"),
        };
        return Some(
            Diagnostic::error(format!("the {word} `{name}` is not defined in {path}"))
                .at(file.file, span)
                .label("not in this file")
                .help(help)
                .help(format!(
                    "a reference finds only the {word}s of its own file, never those of the fallback languages"
                )),
        );
    };
    let attribute = reference.attribute.filter(|a| !attributes.contains(a))?;
    let help = match suggest(attribute, attributes.iter().copied()) {
        Some(close) => format!("did you mean `{name}.{close}`?"),
        None => format!("add `.{attribute} = …` under `{name}` in {path}"),
    };
    Some(
        Diagnostic::error(format!(
            "the {word} `{name}` has no attribute `.{attribute}`"
        ))
        .at(file.file, file.span_of(attribute))
        .label(format!("not an attribute of `{name}`"))
        .help(help),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diagnostics;

    /// A site in French (the default) and Spanish.
    fn config() -> Config {
        let site = SourceFile::new(
            "site.toml",
            "base_url = \"https://example.org/\"\ndefault_language = \"fr\"\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n[[languages]]\ncode = \"es\"\nname = \"Español\"\n",
        );
        crate::config::parse(&site, None, &mut Diagnostics::default()).unwrap()
    }

    /// What `check` prints for these Fluent files and templates.
    fn report(ftl: &[(&str, &str)], templates: &[(&str, &str)]) -> String {
        let ftl: Vec<(String, Arc<SourceFile>)> = ftl
            .iter()
            .map(|(code, text)| {
                let file = SourceFile::new(format!("i18n/{code}.ftl"), *text);
                ((*code).to_owned(), file)
            })
            .collect();
        let templates: Vec<(String, Arc<SourceFile>)> = templates
            .iter()
            .map(|(name, text)| {
                let path = format!("themes/default/templates/{name}");
                ((*name).to_owned(), SourceFile::new(path, *text))
            })
            .collect();
        let mut diags = Diagnostics::default();
        diags.extend(check(&config(), &ftl, &templates));
        diags.render_plain()
    }

    #[test]
    fn a_message_no_language_defines_is_an_error_at_the_template_with_a_suggestion() {
        let out = report(
            &[
                ("fr", "site-title = Suivi\nnav-home = Accueil\n"),
                ("es", "site-title = Seguimiento\nnav-home = Inicio\n"),
            ],
            &[(
                "base.html",
                "<header>\n  <a href=\"/\">{{ t(id=\"nav-hom\") }}</a>\n  {{ t( id = 'nothing-like-it' ) }}\n</header>\n{{ t(id=\"nav-home\") }} {{ txt(t=page.title) }} {# t(id=\"old\") #}",
            )],
        );
        assert_eq!(
            out,
            r#"error: no language defines the message `nav-hom`
  ┌─ themes/default/templates/base.html:2:24
  │
2 │   <a href="/">{{ t(id="nav-hom") }}</a>
  │                        ^^^^^^^ not in any i18n/*.ftl file
  │
  = help: did you mean `nav-home`?

error: no language defines the message `nothing-like-it`
  ┌─ themes/default/templates/base.html:3:15
  │
3 │   {{ t( id = 'nothing-like-it' ) }}
  │               ^^^^^^^^^^^^^^^ not in any i18n/*.ftl file
  │
  = help: define it in i18n/fr.ftl, then translate it in the other languages' files

"#
        );
    }

    #[test]
    fn a_message_nothing_asks_for_is_a_warning_in_each_file() {
        let out = report(
            &[
                ("fr", "site-title = Suivi\nold-banner = Bannière\n"),
                ("es", "old-banner = Pancarta\nsite-title = Seguimiento\n"),
            ],
            &[],
        );
        assert_eq!(
            out,
            r#"warning: the message `old-banner` is never used
  ┌─ i18n/fr.ftl:2:1
  │
2 │ old-banner = Bannière
  │ ^^^^^^^^^^ no template and no part of swivi asks for it
  │
  = help: delete it from every i18n/*.ftl file, or show it in a template with `t(id="old-banner")`

warning: the message `old-banner` is never used
  ┌─ i18n/es.ftl:1:1
  │
1 │ old-banner = Pancarta
  │ ^^^^^^^^^^ no template and no part of swivi asks for it
  │
  = help: delete it from every i18n/*.ftl file, or show it in a template with `t(id="old-banner")`

"#
        );
    }

    #[test]
    fn messages_used_by_the_code_by_a_reference_or_by_a_template_prefix_are_used() {
        let fr = "site-title = { brand }\nbrand = swivi\nstatus-not-started = Non commencé\nlanguage-es = espagnol\nmap-empty = Rien\nindicator-on-track = En bonne voie\nnav-countries = Pays\ndata-table-updates = Mises à jour\nnote-a = A\nnote-b = B\n";
        let templates = [("a.html", "{{ t(id=\"note-\" ~ kind) }}")];
        assert_eq!(report(&[("fr", fr)], &templates), "");
    }

    #[test]
    fn an_id_swivi_cannot_read_turns_the_unused_check_off_and_says_so() {
        let out = report(
            &[("fr", "site-title = Suivi\nnote-a = A\n")],
            &[("a.html", "{% set k = 'note-a' %}\n{{ t(id=k) }}")],
        );
        assert_eq!(
            out,
            r#"warning: swivi cannot tell which message this `t()` asks for, so it does not report unused messages
  ┌─ themes/default/templates/a.html:2:9
  │
2 │ {{ t(id=k) }}
  │         ^
  │
  = help: write the id itself, `t(id="nav-home")`, or a literal start, `t(id="status-" ~ s.id)`

"#
        );
    }

    #[test]
    fn a_typo_or_an_extra_variable_in_a_message_the_code_formats_is_an_error() {
        let fr = "stale-count = { $count ->\n    [one] un engagement\n   *[other] { $count } engagements\n} depuis { $months } mois\n";
        let es = "stale-count = { $cuont ->\n    [one] un compromiso\n   *[other] { $cuont } compromisos en años: { $anos }\n}\n    .title = { $months }\n";
        assert_eq!(
            report(&[("fr", fr), ("es", es)], &[]),
            r#"error: the message `stale-count` uses `$cuont`, which swivi does not pass to it, so it cannot be shown
  ┌─ i18n/es.ftl:1:17
  │
1 │ stale-count = { $cuont ->
  │                 ^^^^^^ not passed to `stale-count`
  │
  = help: did you mean `$count`?
  = help: the variables of `stale-count`: `$count`, `$months`

error: the message `stale-count` uses `$anos`, which swivi does not pass to it, so it cannot be shown
  ┌─ i18n/es.ftl:3:47
  │
3 │    *[other] { $cuont } compromisos en años: { $anos }
  │                                               ^^^^^ not passed to `stale-count`
  │
  = help: the variables of `stale-count`: `$count`, `$months`

error: the `es` message `stale-count` leaves out `$count`, which its sentence needs: the pages in `es` would not show it
  ┌─ i18n/es.ftl:1:1
  │
1 │ stale-count = { $cuont ->
  │ ^^^^^^^^^^^ no `$count` in this message
  │
  = help: add `{ $count }` where it belongs in the sentence

"#
        );
    }

    #[test]
    fn a_variable_in_a_message_the_code_formats_without_any_is_an_error() {
        let out = report(
            &[
                ("fr", "site-title = Suivi\n"),
                ("es", "site-title = Seguimiento año { $name }\n"),
            ],
            &[],
        );
        assert_eq!(
            out,
            r#"error: the message `site-title` uses `$name`, which swivi does not pass to it, so it cannot be shown
  ┌─ i18n/es.ftl:1:32
  │
1 │ site-title = Seguimiento año { $name }
  │                                ^^^^^ not passed to `site-title`
  │
  = help: swivi passes no variable to `site-title`: write it without `$name`

"#
        );
    }

    #[test]
    fn a_typo_in_a_variable_the_code_passes_is_an_error_that_names_the_variables() {
        let fr = "stale-since = Non vérifié depuis le { $date }\n";
        let es = "stale-since = Sin verificar desde el { $dat }\n";
        assert_eq!(
            report(&[("fr", fr), ("es", es)], &[]),
            r#"error: the message `stale-since` uses `$dat`, which swivi does not pass to it, so it cannot be shown
  ┌─ i18n/es.ftl:1:40
  │
1 │ stale-since = Sin verificar desde el { $dat }
  │                                        ^^^^ not passed to `stale-since`
  │
  = help: did you mean `$date`?
  = help: the variables of `stale-since`: `$date`

error: the `es` message `stale-since` leaves out `$date`, which its sentence needs: the pages in `es` would not show it
  ┌─ i18n/es.ftl:1:1
  │
1 │ stale-since = Sin verificar desde el { $dat }
  │ ^^^^^^^^^^^ no `$date` in this message
  │
  = help: add `{ $date }` where it belongs in the sentence

"#
        );
    }

    #[test]
    fn leaving_out_a_fact_is_an_error_and_an_optional_variable_may_go() {
        let fr = "stale-since = Non vérifié récemment\nfallback-notice = Pas encore traduit ; affiché en { $original }.\nfeed-title = { $title }\n";
        assert_eq!(
            report(&[("fr", fr)], &[]),
            r#"error: the `fr` message `stale-since` leaves out `$date`, which its sentence needs: the pages in `fr` would not show it
  ┌─ i18n/fr.ftl:1:1
  │
1 │ stale-since = Non vérifié récemment
  │ ^^^^^^^^^^^ no `$date` in this message
  │
  = help: add `{ $date }` where it belongs in the sentence

"#
        );
    }

    #[test]
    fn the_variables_a_template_passes_are_read_in_its_call() {
        let fr = "pillar-figure = Pilier { $numbr }\nlicence = Licence : { $licence } { $year }\nnote-a = A { $x }\n";
        let templates = [(
            "a.html",
            "{{ t(id=\"pillar-figure\", number=p.number) }}\n{{ t( id='licence', licence=page.licence | default(value=\"CC, BY\"), year=f(a=1, b=(2)) ) }}\n{{ t(id=\"note-\" ~ k, x=1) }}",
        )];
        assert_eq!(
            report(&[("fr", fr)], &templates),
            r#"error: the message `pillar-figure` uses `$numbr`, which the templates do not pass to it, so it cannot be shown
  ┌─ i18n/fr.ftl:1:26
  │
1 │ pillar-figure = Pilier { $numbr }
  │                          ^^^^^^ not passed to `pillar-figure`
  │
  = help: did you mean `$number`?
  = help: the variables of `pillar-figure`: `$number`

warning: the `fr` message `pillar-figure` leaves out `$number`, which the templates pass to it
  ┌─ i18n/fr.ftl:1:1
  │
1 │ pillar-figure = Pilier { $numbr }
  │ ^^^^^^^^^^^^^ no `$number` in this message
  │
  = help: add `{ $number }` where it belongs in the sentence, so that readers in `fr` see it too

"#
        );
    }

    #[test]
    fn a_message_swivi_cannot_tell_about_is_compared_with_the_default_language() {
        let templates = [("a.html", "{{ t(id=k, y=1) }}")];
        let out = report(
            &[
                ("fr", "note-a = A { $x }\n"),
                ("es", "note-a = A { $y } { $z }\n"),
            ],
            &templates,
        );
        assert_eq!(
            out,
            r#"warning: swivi cannot tell which message this `t()` asks for, so it does not report unused messages
  ┌─ themes/default/templates/a.html:1:9
  │
1 │ {{ t(id=k, y=1) }}
  │         ^
  │
  = help: write the id itself, `t(id="nav-home")`, or a literal start, `t(id="status-" ~ s.id)`

warning: `$y` is not in the `fr` message `note-a`: swivi may not pass it, and then the text cannot be shown
  ┌─ i18n/es.ftl:1:14
  │
1 │ note-a = A { $y } { $z }
  │              ^^ not in i18n/fr.ftl
  │
  = help: did you mean `$x`?

warning: `$z` is not in the `fr` message `note-a`: swivi may not pass it, and then the text cannot be shown
  ┌─ i18n/es.ftl:1:21
  │
1 │ note-a = A { $y } { $z }
  │                     ^^ not in i18n/fr.ftl
  │
  = help: did you mean `$x`?

warning: the `es` message `note-a` leaves out `$x`, which the `fr` message uses
  ┌─ i18n/es.ftl:1:1
  │
1 │ note-a = A { $y } { $z }
  │ ^^^^^^ no `$x` in this message
  │
  = help: add `{ $x }` where it belongs in the translation, so that readers in `es` see it too

"#
        );
    }

    #[test]
    fn a_function_is_an_error() {
        let fr = "commitment-count = { NUMBER($count) } engagements\n";
        assert_eq!(
            report(&[("fr", fr)], &[]),
            r#"error: swivi has no Fluent function `NUMBER()`, so this text cannot be shown
  ┌─ i18n/fr.ftl:1:22
  │
1 │ commitment-count = { NUMBER($count) } engagements
  │                      ^^^^^^ not a function swivi has
  │
  = help: write the variable alone, `{ $count }`: swivi writes numbers and dates the way the language does

"#
        );
    }

    #[test]
    fn a_percent_sign_after_a_percentage_is_an_error_at_the_sign() {
        let out = report(
            &[(
                "fr",
                "done-count = { $count } { $percent }{\"\\u202F\"}% réalisés\nindicator-progress = { $percent -> \n *[other] { $percent } %\n}\nkept = { $percent } du chemin, 100 % au bout\n",
            )],
            &[("a.html", "{{ t(id=\"kept\", percent=3) }}")],
        );
        assert_eq!(out.matches("would show twice").count(), 2, "{out}");
        assert!(
            out.starts_with(
                r#"error: `{ $percent }` is written with its percent sign, so this one would show twice
  ┌─ i18n/fr.ftl:1:47
  │
1 │ done-count = { $count } { $percent }{"\u202F"}% réalisés
  │                                               ^ a second percent sign
  │
  = help: remove this sign and the space before it: swivi writes the percentage the way `fr` does ("33 %" in French, "33%" in English)
"#
            ),
            "{out}"
        );
        assert!(out.contains("i18n/fr.ftl:3:24"), "{out}");
    }

    #[test]
    fn a_reference_must_resolve_in_its_own_file() {
        let fr = "-brand = swivi\nsite-title = { -brand }\nnav-home = Accueil\n";
        let es = "-brnd = swivi\n    .gender = m\nsite-title = { -brand } y { nav-home } y { site-title.short } y { -brnd.gendr ->\n  *[m] él\n}\n";
        assert_eq!(
            report(&[("fr", fr), ("es", es)], &[]),
            r#"error: the term `-brand` is not defined in i18n/es.ftl
  ┌─ i18n/es.ftl:3:16
  │
3 │ site-title = { -brand } y { nav-home } y { site-title.short } y { -brnd.gendr ->
  │                ^^^^^^ not in this file
  │
  = help: did you mean `-brnd`?
  = help: a reference finds only the terms of its own file, never those of the fallback languages

error: the message `nav-home` is not defined in i18n/es.ftl
  ┌─ i18n/es.ftl:3:29
  │
3 │ site-title = { -brand } y { nav-home } y { site-title.short } y { -brnd.gendr ->
  │                             ^^^^^^^^ not in this file
  │
  = help: define `nav-home` in i18n/es.ftl
  = help: a reference finds only the messages of its own file, never those of the fallback languages

error: the message `site-title` has no attribute `.short`
  ┌─ i18n/es.ftl:3:55
  │
3 │ site-title = { -brand } y { nav-home } y { site-title.short } y { -brnd.gendr ->
  │                                                       ^^^^^ not an attribute of `site-title`
  │
  = help: add `.short = …` under `site-title` in i18n/es.ftl

error: the term `-brnd` has no attribute `.gendr`
  ┌─ i18n/es.ftl:3:73
  │
3 │ site-title = { -brand } y { nav-home } y { site-title.short } y { -brnd.gendr ->
  │                                                                         ^^^^^ not an attribute of `-brnd`
  │
  = help: did you mean `-brnd.gender`?

"#
        );
    }

    #[test]
    fn a_syntax_error_points_where_the_text_went_wrong() {
        let text = "home = Accueil\nbroken = { $x\nnext = ok\ng@rbage = x\n";
        let Err((_, errors)) = parser::parse(text) else {
            panic!("the text has errors");
        };
        let positions: Vec<(usize, usize)> = errors
            .iter()
            .map(|e| crate::diag::line_column(text, crate::i18n::syntax_error_span(text, e).start))
            .collect();
        // After `$x`, where `}` is missing (the parser notices it on the next line); at `@`.
        assert_eq!(positions, [(2, 14), (4, 2)]);
    }

    /// Every `.text("…")`, `.format("…"`, `count("…"` and `labelled("…"` call of `src/` (the
    /// helpers that take a message id), outside tests: the literal id, or the literal start of a
    /// `&format!("prefix-{…}")` id.
    fn ids_asked_in_src() -> Vec<(String, AskedInCode)> {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
            let path = entry.unwrap().into_path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let name = path.strip_prefix(&src).unwrap().display().to_string();
            for asked in ids_asked_in_rust(code) {
                found.push((name.clone(), asked));
            }
        }
        found
    }

    #[derive(Debug, PartialEq)]
    enum AskedInCode {
        Id(String),
        Prefix(String),
    }

    fn ids_asked_in_rust(code: &str) -> Vec<AskedInCode> {
        let mut found = Vec::new();
        for call in [".text(", ".format(", "count(", "labelled("] {
            for (start, _) in code.match_indices(call) {
                let argument = code[start + call.len()..].trim_start();
                if let Some(rest) = argument.strip_prefix('"') {
                    let id = rest.split('"').next().unwrap_or_default();
                    found.push(AskedInCode::Id(id.to_owned()));
                } else if let Some(rest) = argument.strip_prefix("&format!(\"") {
                    let prefix = rest.split(['{', '"']).next().unwrap_or_default();
                    found.push(AskedInCode::Prefix(prefix.to_owned()));
                }
            }
        }
        found
    }

    #[test]
    fn the_scan_of_the_code_finds_literal_ids_and_prefixes() {
        let code = "x.locale\n    .format(\n        \"feed-title\",\n        &[])\nlens.locale.text(&format!(\"nav-{section}\"))\nlabelled(\"indicator-target\", p)\ncount(id, n)\nformat!(\"update-{}\", d)";
        assert_eq!(
            ids_asked_in_rust(code),
            [
                AskedInCode::Prefix("nav-".into()),
                AskedInCode::Id("feed-title".into()),
                AskedInCode::Id("indicator-target".into()),
            ]
        );
    }

    #[test]
    fn every_id_the_code_asks_for_is_in_the_registry() {
        let prefixes: Vec<&str> = code_families(&config()).iter().map(|f| f.0).collect();
        let missing: Vec<String> = ids_asked_in_src()
            .into_iter()
            .filter(|(_, asked)| match asked {
                AskedInCode::Id(id) => !CODE_IDS.contains(&id.as_str()),
                AskedInCode::Prefix(prefix) => !prefixes.contains(&prefix.as_str()),
            })
            .map(|(file, asked)| format!("src/{file}: {asked:?}"))
            .collect();
        assert!(
            missing.is_empty(),
            "add these to CODE_IDS or code_families in src/i18n/checks.rs: {missing:#?}"
        );
    }

    /// A `.format(` call on a locale in `src/`, outside tests.
    #[derive(Debug)]
    struct FormatCall {
        file: String,
        id: CallId,
        /// The names of its `&[("name", …)]` list; `None` when it passes something else.
        variables: Option<Vec<String>>,
    }

    #[derive(Debug, PartialEq)]
    enum CallId {
        Literal(String),
        /// `&format!("status-{id}")`
        Prefix(String),
        /// A parameter of a helper that formats the id it is given.
        Expression(String),
    }

    /// The code that formats a message whose id it is given, and how its callers give it: the
    /// file, the id's expression in its `.format(` call, the helper's call as written, and
    /// which of that call's arguments is the id.
    const HELPERS: &[(&str, &str, &str, usize)] = &[
        ("present.rs", "id", "count(", 0),
        ("present.rs", "message", "notice_with_original(", 2),
        ("feeds/mod.rs", "title_id", "work(", 0),
        ("feeds/mod.rs", "summary_id", "work(", 1),
        ("feeds/entry.rs", "id", "country_and_title(", 2),
        ("i18n/mod.rs", "id", ".text(", 0),
    ];

    /// The templates' `t()`, whose variables checks.rs reads in the templates themselves.
    const TEMPLATE_FUNCTION: (&str, &str) = ("render/mod.rs", "id");

    fn rust_sources() -> Vec<(String, String)> {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        walkdir::WalkDir::new(&src)
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .map(|path| {
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text
                    .split("#[cfg(test)]")
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                let name = path.strip_prefix(&src).unwrap().display().to_string();
                (name, code)
            })
            .collect()
    }

    fn format_calls_in_rust(file: &str, code: &str) -> Vec<FormatCall> {
        let mut found = Vec::new();
        for (start, call) in code.match_indices(".format(") {
            let receiver = code[..start]
                .trim_end()
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or_default();
            let on_a_locale =
                receiver.ends_with("locale") || (receiver == "self" && file == "i18n/mod.rs");
            let Some(arguments) = call_arguments(&code[start + call.len()..], &['"']) else {
                continue;
            };
            if !on_a_locale {
                continue;
            }
            let pieces = arguments;
            let id = match pieces.first().copied().unwrap_or_default() {
                literal if literal.starts_with('"') => {
                    CallId::Literal(literal.trim_matches('"').to_owned())
                }
                prefix if prefix.starts_with("&format!(\"") => CallId::Prefix(
                    prefix["&format!(\"".len()..]
                        .split(['{', '"'])
                        .next()
                        .unwrap_or_default()
                        .to_owned(),
                ),
                expression => CallId::Expression(expression.to_owned()),
            };
            let variables = pieces
                .get(1)
                .filter(|list| list.starts_with("&["))
                .map(|list| {
                    list.match_indices("(\"")
                        .map(|(at, _)| {
                            list[at + 2..]
                                .split('"')
                                .next()
                                .unwrap_or_default()
                                .to_owned()
                        })
                        .collect()
                });
            found.push(FormatCall {
                file: file.to_owned(),
                id,
                variables,
            });
        }
        found
    }

    /// The literal ids given to `helper` (`count(`) as its argument `index`, in all of `src/`.
    fn ids_given_to(sources: &[(String, String)], helper: &str, index: usize) -> Vec<String> {
        let mut ids = Vec::new();
        for (_, code) in sources {
            for (start, call) in code.match_indices(helper) {
                let before = code[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let Some(arguments) = call_arguments(&code[start + call.len()..], &['"']) else {
                    continue;
                };
                let piece = arguments.get(index).copied();
                if let Some(literal) = piece.filter(|p| p.starts_with('"')) {
                    ids.push(literal.trim_matches('"').to_owned());
                }
            }
        }
        ids
    }

    fn registry_names(id: &str) -> Vec<String> {
        let mut names: Vec<String> = code_variables(id)
            .iter()
            .map(|v| v.name.to_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn the_scan_of_the_code_reads_the_variables_of_each_call() {
        let code = "self.locale\n    .format(\n        \"feed-title\",\n        &[(\"site\", Arg::Text(&a)), (\"title\", Arg::Text(&f(b, \"),\")))],\n    )\nlens.locale.format(&format!(\"language-{code}\"), &[])\nself.locale.format(id, &[(\"count\", Arg::Number(n))])\nt_locale.format(id, &fluent_args)\nnumber.format(&d)";
        let calls = format_calls_in_rust("present.rs", code);
        let read: Vec<(&CallId, Option<&Vec<String>>)> = calls
            .iter()
            .map(|c| (&c.id, c.variables.as_ref()))
            .collect();
        assert_eq!(
            read,
            [
                (
                    &CallId::Literal("feed-title".into()),
                    Some(&vec!["site".to_owned(), "title".to_owned()])
                ),
                (&CallId::Prefix("language-".into()), Some(&vec![])),
                (
                    &CallId::Expression("id".into()),
                    Some(&vec!["count".to_owned()])
                ),
                (&CallId::Expression("id".into()), None),
            ]
        );
    }

    #[test]
    fn the_registry_of_variables_is_what_the_code_passes() {
        let sources = rust_sources();
        let mut wrong = Vec::new();
        let mut formatted = BTreeSet::new();
        let calls = sources
            .iter()
            .filter(|(file, _)| file != "i18n/checks.rs")
            .flat_map(|(file, code)| format_calls_in_rust(file, code));
        for call in calls {
            let passed: Vec<String> = call
                .variables
                .clone()
                .map(|mut v| {
                    v.sort();
                    v
                })
                .unwrap_or_default();
            let ids_and_names: Vec<(String, Vec<String>)> = match &call.id {
                CallId::Literal(id) => vec![(id.clone(), passed)],
                CallId::Prefix(_) if passed.is_empty() => vec![],
                CallId::Prefix(prefix) => {
                    wrong.push(format!(
                        "src/{}: a family `{prefix}…` given variables",
                        call.file
                    ));
                    vec![]
                }
                CallId::Expression(expression)
                    if (call.file.as_str(), expression.as_str()) == TEMPLATE_FUNCTION =>
                {
                    vec![]
                }
                CallId::Expression(expression) => {
                    let helpers: Vec<_> = HELPERS
                        .iter()
                        .filter(|h| h.0 == call.file && h.1 == expression)
                        .collect();
                    if helpers.is_empty() {
                        wrong.push(format!("src/{}: `.format({expression}, …)` formats an id it is given: add it to HELPERS", call.file));
                    }
                    helpers
                        .iter()
                        .flat_map(|h| ids_given_to(&sources, h.2, h.3))
                        .map(|id| (id, passed.clone()))
                        .collect()
                }
            };
            for (id, names) in ids_and_names {
                if registry_names(&id) != names {
                    wrong.push(format!(
                        "src/{}: `{id}` is passed {names:?}, CODE_VARIABLES says {:?}",
                        call.file,
                        registry_names(&id)
                    ));
                }
                formatted.insert(id);
            }
        }
        let stale: Vec<&str> = CODE_VARIABLES
            .iter()
            .map(|(id, _)| *id)
            .filter(|id| !formatted.contains(*id))
            .collect();
        assert!(
            wrong.is_empty(),
            "fix CODE_VARIABLES in src/i18n/checks.rs: {wrong:#?}"
        );
        assert!(
            stale.is_empty(),
            "no longer formatted with variables: {stale:?}"
        );
    }

    #[test]
    fn the_code_passes_a_percentage_as_one_and_only_under_its_name() {
        let mut wrong = Vec::new();
        for (file, code) in rust_sources() {
            for (at, _) in code.match_indices("\", Arg::") {
                let name = code[..at].rsplit("(\"").next().unwrap_or_default();
                let percentage = code[at..].starts_with("\", Arg::Percent(");
                if (name == PERCENT_VARIABLE) != percentage {
                    wrong.push(format!("src/{file}: `${name}`"));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "`${PERCENT_VARIABLE}` is passed as Arg::Percent, and only it: {wrong:#?}"
        );
    }

    #[test]
    fn every_id_of_the_registry_is_still_in_the_code() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let code: String = walkdir::WalkDir::new(&src)
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs") && !p.ends_with("i18n/checks.rs"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        let stale: Vec<&str> = CODE_IDS
            .iter()
            .copied()
            .filter(|id| !code.contains(&format!("\"{id}\"")))
            .collect();
        let families = code_families(&config());
        let stale_families: Vec<&str> = families
            .iter()
            .map(|f| f.0)
            .filter(|prefix| !code.contains(&format!("format!(\"{prefix}{{")))
            .collect();
        assert!(stale.is_empty(), "no longer asked for: {stale:?}");
        assert!(
            stale_families.is_empty(),
            "no longer built: {stale_families:?}"
        );
    }
}
