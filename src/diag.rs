//! Diagnostics: what went wrong, where, and how to fix it.
//!
//! Every stage reports problems into one [`Diagnostics`] collector and goes on, so an editor
//! sees all the problems of a run at once. A diagnostic points into a [`SourceFile`] by byte
//! range; rendering turns that into `file:line:column` with the source line underneath.
//! This module depends on nothing else in the crate.

use std::fmt;
use std::io::IsTerminal;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::termcolor::{ColorChoice, NoColor, StandardStream, WriteColor};
use codespan_reporting::term::{self, Config};

/// A file read from the site, shared by everything that points into it.
#[derive(Debug)]
pub(crate) struct SourceFile {
    /// Path relative to the site root, with `/` separators, as the editor knows it.
    pub(crate) path: PathBuf,
    pub(crate) text: String,
}

impl SourceFile {
    pub(crate) fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Arc<Self> {
        Arc::new(SourceFile {
            path: path.into(),
            text: text.into(),
        })
    }

    pub(crate) fn display(&self) -> String {
        display_path(&self.path)
    }
}

pub(crate) fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone)]
pub(crate) struct Diagnostic {
    severity: Severity,
    file: Option<Arc<SourceFile>>,
    span: Option<Range<usize>>,
    /// The file the problem is about, when it was not read (so not in `file`).
    path: Option<Box<Path>>,
    message: String,
    /// Boxed, as `path` is: a `Result` with a diagnostic as its error stays small.
    label: Option<Box<str>>,
    help: Vec<String>,
}

impl Diagnostic {
    pub(crate) fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            span: None,
            path: None,
            message: message.into(),
            label: None,
            help: Vec::new(),
        }
    }

    pub(crate) fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    /// Names the file the problem is about, when it could not be read or is not read at all
    /// (the message names it too).
    pub(crate) fn about(mut self, path: &Path) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Points at the whole file, when no narrower place is known.
    pub(crate) fn in_file(mut self, file: &Arc<SourceFile>) -> Self {
        self.file = Some(Arc::clone(file));
        self
    }

    /// Points at `span`, byte offsets into the file's text.
    pub(crate) fn at(mut self, file: &Arc<SourceFile>, span: Range<usize>) -> Self {
        let end = span.end.min(file.text.len());
        let start = span.start.min(end);
        self.file = Some(Arc::clone(file));
        self.span = Some(start..end);
        self
    }

    /// A short note under the underlined source.
    pub(crate) fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into().into_boxed_str());
        self
    }

    /// How to fix it.
    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help.push(help.into());
        self
    }

    fn sort_key(&self) -> (Severity, String, usize, String) {
        (
            self.severity,
            self.file.as_ref().map(|f| f.display()).unwrap_or_default(),
            self.span.as_ref().map_or(0, |s| s.start),
            self.message.clone(),
        )
    }

    fn to_report(&self, file_id: Option<usize>) -> Report<usize> {
        let severity = match self.severity {
            Severity::Error => ReportSeverity::Error,
            Severity::Warning => ReportSeverity::Warning,
        };
        let mut report = Report::new(severity).with_message(&self.message);
        if let (Some(file), None) = (&self.file, &self.span) {
            // About the file as a whole: name it, without quoting a line that is not the problem.
            report = report.with_message(format!("{}: {}", file.display(), self.message));
        }
        if let (Some(id), Some(span)) = (file_id, self.span.clone()) {
            let mut label = Label::primary(id, span);
            if let Some(text) = &self.label {
                label = label.with_message(text.as_ref());
            }
            report = report.with_labels(vec![label]);
        }
        report.with_notes(self.help.iter().map(|h| format!("help: {h}")).collect())
    }
}

impl Diagnostic {
    fn annotation(&self, root: &Path) -> String {
        let command = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut properties = Vec::new();
        let path = self.file.as_ref().map(|f| f.path.as_path());
        if let Some(path) = path.or(self.path.as_deref()) {
            let path: PathBuf = root
                .join(path)
                .components()
                .filter(|c| *c != std::path::Component::CurDir)
                .collect();
            properties.push(format!(
                "file={}",
                annotation_property(&display_path(&path))
            ));
        }
        if let (Some(file), Some(span)) = (&self.file, &self.span) {
            let (line, column) = line_column(&file.text, span.start);
            properties.push(format!("line={line},col={column}"));
        }
        let mut message = self.message.clone();
        if let Some(label) = &self.label {
            message = format!("{message}: {label}");
        }
        for help in &self.help {
            message = format!("{message}\nhelp: {help}");
        }
        let properties = if properties.is_empty() {
            String::new()
        } else {
            format!(" {}", properties.join(","))
        };
        format!("::{command}{properties}::{}\n", annotation_data(&message))
    }
}

