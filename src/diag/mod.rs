//! Diagnostics: what went wrong, where, and how to fix it.
//!
//! Every stage reports problems into one [`Diagnostics`] collector and goes on, so an editor
//! sees all the problems of a run at once. A diagnostic points into a [`SourceFile`] by byte
//! range; rendering turns that into `file:line:column` with the source line underneath.
//! This module depends on nothing else in the crate; [`toml`] words the errors of TOML files.

pub(crate) mod toml;

use std::borrow::Cow;
use std::fmt;
use std::io::IsTerminal;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::{self, Files, Location, SimpleFile};
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

    /// The report codespan renders; `span` is where the label goes in the file as quoted.
    fn to_report(&self, file_id: Option<usize>, span: Option<Range<usize>>) -> Report<usize> {
        let severity = match self.severity {
            Severity::Error => ReportSeverity::Error,
            Severity::Warning => ReportSeverity::Warning,
        };
        let mut report = Report::new(severity).with_message(&self.message);
        if let (Some(file), None) = (&self.file, &self.span) {
            // About the file as a whole: name it, without quoting a line that is not the problem.
            report = report.with_message(format!("{}: {}", file.display(), self.message));
        }
        if let (Some(id), Some(span)) = (file_id, span) {
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

    /// The errors about the file `path` (relative to the site's folder).
    pub(crate) fn errors_about(&self, path: &Path) -> Diagnostics {
        let mut about = Diagnostics::default();
        for diagnostic in &self.list {
            let file = diagnostic.file.as_ref().map(|f| f.path.as_path());
            let is_about = file.or(diagnostic.path.as_deref()) == Some(path);
            if diagnostic.severity == Severity::Error && is_about {
                about.push(diagnostic.clone());
            }
        }
        about
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
        let mut quotes: Vec<Quote<'_>> = Vec::new();
        let mut ids: Vec<(*const SourceFile, usize)> = Vec::new();
        let config = Config::default();
        for diagnostic in &self.list {
            let mut span = diagnostic.span.clone();
            let file_id = diagnostic.file.as_ref().map(|file| {
                if let Some(cut) = span.clone().and_then(|s| Cut::of(&file.text, s)) {
                    // A quote of its own: the cut is this diagnostic's.
                    span = Some(cut.span.clone());
                    quotes.push(Quote::cut(file, cut));
                    return quotes.len() - 1;
                }
                let key = Arc::as_ptr(file);
                match ids.iter().find(|(k, _)| *k == key) {
                    Some((_, id)) => *id,
                    None => {
                        quotes.push(Quote::whole(file));
                        ids.push((key, quotes.len() - 1));
                        quotes.len() - 1
                    }
                }
            });
            let report = diagnostic.to_report(file_id, span);
            // Writing to a terminal or a buffer only fails when that stream is gone.
            let _ = term::emit(out, &config, &Quotes(&quotes), &report);
        }
    }
}

/// How many characters of a line a diagnostic quotes: a longer line (a generated table, a
/// file of one line, a hostile file) is cut to this many around the place pointed at.
const QUOTED_CHARS: usize = 200;
/// What marks where a quoted line was cut.
const ELLIPSIS: &str = "…";

/// A long line cut around the place a diagnostic points at, quoted alone: the kept part of
/// the line, with [`ELLIPSIS`] where something was cut before or after it.
#[derive(Debug, PartialEq)]
struct Cut {
    /// The line's index in the file, from 0.
    line_index: usize,
    /// The bytes of the file kept.
    kept: Range<usize>,
    cut_before: bool,
    cut_after: bool,
    /// The diagnostic's span in the quote.
    span: Range<usize>,
}

impl Cut {
    /// The cut for `span` in `text`, when its first line is too long to quote whole.
    fn of(text: &str, span: Range<usize>) -> Option<Cut> {
        let start = floor_char_boundary(text, span.start);
        let span_end = floor_char_boundary(text, span.end.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        // Only a line longer than the quote is cut.
        text[line_start..line_end].chars().nth(QUOTED_CHARS)?;
        // A third of the quote before the place, the rest from it.
        let kept_start = text[line_start..start]
            .char_indices()
            .rev()
            .nth(QUOTED_CHARS / 3 - 1)
            .map_or(line_start, |(i, _)| line_start + i);
        let before = text[kept_start..start].chars().count();
        let kept_end = text[start..line_end]
            .char_indices()
            .nth(QUOTED_CHARS - before)
            .map_or(line_end, |(i, _)| start + i);
        let cut_before = kept_start > line_start;
        let in_quote = |at: usize| at - kept_start + if cut_before { ELLIPSIS.len() } else { 0 };
        Some(Cut {
            line_index: text[..line_start].matches('\n').count(),
            kept: kept_start..kept_end,
            cut_before,
            cut_after: kept_end < line_end,
            span: in_quote(start)..in_quote(span_end.clamp(start, kept_end)),
        })
    }

    fn quote(&self, text: &str) -> String {
        let mark = |cut: bool| if cut { ELLIPSIS } else { "" };
        format!(
            "{}{}{}",
            mark(self.cut_before),
            &text[self.kept.clone()],
            mark(self.cut_after)
        )
    }

    /// The byte of the file at byte `at` of the quote (the first ellipsis stands for the
    /// first byte kept).
    fn original(&self, at: usize) -> usize {
        let at = if self.cut_before {
            at.saturating_sub(ELLIPSIS.len())
        } else {
            at
        };
        self.kept.start + at.min(self.kept.len())
    }
}

/// A file as a diagnostic quotes it: whole, or one long line of it cut. Its locations
/// (`file:line:column`) and line numbers are always those of the whole file.
struct Quote<'a> {
    file: SimpleFile<String, Cow<'a, str>>,
    whole: &'a str,
    cut: Option<Cut>,
}

impl<'a> Quote<'a> {
    fn whole(file: &'a SourceFile) -> Self {
        Quote {
            file: SimpleFile::new(file.display(), Cow::Borrowed(file.text.as_str())),
            whole: &file.text,
            cut: None,
        }
    }

    fn cut(file: &'a SourceFile, cut: Cut) -> Self {
        Quote {
            file: SimpleFile::new(file.display(), Cow::Owned(cut.quote(&file.text))),
            whole: &file.text,
            cut: Some(cut),
        }
    }
}

/// The files of one rendering, for codespan.
struct Quotes<'q, 'a>(&'q [Quote<'a>]);

