//! When each content file last changed, read from the site's git history.
//!
//! Git history is part of reading the site, so it is read here, once per build: one
//! `git log` over `content/` for the whole site, newest commit first, gives the last commit
//! that touched each file; one `git status` gives the files whose working copy is not
//! committed yet. The `git` program is run as editors run it; no library is linked in.
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
    /// Seconds since 1970 (UTC) of the last commit that touched each file.
    committed: HashMap<PathBuf, i64>,
    /// Files whose working copy differs from the last commit, or that were never committed.
    uncommitted: HashSet<PathBuf>,
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
            "--format=%ct",
            "-z",
            "--name-only",
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
    Some(History {
        committed: parse_log(&log),
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
        "this checkout is a shallow clone, so the history of the content files is incomplete; pages say when they last changed only where their content gives a date",
    )
    .help("fetch the whole history with `git fetch --unshallow` (in a GitHub workflow, give actions/checkout `fetch-depth: 0`), or set `dates_from_git = false` in site.toml")
}

fn unreadable(message: &str) -> Diagnostic {
    let first = message.lines().next().unwrap_or_default();
    Diagnostic::warning(format!(
        "cannot read the git history of the content files ({first}); pages say when they last changed only where their content gives a date"
    ))
    .help("run `git status` in the site's folder to see what git needs, or set `dates_from_git = false` in site.toml")
}

/// The last commit date of each file in the output of
/// `git log --format=%ct -z --name-only`, newest commit first: each commit is its committer
/// date (seconds since 1970) followed by the paths it touched, all separated by NUL bytes,
/// with a newline before the first path. A path relative to the site root always has a `/`
/// (`content/…`), so a field of digits alone is a date.
fn parse_log(log: &str) -> HashMap<PathBuf, i64> {
    let mut committed = HashMap::new();
    let mut date = None;
    for field in log.split('\0') {
        let field = field.trim_start_matches('\n');
        if field.is_empty() {
            continue;
        }
        if field.bytes().all(|b| b.is_ascii_digit()) {
            date = field.parse().ok();
        } else if let Some(date) = date {
            // The newest commit comes first: a path keeps the first date it is seen with.
            committed.entry(PathBuf::from(field)).or_insert(date);
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

    #[test]
    fn a_file_takes_the_date_of_the_newest_commit_that_touched_it() {
        let log = "1700000300\0\ncontent/countries/cl.es.md\0content/pages/é.md\0\
                   1700000200\0\ncontent/countries/cl.md\0content/countries/cl.es.md\0\
                   1700000100\0\ncontent/countries/cl.md\0";
        let committed = parse_log(log);
        let date = |path: &str| committed.get(Path::new(path)).copied();
        assert_eq!(date("content/countries/cl.es.md"), Some(1_700_000_300));
        assert_eq!(date("content/countries/cl.md"), Some(1_700_000_200));
        assert_eq!(date("content/pages/é.md"), Some(1_700_000_300));
        assert_eq!(committed.len(), 3);
        assert!(parse_log("").is_empty());
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
