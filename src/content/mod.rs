//! The only reader of the site's files.
//!
//! [`read_site_toml`] reads `site.toml`; [`load`] reads everything else the build needs:
//! content entries (already split into front matter and body, with their section, slug and
//! language taken from the path), Fluent files, the theme's templates, every asset to copy and
//! the theme's fonts, which the share images are drawn with.
//! With them comes the site's git [`history`]: when each content file last changed.
//! Nothing after this stage touches the file system until `output` writes; the exceptions,
//! [`record_translated_from`], [`create`] and [`replace`], serve commands of their own
//! (`swivi i18n mark`, `swivi i18n new`, `swivi new`), not the build.
//!
//! A file that cannot be read or classified becomes a diagnostic naming it; loading goes on.
//! Invariants: nothing is read from outside the site's folder (symbolic links are followed,
//! and one that leads out is refused), and no text file larger than [`MAX_TEXT_FILE`] is read.

pub(crate) mod frontmatter;
pub(crate) mod history;
pub(crate) mod markdown;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, SourceFile, did_you_mean, display_path, suggest};

pub(crate) const SITE_TOML: &str = "site.toml";

/// The kinds of entries, one folder each under `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Section {
    Countries,
    Pillars,
    Commitments,
    Meetings,
    Recommendations,
    Organisations,
    Pages,
}

impl Section {
    pub(crate) const ALL: [Section; 7] = [
        Section::Countries,
        Section::Pillars,
        Section::Commitments,
        Section::Meetings,
        Section::Recommendations,
        Section::Organisations,
        Section::Pages,
    ];

    /// The folder name, which is also the URL segment.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Section::Countries => "countries",
            Section::Pillars => "pillars",
            Section::Commitments => "commitments",
            Section::Meetings => "meetings",
            Section::Recommendations => "recommendations",
            Section::Organisations => "organisations",
            Section::Pages => "pages",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The path of an entry's page under its language (`countries/cl/`; a page is at
    /// `methodology/`).
    pub(crate) fn entry_path(self, slug: &str) -> String {
        match self {
            Section::Pages => format!("{slug}/"),
            _ => format!("{self}/{slug}/"),
        }
    }
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The folder of a site's own templates, which replace the theme's of the same name.
pub(crate) const SITE_TEMPLATES: &str = "templates";

/// A content file, classified by its path and split into front matter and body.
#[derive(Debug, Clone)]
pub(crate) struct EntryFile {
    pub(crate) section: Section,
    pub(crate) slug: String,
    /// `None` for the canonical file, `Some(lang)` for `<slug>.<lang>.md`.
    pub(crate) lang: Option<String>,
    pub(crate) file: Arc<SourceFile>,
    /// Byte range of the TOML between the `+++` lines.
    pub(crate) front_matter: Range<usize>,
    /// Byte range of the Markdown after the closing `+++`.
    pub(crate) body: Range<usize>,
    /// Whether the file has no front matter to read (the error saying so is reported): it
    /// still names its entry, so that its translations and what refers to the entry are not
    /// reported as well.
    pub(crate) unreadable: bool,
}

impl EntryFile {
    pub(crate) fn front_matter_text(&self) -> &str {
        &self.file.text[self.front_matter.clone()]
    }

    pub(crate) fn body_text(&self) -> &str {
        &self.file.text[self.body.clone()]
    }

