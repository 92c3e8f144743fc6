//! The command line: subcommands, their options and help, and what each prints.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::addresses::LinkStyle;
use crate::build::{build, check, today};
use crate::cache::Memo;
use crate::content::Section;
use crate::diag::display_path;
use crate::diag::{Diagnostics, SourceFile};
use crate::model::schema;
use crate::scaffold::{
    Fields, check_date, check_distinct, check_optional_text, check_ref, check_status, check_text,
};
use crate::{content, output, redate, scaffold, weight};

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
    /// Start a new tracker in DIR: site.toml, one content file of each kind, the interface
    /// strings of its languages, the default theme, the deploy files for Netlify and GitHub
    /// Pages, and a guide for its editors (EDITING.md). It builds and passes `swivi check
    /// --strict` as it is.
    Init {
        /// The new tracker's folder: made if missing, and refused unless empty.
        dir: PathBuf,
        /// Its languages, by BCP 47 code, in the order the language switcher shows them
        /// (e.g. `fr,en,ht`).
        #[arg(long, value_delimiter = ',', required = true)]
        languages: Vec<String>,
        /// The language the content is written in, and the others fall back to [default: the
        /// first of --languages].
        #[arg(long, value_name = "CODE")]
        default: Option<String>,
    },
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
        /// Make every file again, without reading or writing the site's build cache
        /// (<root>/.swivi-cache, which keeps what each build made for the next).
        #[arg(long)]
        no_cache: bool,
    },
    /// Check the content, translations and templates, and write nothing.
    Check {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Fail on any warning too, after printing them all (for continuous integration).
        #[arg(long)]
        strict: bool,
        /// Print how long each stage of the check took.
        #[arg(long)]
        timings: bool,
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
    /// Start a content file from the values given, or add an update, an indicator, a value or
    /// a milestone to a commitment (an indicator, a value or a milestone to a meeting); what it
    /// writes passes `swivi check`, and it writes nothing (and says why) where `swivi check`
    /// would refuse the result.
    New {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".", global = true)]
        root: PathBuf,
        #[command(subcommand)]
        what: New,
    },
    /// Correct the date of a commitment's update, in its file and in every translation that
    /// names the update by that date; translations that were up to date stay so.
    Redate {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// The commitment's file, e.g. content/commitments/cl-integration.md.
        file: PathBuf,
        /// The date the update has now.
        old: String,
        /// The date it should have.
        new: String,
    },
    /// Create or update commitments and their updates from spreadsheets in the open data's
    /// columns.
    ///
    /// Reads commitments.csv and updates.csv as the open data writes them, or an XLSX or ODS
    /// workbook with sheets of those names. Only what differs from the site is written;
    /// nothing is removed; nothing is written unless every row is right and the site still
    /// passes `swivi check`.
    Import {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// The files: `commitments.csv`, `updates.csv`, or a workbook (.xlsx, .ods).
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// The language the tables' titles and notes are in [default: the language of their
        /// `url` column's addresses, else the site's default language].
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
        /// Say what would change, and write nothing.
        #[arg(long)]
        dry_run: bool,
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
    /// Add a language: i18n/<CODE>.ftl with every message of the default language's file,
    /// commented out for translation, and its `[[languages]]` table in site.toml.
    New {
        /// The site's folder: where site.toml, content/, i18n/, themes/ and static/ are.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// The language's BCP 47 code, e.g. `ar` or `pt-BR`.
        code: String,
        /// Its name in the language itself, as the language switcher shows it (by default,
        /// CLDR's: `العربية` for `ar`).
        #[arg(long)]
        name: Option<String>,
        /// The languages to show, in order, where a text is not translated yet, before the
        /// default language (e.g. `--fallback en`).
        #[arg(long, value_name = "CODE", value_delimiter = ',')]
        fallback: Vec<String>,
    },
}

/// The files `swivi new` writes. Text is in the site's default language; dates are
/// YYYY-MM-DD, YYYY-MM or YYYY.
#[derive(Subcommand)]
enum New {
    /// content/commitments/<SLUG>.md; with --status and --note, its first update.
    Commitment(NewCommitment),
    /// An update added at the end of content/commitments/<COMMITMENT>.md; it needs --source
    /// or --meeting, for readers to check it. One update per date: refused on a date the
    /// commitment already has an update on.
    #[command(group(clap::ArgGroup::new("cited").required(true).multiple(true).args(["source", "meeting"])))]
    Update(NewUpdate),
    /// content/meetings/<SLUG>.md
    Meeting(NewMeeting),
    /// content/recommendations/<SLUG>.md, made at a meeting or in a document (a page).
    #[command(group(clap::ArgGroup::new("origin").required(true).args(["meeting", "document"])))]
    Recommendation(NewRecommendation),
    /// content/countries/<CODE>.md
    Country(NewCountry),
    /// content/pillars/<SLUG>.md
    Pillar(NewPillar),
    /// content/organisations/<SLUG>.md: who reports on or assesses commitments, which an
    /// update names with `--by`.
    Organisation(NewOrganisation),
    /// An indicator added at the end of content/commitments/<COMMITMENT>.md (or of a
    /// meeting's file, named `meetings/<SLUG>`): quantitative (with --unit, and maybe a
    /// baseline and a target) or --qualitative (dated milestones).
    #[command(group(clap::ArgGroup::new("kind").required(true).args(["unit", "qualitative"])))]
    Indicator(NewIndicator),
    /// A measured value of a quantitative indicator of content/commitments/<COMMITMENT>.md
    /// (or of a meeting's, `meetings/<SLUG>`), after its other values. One value per date.
    Value(NewValue),
    /// A milestone reached by a qualitative indicator of content/commitments/<COMMITMENT>.md
    /// (or of a meeting's, `meetings/<SLUG>`), after its other milestones. One milestone per
    /// date.
    Milestone(NewMilestone),
}

#[derive(clap::Args)]
struct NewCommitment {
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
    /// The day, month or year it must be done by, when its source states one (`2025`,
    /// `2025-06`, `2025-06-30`); not before --date.
    #[arg(long)]
    due: Option<String>,
    /// An institution that must deliver it, as its source names it; repeat for several.
    #[arg(long = "responsible", value_name = "INSTITUTION")]
    responsible: Vec<String>,
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
}

#[derive(clap::Args)]
struct NewUpdate {
    commitment: String,
    #[arg(long)]
    status: String,
    #[arg(long)]
    note: String,
    /// [default: today]
    #[arg(long)]
    date: Option<String>,
    /// A name for translations to give it, unique in the commitment (e.g. `cam-2023-05`):
    /// the update's date can then be corrected in this file alone.
    #[arg(long)]
    id: Option<String>,
    /// Where it comes from (a document's title).
    #[arg(long)]
    source: Option<String>,
    #[arg(long, value_name = "URL")]
    source_url: Option<String>,
    /// The meeting where it was reported (its slug).
    #[arg(long)]
    meeting: Option<String>,
    /// The organisation that assessed it (its slug), when the source says who did.
    #[arg(long)]
    by: Option<String>,
}

