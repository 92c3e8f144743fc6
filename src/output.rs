//! The only writer: puts the whole site in place at once.
//!
//! The site is written, file by file as the build makes them (so it is never held in memory
//! whole), into a fresh folder beside the output folder, then swapped in by one atomic
//! exchange of the two folders (two renames where the system has no such exchange), so a
//! failed or interrupted build leaves the previous site as it was. The output folder carries a
//! marker file; a folder without it that is not empty is refused, so the
//! build never replaces something it did not create. Nothing outside the output folder and its
//! two working siblings (`.<name>.swivi-new`, `.<name>.swivi-old`) is ever deleted.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::fingerprint;

/// Marks a folder as swivi's output, safe to replace.
pub(crate) const MARKER: &str = ".swivi-output";

/// A file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutputFile {
    /// Relative path with `/` separators, e.g. `fr/countries/cl/index.html`.
    pub(crate) path: String,
    pub(crate) bytes: Vec<u8>,
    html: bool,
}

impl OutputFile {
    pub(crate) fn html(path: String, html: String) -> Self {
        OutputFile {
            path,
            bytes: html.into_bytes(),
            html: true,
        }
    }

    pub(crate) fn other(path: String, bytes: Vec<u8>) -> Self {
        OutputFile {
            path,
            bytes,
            html: false,
        }
    }
}

#[derive(Debug)]
pub(crate) enum WriteError {
    NotOurs(PathBuf),
    BadPath(String),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::NotOurs(dir) => write!(
                f,
                "`{}` is not empty and was not made by swivi, so it will not be replaced; choose another folder with --output, or empty it",
                dir.display()
            ),
            WriteError::BadPath(path) => write!(
                f,
                "refusing to write `{path}`: it would land outside the output folder"
            ),
            WriteError::Io(path, error) => write!(f, "cannot write `{}`: {error}", path.display()),
        }
    }
}

/// Where the build puts its files, one at a time, from any thread.
pub(crate) trait Sink: Sync {
    fn put(&self, file: OutputFile);
}

/// What the build remembers of a file it made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Written {
    pub(crate) path: String,
    pub(crate) size: usize,
    pub(crate) html: bool,
    /// A fingerprint of the bytes.
    pub(crate) hash: u64,
}

/// Passes files on to a sink, remembering each: the service worker's version, the page
/// count and the page weight come from these records, not from the files, which are gone.
pub(crate) struct Ledger<'a> {
    sink: &'a dyn Sink,
    written: Mutex<Vec<Written>>,
}

impl<'a> Ledger<'a> {
    pub(crate) fn new(sink: &'a dyn Sink) -> Self {
        Ledger {
            sink,
            written: Mutex::new(Vec::new()),
        }
    }

    /// What was written so far, in path order.
    pub(crate) fn written(&self) -> Vec<Written> {
        let mut written = self.written.lock().expect("not poisoned").clone();
        written.sort_by(|a, b| a.path.cmp(&b.path));
        written
    }
}

impl Sink for Ledger<'_> {
    fn put(&self, file: OutputFile) {
        let written = Written {
            path: file.path.clone(),
            size: file.bytes.len(),
            html: file.html,
            hash: fingerprint::of_bytes(&file.bytes),
        };
        self.written.lock().expect("not poisoned").push(written);
        self.sink.put(file);
    }
}

/// Keeps the files in memory: `swivi serve` and the tests.
#[derive(Default)]
pub(crate) struct Memory(Mutex<Vec<OutputFile>>);

impl Memory {
    /// The files, in path order.
    pub(crate) fn into_files(self) -> Vec<OutputFile> {
        let mut files = self.0.into_inner().expect("not poisoned");
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }
}

impl Sink for Memory {
    fn put(&self, file: OutputFile) {
        self.0.lock().expect("not poisoned").push(file);
    }
}

/// Forgets the files: for tests that look at what a build made, not at the files.
#[cfg(test)]
pub(crate) struct Discard;

#[cfg(test)]
impl Sink for Discard {
    fn put(&self, _: OutputFile) {}
}