    /// Whether the file says nothing: no field in its front matter (blank lines and comments
    /// only) and no text after it, as Decap CMS writes a language not yet translated.
    pub(crate) fn is_blank(&self) -> bool {
        let no_field = self.front_matter_text().lines().all(|line| {
            let line = line.trim();
            line.is_empty() || line.starts_with('#')
        });
        no_field && self.body_text().trim().is_empty()
    }
}

/// A file copied to the output as it is.
#[derive(Debug, Clone)]
pub(crate) struct Asset {
    /// Path in the output, relative, with `/` separators.
    pub(crate) path: String,
    pub(crate) bytes: Vec<u8>,
    /// Whether the theme has a file of this name (the site's may replace it): the theme's
    /// templates are what load it.
    pub(crate) theme: bool,
    /// The file it was read from, relative to the site's root; `None` for a file swivi makes.
    pub(crate) source: Option<PathBuf>,
}

/// A font file of the theme, as read.
#[derive(Debug, Clone)]
pub(crate) struct Font {
    pub(crate) bytes: Vec<u8>,
}

/// Everything read from the site root.
#[derive(Debug, Default)]
pub(crate) struct Sources {
    pub(crate) entries: Vec<EntryFile>,
    /// `(language code, file)` for each `i18n/<lang>.ftl`.
    pub(crate) locales: Vec<(String, Arc<SourceFile>)>,
    /// The theme's templates; their names are paths relative to `templates/`.
    pub(crate) templates: Vec<(String, Arc<SourceFile>)>,
    /// The theme's `map.toml`, where its tile-grid map places each country, if it has one.
    pub(crate) map: Option<Arc<SourceFile>>,
    pub(crate) assets: Vec<Asset>,
    /// The theme's fonts (`fonts/*.ttf`, `*.otf`), which the share images are drawn with.
    pub(crate) fonts: Vec<Font>,
    /// When each content file last changed, from git; `None` where there is no history to
    /// read, or `site.toml` says not to.
    pub(crate) history: Option<history::History>,
}

pub(crate) fn read_site_toml(root: &Path, diags: &mut Diagnostics) -> Option<Arc<SourceFile>> {
    read_text(root, Path::new(SITE_TOML), diags)
}

/// The content files as last read, so that `swivi serve` reads and splits again only the files
/// that changed.
///
/// Invariant: `files` holds every file under `content/` as the walk of [`files_under`] would
/// find it, once `changed` is applied; each entry was classified with `languages`.
#[derive(Default)]
pub(crate) struct Cache {
    /// By path relative to the root; path order is the walk's order.
    files: BTreeMap<PathBuf, Cached>,
    languages: Vec<String>,
    /// The paths (relative to the root) created, written, renamed or removed since the last
    /// load, as a watcher saw them; `None` when unknown, and every file is listed and looked
    /// at again (its size and modification time).
    changed: Option<BTreeSet<PathBuf>>,
}

impl Cache {
    /// Notes that `paths` (relative to the root: files or folders) may have changed.
    pub(crate) fn changed(&mut self, paths: impl IntoIterator<Item = PathBuf>) {
        if let Some(changed) = &mut self.changed {
            changed.extend(paths.into_iter().filter(|p| p.starts_with(CONTENT)));
        }
    }

    /// Takes `text` as the content file `path` (relative to the root), whatever the disk
    /// holds, until that path is noted as changed: the site as `swivi import` would make it,
    /// checked before a file is written. Only for a cache that has loaded the site.
    pub(crate) fn overlay(&mut self, path: &Path, text: &str) {
        let languages: Vec<&str> = self.languages.iter().map(String::as_str).collect();
        let mut problems = Diagnostics::default();
        let entry = classify(path, &languages, &mut problems).map(|(section, slug, lang)| {
            let file = SourceFile::new(path, text);
            split_entry(section, &slug, lang.as_deref(), file, &mut problems)
        });
        let cached = Cached {
            stamp: None,
            entry,
            problems: problems.into_iter().collect(),
        };
        self.files.insert(path.to_owned(), cached);
    }

    /// Notes that anything may have changed: the next load lists every file again.
    pub(crate) fn rescan(&mut self) {
        self.changed = None;
    }

