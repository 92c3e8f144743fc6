//! Checks of the interface strings (`i18n/<lang>.ftl`) against what uses them: the theme's
//! templates, swivi's own code, and the default language's file. [`check`] owns them; loading
//! the bundles (and reporting syntax errors) stays in the parent module.
//!
//! - A message a template asks for (`t(id="…")`) that no language defines is an error.
//! - A message nothing asks for is a warning, at its definition in each file.
//! - A translation whose `$variables` differ from the default language's message is a warning.
//! - A `{ -term }` or `{ message }` reference that its own file does not define is an error:
//!   fluent-bundle resolves references within one file's bundle, never along the fallbacks.
//!
//! What swivi's code asks for is listed once, in [`CODE_IDS`] and [`code_families`]: exact ids,
//! and the families it builds at run time (`status-{id}`, …) completed with the values this
//! site really has. A test reads `src/` so that an id added to the code cannot be left out.
//!
//! Templates: a literal id (`t(id="nav-home")`) is used; a literal followed by a
//! concatenation (`t(id="status-" ~ s.id)`) uses every message starting with that literal; an
//! id swivi cannot read (`t(id=name)`) could be any message, so unused messages are then not
//! reported at all, and a warning at that call says why.
//!
//! Positions are exact because each file is parsed into `&str` slices of its own text: the
//! offset of an identifier in the file is the distance between the two pointers.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Message, Pattern};
use fluent_syntax::parser;

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
    undefined_in_templates(&files, &asked, &config.default_language, &mut diags);
    unused_messages(&files, &asked, &code_ids(config), &mut diags);
    variables_that_differ(&files, &config.default_language, &mut diags);
    unresolved_references(&files, &mut diags);
    diags
}

/// Where to point for a syntax error: the parser's position, except when it lies past the
/// broken entry (a missing `}` is noticed at the start of the next message), then the end of
/// what the editor wrote.
pub(crate) fn syntax_error_span(text: &str, error: &parser::ParserError) -> Range<usize> {
    match &error.slice {
        Some(entry) if error.pos.start >= entry.end => {
            let written = text.get(entry.clone()).unwrap_or_default().trim_end();
            let end = entry.start + written.len();
            end..end
        }
        _ => error.pos.clone(),
    }
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
    "data-title",
    "downloads-title",
    "downloads-size",
    "map-title",
    "country-count",
    "pillar-count",
    "commitment-count",
    "meeting-count",
    "recommendation-count",
    "breakdown-caption",
    "share-percent",
    "done-share",
    "stale-count",
    "stale-since",
    "date-range",
    "value-with-unit",
    "commitment-date",
    "commitment-timeline",
    "indicator-progress",
    "indicator-progress-unknown",
    "indicator-baseline",
    "indicator-target",
    "feed-site",
    "feed-of",
    "feed-title",
    "feed-new-commitment",
    "feed-update",
    "feed-meeting",
    "outdated-notice",
    "translations-title",
    "translations-feed-title",
    "translations-feed-outdated",
    "translations-feed-outdated-summary",
    "translations-feed-missing",
    "translations-feed-missing-summary",
    "translations-feed-messages",
    "page-last-changed",
];

/// The families of ids the code builds at run time (`format!("status-{id}")`), each with the
/// values that complete it on this site.
pub(crate) fn code_families(config: &Config) -> Vec<(&'static str, Vec<String>)> {
    let owned = |values: &[&str]| values.iter().map(|v| (*v).to_owned()).collect();
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
        ("map-level-", owned(&crate::map::LEVELS)),
        (
            "data-table-",
            crate::data::TABLES
                .iter()
                .map(|t| t.name.to_owned())
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
            let value = id_argument(&text[start + call.len()..])?;
            let value_start = text.len() - value.len();
            Some(asked_id(file, value, value_start))
        })
        .collect()
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

fn asked_id<'a>(file: &'a Arc<SourceFile>, value: &'a str, value_start: usize) -> Asked<'a> {
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
            InlineExpression::FunctionReference { arguments, .. } => {
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
    for file in files {
        for message in file.messages().filter(|m| !used(m.id.name)) {
            let id = message.id.name;
            diags.push(
                Diagnostic::warning(format!("the message `{id}` is never used"))
                    .at(file.file, file.span_of(id))
                    .label("no template and no part of swivi asks for it")
                    .help(format!(
                        "delete it from every i18n/*.ftl file, or show it in a template with `t(id=\"{id}\")`"
                    )),
            );
        }
    }
}

fn variables_that_differ(files: &[Ftl<'_>], default_language: &str, diags: &mut Vec<Diagnostic>) {
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
        let fr = "site-title = { brand }\nbrand = swivi\nstatus-not-started = Non commencé\nlanguage-es = espagnol\nmap-level-most = La plupart\nindicator-on-track = En bonne voie\nnav-countries = Pays\ndata-table-updates = Mises à jour\nnote-a = A\nnote-b = B\n";
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
    fn a_translation_with_other_variables_than_the_default_language() {
        let fr = "stale-count = { $count ->\n    [one] un engagement\n   *[other] { $count } engagements\n} depuis { $months } mois\n";
        let es = "stale-count = { $cuont ->\n    [one] un compromiso\n   *[other] { $cuont } compromisos en años: { $anos }\n}\n    .title = { $months }\n";
        assert_eq!(
            report(&[("fr", fr), ("es", es)], &[]),
            r#"warning: `$cuont` is not in the `fr` message `stale-count`: swivi may not pass it, and then the text cannot be shown
  ┌─ i18n/es.ftl:1:17
  │
1 │ stale-count = { $cuont ->
  │                 ^^^^^^ not in i18n/fr.ftl
  │
  = help: did you mean `$count`?

warning: `$anos` is not in the `fr` message `stale-count`: swivi may not pass it, and then the text cannot be shown
  ┌─ i18n/es.ftl:3:47
  │
3 │    *[other] { $cuont } compromisos en años: { $anos }
  │                                               ^^^^^ not in i18n/fr.ftl
  │
  = help: use only the variables of the `fr` message: `$count`, `$months`

warning: the `es` message `stale-count` leaves out `$count`, which the `fr` message uses
  ┌─ i18n/es.ftl:1:1
  │
1 │ stale-count = { $cuont ->
  │ ^^^^^^^^^^^ no `$count` in this message
  │
  = help: add `{ $count }` where it belongs in the translation, so that readers in `es` see it too

"#
        );
    }

    #[test]
    fn a_variable_in_a_translation_of_a_message_without_any() {
        let out = report(
            &[
                ("fr", "site-title = Suivi\n"),
                ("es", "site-title = Seguimiento año { $name }\n"),
            ],
            &[],
        );
        assert_eq!(
            out,
            r#"warning: `$name` is not in the `fr` message `site-title`: swivi may not pass it, and then the text cannot be shown
  ┌─ i18n/es.ftl:1:32
  │
1 │ site-title = Seguimiento año { $name }
  │                                ^^^^^ not in i18n/fr.ftl
  │
  = help: the `fr` message has no variables: write this one without `$name`

"#
        );
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
            .map(|e| crate::diag::line_column(text, syntax_error_span(text, e).start))
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