/// A workflow command's message, escaped as GitHub's toolkit does.
fn annotation_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value (a file name), escaped as GitHub's toolkit does.
fn annotation_property(text: &str) -> String {
    annotation_data(text)
        .replace(':', "%3A")
        .replace(',', "%2C")
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Every problem of a run, in a stable order.
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }

    pub(crate) fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub(crate) fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.list.iter().filter(|d| d.severity == severity).count()
    }

    /// Sorted by severity, file and position, so output is the same on every run.
    pub(crate) fn sorted(mut self) -> Self {
        self.list.sort_by_key(Diagnostic::sort_key);
        self
    }

    /// Plain text, as tests and logs see it.
    pub(crate) fn render_plain(&self) -> String {
        let mut out = NoColor::new(Vec::new());
        self.render(&mut out);
        String::from_utf8_lossy(&out.into_inner()).into_owned()
    }

    /// To the terminal's standard error, coloured when it is a terminal. Under GitHub Actions,
    /// also as workflow commands on standard output, which GitHub shows on the lines of a pull
    /// request; `root` is the site's folder as the command was given it, and the files are
    /// named from the folder the command runs in (a workflow's checkout).
    pub(crate) fn print(&self, root: &Path) {
        let choice = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
            ColorChoice::Auto
        } else {
            ColorChoice::Never
        };
        let mut stderr = StandardStream::stderr(choice);
        self.render(&mut stderr);
        if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") {
            // Lost only when standard output is closed, and then nobody reads it.
            let _ = std::io::Write::write_all(
                &mut std::io::stdout().lock(),
                self.annotations(root).as_bytes(),
            );
        }
    }

    /// Each problem as a GitHub Actions workflow command, one a line:
    /// `::error file=content/countries/cl.md,line=2,col=15::message%0Ahelp: …`.
    pub(crate) fn annotations(&self, root: &Path) -> String {
        self.list.iter().map(|d| d.annotation(root)).collect()
    }

    fn render(&self, out: &mut dyn WriteColor) {
        let mut files = SimpleFiles::new();
        let mut ids: Vec<(*const SourceFile, usize)> = Vec::new();
        let config = Config::default();
        for diagnostic in &self.list {
            let file_id = diagnostic.file.as_ref().map(|file| {
                let key = Arc::as_ptr(file);
                match ids.iter().find(|(k, _)| *k == key) {
                    Some((_, id)) => *id,
                    None => {
                        let id = files.add(file.display(), file.text.as_str());
                        ids.push((key, id));
                        id
                    }
                }
            });
            let report = diagnostic.to_report(file_id);
            // Writing to a terminal or a buffer only fails when that stream is gone.
            let _ = term::emit(out, &config, &files, &report);
        }
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, diagnostics: I) {
        self.list.extend(diagnostics);
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render_plain())
    }
}

/// "did you mean …" among `candidates`, when one is close enough to be a likely typo.
pub(crate) fn suggest<'a, I>(wrong: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let wrong = wrong.to_lowercase();
    let allowed_edits = (wrong.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| {
            let lower = c.to_lowercase();
            (
                strsim::levenshtein(&wrong, &lower),
                strsim::jaro_winkler(&wrong, &lower),
                c,
            )
        })
        .filter(|(edits, similarity, _)| *edits <= allowed_edits || *similarity >= 0.9)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(b.2)))
        .map(|(_, _, c)| c)
}

/// The help line for an unknown name: a suggestion when there is one, else the choices.
pub(crate) fn did_you_mean(wrong: &str, candidates: &[&str], kind: &str) -> String {
    match suggest(wrong, candidates.iter().copied()) {
        Some(close) => format!("did you mean `{close}`?"),
        None if candidates.is_empty() => format!("this site has no {kind} yet"),
        None => {
            let shown: Vec<String> = candidates
                .iter()
                .take(12)
                .map(|c| format!("`{c}`"))
                .collect();
            let more = if candidates.len() > 12 { ", …" } else { "" };
            format!("the {kind} of this site are {}{more}", shown.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "a = 1\nnom = \"Haïti\" x";
        let offset = text.find('x').unwrap();
        assert_eq!(line_column(text, offset), (2, 15));
        assert_eq!(line_column(text, 0), (1, 1));
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(suggest("cll", ["cl", "co", "ca"]), Some("cl"));
        assert_eq!(suggest("zz", ["cl", "co"]), None);
        assert_eq!(
            did_you_mean("xyz", &["cl", "co"], "countries"),
            "the countries of this site are `cl`, `co`"
        );
    }

    #[test]
    fn renders_file_line_column_and_help() {
        let file = SourceFile::new("content/countries/cl.md", "+++\ntitle = 1\n+++\n");
        let mut diags = Diagnostics::default();
        diags.push(
            Diagnostic::error("wrong type")
                .at(&file, 12..13)
                .label("a number")
                .help("write a string"),
        );
        let text = diags.render_plain();
        assert!(text.contains("error: wrong type"), "{text}");
        assert!(text.contains("content/countries/cl.md:2:9"), "{text}");
        assert!(text.contains("help: write a string"), "{text}");
    }
}