#[derive(clap::Args)]
struct NewMeeting {
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
}

#[derive(clap::Args)]
struct NewRecommendation {
    slug: String,
    #[arg(long)]
    title: String,
    #[arg(long)]
    meeting: Option<String>,
    /// The page that publishes it (its slug), with --date.
    #[arg(long, requires = "date")]
    document: Option<String>,
    /// The document's date (one made at a meeting takes the meeting's).
    #[arg(long, conflicts_with = "meeting")]
    date: Option<String>,
    #[arg(long)]
    number: Option<u32>,
    #[arg(long)]
    theme: Option<String>,
    /// A country it is addressed to (its code); repeat for several.
    #[arg(long = "addressed-to", value_name = "COUNTRY")]
    addressed_to: Vec<String>,
}

#[derive(clap::Args)]
struct NewCountry {
    code: String,
    #[arg(long)]
    title: String,
    #[arg(long)]
    summary: Option<String>,
}

#[derive(clap::Args)]
struct NewPillar {
    slug: String,
    #[arg(long)]
    title: String,
    /// Its place in the order of pillars; one no other pillar has.
    #[arg(long)]
    number: u32,
    #[arg(long)]
    summary: Option<String>,
}

#[derive(clap::Args)]
struct NewOrganisation {
    slug: String,
    #[arg(long)]
    title: String,
    /// `government` (its reports are a government's own), `civil-society` or
    /// `international-organisation` (its assessments are independent).
    #[arg(long, value_parser = ["government", "civil-society", "international-organisation"])]
    kind: String,
    /// Its website.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    #[arg(long)]
    summary: Option<String>,
}

#[derive(clap::Args)]
struct NewIndicator {
    /// The commitment's slug, or `meetings/<SLUG>` for a meeting's indicator.
    commitment: String,
    /// Its id, unique in the commitment: lower-case letters, digits and hyphens.
    id: String,
    /// What is measured.
    #[arg(long)]
    title: String,
    /// What its values count: `percent`, a currency code (`USD`), or another unit
    /// (`people`).
    #[arg(long)]
    unit: Option<String>,
    /// Measured by dated milestones rather than values.
    #[arg(long, conflicts_with_all = ["baseline", "target"])]
    qualitative: bool,
    /// The starting value, with --baseline-date.
    #[arg(long, requires = "baseline_date", allow_negative_numbers = true)]
    baseline: Option<f64>,
    #[arg(long, requires = "baseline")]
    baseline_date: Option<String>,
    /// The value aimed at, with --target-date.
    #[arg(long, requires = "target_date", allow_negative_numbers = true)]
    target: Option<f64>,
    #[arg(long, requires = "target")]
    target_date: Option<String>,
}

#[derive(clap::Args)]
struct NewValue {
    /// The commitment's slug, or `meetings/<SLUG>` for a meeting's indicator.
    commitment: String,
    /// The indicator's id.
    indicator: String,
    /// The day (or month, or year) it was measured [default: today].
    #[arg(long)]
    date: Option<String>,
    /// The figure, in the indicator's unit (a percentage as 12.5, not 0.125).
    #[arg(long, allow_negative_numbers = true)]
    value: f64,
    #[command(flatten)]
    cited: CitedArgs,
}

/// Where a figure or a milestone comes from, as an update cites it.
#[derive(clap::Args)]
struct CitedArgs {
    /// The meeting where it was reported (its slug).
    #[arg(long)]
    meeting: Option<String>,
    /// The document it comes from (its title).
    #[arg(long)]
    source: Option<String>,
    #[arg(long, value_name = "URL")]
    source_url: Option<String>,
}

impl CitedArgs {
    fn checked(self, refs: &SiteRefs<'_>) -> Result<scaffold::Cited, String> {
        if let Some(meeting) = &self.meeting {
            check_ref(refs, "--meeting", Section::Meetings, meeting)?;
        }
        check_optional_text("--source", self.source.as_deref())?;
        if let Some(url) = &self.source_url {
            scaffold::check_url("--source-url", url)?;
        }
        Ok(scaffold::Cited {
            meeting: self.meeting,
            source: self.source,
            source_url: self.source_url,
        })
    }
}