/// The next build of an output folder: files are written, as they are made, into a fresh
/// folder beside it, which [`Staging::finish`] swaps in whole. Dropped unfinished (the build
/// failed), it removes that folder and the output folder stays as it was.
pub(crate) struct Staging {
    out: PathBuf,
    new: PathBuf,
    old: PathBuf,
    /// The first file that could not be written; the others are not tried.
    failed: Mutex<Option<WriteError>>,
    /// The folders made so far: a folder of 10,000 commitments is asked for 10,000 times.
    made: Mutex<HashSet<PathBuf>>,
    finished: bool,
}

impl Staging {
    pub(crate) fn begin(out: &Path) -> Result<Staging, WriteError> {
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".to_owned());
        let new = out.with_file_name(format!(".{name}.swivi-new"));
        let old = out.with_file_name(format!(".{name}.swivi-old"));
        recover_interrupted_swap(out, &old)?;
        check_ours(out)?;
        check_ours(&new)?;
        check_ours(&old)?;
        remove_if_exists(&new)?;
        fs::create_dir_all(&new).map_err(|e| WriteError::Io(new.clone(), e))?;
        fs::write(
            new.join(MARKER),
            b"This folder is written by swivi build and replaced whole at each build.\n",
        )
        .map_err(|e| WriteError::Io(new.join(MARKER), e))?;
        Ok(Staging {
            out: out.to_owned(),
            new,
            old,
            failed: Mutex::new(None),
            made: Mutex::default(),
            finished: false,
        })
    }

    fn write(&self, file: &OutputFile) -> Result<(), WriteError> {
        safe_relative(&file.path)?;
        let target = self.new.join(&file.path);
        if let Some(parent) = target.parent()
            && !self.made.lock().expect("not poisoned").contains(parent)
        {
            fs::create_dir_all(parent).map_err(|e| WriteError::Io(parent.to_path_buf(), e))?;
            self.made
                .lock()
                .expect("not poisoned")
                .insert(parent.to_path_buf());
        }
        fs::write(&target, &file.bytes).map_err(|e| WriteError::Io(target, e))
    }

    /// Puts the new site in place of the previous one, unless a file could not be written.
    /// The previous site is removed while the caller goes on, until the [`Previous`] returned
    /// is dropped.
    pub(crate) fn finish(mut self) -> Result<Previous, WriteError> {
        if let Some(error) = self.failed.lock().expect("not poisoned").take() {
            return Err(error);
        }
        if self.out.exists() && exchange(&self.new, &self.out).is_ok() {
            // One step: a build killed at any moment leaves one site or the other, whole. The
            // previous site is now in `new`; left there, the next build removes it first.
            self.finished = true;
            let previous = self.new.clone();
            let removing = std::thread::spawn(move || {
                let _ = remove_if_exists(&previous);
            });
            return Ok(Previous(Some(removing)));
        }
        if self.out.exists() {
            remove_if_exists(&self.old)?;
            fs::rename(&self.out, &self.old).map_err(|e| WriteError::Io(self.out.clone(), e))?;
        }
        fs::rename(&self.new, &self.out).map_err(|e| WriteError::Io(self.out.clone(), e))?;
        self.finished = true;
        remove_if_exists(&self.old)?;
        Ok(Previous(None))
    }
}

/// The removal of the site a build replaced (at 10,000 commitments, seconds of unlinking
/// 170,000 files), which goes on beside what the caller does next; dropped, it waits for it.
pub(crate) struct Previous(Option<std::thread::JoinHandle<()>>);

impl Drop for Previous {
    fn drop(&mut self) {
        if let Some(removing) = self.0.take() {
            let _ = removing.join();
        }
    }
}

impl Sink for Staging {
    fn put(&self, file: OutputFile) {
        if self.failed.lock().expect("not poisoned").is_some() {
            return;
        }
        if let Err(error) = self.write(&file) {
            self.failed
                .lock()
                .expect("not poisoned")
                .get_or_insert(error);
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = remove_if_exists(&self.new);
        }
    }
}

/// Swaps two folders in one step (Linux's `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

