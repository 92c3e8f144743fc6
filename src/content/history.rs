//! The site's git history of its content: each commit that changed a content file, and so
//! when each file last changed.
//!
//! Git history is part of reading the site, so it is read here, once per build: one
//! `git log` over `content/` for the whole site, newest commit first, gives every commit that
//! touched a content file (its id, date, message and the files it added, changed or deleted),
//! and so the last commit that touched each file; one `git status` gives the files whose
//! working copy is not committed yet. The `git` program is run as editors run it; no library
//! is linked in.
//!
//! What a date means, decided here and documented in docs/content.md:
//! - a committed file changed on the *committer* date of the last commit that touched it, on
//!   the first-parent line of the checked-out branch (so a merged branch's files changed when
//!   the merge landed), as a day in UTC, like the build's own day;
//! - a file with changes not committed yet (modified, staged or new) changed on the day of the
//!   build, which is what the page will say once the change is committed that day;
//! - a file git ignores, and every file when there is no history to read, has no date here:
//!   the model falls back to the dates the content gives.
//!
//! No history: the site is not in a git checkout, or git is not installed (said nothing, as
//! for any folder of files); `dates_from_git = false` in site.toml; or the checkout is a
//! shallow clone, whose oldest commit would seem to have added every file it holds (a
//! warning then says how to fetch the whole history). Any other failure of git is a warning
//! too, with git's own message, and the build goes on.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::diag::{Diagnostic, Diagnostics};

/// The folder whose history is read, relative to the site root.
const CONTENT: &str = "content";

/// The history of the content files, by path relative to the site root (`content/…`).
#[derive(Debug, Clone, Default)]
pub(crate) struct History {
    /// Every commit that touched a content file, newest first.
    commits: Vec<Commit>,
    /// Seconds since 1970 (UTC) of the last commit that touched each file.
    committed: HashMap<PathBuf, i64>,
    /// Files whose working copy differs from the last commit, or that were never committed.
    uncommitted: HashSet<PathBuf>,
}

/// A commit that touched content files, on the first-parent line of the checked-out branch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Commit {
    /// Its full hash.
    pub(crate) id: String,
    /// Its committer date, in seconds since 1970 (UTC).
    pub(crate) time: i64,
    /// The first line of its message.
    pub(crate) subject: String,
    /// The rest of its message, without the blank lines around it.
    pub(crate) body: String,
    /// The content files it added, changed or deleted, relative to the site root, in git's
    /// order.
    pub(crate) files: Vec<(PathBuf, FileChange)>,
}

/// What a commit did to a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileChange {
    Added,
    Modified,
    Deleted,
}

/// When a file last changed, as git knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    /// At this many seconds after 1970 (UTC), the committer date of its last commit.
    Committed(i64),
    /// Its changes are not committed yet.
    Uncommitted,
}

impl History {
    /// When the file at `path` (relative to the site root) last changed; `None` when git does
    /// not track it.
    pub(crate) fn change(&self, path: &Path) -> Option<Change> {
        if self.uncommitted.contains(path) {
            return Some(Change::Uncommitted);
        }
        self.committed.get(path).copied().map(Change::Committed)
    }

    /// Every commit that touched a content file, newest first.
    pub(crate) fn commits(&self) -> &[Commit] {
        &self.commits
    }
}