#[derive(clap::Args)]
struct NewMilestone {
    /// The commitment's slug, or `meetings/<SLUG>` for a meeting's indicator.
    commitment: String,
    /// The indicator's id.
    indicator: String,
    /// When it was reached [default: today].
    #[arg(long)]
    date: Option<String>,
    /// A name for translations to give it, unique in the indicator: its date can then be
    /// corrected in this file alone.
    #[arg(long)]
    id: Option<String>,
    /// What was reached.
    #[arg(long)]
    note: String,
    #[command(flatten)]
    cited: CitedArgs,
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

/// How long each stage took, one per line (`--timings`).
fn print_timings(timings: &[(&'static str, std::time::Duration)]) {
    for (stage, took) in timings {
        say!("{stage:>24}  {:8.3} s", took.as_secs_f64());
    }
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
            no_cache,
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
            let memo = if no_cache {
                Memo::off()
            } else {
                Memo::keeping(&root)
            };
            let built = match build(&root, base_url.as_deref(), links, today(), &staging, memo) {
                Ok(built) => built,
                Err(diags) => return failed(diags, &root, Some(&out)),
            };
            built.warnings.print(&root);
            if strict && built.warnings.warning_count() > 0 {
                // Dropped, the staging folder goes and `out` stays as it was.
                return failed_strict(&built.warnings, Some(&out));
            }
            let swapping = Instant::now();
            // The previous site goes while the weight is measured.
            let _previous = match staging.finish() {
                Ok(previous) => previous,
                Err(error) => {
                    eprintln!("error: {error}");
                    return ExitCode::FAILURE;
                }
            };
            if timings {
                print_timings(&built.timings);
                say!("{:>24}  {:8.3} s", "swap", swapping.elapsed().as_secs_f64());
            }
            say!(
                "Built {} pages in {} languages ({} files) into {} in {:.2} s",
                built.pages,
                built.languages,
                built.files.len(),
                out.display(),
                started.elapsed().as_secs_f64()
            );
            if !no_cache {
                let reused = built.reused;
                say!(
                    "Taken from {}: {} of the {} pages, share images, parts of offline copies and search indexes",
                    crate::cache::FOLDER,
                    reused.found,
                    reused.looked_for
                );
            }
            say!(
                "{}",
                weight::measure(&built.files, |path| output::read_back(&out, path))
            );
            ExitCode::SUCCESS
        }
        Command::Check {
            root,
            strict,
            timings,
        } => match check(&root, today()) {
            Ok(built) => {
                let warnings = built.warnings.warning_count();
                built.warnings.print(&root);
                if strict && warnings > 0 {
                    return failed_strict(&built.warnings, None);
                }
                if timings {
                    print_timings(&built.timings);
                }
                say!(
                    "No errors: {} pages in {} languages would be built{}",
                    built.pages,
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
        },
        Command::Serve { root, port, bind } => crate::serve::run(&root, bind, port),
        Command::Init {
            dir,
            languages,
            default,
        } => init(&dir, languages, default),
        Command::New { root, what } => new(&root, what),
        Command::Redate {
            root,
            file,
            old,
            new,
        } => redate(&root, &file, &old, &new),
        Command::Import {
            root,
            files,
            lang,
            dry_run,
        } => import(&root, &files, lang.as_deref(), dry_run),
        Command::I18n {
            action: None,
            root,
            format,
        } => match check(&root, today()) {
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
            action:
                Some(I18nAction::New {
                    root,
                    code,
                    name,
                    fallback,
                }),
            ..
        } => new_language(&root, &code, name.as_deref(), &fallback),
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
    let written = made(&refs, what, today()).and_then(|(path, change)| {
        let said = match &change {
            Change::Create(text) => content::create(root, &path, text)
                .map(|()| format!("Wrote {}", display_path(&path)))?,
            Change::Replace { text, added, .. } => content::replace(root, &path, text)
                .map(|()| format!("Added {added} to {}", display_path(&path)))?,
        };
        checked(root, &path, &change)?;
        Ok(said)
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

/// A file `swivi new` writes: a new one, or one it added to (`added` says what; `before` is
/// the file as it was).
enum Change {
    Create(String),
    Replace {
        text: String,
        added: String,
        before: String,
    },
}

impl Change {
    /// `text`, the file of `entry` with `added` (what it says was added) in it.
    fn added_to(entry: &scaffold::Entry, text: String, added: String) -> Change {
        Change::Replace {
            text,
            added,
            before: entry.text().to_owned(),
        }
    }
}

/// `swivi new`'s promise, kept whatever its own checks missed: the file it wrote at `path`
/// passes `swivi check`, or it is put back as it was and the errors say why. Errors elsewhere
/// in the site, or already in the file before, are not the command's to refuse.
fn checked(root: &std::path::Path, path: &std::path::Path, change: &Change) -> Result<(), String> {
    let errors_about = || match check(root, today()) {
        Ok(_) => Diagnostics::default(),
        Err(diags) => diags.errors_about(path),
    };
    let after = errors_about();
    if !after.has_errors() {
        return Ok(());
    }
    let count = after.error_count();
    let why = after.sorted().render_plain();
    let refused = |restored: Result<(), String>| {
        restored?;
        Err(format!(
            "{} would not pass `swivi check`, so it was left as it was\n\n{}",
            display_path(path),
            why.trim_end()
        ))
    };
    match change {
        Change::Create(_) => refused(content::remove(root, path)),
        Change::Replace { text, before, .. } => {
            content::replace(root, path, before)?;
            if errors_about().error_count() >= count {
                // The file had these errors before: what was added brought none.
                return content::replace(root, path, text);
            }
            refused(Ok(()))
        }
    }
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

    fn pillar_numbers(&self) -> Vec<(String, u32)> {
        let pillars =
            content::canonical_texts(self.root, Section::Pillars, &self.config.default_language);
        pillars
            .into_iter()
            .filter_map(|(slug, text)| Some((slug, scaffold::pillar_number(&text)?)))
            .collect()
    }

    fn slugs(&self, section: Section) -> Vec<String> {
        let entries = content::canonical_texts(self.root, section, &self.config.default_language);
        entries.into_iter().map(|(slug, _)| slug).collect()
    }
}

impl SiteRefs<'_> {
    /// The canonical file of the commitment `slug`, read to add to it.
    fn commitment(&self, slug: &str) -> Result<(PathBuf, scaffold::Entry), String> {
        self.entry(Section::Commitments, slug, slug)
    }

    /// The canonical file of the entry that holds an indicator, as the command line names it:
    /// a commitment's slug, or `meetings/<slug>` (meetings have indicators too).
    fn measured(&self, name: &str) -> Result<(PathBuf, scaffold::Entry), String> {
        if let Some(slug) = name.strip_prefix("meetings/") {
            return self.entry(Section::Meetings, slug, name);
        }
        let slug = name.strip_prefix("commitments/").unwrap_or(name);
        use scaffold::Refs;
        if !self.has(Section::Commitments, slug) && self.has(Section::Meetings, slug) {
            return Err(format!(
                "`{slug}` is a meeting, not a commitment; nothing was written\n  = help: name a meeting's indicator by `meetings/{slug}`, e.g. `swivi new value meetings/{slug} …`"
            ));
        }
        self.entry(Section::Commitments, slug, name)
    }

    fn entry(
        &self,
        section: Section,
        slug: &str,
        name: &str,
    ) -> Result<(PathBuf, scaffold::Entry), String> {
        let what = format!("the {}", scaffold::singular(section));
        scaffold::check_ref(self, &what, section, slug)?;
        let default_language = &self.config.default_language;
        let path = content::existing_entry(self.root, section, slug, default_language)
            .unwrap_or_else(|| content::entry_path(section, slug));
        let text = content::read_for_edit(self.root, &path)?;
        let entry = scaffold::Entry::read(&path, section, name, text)?;
        Ok((path, entry))
    }
}

/// What `what` writes, and where, once every value is checked.
fn made(
    refs: &SiteRefs<'_>,
    what: New,
    today: crate::model::Date,
) -> Result<(PathBuf, Change), String> {
    match what {
        New::Commitment(new) => new_commitment(refs, new, today),
        New::Update(new) => new_update(refs, new, today),
        New::Indicator(new) => new_indicator(refs, new, today),
        New::Value(new) => new_value(refs, new, today),
        New::Milestone(new) => new_milestone(refs, new, today),
        New::Meeting(new) => new_meeting(refs, new),
        New::Recommendation(new) => new_recommendation(refs, new),
        New::Country(new) => new_country(refs, new),
        New::Pillar(new) => new_pillar(refs, new),
        New::Organisation(new) => new_organisation(refs, new),
    }
}

/// The new file `text` of the entry `slug` of `section`, where the site names its files;
/// refused where an entry of that name already is.
fn new_file(
    refs: &SiteRefs<'_>,
    section: Section,
    slug: &str,
    text: String,
) -> Result<(PathBuf, Change), String> {
    scaffold::check_slug(section, slug)?;
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
}

/// The date `given` for `flag`, or today's.
fn date_or_today(
    flag: &str,
    given: Option<&str>,
    today: crate::model::Date,
) -> Result<crate::model::Date, String> {
    scaffold::check_date(flag, given.unwrap_or(&today.to_string()))
}

fn new_commitment(
    refs: &SiteRefs<'_>,
    new: NewCommitment,
    today: crate::model::Date,
) -> Result<(PathBuf, Change), String> {
    let NewCommitment {
        slug,
        title,
        country,
        pillars,
        date,
        due,
        responsible,
        summary,
        meeting,
        status,
        note,
        source,
    } = new;
    check_text("--title", &title)?;
    for institution in &responsible {
        check_text("--responsible", institution)?;
    }
    check_optional_text("--summary", summary.as_deref())?;
    check_ref(refs, "--country", Section::Countries, &country)?;
    for pillar in &pillars {
        check_ref(refs, "--pillar", Section::Pillars, pillar)?;
    }
    check_distinct("--pillar", &pillars)?;
    if let Some(meeting) = &meeting {
        check_ref(refs, "--meeting", Section::Meetings, meeting)?;
    }
    let date = date.unwrap_or_else(|| today.to_string());
    let made = check_date("--date", &date)?;
    if let Some(due) = &due
        && check_date("--due", due)?.wholly_before(&made)
    {
        return Err(format!(
            "--due {due} is before the commitment was made ({made}); nothing was written\n  = help: a commitment cannot be due before it was made: check the date"
        ));
    }
    let mut updates = Vec::new();
    if let (Some(status), Some(note)) = (status, note) {
        // The first update is dated as the commitment: a report of what has happened.
        scaffold::not_after_today("--date", made, today)?;
        check_status(refs, &status)?;
        check_text("--note", &note)?;
        check_optional_text("--source", source.as_deref())?;
        if source.is_none() && meeting.is_none() {
            return Err("the first update needs a source, for readers to check it\n  = help: add --source \"<document title>\" or --meeting <meeting slug>".to_owned());
        }
        updates.push(
            Fields::of(&schema::UPDATE)
                .field("date", date.clone())
                .field("status", status)
                .field("note", note)
                .optional("meeting", meeting.clone())
                .optional("source", source),
        );
    }
    let fields = Fields::of(&schema::COMMITMENT)
        .field("title", title)
        .optional("summary", summary)
        .field("country", country)
        .list("pillars", &pillars)
        .field("date", date)
        .optional("due", due)
        .list("responsible", &responsible)
        .optional("meeting", meeting);
    let text = scaffold::entry(&fields, &updates);
    new_file(refs, Section::Commitments, &slug, text)
}

fn new_update(
    refs: &SiteRefs<'_>,
    new: NewUpdate,
    today: crate::model::Date,
) -> Result<(PathBuf, Change), String> {
    let NewUpdate {
        commitment,
        status,
        note,
        date,
        id,
        source,
        source_url,
        meeting,
        by,
    } = new;
    let (path, commitment) = refs.commitment(&commitment)?;
    check_status(refs, &status)?;
    check_text("--note", &note)?;
    check_optional_text("--source", source.as_deref())?;
    if let Some(meeting) = &meeting {
        check_ref(refs, "--meeting", Section::Meetings, meeting)?;
    }
    let date = date_or_today("--date", date.as_deref(), today)?;
    if let Some(url) = &source_url {
        scaffold::check_url("--source-url", url)?;
    }
    if let Some(by) = &by {
        check_ref(refs, "--by", Section::Organisations, by)?;
    }
    let update = Fields::of(&schema::UPDATE)
        .optional("id", id.clone())
        .field("date", date.to_string())
        .field("status", status)
        .field("note", note)
        .optional("meeting", meeting)
        .optional("source", source)
        .optional("source_url", source_url)
        .optional("by", by);
    let text = commitment.with_update(date, id.as_deref(), &update, today)?;
    let added = "an update".to_owned();
    Ok((path, Change::added_to(&commitment, text, added)))
}

fn new_indicator(
    refs: &SiteRefs<'_>,
    new: NewIndicator,
    today: crate::model::Date,
) -> Result<(PathBuf, Change), String> {
    let NewIndicator {
        commitment,
        id,
        title,
        unit,
        qualitative: _,
        baseline,
        baseline_date,
        target,
        target_date,
    } = new;
    let (path, commitment) = refs.measured(&commitment)?;
    check_text("--title", &title)?;
    if let Some(unit) = &unit {
        scaffold::check_unit(unit)?;
    }
    let point = |flag: &str, value: Option<f64>, date: Option<String>| {
        let (Some(value), Some(date)) = (value, date) else {
            return Ok(None);
        };
        let date = check_date(flag, &date)?;
        scaffold::point(date, value).map(|point| Some((date, point)))
    };
    let baseline = point("--baseline-date", baseline, baseline_date)?;
    if let Some((date, _)) = &baseline {
        // A baseline is measured; a target may lie ahead.
        scaffold::not_after_today("--baseline-date", *date, today)?;
    }
    let target = point("--target-date", target, target_date)?;
    let kind = if unit.is_some() {
        "quantitative"
    } else {
        "qualitative"
    };
    let mut fields = Fields::of(&schema::INDICATOR)
        .field("id", id.clone())
        .field("title", title)
        .field("kind", kind)
        .optional("unit", unit);
    for (key, point) in [("baseline", baseline), ("target", target)] {
        if let Some((_, point)) = point {
            fields = fields.with(key, point);
        }
    }
    let text = commitment.with_indicator(&id, &fields)?;
    let added = format!("the indicator `{id}`");
    Ok((path, Change::added_to(&commitment, text, added)))
}

fn new_value(
    refs: &SiteRefs<'_>,
    new: NewValue,
    today: crate::model::Date,
) -> Result<(PathBuf, Change), String> {
    let NewValue {
        commitment,
        indicator,
        date,
        value,
        cited,
    } = new;
    let (path, commitment) = refs.measured(&commitment)?;
    let cited = cited.checked(refs)?;
    let date = date_or_today("--date", date.as_deref(), today)?;
    let text = commitment.with_value(&indicator, date, value, &cited, today)?;
    let added = format!("a value of `{indicator}`");
    Ok((path, Change::added_to(&commitment, text, added)))
}

fn new_milestone(
    refs: &SiteRefs<'_>,
    new: NewMilestone,
    today: crate::model::Date,
) -> Result<(PathBuf, Change), String> {
    let NewMilestone {
        commitment,
        indicator,
        date,
        id,
        note,
        cited,
    } = new;
    let (path, commitment) = refs.measured(&commitment)?;
    check_text("--note", &note)?;
    let cited = cited.checked(refs)?;
    let date = date_or_today("--date", date.as_deref(), today)?;
    let text = commitment.with_milestone(&indicator, date, id.as_deref(), &note, &cited, today)?;
    let added = format!("a milestone of `{indicator}`");
    Ok((path, Change::added_to(&commitment, text, added)))
}

fn new_meeting(refs: &SiteRefs<'_>, new: NewMeeting) -> Result<(PathBuf, Change), String> {
    let NewMeeting {
        slug,
        title,
        start,
        end,
        place,
        summary,
        countries,
    } = new;
    check_text("--title", &title)?;
    check_optional_text("--summary", summary.as_deref())?;
    check_optional_text("--place", place.as_deref())?;
    let first_day = check_date("--start", &start)?;
    if let Some(end) = &end
        && check_date("--end", end)? < first_day
    {
        return Err(format!(
            "--end {end} is before --start {start}; nothing was written\n  = help: --end is the meeting's last day, for a meeting of several days"
        ));
    }
    for country in &countries {
        check_ref(refs, "--country", Section::Countries, country)?;
    }
    check_distinct("--country", &countries)?;
    let fields = Fields::of(&schema::MEETING)
        .field("title", title)
        .optional("summary", summary)
        .field("start", start)
        .optional("end", end)
        .optional("place", place)
        .list("countries", &countries);
    new_file(
        refs,
        Section::Meetings,
        &slug,
        scaffold::entry(&fields, &[]),
    )
}

fn new_recommendation(
    refs: &SiteRefs<'_>,
    new: NewRecommendation,
) -> Result<(PathBuf, Change), String> {
    let NewRecommendation {
        slug,
        title,
        meeting,
        document,
        date,
        number,
        theme,
        addressed_to,
    } = new;
    check_text("--title", &title)?;
    check_optional_text("--theme", theme.as_deref())?;
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
    check_distinct("--addressed-to", &addressed_to)?;
    let mut fields = Fields::of(&schema::RECOMMENDATION)
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
    let text = scaffold::entry(&fields, &[]);
    new_file(refs, Section::Recommendations, &slug, text)
}

fn new_country(refs: &SiteRefs<'_>, new: NewCountry) -> Result<(PathBuf, Change), String> {
    let NewCountry {
        code,
        title,
        summary,
    } = new;
    check_text("--title", &title)?;
    check_optional_text("--summary", summary.as_deref())?;
    let fields = Fields::of(&schema::COUNTRY)
        .field("title", title)
        .optional("summary", summary);
    new_file(
        refs,
        Section::Countries,
        &code,
        scaffold::entry(&fields, &[]),
    )
}

fn new_pillar(refs: &SiteRefs<'_>, new: NewPillar) -> Result<(PathBuf, Change), String> {
    let NewPillar {
        slug,
        title,
        number,
        summary,
    } = new;
    check_text("--title", &title)?;
    check_optional_text("--summary", summary.as_deref())?;
    scaffold::check_pillar_number(refs, number)?;
    let fields = Fields::of(&schema::PILLAR)
        .field("title", title)
        .optional("summary", summary)
        .number("number", number);
    new_file(refs, Section::Pillars, &slug, scaffold::entry(&fields, &[]))
}

fn new_organisation(
    refs: &SiteRefs<'_>,
    new: NewOrganisation,
) -> Result<(PathBuf, Change), String> {
    let NewOrganisation {
        slug,
        title,
        kind,
        url,
        summary,
    } = new;
    check_text("--title", &title)?;
    check_optional_text("--summary", summary.as_deref())?;
    if let Some(url) = &url {
        scaffold::check_url("--url", url)?;
    }
    let fields = Fields::of(&schema::ORGANISATION)
        .field("title", title)
        .optional("summary", summary)
        .field("kind", kind)
        .optional("url", url);
    new_file(
        refs,
        Section::Organisations,
        &slug,
        scaffold::entry(&fields, &[]),
    )
}

/// Adds a language to the site: its interface strings started from the default language's
/// (every message commented out for translation) and its table in site.toml.
fn new_language(
    root: &std::path::Path,
    code: &str,
    name: Option<&str>,
    fallback: &[String],
) -> ExitCode {
    let mut diags = Diagnostics::default();
    let site_toml = content::read_site_toml(root, &mut diags);
    let config = site_toml
        .as_ref()
        .and_then(|file| crate::config::parse(file, None, &mut diags));
    let (Some(site_toml), Some(config)) = (site_toml, config) else {
        return failed(diags, root, None);
    };
    let planned = language_table(&config, code, name, fallback).and_then(|(name, table)| {
        let text = scaffold::with_language(&site_toml.text, &table)?;
        // What `swivi check` will read: a site.toml this edit broke is never written.
        let edited = SourceFile::new("site.toml", text.clone());
        let chain = crate::config::parse(&edited, None, &mut Diagnostics::default())
            .and_then(|edited| Some(edited.language(code)?.chain.clone()))
            .ok_or("site.toml could not be edited as it is laid out: add the `[[languages]]` table by hand, as docs/translating.md shows")?;
        Ok((name, text, chain))
    });
    let (name, site_text, chain) = match planned {
        Ok(planned) => planned,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let source = &config.default_language;
    let path = PathBuf::from(format!("i18n/{code}.ftl"));
    let written = content::read_locale(root, source)
        .and_then(|text| {
            let categories = crate::i18n::plurals::categories_of(code);
            let template = crate::i18n::template::new_language(code, source, &text, &categories);
            content::create(root, &path, &template)
        })
        .and_then(|()| content::replace(root, std::path::Path::new("site.toml"), &site_text));
    if let Err(error) = written {
        eprintln!("error: {error}");
        return ExitCode::FAILURE;
    }
    say!(
        "Wrote {}: every message of i18n/{source}.ftl, commented out for translation.",
        path.display()
    );
    say!(
        "Added `{code}` ({name}) to the languages in site.toml; what is not translated yet is shown in {}.",
        chain[1..].join(", then ")
    );
    say!("Then `swivi i18n` lists what is left to translate; see docs/translating.md.");
    ExitCode::SUCCESS
}

/// The `[[languages]]` table of a new language, and its name; or why the language cannot be
/// added.
fn language_table(
    config: &crate::config::Config,
    code: &str,
    name: Option<&str>,
    fallback: &[String],
) -> Result<(String, scaffold::Fields), String> {
    let known = known_language(code)?;
    if config.language(code).is_some() {
        return Err(format!(
            "`{code}` is already a language of this site (site.toml)\n  = help: `swivi i18n` lists what it still needs"
        ));
    }
    let languages = config.language_codes();
    if let Some(unknown) = fallback.iter().find(|f| !languages.contains(&f.as_str())) {
        return Err(format!(
            "`{unknown}` is not a language of this site, so it cannot be a fallback\n  = help: the languages are {}",
            languages.join(", ")
        ));
    }
    let Some(name) = name.map(str::to_owned).or_else(|| autonym(known)) else {
        return Err(format!(
            "swivi does not know the name of `{code}` in that language\n  = help: give it with --name, as the language switcher should show it"
        ));
    };
    let fallback: Vec<String> = fallback
        .iter()
        .filter(|f| **f != config.default_language)
        .cloned()
        .collect();
    let table = scaffold::Fields::settings()
        .field("code", code)
        .field("name", name.clone())
        .list("fallback", &fallback);
    Ok((name, table))
}

/// The language ISO 639 knows by the primary part of the BCP 47 `code`; or why it is not one.
fn known_language(code: &str) -> Result<isolang::Language, String> {
    let parsed = code
        .parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .filter(|_| !code.contains('_'))
        .ok_or_else(|| {
            format!(
                "`{code}` is not a language code\n  = help: use a BCP 47 code such as `ar`, `qu` or `pt-BR`"
            )
        })?;
    let primary = parsed.language.as_str();
    let known = match primary.len() {
        2 => isolang::Language::from_639_1(primary),
        _ => isolang::Language::from_639_3(primary),
    };
    known.ok_or_else(|| {
        format!(
            "`{primary}` is not a language ISO 639 knows\n  = help: a language is named by its ISO 639 code: `ar` for Arabic, `qu` for Quechua, `ht` for Haitian Creole (https://iso639-3.sil.org/code_tables/639/data)"
        )
    })
}

/// The language's name in itself, as CLDR has it (`العربية` for Arabic), if it has one.
fn autonym(known: isolang::Language) -> Option<String> {
    known
        .to_autonym()
        .map(|names| names.split(',').next().unwrap_or(names).trim().to_owned())
}

/// Writes a new tracker into `dir` (see [`crate::init`]), or says why it cannot.
fn init(dir: &std::path::Path, languages: Vec<String>, default: Option<String>) -> ExitCode {
    let default = default.unwrap_or_else(|| languages[0].clone());
    let planned = languages
        .iter()
        .map(|code| {
            let known = known_language(code)?;
            Ok((code.clone(), autonym(known).unwrap_or_else(|| code.clone())))
        })
        .collect::<Result<Vec<_>, String>>()
        .and_then(|named| match crate::init::problem(&languages, &default) {
            Some(problem) => Err(problem),
            None => Ok(named),
        })
        .and_then(|named| {
            content::empty_folder(dir)?;
            Ok(named)
        });
    let languages = match planned {
        Ok(languages) => languages,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let plan = crate::init::Plan {
        languages,
        default,
        today: today(),
    };
    let files = crate::init::files(&plan);
    for file in &files {
        if let Err(error) = content::create_file(
            dir,
            std::path::Path::new(&file.path),
            &file.bytes,
            file.executable,
        ) {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    }
    say!(
        "Wrote a new tracker in {} ({} files): one example of each kind in content/, to edit or delete.",
        dir.display(),
        files.len()
    );
    say!(
        "Next: `swivi serve --root {0}` to see it, and {0}/EDITING.md for the rest.",
        dir.display()
    );
    ExitCode::SUCCESS
}

/// Writes each translation's source fingerprint into it, as `translated_from`.
fn mark(root: &std::path::Path, files: &[PathBuf], unrecorded: bool) -> ExitCode {
    let built = match check(root, today()) {
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

/// Writes the date `new` for the update dated `old` in the commitment's `file` and in its
/// translations; puts every file back if the site then no longer builds.
fn redate(root: &std::path::Path, file: &std::path::Path, old: &str, new: &str) -> ExitCode {
    let (old, new) = match (
        crate::model::Date::parse(old),
        crate::model::Date::parse(new),
    ) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(error), _) | (_, Err(error)) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let before = match check(root, today()) {
        Ok(built) => built,
        Err(diags) => return failed(diags, root, None),
    };
    let file: PathBuf = file
        .components()
        .filter(|c| *c != std::path::Component::CurDir)
        .collect();
    if !file.starts_with("content/commitments") || before.translations.sources.contains_key(&file) {
        eprintln!(
            "error: {} is not the canonical file of a commitment\n  = help: name it relative to the site's folder, e.g. content/commitments/cl-integration.md; its translations are corrected with it",
            file.display()
        );
        return ExitCode::FAILURE;
    }
    let translations = redate::translations_of(&file, before.translations.sources.keys());
    let mut changed: Vec<(PathBuf, String, String)> = Vec::new();
    for path in std::iter::once(&file).chain(&translations) {
        let edited = content::read_for_edit(root, path).and_then(|text| {
            let (redated, count) = redate::redated(&text, old, new)?;
            Ok((text, redated, count))
        });
        match edited {
            Ok((text, redated, count)) if count > 0 => changed.push((path.clone(), text, redated)),
            Ok((text, _, _)) if *path == file => {
                let dates: Vec<String> = redate::update_dates(&text)
                    .unwrap_or_default()
                    .iter()
                    .map(|(date, _)| date.to_string())
                    .collect();
                eprintln!(
                    "error: {} has no update dated {old}\n  = help: its updates are dated {}",
                    display_path(&file),
                    dates.join(", ")
                );
                return ExitCode::FAILURE;
            }
            Ok(_) => {}
            Err(error) => {
                eprintln!("error: {}: {error}", display_path(path));
                return ExitCode::FAILURE;
            }
        }
    }
    let write = |version: fn(&(PathBuf, String, String)) -> &str| {
        changed
            .iter()
            .try_for_each(|c| content::replace(root, &c.0, version(c)))
    };
    if let Err(error) = write(|c| &c.2) {
        eprintln!("error: {error}");
        return ExitCode::FAILURE;
    }
    let after = match check(root, today()) {
        Ok(built) => built,
        Err(diags) => {
            let restored = write(|c| &c.1);
            let code = failed(diags, root, None);
            match restored {
                Ok(()) => eprintln!("Nothing was changed: every file is as it was."),
                Err(error) => eprintln!("error: {error}"),
            }
            return code;
        }
    };
    for (path, _, _) in &changed {
        say!(
            "{}: the update of {old} is now dated {new}",
            display_path(path)
        );
    }
    // A corrected date is no new text: what was up to date stays so.
    for translation in translations
        .iter()
        .filter(|t| before.translations.is_up_to_date(t))
    {
        let Some(fingerprint) = after.translations.sources.get(translation) else {
            continue;
        };
        if after.translations.is_up_to_date(translation) {
            continue;
        }
        if let Err(error) = content::record_translated_from(root, translation, fingerprint) {
            eprintln!("error: {}: {error}", translation.display());
            return ExitCode::FAILURE;
        }
        say!(
            "{}: translated_from = \"{fingerprint}\"",
            display_path(translation)
        );
    }
    ExitCode::SUCCESS
}

/// Reads the tables in `files` into the site at `root`: plans every change, checks the site
/// with them in memory, then writes them (unless `dry_run`), or writes nothing and says why.
fn import(
    root: &std::path::Path,
    files: &[PathBuf],
    lang: Option<&str>,
    dry_run: bool,
) -> ExitCode {
    use crate::build::{Cache, prepare};
    use crate::import::{Import, check_derived, language_of};
    let mut cache = Cache::default();
    let before = match prepare(root, None, LinkStyle::Rooted, today(), &mut cache) {
        Ok(before) => before,
        Err(diags) => {
            let code = failed(diags, root, None);
            eprintln!("Nothing was imported: the site must pass `swivi check` first.");
            return code;
        }
    };
    let mut diags = Diagnostics::default();
    let sheets: Vec<_> = files
        .iter()
        .flat_map(|file| match content::read_given(file) {
            Ok(bytes) => crate::import::sheet::read(file, bytes, &mut diags),
            Err(problem) => {
                diags.push(problem);
                Vec::new()
            }
        })
        .collect();
    let config = &before.site.config;
    let language = match lang {
        Some(code) => match config.language(code) {
            Some(language) => language,
            None => {
                let codes: Vec<&str> = config.language_codes();
                eprintln!(
                    "error: `{code}` is not a language of this site
  = help: {}",
                    crate::diag::did_you_mean(code, &codes, "languages")
                );
                return ExitCode::FAILURE;
            }
        },
        None => language_of(&before.site, &sheets)
            .or_else(|| config.language(&config.default_language))
            .expect("the default language is a language of the site"),
    };
    let reading = Import::new(&before.site, language, &before.locales);
    let plan = match reading.plan(&sheets, &ContentFiles { root, config }) {
        Ok(plan) if !diags.has_errors() => plan,
        planned => {
            diags.extend(planned.err().unwrap_or_default());
            diags.extend(check_derived(&reading, None, &sheets));
            return nothing_imported(diags);
        }
    };
    for change in &plan.files {
        cache.overlay(&change.path, &change.text);
    }
    let after = match prepare(root, None, LinkStyle::Rooted, today(), &mut cache) {
        Ok(after) => after,
        Err(problems) => {
            eprint!("{}", problems.sorted().render_plain());
            eprintln!(
                "error: with these tables, the site would not pass `swivi check`\n  = help: the files above are as the import would write them; correct the tables\nNothing was imported: every file is as it was."
            );
            return ExitCode::FAILURE;
        }
    };
    let language = after
        .site
        .config
        .language(&language.code)
        .expect("the same languages");
    let derived = check_derived(
        &reading,
        Some(&Import::new(&after.site, language, &after.locales)),
        &sheets,
    );
    if derived.has_errors() {
        return nothing_imported(derived);
    }
    let files: Vec<(&std::path::Path, &str)> = plan
        .files
        .iter()
        .map(|change| (change.path.as_path(), change.text.as_str()))
        .collect();
    if !dry_run && let Err(error) = content::write_all(root, &files) {
        eprintln!("error: {error}");
        return ExitCode::FAILURE;
    }
    say!("{}", plan.summary(!dry_run));
    ExitCode::SUCCESS
}

/// Reports the problems of the tables, and that nothing was written.
fn nothing_imported(diags: Diagnostics) -> ExitCode {
    let count = diags.error_count();
    eprint!("{}", diags.sorted().render_plain());
    let plural = if count == 1 { "" } else { "s" };
    eprintln!(
        "Nothing was imported: {count} problem{plural} in the tables; every file is as it was."
    );
    ExitCode::FAILURE
}

/// The content files as `swivi import` reads them.
struct ContentFiles<'a> {
    root: &'a std::path::Path,
    config: &'a crate::config::Config,
}

impl crate::import::Files for ContentFiles<'_> {
    fn canonical(&self, slug: &str) -> Result<(PathBuf, String), String> {
        let default = &self.config.default_language;
        let path = content::existing_entry(self.root, Section::Commitments, slug, default)
            .unwrap_or_else(|| content::entry_path(Section::Commitments, slug));
        let text = content::read_for_edit(self.root, &path)?;
        Ok((path, text))
    }

    fn translation(&self, slug: &str, lang: &str) -> (PathBuf, Option<String>) {
        let path = content::entry_path_in(Section::Commitments, slug, lang);
        let text = content::read_for_edit(self.root, &path).ok();
        (path, text)
    }

    fn new_canonical(&self, slug: &str) -> PathBuf {
        // A site edited in the browser names canonical files as Decap CMS does.
        match self.config.admin {
            Some(_) => {
                content::entry_path_in(Section::Commitments, slug, &self.config.default_language)
            }
            None => content::entry_path(Section::Commitments, slug),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use schema::Kind;

    /// Every option of every `swivi new` subcommand, in an order the fixture site takes them
    /// in (an indicator before its values).
    const RUNS: &[&[&str]] = &[
        &[
            "organisation",
            "observatoire",
            "--title",
            "Observatoire",
            "--kind",
            "civil-society",
            "--url",
            "https://example.org/observatoire",
            "--summary",
            "Suit les engagements.",
        ],
        &[
            "commitment",
            "co-plan",
            "--title",
            "Plan",
            "--country",
            "co",
            "--pillar",
            "stability-assistance",
            "--pillar",
            "emergency-response",
            "--date",
            "2024-02",
            "--due",
            "2026",
            "--responsible",
            "Cancillería",
            "--summary",
            "Résumé",
            "--meeting",
            "cam-2023-05-09",
            "--status",
            "in-progress",
            "--note",
            "Lancé.",
            "--source",
            "Décret",
        ],
        &[
            "update",
            "cl-integration",
            "--status",
            "in-progress",
            "--note",
            "Encore.",
            "--date",
            "2024-03-12",
            "--id",
            "mars",
            "--source",
            "Compte rendu",
            "--source-url",
            "https://example.org/cr",
            "--meeting",
            "cam-2023-05-09",
            "--by",
            "observatoire",
        ],
        &[
            "indicator",
            "cl-integration",
            "people",
            "--title",
            "Personnes",
            "--unit",
            "people",
            "--baseline",
            "10",
            "--baseline-date",
            "2022",
            "--target",
            "100.5",
            "--target-date",
            "2030",
        ],
        &[
            "indicator",
            "cl-integration",
            "law",
            "--title",
            "Loi",
            "--qualitative",
        ],
        &[
            "indicator",
            "meetings/cam-2023-05-09",
            "present",
            "--title",
            "Présents",
            "--unit",
            "people",
        ],
        &[
            "value",
            "cl-integration",
            "people",
            "--date",
            "2024-05",
            "--value",
            "12.5",
            "--meeting",
            "cam-2023-05-09",
            "--source",
            "Rapport national",
            "--source-url",
            "https://example.org/rapport",
        ],
        &[
            "value",
            "meetings/cam-2023-05-09",
            "present",
            "--value",
            "40",
        ],
        &[
            "milestone",
            "cl-integration",
            "law",
            "--date",
            "2024",
            "--id",
            "vote",
            "--note",
            "Votée",
            "--meeting",
            "cam-2023-05-09",
            "--source",
            "Journal officiel",
            "--source-url",
            "https://example.org/jo",
        ],
        &[
            "meeting",
            "lima-2024",
            "--title",
            "Lima",
            "--start",
            "2024-11-27",
            "--end",
            "2024-11-28",
            "--place",
            "Lima",
            "--summary",
            "Réunion",
            "--country",
            "cl",
            "--country",
            "co",
        ],
        &[
            "recommendation",
            "cso-2024-12",
            "--title",
            "Publier",
            "--meeting",
            "cam-2023-05-09",
            "--number",
            "12",
            "--theme",
            "Données",
            "--addressed-to",
            "cl",
        ],
        &[
            "recommendation",
            "cso-2024-13",
            "--title",
            "Publier",
            "--document",
            "cso-recommendations-2024",
            "--date",
            "2024-11",
            "--addressed-to",
            "co",
        ],
        &["country", "pe", "--title", "Pérou", "--summary", "Un pays"],
        &[
            "pillar",
            "protection",
            "--title",
            "Protection",
            "--number",
            "3",
            "--summary",
            "Protéger",
        ],
    ];

    /// The kind of the list `name` of a file or table of `kind`.
    fn list_kind(kind: &'static Kind, name: &str) -> &'static Kind {
        let field = kind.fields.iter().find(|f| f.name == name);
        match field.map(|f| f.value) {
            Some(schema::Value::List(inner)) => inner,
            _ => panic!("`[[{name}]]` is no list of a {}", kind.name),
        }
    }

    /// Checks that `written`, the lines `swivi new` wrote in a file of `entry`, name fields
    /// of the schema in its order, table by table; their number.
    fn check_fields(entry: &'static Kind, written: &[&str]) -> usize {
        let mut kind = entry;
        let mut after: Option<usize> = None;
        let mut count = 0;
        for line in written.iter().map(|l| l.trim()) {
            if line.is_empty() || line == "+++" {
                continue;
            }
            if let Some(header) = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
                kind = header.split('.').fold(entry, list_kind);
                after = None;
                continue;
            }
            let (key, value) = line.split_once(" = ").expect("a `key = value` line");
            let fields: Vec<&schema::Field> = kind.front_matter().collect();
            let Some(at) = fields.iter().position(|f| f.name == key) else {
                panic!("`{key}` is no field of a {}", kind.name);
            };
            assert!(
                after.is_none_or(|after| after < at),
                "`{key}` of a {} is out of the schema's order",
                kind.name
            );
            after = Some(at);
            count += 1;
            if let schema::Value::Table(inner) = fields[at].value {
                let table: toml::Table = toml::from_str(&format!("t = {value}")).unwrap();
                for key in table["t"].as_table().unwrap().keys() {
                    assert!(
                        inner.front_matter().any(|f| f.name == key),
                        "`{key}` is no field of a {}",
                        inner.name
                    );
                    count += 1;
                }
            }
        }
        count
    }

    /// The lines of `after` that `before` does not have, where one text was inserted.
    fn inserted<'a>(before: &str, after: &'a str) -> Vec<&'a str> {
        let (old, new): (Vec<&str>, Vec<&str>) =
            (before.lines().collect(), after.lines().collect());
        let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
        let tail = old[head..]
            .iter()
            .rev()
            .zip(new[head..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        new[head..new.len() - tail].to_vec()
    }

    #[test]
    fn every_field_swivi_new_writes_is_the_schema_s_in_its_order() {
        // Every option of every subcommand is given in a run above.
        let cli = Cli::command();
        let new = cli.find_subcommand("new").unwrap();
        for subcommand in new.get_subcommands() {
            let name = subcommand.get_name();
            let runs: Vec<&&[&str]> = RUNS.iter().filter(|run| run[0] == name).collect();
            for option in subcommand.get_arguments().filter_map(|a| a.get_long()) {
                let flag = format!("--{option}");
                assert!(
                    ["--root", "--help"].contains(&flag.as_str())
                        || runs.iter().any(|run| run.contains(&flag.as_str())),
                    "give `swivi new {name} {flag}` in a run"
                );
            }
        }

        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
        for entry in walkdir::WalkDir::new(&fixture) {
            let entry = entry.unwrap();
            let to = root.join(entry.path().strip_prefix(&fixture).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(to).unwrap();
            } else {
                std::fs::copy(entry.path(), to).unwrap();
            }
        }
        let mut diags = Diagnostics::default();
        let config = content::read_site_toml(root, &mut diags)
            .and_then(|file| crate::config::parse(&file, None, &mut diags))
            .unwrap();
        let today = crate::model::Date::parse("2026-01-01").unwrap();
        let mut written = 0;
        for args in RUNS {
            let words = ["swivi", "new"].iter().chain(args.iter());
            let Command::New { what, .. } = Cli::try_parse_from(words).unwrap().command else {
                unreachable!("`swivi new` parses as itself");
            };
            let refs = SiteRefs {
                root,
                config: config.clone(),
            };
            let (path, change) =
                made(&refs, what, today).unwrap_or_else(|e| panic!("{args:?}: {e}"));
            let section = Section::ALL
                .into_iter()
                .find(|s| path.starts_with(format!("content/{}", s.name())))
                .unwrap();
            let text = match &change {
                Change::Create(text) => {
                    let lines: Vec<&str> = text.lines().collect();
                    written += check_fields(schema::of(section), &lines);
                    text
                }
                Change::Replace { text, before, .. } => {
                    written += check_fields(schema::of(section), &inserted(before, text));
                    text
                }
            };
            std::fs::create_dir_all(root.join(&path).parent().unwrap()).unwrap();
            std::fs::write(root.join(&path), text).unwrap();
        }
        // The fields the runs wrote (an inline table's own among them), counted by hand: a
        // check that saw none would pass.
        assert_eq!(written, 75);
    }
}