/// Elsewhere the swap takes two renames, and a build stopped between them is recovered by
/// the next one ([`recover_interrupted_swap`]).
#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

/// The bytes of a file of the site built into `out`.
pub(crate) fn read_back(out: &Path, path: &str) -> Option<Vec<u8>> {
    safe_relative(path).ok()?;
    fs::read(out.join(path)).ok()
}

/// A build stopped between the two renames leaves the previous site in `old`: put it back.
fn recover_interrupted_swap(out: &Path, old: &Path) -> Result<(), WriteError> {
    if !out.exists() && old.join(MARKER).exists() {
        fs::rename(old, out).map_err(|e| WriteError::Io(out.to_path_buf(), e))?;
    }
    Ok(())
}

fn check_ours(dir: &Path) -> Result<(), WriteError> {
    if !dir.exists() || dir.join(MARKER).exists() {
        return Ok(());
    }
    let empty = dir.is_dir()
        && fs::read_dir(dir)
            .map_err(|e| WriteError::Io(dir.to_path_buf(), e))?
            .next()
            .is_none();
    if empty {
        Ok(())
    } else {
        Err(WriteError::NotOurs(dir.to_path_buf()))
    }
}

/// Removes one of swivi's folders, its marker last: a removal cut short leaves a folder that
/// is marked or empty, never one the next build would refuse as not its own.
fn remove_if_exists(dir: &Path) -> Result<(), WriteError> {
    let failed_at = |path: &Path| {
        let path = path.to_path_buf();
        move |e| WriteError::Io(path, e)
    };
    let entries = match fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        other => other.map_err(failed_at(dir))?,
    };
    for entry in entries {
        let entry = entry.map_err(failed_at(dir))?;
        let path = entry.path();
        if entry.file_name() == MARKER {
            continue;
        }
        if entry.file_type().map_err(failed_at(&path))?.is_dir() {
            fs::remove_dir_all(&path).map_err(failed_at(&path))?;
        } else {
            fs::remove_file(&path).map_err(failed_at(&path))?;
        }
    }
    match fs::remove_file(dir.join(MARKER)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(failed_at(dir)(e)),
        _ => {}
    }
    fs::remove_dir(dir).map_err(failed_at(dir))
}

fn safe_relative(path: &str) -> Result<(), WriteError> {
    let ok = !path.is_empty()
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if ok {
        Ok(())
    } else {
        Err(WriteError::BadPath(path.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile::other(path.to_owned(), text.as_bytes().to_vec())
    }

    fn write(out: &Path, files: &[OutputFile]) -> Result<(), WriteError> {
        let staging = Staging::begin(out)?;
        for file in files {
            staging.put(file.clone());
        }
        staging.finish().map(drop)
    }

    fn names(dir: &Path) -> Vec<std::ffi::OsString> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect()
    }

    #[test]
    fn replaces_the_previous_build_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[file("a/index.html", "one"), file("old.txt", "x")]).unwrap();
        write(&out, &[file("a/index.html", "two")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "two");
        assert!(!out.join("old.txt").exists());
        assert_eq!(names(dir.path()), ["public"]);
    }

    #[test]
    fn an_unfinished_build_leaves_the_previous_one() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[file("index.html", "one")]).unwrap();
        let staging = Staging::begin(&out).unwrap();
        staging.put(file("index.html", "two"));
        drop(staging);
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "one");
        assert_eq!(names(dir.path()), ["public"]);
    }

    #[test]
    fn refuses_a_folder_it_did_not_make() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("docs");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("thesis.txt"), "precious").unwrap();
        let error = write(&out, &[file("index.html", "x")]).unwrap_err();
        assert!(matches!(error, WriteError::NotOurs(_)));
        assert_eq!(
            fs::read_to_string(out.join("thesis.txt")).unwrap(),
            "precious"
        );
    }

    #[test]
    fn refuses_paths_that_climb_out() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let error = write(&out, &[file("../evil", "x")]).unwrap_err();
        assert!(matches!(error, WriteError::BadPath(_)));
        assert!(!dir.path().join("evil").exists());
        assert!(!out.exists());
    }
}
