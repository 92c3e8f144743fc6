//! A fixture site in a temporary folder, and the `swivi` binary run on it as a user would.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const REPO: &str = env!("CARGO_MANIFEST_DIR");

pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    /// `tests/fixtures/base`: a small valid site in French and Spanish, with the repository's
    /// theme and the Fluent files of its two languages, less the names of the example's other
    /// languages (`check` warns about messages a site never shows).
    pub fn base() -> Fixture {
        let dir = tempfile::tempdir().expect("temporary folder");
        copy_dir(&Path::new(REPO).join("tests/fixtures/base"), dir.path());
        copy_dir(&Path::new(REPO).join("themes"), &dir.path().join("themes"));
        fs::create_dir_all(dir.path().join("i18n")).unwrap();
        for lang in ["fr", "es"] {
            let name = format!("i18n/{lang}.ftl");
            let text = fs::read_to_string(Path::new(REPO).join(&name)).unwrap();
            let kept: String = text
                .lines()
                .filter(|line| {
                    !["language-en ", "language-pt ", "language-ht "]
                        .iter()
                        .any(|l| line.starts_with(l))
                })
                .map(|line| format!("{line}\n"))
                .collect();
            fs::write(dir.path().join(&name), kept).unwrap();
        }
        Fixture { dir }
    }

    /// The base fixture built with `--strict` on the day `epoch` (seconds since 1970), which
    /// is the day of the build and of access.
    pub fn base_built_on(epoch: u64) -> Fixture {
        let site = Fixture::base();
        let run = site.swivi_on(epoch, &["build", "--strict"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        site
    }

    /// The base fixture with its translations marked as made from their originals as they
    /// are (`swivi i18n mark --unrecorded`).
    pub fn base_marked() -> Fixture {
        let site = Fixture::base();
        let run = site.swivi(&["i18n", "mark", "--unrecorded"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        site
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes (or replaces) a file of the site.
    pub fn write(&self, path: &str, text: &str) -> &Self {
        let target = self.root().join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, text).unwrap();
        self
    }

    pub fn remove(&self, path: &str) -> &Self {
        fs::remove_file(self.root().join(path)).unwrap();
        self
    }

    pub fn swivi(&self, args: &[&str]) -> Run {
        run_swivi(self.root(), args)
    }

    /// Runs swivi as if on the day `epoch` seconds after 1970 (`SOURCE_DATE_EPOCH`).
    pub fn swivi_on(&self, epoch: u64, args: &[&str]) -> Run {
        run_with(
            self.root(),
            args,
            &[("SOURCE_DATE_EPOCH", &epoch.to_string())],
        )
    }

    /// How many messages the site's `i18n/<lang>.ftl` defines.
    pub fn message_count(&self, lang: &str) -> usize {
        self.read(&format!("i18n/{lang}.ftl"))
            .lines()
            .filter(|l| l.contains(" = ") && !l.starts_with([' ', '#']))
            .count()
    }

    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn read(&self, path: &str) -> String {
        fs::read_to_string(self.root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run_swivi(dir: &Path, args: &[&str]) -> Run {
    run_with(dir, args, &[])
}

pub fn run_with(dir: &Path, args: &[&str], envs: &[(&str, &str)]) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_swivi"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .envs(envs.iter().copied())
        .output()
        .expect("swivi runs");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir(from) {
        let relative = entry.strip_prefix(from).unwrap();
        let target = to.join(relative);
        if entry.is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::copy(&entry, &target).unwrap();
        }
    }
}

/// Every path under `dir`, sorted, `dir` included.
pub fn walkdir(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.expect("readable").into_path())
        .collect()
}

/// The part of `page` from `start` to the first `end` after it (all of the rest without one).
pub fn part<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in {page}"));
    let rest = &page[from..];
    &rest[..rest.find(end).map_or(rest.len(), |i| i + end.len())]
}

/// Runs git in `dir` as an editor on `date` (git's raw format: seconds and time zone), and
/// returns what it printed.
pub fn git(dir: &Path, date: &str, args: &[&str]) -> String {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=Editor",
            "-c",
            "user.email=editor@example.org",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

pub fn commit_all(dir: &Path, date: &str, message: &str) {
    git(dir, date, &["add", "--all"]);
    git(dir, date, &["commit", "--quiet", "--message", message]);
}

/// A shallow clone (one commit deep) of the site's repository, in `site/` of a new temporary
/// folder, as a CI service that does not fetch the history checks it out.
pub fn shallow_clone(origin: &Fixture) -> tempfile::TempDir {
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", origin.root().display());
    let target = clone.path().join("site");
    git(
        clone.path(),
        "1717228800 +0000",
        &[
            "clone",
            "--quiet",
            "--depth",
            "1",
            &url,
            target.to_str().unwrap(),
        ],
    );
    clone
}