/// The history of the content of the site under `root`, or `None` where there is none to
/// read (see the module's documentation); warns in `diags` when it should be there and is not.
pub(crate) fn read(root: &Path, diags: &mut Diagnostics) -> Option<History> {
    // `--show-prefix`: where the site root is in the repository, which `git status` needs.
    let about = match git(
        root,
        &["rev-parse", "--is-shallow-repository", "--show-prefix"],
    ) {
        Ok(about) => about,
        Err(Failure::NoGit | Failure::NotARepository) => return None,
        Err(Failure::Other(message)) => {
            diags.push(unreadable(&message));
            return None;
        }
    };
    let mut lines = about.lines();
    if lines.next() == Some("true") {
        diags.push(shallow());
        return None;
    }
    let prefix = lines.next().unwrap_or_default();
    let log = match git(
        root,
        &[
            "-c",
            "log.showSignature=false",
            "log",
            "--first-parent",
            "-m",
            "--relative",
            "--no-renames",
            // Fields a message cannot hold part them: 0x01 begins a commit, 0x1f ends a field.
            "--format=%x01%H%x1f%ct%x1f%s%x1f%b",
            "-z",
            "--name-status",
            "--",
            CONTENT,
        ],
    ) {
        Ok(log) => log,
        // A repository without a commit yet: every file is new.
        Err(Failure::Other(message)) if message.contains("does not have any commits") => {
            String::new()
        }
        Err(Failure::NoGit | Failure::NotARepository) => return None,
        Err(Failure::Other(message)) => {
            diags.push(unreadable(&message));
            return None;
        }
    };
    let status = match git(
        root,
        &[
            "status",
            "--porcelain=v1",
            "-z",
            "--untracked-files=all",
            "--no-renames",
            "--",
            CONTENT,
        ],
    ) {
        Ok(status) => status,
        Err(Failure::NoGit | Failure::NotARepository) => return None,
        Err(Failure::Other(message)) => {
            diags.push(unreadable(&message));
            return None;
        }
    };
    let commits = parse_log(&log);
    Some(History {
        committed: last_changes(&commits),
        commits,
        uncommitted: parse_status(&status, prefix),
    })
}

/// Why git gave no answer.
enum Failure {
    /// There is no `git` program to run.
    NoGit,
    /// The site is not in a git checkout.
    NotARepository,
    /// Git's own message.
    Other(String),
}

/// Runs git in `root` and returns what it printed, in English so that its failures can be
/// told apart; without taking locks that an editor's own git commands would wait for.
fn git(root: &Path, args: &[&str]) -> Result<String, Failure> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .env("LC_ALL", "C")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .output();
    match output {
        Ok(Output { status, stdout, .. }) if status.success() => {
            Ok(String::from_utf8_lossy(&stdout).into_owned())
        }
        Ok(Output { stderr, .. }) => {
            let message = String::from_utf8_lossy(&stderr).trim().to_owned();
            if message.contains("not a git repository") {
                Err(Failure::NotARepository)
            } else {
                Err(Failure::Other(message))
            }
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Err(Failure::NoGit),
        Err(error) => Err(Failure::Other(error.to_string())),
    }
}

fn shallow() -> Diagnostic {
    Diagnostic::warning(
        "this checkout is a shallow clone, so the history of the content files is incomplete; pages say when they last changed only where their content gives a date, and the record of changes is left out",
    )
    .help("fetch the whole history with `git fetch --unshallow` (in a GitHub workflow, give actions/checkout `fetch-depth: 0`), or set `dates_from_git = false` in site.toml")
}

fn unreadable(message: &str) -> Diagnostic {
    let first = message.lines().next().unwrap_or_default();
    Diagnostic::warning(format!(
        "cannot read the git history of the content files ({first}); pages say when they last changed only where their content gives a date, and the record of changes is left out"
    ))
    .help("run `git status` in the site's folder to see what git needs, or set `dates_from_git = false` in site.toml")
}

/// The commits in the output of `git log --format=%x01%H%x1f%ct%x1f%s%x1f%b -z
/// --name-status`, newest first: each commit begins with 0x01, its fields are parted by 0x1f
/// up to a NUL byte, then come a newline and its files, each a status letter and a path, all
/// parted by NUL bytes. A commit that cannot be read this way (a message holding those bytes)
/// is left out rather than misread.
fn parse_log(log: &str) -> Vec<Commit> {
    log.split('\x01').filter_map(parse_commit).collect()
}

fn parse_commit(record: &str) -> Option<Commit> {
    let (header, files) = record.split_once('\0')?;
    let mut fields = header.splitn(4, '\x1f');
    let (id, time, subject, body) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    let mut files = files.trim_start_matches('\n').split('\0');
    let mut changed = Vec::new();
    while let (Some(status), Some(path)) = (files.next(), files.next()) {
        let change = match status.chars().next()? {
            'A' => FileChange::Added,
            'D' => FileChange::Deleted,
            _ => FileChange::Modified,
        };
        changed.push((PathBuf::from(path), change));
    }
    Some(Commit {
        id: id.to_owned(),
        time: time.parse().ok()?,
        subject: subject.to_owned(),
        body: body.trim().to_owned(),
        files: changed,
    })
}

