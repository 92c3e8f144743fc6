//! The command line: subcommands, their options and help, and what each prints.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::build::{build, today};
use crate::content::Section;
use crate::diag::Diagnostics;
use crate::diag::display_path;
use crate::render::views::LinkStyle;
use crate::{content, output, scaffold, weight};

/// swivi builds multilingual public trackers of government commitments: countries, pillars,
/// commitments with their history and indicators, meetings and recommendations, in every
/// language of the site, with Atom feeds.
#[derive(Parser)]
#[command(name = "swivi", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (replaced whole, only if the build succeeds).
    Build {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: <root>/public].
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
        /// The address the site is published at, replacing `base_url` of site.toml
        /// (e.g. a preview address).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Link pages relative to each other and to their index.html files, so the copy works
        /// opened from disk (file://), on a USB key or sent as an archive.
        #[arg(long)]
        relative: bool,
        /// Print how long each stage of the build took.
        #[arg(long)]
        timings: bool,
        /// Fail on any warning too (after printing them all), and write nothing.
        #[arg(long)]
        strict: bool,
    },
    /// Check the content, translations and templates, and write nothing.
    Check {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Fail on any warning too, after printing them all (for continuous integration).
        #[arg(long)]
        strict: bool,
    },
    /// Build the site in memory and serve it on 127.0.0.1, rebuilding on every save and
    /// reloading the open pages; errors show in the terminal and over the page.
    Serve {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// The port to listen on; the next free one is taken if it is busy (0: any free port).
        #[arg(long, default_value_t = 1414)]
        port: u16,
        /// The address to listen on: this computer only, unless another is given (`0.0.0.0`
        /// lets a phone on the same network open the site; anyone on it can then read it).
        #[arg(long, value_name = "IP", default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
    },
    /// Start a content file from the values given, or add an update to a commitment; what it
    /// writes passes `swivi check`.
    New {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".", global = true)]
        root: PathBuf,
        #[command(subcommand)]
        what: New,
    },
    /// What each language still needs: interface strings missing, entries not translated,
    /// translations whose original changed since they were made.
    #[command(args_conflicts_with_subcommands = true)]
    I18n {
        #[command(subcommand)]
        action: Option<I18nAction>,
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// `json` for scripts.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Subcommand)]
enum I18nAction {
    /// Record in each translation that it translates its original as it is now (after you
    /// brought it up to date).
    Mark {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Translation files, e.g. content/countries/cl.es.md (relative to the site's folder).
        #[arg(value_name = "FILE", required_unless_present = "unrecorded")]
        files: Vec<PathBuf>,
        /// Mark every translation that records no original yet (when adopting this workflow
        /// on translations known to be current).
        #[arg(long, conflicts_with = "files")]
        unrecorded: bool,
    },
    /// Start i18n/<CODE>.ftl for a new language: every message of the default language's
    /// file, commented out for translation.
    New {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// The language's BCP 47 code, e.g. `ar` or `pt-BR`.
        code: String,
    },
}

/// The files `swivi new` writes. Text is in the site's default language; dates are
/// YYYY-MM-DD, YYYY-MM or YYYY.
#[derive(Subcommand)]
enum New {
    /// content/commitments/<SLUG>.md; with --status and --note, its first update.
    Commitment {
        slug: String,
        #[arg(long)]
        title: String,
        /// The country that made it (its code, e.g. `cl`).
        #[arg(long)]
        country: String,
        /// A pillar it serves (its slug); repeat for several.
        #[arg(long = "pillar", value_name = "PILLAR")]
        pillars: Vec<String>,
        /// When it was made [default: today].
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        summary: Option<String>,
        /// The meeting where it was made (its slug).
        #[arg(long)]
        meeting: Option<String>,
        /// The status of a first update, dated as the commitment; it needs --note, and
        /// --source or --meeting, for readers to check it.
        #[arg(long, requires = "note")]
        status: Option<String>,
        /// What the first update says.
        #[arg(long, requires = "status")]
        note: Option<String>,
        /// Where the first update comes from (a document's title).
        #[arg(long, requires = "status")]
        source: Option<String>,
    },
    /// An update added at the end of content/commitments/<COMMITMENT>.md; it needs --source
    /// or --meeting, for readers to check it.
    #[command(group(clap::ArgGroup::new("cited").required(true).multiple(true).args(["source", "meeting"])))]
    Update {
        commitment: String,
        #[arg(long)]
        status: String,
        #[arg(long)]
        note: String,
        /// [default: today]
        #[arg(long)]
        date: Option<String>,
        /// Where it comes from (a document's title).
        #[arg(long)]
        source: Option<String>,
        #[arg(long, value_name = "URL")]
        source_url: Option<String>,
        /// The meeting where it was reported (its slug).
        #[arg(long)]
        meeting: Option<String>,
    },
    /// content/meetings/<SLUG>.md
    Meeting {
        slug: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        start: String,
        #[arg(long)]
        end: Option<String>,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        summary: Option<String>,
        /// A country that took part (its code); repeat for several.
        #[arg(long = "country", value_name = "COUNTRY")]
        countries: Vec<String>,
    },
    /// content/recommendations/<SLUG>.md, made at a meeting or in a document (a page).
    #[command(group(clap::ArgGroup::new("origin").required(true).args(["meeting", "document"])))]
    Recommendation {
        slug: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        meeting: Option<String>,
        /// The page that publishes it (its slug), with --date.
        #[arg(long, requires = "date")]
        document: Option<String>,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        number: Option<u32>,
        #[arg(long)]
        theme: Option<String>,
        /// A country it is addressed to (its code); repeat for several.
        #[arg(long = "addressed-to", value_name = "COUNTRY")]
        addressed_to: Vec<String>,
    },
    /// content/countries/<CODE>.md
    Country {
        code: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        summary: Option<String>,
    },
    /// content/pillars/<SLUG>.md
    Pillar {
        slug: String,
        #[arg(long)]
        title: String,
        /// Its place in the order of pillars.
        #[arg(long)]
        number: u32,
        #[arg(long)]
        summary: Option<String>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Prints a line of the report; a closed pipe (`swivi build | head -1`) is not an error.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

pub(crate) fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            relative,
            timings,
            strict,
        } => {
            let links = if relative {
                LinkStyle::Relative
            } else {
                LinkStyle::Rooted
            };
            let out = output.unwrap_or_else(|| root.join("public"));
            let started = Instant::now();
            let staging = match output::Staging::begin(&out) {
                Ok(staging) => staging,
                Err(error) => {
                    eprintln!("error: {error}");
                    return ExitCode::FAILURE;
                }
            };
            // Dropped on failure, the staging folder goes and `out` stays as it was.
            let built = match build(&root, base_url.as_deref(), links, today(), &staging) {
                Ok(built) => built,
                Err(diags) => return failed(diags, &root, Some(&out)),
            };
            built.warnings.print(&root);
            if strict && built.warnings.warning_count() > 0 {
                // Dropped, the staging folder goes and `out` stays as it was.
                return failed_strict(&built.warnings, Some(&out));
            }
            let swapping = Instant::now();
            if let Err(error) = staging.finish() {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
            if timings {
                for (stage, took) in &built.timings {
                    say!("{stage:>24}  {:8.3} s", took.as_secs_f64());
                }
                say!("{:>24}  {:8.3} s", "swap", swapping.elapsed().as_secs_f64());
            }
            say!(
                "Built {} pages in {} languages ({} files) into {} in {:.2} s",
                built.pages(),
                built.languages,
                built.files.len(),
                out.display(),
                started.elapsed().as_secs_f64()
            );
            say!(
                "{}",
                weight::measure(&built.files, |path| output::read_back(&out, path))
            );
            ExitCode::SUCCESS
        }
        Command::Check { root, strict } => {
            match build(&root, None, LinkStyle::Rooted, today(), &output::Discard) {
                Ok(built) => {
                    let warnings = built.warnings.warning_count();
                    built.warnings.print(&root);
                    if strict && warnings > 0 {
                        return failed_strict(&built.warnings, None);
                    }
                    say!(
                        "No errors: {} pages in {} languages would be built{}",
                        built.pages(),
                        built.languages,
                        match warnings {
                            0 => String::new(),
                            1 => "; 1 warning".to_owned(),
                            n => format!("; {n} warnings"),
                        }
                    );
                    ExitCode::SUCCESS
                }
                Err(diags) => failed(diags, &root, None),
            }
        }
        Command::Serve { root, port, bind } => crate::serve::run(&root, bind, port),
        Command::New { root, what } => new(&root, what),
        Command::I18n {
            action: None,
            root,
            format,
        } => match build(&root, None, LinkStyle::Rooted, today(), &output::Discard) {
            Ok(built) => {
                built.warnings.print(&root);
                match format {
                    Format::Text => say!("{}", built.translations.to_text().trim_end()),
                    Format::Json => say!(
                        "{}",
                        serde_json::to_string_pretty(&built.translations)
                            .expect("the report serialises to JSON")
                    ),
                }
                ExitCode::SUCCESS
            }
            Err(diags) => failed(diags, &root, None),
        },
        Command::I18n {
            action:
                Some(I18nAction::Mark {
                    root,
                    files,
                    unrecorded,
                }),
            ..
        } => mark(&root, &files, unrecorded),
        Command::I18n {
            action: Some(I18nAction::New { root, code }),
            ..
        } => new_language(&root, &code),
    }
}

/// Writes the file `what` asks for, or adds the update; says where.
fn new(root: &std::path::Path, what: New) -> ExitCode {
    let mut diags = Diagnostics::default();
    let config = content::read_site_toml(root, &mut diags)
        .and_then(|file| crate::config::parse(&file, None, &mut diags));
    let Some(config) = config else {
        return failed(diags, root, None);
    };
    let refs = SiteRefs { root, config };
    let written = made(&refs, what, today()).and_then(|(path, change)| match change {
        Change::Create(text) => {
            content::create(root, &path, &text).map(|()| format!("Wrote {}", display_path(&path)))
        }
        Change::Replace(text) => content::replace(root, &path, &text)
            .map(|()| format!("Added an update to {}", display_path(&path))),
    });
    match written {
        Ok(said) => {
            say!("{said}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// A file `swivi new` writes: a new one, or one it changed.
enum Change {
    Create(String),
    Replace(String),
}

/// The site as `swivi new` checks values against it.
struct SiteRefs<'a> {
    root: &'a std::path::Path,
    config: crate::config::Config,
}

impl scaffold::Refs for SiteRefs<'_> {
    fn has(&self, section: Section, slug: &str) -> bool {
        content::existing_entry(self.root, section, slug, &self.config.default_language).is_some()
    }

    fn statuses(&self) -> Vec<String> {
        self.config.statuses.iter().map(|s| s.id.clone()).collect()
    }
}

/// What `what` writes, and where, once every value is checked.
fn made(
    refs: &SiteRefs<'_>,
    what: New,
    today: crate::model::Date,
) -> Result<(PathBuf, Change), String> {
    use scaffold::{Fields, check_date, check_ref, check_slug, check_status};
    let today = today.to_string();
    let new_file = |section: Section, slug: &str, text: String| {
        check_slug(section, slug)?;
        let default_language = &refs.config.default_language;
        // A site edited in the browser names canonical files as Decap CMS does.
        let path = match refs.config.admin {
            Some(_) => content::entry_path_in(section, slug, default_language),
            None => content::entry_path(section, slug),
        };
        if let Some(path) = content::existing_entry(refs.root, section, slug, default_language) {
            return Err(format!(
                "{} already exists; nothing was written
  = help: choose another name, or edit that file",
                display_path(&path)
            ));
        }
        Ok((path, Change::Create(text)))
    };
    match what {
        New::Commitment {
            slug,
            title,
            country,
            pillars,
            date,
            summary,
            meeting,
            status,
            note,
            source,
        } => {
            check_ref(refs, "--country", Section::Countries, &country)?;
            for pillar in &pillars {
                check_ref(refs, "--pillar", Section::Pillars, pillar)?;
            }
            if let Some(meeting) = &meeting {
                check_ref(refs, "--meeting", Section::Meetings, meeting)?;
            }
            let date = date.unwrap_or(today);
            check_date("--date", &date)?;
            let mut updates = Vec::new();
            if let (Some(status), Some(note)) = (status, note) {
                check_status(refs, &status)?;
                if source.is_none() && meeting.is_none() {
                    return Err("the first update needs a source, for readers to check it\n  = help: add --source \"<document title>\" or --meeting <meeting slug>".to_owned());
                }
                updates.push(
                    Fields::new()
                        .field("date", date.clone())
                        .field("status", status)
                        .field("note", note)
                        .optional("meeting", meeting.clone())
                        .optional("source", source),
                );
            }
            let fields = Fields::new()
                .field("title", title)
                .optional("summary", summary)
                .field("country", country)
                .list("pillars", &pillars)
                .field("date", date)
                .optional("meeting", meeting);
            new_file(
                Section::Commitments,
                &slug,
                scaffold::entry(&fields, &updates),
            )
        }
        New::Update {
            commitment,
            status,
            note,
            date,
            source,
            source_url,
            meeting,
        } => {
            check_ref(refs, "the commitment", Section::Commitments, &commitment)?;
            check_status(refs, &status)?;
            if let Some(meeting) = &meeting {
                check_ref(refs, "--meeting", Section::Meetings, meeting)?;
            }
            let date = date.unwrap_or(today);
            check_date("--date", &date)?;
            let update = Fields::new()
                .field("date", date)
                .field("status", status)
                .field("note", note)
                .optional("meeting", meeting)
                .optional("source", source)
                .optional("source_url", source_url);
            let path = content::existing_entry(
                refs.root,
                Section::Commitments,
                &commitment,
                &refs.config.default_language,
            )
            .unwrap_or_else(|| content::entry_path(Section::Commitments, &commitment));
            let text = content::read_for_edit(refs.root, &path)?;
            let text = scaffold::with_update(&text, &update)
                .map_err(|problem| format!("{}: {problem}", display_path(&path)))?;
            Ok((path, Change::Replace(text)))
        }
        New::Meeting {
            slug,
            title,
            start,
            end,
            place,
            summary,
            countries,
        } => {
            check_date("--start", &start)?;
            if let Some(end) = &end {
                check_date("--end", end)?;
            }
            for country in &countries {
                check_ref(refs, "--country", Section::Countries, country)?;
            }
            let fields = Fields::new()
                .field("title", title)
                .optional("summary", summary)
                .field("start", start)
                .optional("end", end)
                .optional("place", place)
                .list("countries", &countries);
            new_file(Section::Meetings, &slug, scaffold::entry(&fields, &[]))
        }
        New::Recommendation {
            slug,
            title,
            meeting,
            document,
            date,
            number,
            theme,
            addressed_to,
        } => {
            if let Some(meeting) = &meeting {
                check_ref(refs, "--meeting", Section::Meetings, meeting)?;
            }
            if let Some(document) = &document {
                check_ref(refs, "--document", Section::Pages, document)?;
            }
            if let Some(date) = &date {
                check_date("--date", date)?;
            }
            for country in &addressed_to {
                check_ref(refs, "--addressed-to", Section::Countries, country)?;
            }
            let mut fields = Fields::new()
                .field("title", title)
                .optional("meeting", meeting)
                .optional("document", document)
                .optional("date", date);
            if let Some(number) = number {
                fields = fields.number("number", number);
            }
            let fields = fields
                .optional("theme", theme)
                .list("addressed_to", &addressed_to);
            new_file(
                Section::Recommendations,
                &slug,
                scaffold::entry(&fields, &[]),
            )
        }
        New::Country {
            code,
            title,
            summary,
        } => {
            let fields = Fields::new()
                .field("title", title)
                .optional("summary", summary);
            new_file(Section::Countries, &code, scaffold::entry(&fields, &[]))
        }
        New::Pillar {
            slug,
            title,
            number,
            summary,
        } => {
            let fields = Fields::new()
                .field("title", title)
                .optional("summary", summary)
                .number("number", number);
            new_file(Section::Pillars, &slug, scaffold::entry(&fields, &[]))
        }
    }
}

/// Writes the template of a new language's interface strings, and says what else to do.
fn new_language(root: &std::path::Path, code: &str) -> ExitCode {
    let mut diags = Diagnostics::default();
    let config = content::read_site_toml(root, &mut diags)
        .and_then(|file| crate::config::parse(&file, None, &mut diags));
    let Some(config) = config else {
        return failed(diags, root, None);
    };
    if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.contains('_') {
        eprintln!(
            "error: `{code}` is not a language code\n  = help: use a BCP 47 code such as `ar`, `qu` or `pt-BR`"
        );
        return ExitCode::FAILURE;
    }
    let source = &config.default_language;
    let written = content::read_locale(root, source).and_then(|text| {
        let path = PathBuf::from(format!("i18n/{code}.ftl"));
        let locale = config.language(code).map_or(code, |l| l.locale.as_str());
        let categories = crate::i18n::plurals::categories_of(locale);
        let template = crate::i18n::template::new_language(code, source, &text, &categories);
        content::create(root, &path, &template).map(|()| path)
    });
    match written {
        Ok(path) => {
            say!(
                "Wrote {}: every message of i18n/{source}.ftl, commented out for translation.",
                path.display()
            );
            if config.language(code).is_none() {
                say!(
                    "Add the language to site.toml:\n\n[[languages]]\ncode = \"{code}\"\nname = \"…\"  # its name in the language itself\n"
                );
            }
            say!("Then `swivi i18n` lists what is left to translate; see docs/translating.md.");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Writes each translation's source fingerprint into it, as `translated_from`.
fn mark(root: &std::path::Path, files: &[PathBuf], unrecorded: bool) -> ExitCode {
    let built = match build(root, None, LinkStyle::Rooted, today(), &output::Discard) {
        Ok(built) => built,
        Err(diags) => return failed(diags, root, None),
    };
    let targets = if unrecorded {
        built.translations.unrecorded()
    } else {
        match built.translations.sources_of(files) {
            Ok(targets) => targets,
            Err(unknown) => {
                eprintln!(
                    "error: {} is not a translation of this site\n  = help: name a file like content/countries/cl.es.md, relative to the site's folder",
                    unknown.display()
                );
                return ExitCode::FAILURE;
            }
        }
    };
    for (file, fingerprint) in &targets {
        if let Err(error) = content::record_translated_from(root, file, fingerprint) {
            eprintln!("error: {}: {error}", file.display());
            return ExitCode::FAILURE;
        }
        say!("{}: translated_from = \"{fingerprint}\"", file.display());
    }
    if targets.is_empty() {
        say!("No translation to mark");
    }
    ExitCode::SUCCESS
}

/// Reports `diags` (the site at `root` did not build) and fails; `out` is the output folder
/// left as it was, if any.
/// Says that `--strict` fails on the warnings just printed.
fn failed_strict(warnings: &Diagnostics, out: Option<&std::path::Path>) -> ExitCode {
    let count = warnings.warning_count();
    let plural = if count == 1 { "" } else { "s" };
    let written = match out {
        Some(out) => format!("; nothing was written, {} is as it was", out.display()),
        None => String::new(),
    };
    eprintln!("error: {count} warning{plural}, and --strict fails on any{written}");
    ExitCode::FAILURE
}

fn failed(diags: Diagnostics, root: &std::path::Path, out: Option<&std::path::Path>) -> ExitCode {
    let diags = diags.sorted();
    diags.print(root);
    let errors = diags.error_count();
    let plural = if errors == 1 { "" } else { "s" };
    match out {
        Some(out) => eprintln!(
            "error: {errors} problem{plural} found; nothing was written, {} is as it was",
            out.display()
        ),
        None => eprintln!("error: {errors} problem{plural} found"),
    }
    ExitCode::FAILURE
}