impl<'f> Files<'f> for Quotes<'_, '_> {
    type FileId = usize;
    type Name = String;
    type Source = &'f str;

    fn name(&'f self, id: usize) -> Result<String, files::Error> {
        Ok(self.quote(id)?.file.name().clone())
    }

    fn source(&'f self, id: usize) -> Result<&'f str, files::Error> {
        Ok(self.quote(id)?.file.source())
    }

    fn line_index(&'f self, id: usize, byte_index: usize) -> Result<usize, files::Error> {
        self.quote(id)?.file.line_index((), byte_index)
    }

    fn line_range(&'f self, id: usize, line_index: usize) -> Result<Range<usize>, files::Error> {
        self.quote(id)?.file.line_range((), line_index)
    }

    fn line_number(&'f self, id: usize, line_index: usize) -> Result<usize, files::Error> {
        let first = self.quote(id)?.cut.as_ref().map_or(0, |cut| cut.line_index);
        Ok(first + line_index + 1)
    }

    fn location(&'f self, id: usize, byte_index: usize) -> Result<Location, files::Error> {
        let quote = self.quote(id)?;
        let at = quote
            .cut
            .as_ref()
            .map_or(byte_index, |cut| cut.original(byte_index));
        let (line_number, column_number) = line_column(quote.whole, at);
        Ok(Location {
            line_number,
            column_number,
        })
    }
}

impl Quotes<'_, '_> {
    fn quote(&self, id: usize) -> Result<&Quote<'_>, files::Error> {
        self.0.get(id).ok_or(files::Error::FileMissing)
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
    fn a_long_line_is_quoted_around_the_place_with_its_true_column() {
        let line = format!("x = {}é{}", "[".repeat(500), "]".repeat(500));
        let file = SourceFile::new("site.toml", format!("a = 1\n{line}\nb = 2\n"));
        let at = file.text.find('é').unwrap();
        let mut diags = Diagnostics::default();
        diags.push(
            Diagnostic::error("too deep")
                .at(&file, at..at + 2)
                .label("here"),
        );
        let text = diags.render_plain();
        assert!(text.contains("site.toml:2:505"), "{text}");
        let quoted = text
            .lines()
            .find(|l| l.contains('é'))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(
            quoted.ends_with(&format!("2 │ …{}é{}…", "[".repeat(66), "]".repeat(133))),
            "{quoted}"
        );
        assert!(text.len() < 1000, "{text}");
        // The mark is under the place, as in a short line.
        let mark = text.lines().find(|l| l.contains('^')).unwrap();
        assert_eq!(
            mark.find('^').map(|i| mark[..i].chars().count()),
            quoted.find('é').map(|i| quoted[..i].chars().count())
        );
        // A place inside a character is taken from its start.
        let mut diags = Diagnostics::default();
        diags.push(Diagnostic::error("inside").at(&file, at + 1..at + 1));
        assert!(diags.render_plain().contains("site.toml:2:505"));
        // A short line is quoted whole.
        let file = SourceFile::new("site.toml", "a = [[[é]]]\n");
        let mut diags = Diagnostics::default();
        diags.push(Diagnostic::error("bad").at(&file, 7..9));
        let text = diags.render_plain();
        assert!(
            text.contains("site.toml:1:8") && text.contains("a = [[[é]]]"),
            "{text}"
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