/// The date of the newest commit that touched each file, of `commits` newest first.
fn last_changes(commits: &[Commit]) -> HashMap<PathBuf, i64> {
    let mut committed = HashMap::new();
    for commit in commits {
        for (path, _) in &commit.files {
            committed.entry(path.clone()).or_insert(commit.time);
        }
    }
    committed
}

/// The paths of `git status --porcelain=v1 -z` output, which are relative to the top of the
/// repository, made relative to the site root, which is at `prefix` in it (`site/`, or empty).
fn parse_status(status: &str, prefix: &str) -> HashSet<PathBuf> {
    status
        .split('\0')
        .filter_map(|entry| entry.get(3..))
        .filter_map(|path| path.strip_prefix(prefix))
        .map(PathBuf::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A commit as `git log` writes it for [`read`].
    fn logged(id: &str, time: i64, subject: &str, body: &str, files: &[(&str, &str)]) -> String {
        let files: String = files.iter().map(|(s, p)| format!("{s}\0{p}\0")).collect();
        format!("\x01{id}\x1f{time}\x1f{subject}\x1f{body}\0\n{files}")
    }

    #[test]
    fn a_file_takes_the_date_of_the_newest_commit_that_touched_it() {
        let log = [
            logged(
                "c3",
                1_700_000_300,
                "Chile",
                "",
                &[
                    ("M", "content/countries/cl.es.md"),
                    ("A", "content/pages/é.md"),
                ],
            ),
            logged(
                "c2",
                1_700_000_200,
                "Both",
                "",
                &[
                    ("M", "content/countries/cl.md"),
                    ("A", "content/countries/cl.es.md"),
                ],
            ),
            logged(
                "c1",
                1_700_000_100,
                "First",
                "",
                &[("A", "content/countries/cl.md")],
            ),
        ]
        .concat();
        let committed = last_changes(&parse_log(&log));
        let date = |path: &str| committed.get(Path::new(path)).copied();
        assert_eq!(date("content/countries/cl.es.md"), Some(1_700_000_300));
        assert_eq!(date("content/countries/cl.md"), Some(1_700_000_200));
        assert_eq!(date("content/pages/é.md"), Some(1_700_000_300));
        assert_eq!(committed.len(), 3);
        assert!(parse_log("").is_empty());
    }

    #[test]
    fn a_commit_keeps_its_message_and_what_it_did_to_each_file() {
        let log = logged(
            "2975b2e",
            1_796_605_456,
            "The allocation is completed",
            "\nThe source says it was made.\n\nSee seed 003.\n",
            &[
                ("M", "content/commitments/us.md"),
                ("D", "content/countries/xx.md"),
                ("T", "content/pages/a.md"),
            ],
        );
        assert_eq!(
            parse_log(&log),
            [Commit {
                id: "2975b2e".to_owned(),
                time: 1_796_605_456,
                subject: "The allocation is completed".to_owned(),
                body: "The source says it was made.\n\nSee seed 003.".to_owned(),
                files: vec![
                    ("content/commitments/us.md".into(), FileChange::Modified),
                    ("content/countries/xx.md".into(), FileChange::Deleted),
                    ("content/pages/a.md".into(), FileChange::Modified),
                ],
            }]
        );
    }

    #[test]
    fn uncommitted_paths_are_made_relative_to_the_site_root() {
        let status = " M site/content/pages/é.md\0?? site/content/countries/pe.md\0A  site/content/countries/uy.md\0";
        let uncommitted = parse_status(status, "site/");
        for path in [
            "content/pages/é.md",
            "content/countries/pe.md",
            "content/countries/uy.md",
        ] {
            assert!(uncommitted.contains(Path::new(path)), "{path}");
        }
        assert_eq!(uncommitted.len(), 3);
        assert!(
            parse_status(" M content/countries/cl.md\0", "")
                .contains(Path::new("content/countries/cl.md"))
        );
    }

    #[test]
    fn an_uncommitted_change_is_newer_than_any_commit() {
        let history = History {
            commits: Vec::new(),
            committed: [(PathBuf::from("content/countries/cl.md"), 1_700_000_000)].into(),
            uncommitted: [PathBuf::from("content/countries/cl.md")].into(),
        };
        assert_eq!(
            history.change(Path::new("content/countries/cl.md")),
            Some(Change::Uncommitted)
        );
        assert_eq!(history.change(Path::new("content/countries/pe.md")), None);
    }
}