    /// The files to look at again, with what was cached of each taken out of `files`.
    fn take_changed(
        &mut self,
        root: &Path,
        diags: &mut Diagnostics,
    ) -> Vec<(PathBuf, Option<Cached>)> {
        let Some(changed) = self.changed.replace(BTreeSet::new()) else {
            let mut before = std::mem::take(&mut self.files);
            return files_under(root, Path::new(CONTENT), diags)
                .into_iter()
                .map(|path| {
                    let cached = before.remove(&path);
                    (path, cached)
                })
                .collect();
        };
        let mut again = BTreeMap::new();
        for path in changed.iter().filter(|path| !hidden(path)) {
            // Whatever was at or under a changed path is gone unless it is found there again.
            let under: Vec<PathBuf> = self
                .files
                .range(path.clone()..)
                .map(|(p, _)| p)
                .take_while(|p| p.starts_with(path))
                .cloned()
                .collect();
            for p in under {
                let cached = self.files.remove(&p);
                again.insert(p, cached);
            }
            let full = root.join(path);
            let found = if full.is_dir() {
                files_under(root, path, diags)
            } else if full.is_file() {
                vec![path.clone()]
            } else {
                Vec::new()
            };
            for p in found {
                again.entry(p).or_insert(None);
            }
        }
        again
            .into_iter()
            .filter(|(p, _)| root.join(p).is_file())
            .collect()
    }
}

/// The folder of content files, under the root.
const CONTENT: &str = "content";

/// Whether a path under `content/` is hidden (a name starting with `.`, as editors' swap and
/// backup files do), and so not content.
fn hidden(path: &Path) -> bool {
    path.components()
        .skip(1)
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
}

/// One content file as last read: its size and modification time, and what was made of it.
struct Cached {
    stamp: Option<(SystemTime, u64)>,
    entry: Option<EntryFile>,
    problems: Vec<Diagnostic>,
}

impl Cached {
    fn of(root: &Path, path: &Path, languages: &[&str], previous: Option<Cached>) -> Cached {
        let stamp = fs::metadata(root.join(path))
            .ok()
            .and_then(|m| Some((m.modified().ok()?, m.len())));
        if let Some(previous) = previous
            && stamp.is_some()
            && previous.stamp == stamp
        {
            return previous;
        }
        let mut problems = Diagnostics::default();
        let entry = entry_file(root, path, languages, &mut problems);
        Cached {
            stamp,
            entry,
            problems: problems.into_iter().collect(),
        }
    }
}

/// Reads every file the build needs under `root`; content files only when `cache` has not
/// seen them as they are.
pub(crate) fn load(
    root: &Path,
    config: &Config,
    cache: &mut Cache,
    diags: &mut Diagnostics,
) -> Sources {
    let languages = config.language_codes();
    let theme = Path::new("themes").join(&config.theme);
    if !root.join(&theme).is_dir() {
        diags.push(
            Diagnostic::error(format!(
                "the theme folder `{}` does not exist",
                display_path(&theme)
            ))
            .help("set `theme` in site.toml to a folder of `themes/`, or add the theme"),
        );
    }
    let mut sources = Sources::default();
    if cache.languages != languages {
        // A file's language is one of the site's: classified again when they change.
        *cache = Cache {
            languages: languages.iter().map(|l| (*l).to_owned()).collect(),
            ..Cache::default()
        };
    }
    // Tens of thousands of small files: read in parallel, reported in path order.
    let again = cache.take_changed(root, diags);
    let read: Vec<(PathBuf, Cached)> = again
        .into_par_iter()
        .map(|(path, previous)| {
            let cached = Cached::of(root, &path, &languages, previous);
            (path, cached)
        })
        .collect();
    cache.files.extend(read);
    for cached in cache.files.values() {
        sources.entries.extend(cached.entry.clone());
        diags.extend(cached.problems.iter().cloned());
    }
    if config.dates_from_git {
        sources.history = history::read(root, diags);
    }
    for path in files_under(root, Path::new("i18n"), diags) {
        if path.extension().is_some_and(|e| e == "ftl") {
            let lang = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            if let Some(file) = read_text(root, &path, diags) {
                sources.locales.push((lang, file));
            }
        }
    }
    // The site's own templates come last, each replacing the theme's of the same name: a
    // site changes one template without copying the theme.
    let mut templates: BTreeMap<String, Arc<SourceFile>> = BTreeMap::new();
    for templates_dir in [theme.join("templates"), PathBuf::from(SITE_TEMPLATES)] {
        for path in files_under(root, &templates_dir, diags) {
            if let Some(file) = read_text(root, &path, diags) {
                let name = display_path(path.strip_prefix(&templates_dir).unwrap_or(&path));
                templates.insert(name, file);
            }
        }
    }
    sources.templates = templates.into_iter().collect();
    let map = theme.join("map.toml");
    if root.join(&map).is_file() {
        sources.map = read_text(root, &map, diags);
    }
    // The site's own static files come last so they replace the theme's of the same name.
    let mut assets: BTreeMap<String, Asset> = BTreeMap::new();
    for (dir, from_theme) in [
        (theme.join("static"), true),
        (PathBuf::from("static"), false),
    ] {
        for path in files_under(root, &dir, diags) {
            match read_inside(root, &path, None) {
                Ok(bytes) => {
                    let out = display_path(path.strip_prefix(&dir).unwrap_or(&path));
                    let theme = from_theme || assets.contains_key(&out);
                    assets.insert(
                        out.clone(),
                        Asset {
                            path: out,
                            bytes,
                            theme,
                            source: Some(path),
                        },
                    );
                }
                Err(problem) => diags.push(problem),
            }
        }
    }
    sources.assets = assets.into_values().collect();
    sources.fonts = fonts(root, &theme, diags);
    sources
}

/// The theme's font files (`fonts/*.ttf`, `*.otf`), in name order; the folder's other files
/// (the fonts' licence) are not read.
fn fonts(root: &Path, theme: &Path, diags: &mut Diagnostics) -> Vec<Font> {
    let is_font = |path: &Path| {
        path.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ttf") || e.eq_ignore_ascii_case("otf"))
    };
    files_under(root, &theme.join("fonts"), diags)
        .into_iter()
        .filter(|path| is_font(path))
        .filter_map(|path| match read_inside(root, &path, None) {
            Ok(bytes) => Some(Font { bytes }),
            Err(problem) => {
                diags.push(problem);
                None
            }
        })
        .collect()
}

/// Files under `root/dir`, relative to `root`, sorted; hidden files are skipped.
fn files_under(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let start = root.join(dir);
    if !start.exists() {
        return Vec::new();
    }
    let mut files = Vec::new();
    // Links are followed, so a folder linked from inside the site is read; one that leads
    // out of it is refused here, and a file that does when it is read.
    let mut walk = WalkDir::new(&start)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    while let Some(item) = walk.next() {
        match item {
            Ok(entry) if entry.file_type().is_dir() && entry.path_is_symlink() => {
                let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
                if let Err(problem) = real_path_inside(root, relative) {
                    diags.push(problem);
                    walk.skip_current_dir();
                }
            }
            Ok(entry) if entry.file_type().is_file() => {
                let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
                files.push(relative.to_path_buf());
            }
            Ok(_) => {}
            Err(error) => {
                let path = error
                    .path()
                    .map_or_else(|| dir.to_path_buf(), |p| p.to_path_buf());
                diags.push(
                    Diagnostic::error(format!("cannot read `{}`: {error}", display_path(&path)))
                        .help("check that the file exists and that you may read it"),
                );
            }
        }
    }
    files
}

/// The largest text file (content, Fluent, template, settings) the build reads: far above any
/// real entry, far below what would exhaust memory or make a page no phone could open.
const MAX_TEXT_FILE: u64 = 8 * 1024 * 1024;

/// Where `root/path` really is, symbolic links followed: inside the site's folder, or an
/// error that says where it leads.
fn real_path_inside(root: &Path, path: &Path) -> Result<PathBuf, Diagnostic> {
    let (real, real_root) = match (root.join(path).canonicalize(), root.canonicalize()) {
        (Ok(real), Ok(real_root)) => (real, real_root),
        (Err(error), _) | (_, Err(error)) => return Err(read_error(path, &error)),
    };
    if real.starts_with(&real_root) {
        Ok(real)
    } else {
        Err(Diagnostic::error(format!(
            "`{}` is a symbolic link to `{}`, outside the site's folder",
            display_path(path),
            real.display()
        ))
        .help("swivi reads only files inside the site's folder: copy the file in instead of linking to it")
        .about(path))
    }
}

/// The bytes of `root/path`, which must be inside the site's folder once symbolic links are
/// followed, and no larger than `limit` bytes when one is given.
fn read_inside(root: &Path, path: &Path, limit: Option<u64>) -> Result<Vec<u8>, Diagnostic> {
    let real = real_path_inside(root, path)?;
    if let Some(limit) = limit {
        let size = fs::metadata(&real).map_err(|e| read_error(path, &e))?.len();
        if size > limit {
            return Err(Diagnostic::error(format!(
                "`{}` is {:.1} MB; a text file of the site may be at most {} MB",
                display_path(path),
                size as f64 / 1_048_576.0,
                limit / 1_048_576
            ))
            .help("split it into several entries; a large document belongs in static/, linked from an entry")
            .about(path));
        }
    }
    fs::read(&real).map_err(|e| read_error(path, &e))
}

/// The private-use characters with which the build marks links and text in a fallback
/// language inside pages while it makes them (`addresses::mark`, `i18n::isolation`): one in a
/// file would be read as a mark and change the page around it.
const RESERVED: std::ops::RangeInclusive<char> = '\u{E000}'..='\u{E00F}';

/// An error at each character of `file` that the build reserves; the file is still read, so
/// that nothing else reports it missing.
fn reserved_characters(file: &Arc<SourceFile>) -> Vec<Diagnostic> {
    file.text
        .char_indices()
        .filter(|(_, c)| RESERVED.contains(c))
        .map(|(at, c)| {
            Diagnostic::error(format!(
                "the character U+{:04X} (private use) is reserved by swivi",
                u32::from(c)
            ))
            .at(file, at..at + c.len_utf8())
            .label("invisible in most editors")
            .help("delete it: it is no letter or sign readers could see")
        })
        .collect()
}

fn read_text(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<Arc<SourceFile>> {
    let bytes = match read_inside(root, path, Some(MAX_TEXT_FILE)) {
        Ok(bytes) => bytes,
        Err(problem) => {
            diags.push(problem);
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => {
            // A byte-order mark is invisible in editors; drop it rather than fail on it.
            let text = text
                .strip_prefix('\u{feff}')
                .map(str::to_owned)
                .unwrap_or(text);
            let file = SourceFile::new(path, text);
            diags.extend(reserved_characters(&file));
            Some(file)
        }
        Err(error) => {
            let (line, column) = {
                let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
                crate::diag::line_column(&String::from_utf8_lossy(valid), valid.len())
            };
            diags.push(
                Diagnostic::error(format!(
                    "`{}` is not UTF-8 text (first bad byte at {line}:{column})",
                    display_path(path)
                ))
                .help("save the file as UTF-8 in your editor"),
            );
            None
        }
    }
}

fn read_error(path: &Path, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot read `{}`: {error}", display_path(path)))
        .help("check that the file exists and that you may read it")
        .about(path)
}

/// Classifies `content/<section>/<slug>[.<lang>].md` and splits the file.
fn entry_file(
    root: &Path,
    path: &Path,
    languages: &[&str],
    diags: &mut Diagnostics,
) -> Option<EntryFile> {
    let (section, slug, lang) = classify(path, languages, diags)?;
    let file = read_text(root, path, diags)?;
    Some(split_entry(section, &slug, lang.as_deref(), file, diags))
}

/// The section, slug and language (none for the canonical file) that the path of a content
/// file names; none, the problem reported, for a path that names no entry.
fn classify(
    path: &Path,
    languages: &[&str],
    diags: &mut Diagnostics,
) -> Option<(Section, String, Option<String>)> {
    let shown = display_path(path);
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let sections: Vec<&str> = Section::ALL.iter().map(|s| s.name()).collect();
    let [_, section_name, file_name] = parts.as_slice() else {
        diags.push(
            Diagnostic::error(format!("`{shown}` is not in a section folder"))
                .help(format!(
                    "content files go in content/<section>/, where <section> is one of {}",
                    sections.join(", ")
                ))
                .about(path),
        );
        return None;
    };
    let Some(section) = Section::from_name(section_name) else {
        diags.push(
            Diagnostic::error(format!("`{shown}`: `{section_name}` is not a section"))
                .help(did_you_mean(section_name, &sections, "sections"))
                .about(path),
        );
        return None;
    };
    let Some(stem) = file_name.strip_suffix(".md") else {
        // Editors' backup and swap files land here too; they must not stop a build.
        diags.push(
            Diagnostic::warning(format!(
                "`{shown}` is not a Markdown file, so it is ignored"
            ))
            .help("content entries are `.md` files; put other files in `static/`")
            .about(path),
        );
        return None;
    };
    let (slug, lang) = match stem.split_once('.') {
        Some((slug, lang)) => (slug, Some(lang)),
        None => (stem, None),
    };
    if let Some(lang) = lang
        && !languages.contains(&lang)
    {
        let help = match suggest(lang, languages.iter().copied()) {
            Some(close) => format!("did you mean `{slug}.{close}.md`?"),
            None => format!(
                "a translation is named <slug>.<lang>.md, with <lang> one of {}; add the language to site.toml or rename the file",
                languages.join(", ")
            ),
        };
        diags.push(
            Diagnostic::error(format!(
                "`{shown}`: `{lang}` is not a language of this site"
            ))
            .help(help)
            .about(path),
        );
        return None;
    }
    Some((section, slug.to_owned(), lang.map(str::to_owned)))
}

/// A content file read as `section`'s entry `slug` (in `lang`, for a translation), split into
/// front matter and body; marked unreadable, its problem reported, when it has none.
pub(crate) fn split_entry(
    section: Section,
    slug: &str,
    lang: Option<&str>,
    file: Arc<SourceFile>,
    diags: &mut Diagnostics,
) -> EntryFile {
    let (split, unreadable) = match frontmatter::split(&file.text) {
        Ok(split) => (split, false),
        Err(problem) => {
            diags.push(problem.into_diagnostic(&file));
            let nothing = frontmatter::Split {
                front_matter: 0..0,
                body: 0..0,
            };
            (nothing, true)
        }
    };
    EntryFile {
        section,
        slug: slug.to_owned(),
        lang: lang.map(str::to_owned),
        file,
        front_matter: split.front_matter,
        body: split.body,
        unreadable,
    }
}

/// A TOML error as a diagnostic; `offset` is where the TOML starts in the file.
/// Records in the translation `file` (relative to `root`) that it translates the source whose
/// fingerprint is `fingerprint`: the one change swivi makes to content, asked for by
/// `swivi i18n mark`.
pub(crate) fn record_translated_from(
    root: &Path,
    file: &Path,
    fingerprint: &str,
) -> Result<(), String> {
    let path = root.join(file);
    let text = fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let marked = frontmatter::with_translated_from(&text, fingerprint)?;
    if marked != text {
        fs::write(&path, marked).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The text of a language's interface strings, `i18n/<code>.ftl`.
pub(crate) fn read_locale(root: &Path, code: &str) -> Result<String, String> {
    let path = Path::new("i18n").join(format!("{code}.ftl"));
    fs::read_to_string(root.join(&path)).map_err(|e| format!("{}: {e}", path.display()))
}

/// The canonical file of the entry `slug` of `section`: `content/<section>/<slug>.md`.
pub(crate) fn entry_path(section: Section, slug: &str) -> PathBuf {
    Path::new(CONTENT)
        .join(section.name())
        .join(format!("{slug}.md"))
}

/// The file of the entry `slug` of `section` in `language`:
/// `content/<section>/<slug>.<language>.md`. A translation, whatever its canonical file is
/// named; in the default language, the canonical file as browser editing (Decap CMS) names it.
/// The one place a language's file name is made: every path swivi tells a person to create
/// is one the loader reads back as that entry in that language.
pub(crate) fn entry_path_in(section: Section, slug: &str, language: &str) -> PathBuf {
    Path::new(CONTENT)
        .join(section.name())
        .join(format!("{slug}.{language}.md"))
}

/// The canonical file of the entry `slug` of `section` that the site has, under either name.
pub(crate) fn existing_entry(
    root: &Path,
    section: Section,
    slug: &str,
    default_language: &str,
) -> Option<PathBuf> {
    [
        entry_path(section, slug),
        entry_path_in(section, slug, default_language),
    ]
    .into_iter()
    .find(|path| root.join(path).is_file())
}

/// The text of each canonical file of `section`, by slug, under either name: `swivi new`
/// checks a new entry against the others (a pillar's number).
pub(crate) fn canonical_texts(
    root: &Path,
    section: Section,
    default_language: &str,
) -> Vec<(String, String)> {
    let folder = Path::new(CONTENT).join(section.name());
    files_under(root, &folder, &mut Diagnostics::default())
        .into_iter()
        .filter_map(|path| {
            let stem = path.file_name()?.to_str()?.strip_suffix(".md")?;
            let slug = match stem.split_once('.') {
                None => stem,
                Some((slug, lang)) if lang == default_language => slug,
                Some(_) => return None,
            };
            let text = fs::read_to_string(root.join(&path)).ok()?;
            Some((slug.to_owned(), text))
        })
        .collect()
}

/// The text of a file a command changes for the editor (`swivi new update`).
pub(crate) fn read_for_edit(root: &Path, path: &Path) -> Result<String, String> {
    fs::read_to_string(root.join(path)).map_err(|e| format!("{}: {e}", display_path(path)))
}

/// Replaces the text of a file a command changed for the editor (`swivi new update`).
pub(crate) fn replace(root: &Path, path: &Path, text: &str) -> Result<(), String> {
    fs::write(root.join(path), text).map_err(|e| format!("{}: {e}", display_path(path)))
}

/// Removes a file a command started for the editor and then found wrong (`swivi new`).
pub(crate) fn remove(root: &Path, path: &Path) -> Result<(), String> {
    fs::remove_file(root.join(path)).map_err(|e| format!("{}: {e}", display_path(path)))
}

/// Writes a file a command starts for the editor (`swivi i18n new`, `swivi new`); never
/// replaces one.
pub(crate) fn create(root: &Path, path: &Path, text: &str) -> Result<(), String> {
    create_file(root, path, text.as_bytes(), false)
}

/// The bytes of a file given on the command line to read into the site (`swivi import`'s
/// tables), or the problem of reading it.
pub(crate) fn read_given(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    fs::read(path).map_err(|error| {
        Diagnostic::error(format!("{}: {error}", display_path(path)))
            .help("give the path of a CSV, XLSX or ODS file")
            .about(path)
    })
}

/// Writes every file of `files` (path relative to `root`, text) that a command changed or
/// made for the editor (`swivi import`), all or none: each is written beside its place under
/// a hidden name first, which the build does not read, and the files take their places only
/// once every one is written.
pub(crate) fn write_all(root: &Path, files: &[(&Path, &str)]) -> Result<(), String> {
    let staged: Vec<(PathBuf, PathBuf)> = files
        .iter()
        .map(|(path, _)| {
            let full = root.join(path);
            let name = full.file_name().unwrap_or_default().to_string_lossy();
            let staging = full.with_file_name(format!(".{name}.swivi-new"));
            (staging, full)
        })
        .collect();
    let written = files
        .iter()
        .zip(&staged)
        .try_for_each(|((path, text), (staging, full))| {
            if full.is_dir() {
                return Err(format!("{} is a folder", display_path(path)));
            }
            if let Some(folder) = staging.parent() {
                fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            }
            fs::write(staging, text).map_err(|e| format!("{}: {e}", display_path(path)))
        });
    if let Err(error) = written {
        for (staging, _) in &staged {
            let _ = fs::remove_file(staging);
        }
        return Err(format!("{error}; nothing was written"));
    }
    staged
        .iter()
        .try_for_each(|(staging, full)| fs::rename(staging, full))
        .map_err(|e| e.to_string())
}

/// Makes `dir` for a new site (`swivi init`), unless it holds anything already.
pub(crate) fn empty_folder(dir: &Path) -> Result<(), String> {
    let shown = dir.display();
    if let Ok(mut entries) = fs::read_dir(dir)
        && entries.next().is_some()
    {
        return Err(format!(
            "{shown} is not empty; nothing was written\n  = help: give a new folder, or an empty one"
        ));
    }
    fs::create_dir_all(dir).map_err(|e| format!("{shown}: {e}"))
}

/// Writes a file a command starts (`swivi new`, `swivi i18n new`, `swivi init`), making its
/// folders; `executable` for a script. Never replaces one.
pub(crate) fn create_file(
    root: &Path,
    path: &Path,
    bytes: &[u8],
    executable: bool,
) -> Result<(), String> {
    use std::io::Write;
    let full = root.join(path);
    if let Some(folder) = full.parent() {
        fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if executable {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o755);
    }
    #[cfg(not(unix))]
    let _ = executable;
    let mut file = options.open(&full).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            format!("{} already exists; nothing was written", path.display())
        }
        _ => format!("{}: {e}", path.display()),
    })?;
    file.write_all(bytes)
        .map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_s_files_are_written_all_or_none() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("content/commitments/b.md")).unwrap();
        let a = Path::new("content/commitments/a.md");
        let b = Path::new("content/commitments/b.md");
        // b.md is a folder: it cannot take its place, so a.md is not written either.
        let refused = write_all(root, &[(a, "+++\n+++\n"), (b, "+++\n+++\n")]);
        assert!(refused.is_err(), "{refused:?}");
        assert!(!root.join(a).exists());
        let left: Vec<_> = fs::read_dir(root.join("content/commitments"))
            .unwrap()
            .collect();
        assert_eq!(left.len(), 1, "only the folder b.md: {left:?}");
        write_all(root, &[(a, "+++\ntitle = \"A\"\n+++\n")]).unwrap();
        assert_eq!(
            fs::read_to_string(root.join(a)).unwrap(),
            "+++\ntitle = \"A\"\n+++\n"
        );
    }

    /// A site of French countries in a temporary folder.
    struct Countries {
        dir: tempfile::TempDir,
        config: Config,
    }

    impl Countries {
        fn new(languages: &[&str]) -> Countries {
            let dir = tempfile::tempdir().unwrap();
            let languages: String = languages
                .iter()
                .map(|code| format!("[[languages]]\ncode = \"{code}\"\nname = \"{code}\"\n"))
                .collect();
            let toml = format!(
                "base_url = \"https://example.org/\"\ndefault_language = \"fr\"\n{languages}"
            );
            fs::write(dir.path().join(SITE_TOML), toml).unwrap();
            fs::create_dir_all(dir.path().join("content/countries")).unwrap();
            let mut diags = Diagnostics::default();
            let file = read_site_toml(dir.path(), &mut diags).unwrap();
            let config = crate::config::parse(&file, None, &mut diags).unwrap();
            Countries { dir, config }
        }

        fn write(&self, path: &str, name: &str) {
            let path = self.dir.path().join("content").join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, format!("+++\ntitle = \"{name}\"\n+++\n")).unwrap();
        }

        fn load(&self, cache: &mut Cache) -> (Sources, String) {
            let mut diags = Diagnostics::default();
            let sources = load(self.dir.path(), &self.config, cache, &mut diags);
            (sources, diags.render_plain())
        }
    }

    fn slugs(sources: &Sources) -> Vec<String> {
        let name = |e: &EntryFile| {
            format!(
                "{}{}",
                e.slug,
                e.lang.as_deref().map_or(String::new(), |l| format!(".{l}"))
            )
        };
        sources.entries.iter().map(name).collect()
    }

    fn file_of(sources: &Sources, slug: &str) -> Arc<SourceFile> {
        let entry = sources.entries.iter().find(|e| e.slug == slug).unwrap();
        Arc::clone(&entry.file)
    }

    #[test]
    fn a_second_load_reads_only_the_files_said_to_have_changed() {
        let site = Countries::new(&["fr"]);
        site.write("countries/cl.md", "Chili");
        site.write("countries/pe.md", "Pérou");
        let mut cache = Cache::default();
        let (first, _) = site.load(&mut cache);
        site.write("countries/pe.md", "Le Pérou");
        site.write("countries/uy.md", "Uruguay");
        site.write("countries/.uy.md.swp", "not content");
        cache.changed(
            ["countries/pe.md", "countries/uy.md", "countries/.uy.md.swp"]
                .map(|p| Path::new(CONTENT).join(p)),
        );
        let (second, _) = site.load(&mut cache);
        assert!(
            Arc::ptr_eq(&file_of(&first, "cl"), &file_of(&second, "cl")),
            "kept"
        );
        assert!(
            file_of(&second, "pe").text.contains("Le Pérou"),
            "read again"
        );
        assert_eq!(
            slugs(&second),
            ["cl", "pe", "uy"],
            "the new file is read, in path order"
        );
        fs::remove_file(site.dir.path().join("content/countries/cl.md")).unwrap();
        cache.changed([PathBuf::from("content/countries/cl.md")]);
        let (third, _) = site.load(&mut cache);
        assert_eq!(slugs(&third), ["pe", "uy"], "the removed file is gone");
        assert_eq!(cache.files.len(), 2);
    }

    #[test]
    fn a_changed_folder_is_listed_again_whole() {
        let site = Countries::new(&["fr"]);
        site.write("countries/cl.md", "Chili");
        site.write("pages/about/index.md", "À propos");
        let mut cache = Cache::default();
        site.load(&mut cache);
        let content = site.dir.path().join("content");
        fs::rename(content.join("countries"), content.join("old")).unwrap();
        fs::create_dir_all(content.join("countries")).unwrap();
        site.write("countries/uy.md", "Uruguay");
        fs::remove_dir_all(content.join("pages")).unwrap();
        cache.changed(["content/countries", "content/old", "content/pages"].map(PathBuf::from));
        let (sources, problems) = site.load(&mut cache);
        assert_eq!(slugs(&sources), ["uy"], "{problems}");
        assert!(problems.contains("content/old/cl.md"), "{problems}");
    }

    #[test]
    fn a_rescan_or_a_change_of_languages_looks_at_every_file_again() {
        let site = Countries::new(&["fr"]);
        site.write("countries/cl.md", "Chili");
        site.write("countries/cl.es.md", "Chile");
        let mut cache = Cache::default();
        let (_, problems) = site.load(&mut cache);
        assert!(
            problems.contains("cl.es.md"),
            "es is not a language yet: {problems}"
        );
        site.write("countries/pe.md", "Pérou");
        cache.rescan();
        let (sources, _) = site.load(&mut cache);
        assert_eq!(slugs(&sources), ["cl", "pe"]);
        let site = Countries {
            config: Countries::new(&["fr", "es"]).config,
            ..site
        };
        let (sources, problems) = site.load(&mut cache);
        assert_eq!(slugs(&sources), ["cl.es", "cl", "pe"], "{problems}");
        assert!(!problems.contains("cl.es.md"), "{problems}");
    }
}
