//! The build cache: what the build's costly steps made (a page's HTML from its view, a share
//! image from its drawing, a part of an offline copy deflated from its pages, a language's
//! search index from its records), kept between builds in the site's `.swivi-cache/`, so a
//! rebuild makes again only what its inputs changed.
//!
//! A page is kept under its whole view, except a commitment's page and card and a country's
//! report, which are kept under what their views are made from (`render::EntryKeys`): a
//! rebuild does not make the views of the commitments that did not change. The open data's
//! zip, like the offline copies, is kept in parts under the files each part holds.
//!
//! Invariants, which make the cache never wrong rather than usually right:
//! - a result is kept under a [`Key`], the 128-bit hash of everything it is made from, begun
//!   by [`Key::of`] with the build of swivi that made it (its version and its executable's
//!   size and date), so a new swivi never reads an older one's results;
//! - the steps that use it are pure: the same inputs make the same bytes, which the build
//!   checks by comparing a cached build with a clean one (`tests/cache.rs`);
//! - a kept result carries the checksum of its bytes, and one that does not match (a build
//!   killed while writing, a disk error) is not found: it is made again;
//! - results are written under a temporary name and renamed into place, so two builds that
//!   share a cache never read each other's half-written files;
//! - after a build that succeeded, what it did not use is removed, so the cache holds about
//!   one build's worth. A cache that cannot be written only makes the next build slower.
//!
//! This module alone reads and writes the cache's folder; the steps see a [`Memo`].

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use xxhash_rust::xxh3::{Xxh3, xxh3_64};

/// The cache's folder in a site, which git ignores and the deploy keeps between builds.
pub(crate) const FOLDER: &str = ".swivi-cache";

/// The hash of everything a result is made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Key(u128);

/// A [`Key`] being made: each part is hashed with its length, so two different lists of
/// parts never run together into the same bytes.
pub(crate) struct KeyBuilder(Xxh3);

impl Key {
    /// The key of a result of the step named `step`, made by this build of swivi, from the
    /// parts given next.
    pub(crate) fn of(step: &str) -> KeyBuilder {
        KeyBuilder(Xxh3::new())
            .part(&this_swivi().unwrap_or_default().to_le_bytes())
            .part(step.as_bytes())
    }

    /// The key, to be a part of another.
    pub(crate) fn bytes(self) -> [u8; 16] {
        self.0.to_le_bytes()
    }

    fn file_name(self) -> String {
        format!("{:032x}", self.0)
    }
}

impl KeyBuilder {
    pub(crate) fn part(mut self, bytes: &[u8]) -> KeyBuilder {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// `value` as JSON, as a part.
    pub(crate) fn serialized(mut self, value: &impl serde::Serialize) -> KeyBuilder {
        let mut json = Hashing(Xxh3::new());
        serde_json::to_writer(&mut json, value).expect("a view serialises into a hash");
        self.0.update(&json.0.digest128().to_le_bytes());
        self
    }

    /// `value` as `{:?}` writes it, as a part: for the model, which has no other written
    /// form, and whose `Debug` shows every field (its maps are ordered).
    pub(crate) fn debugged(mut self, value: &impl std::fmt::Debug) -> KeyBuilder {
        let mut text = Hashing(Xxh3::new());
        std::fmt::Write::write_fmt(&mut text, format_args!("{value:?}"))
            .expect("writing into a hash does not fail");
        self.0.update(&text.0.digest128().to_le_bytes());
        self
    }

    pub(crate) fn key(self) -> Key {
        Key(self.0.digest128())
    }
}

/// Hashes what is written to it.
struct Hashing(Xxh3);

impl std::fmt::Write for Hashing {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.0.update(text.as_bytes());
        Ok(())
    }
}

impl Write for Hashing {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// This build of swivi: its version, and its executable's size and date, which any other
/// build (a new release, a change compiled from source) changes; `None` when the executable
/// cannot be found, and then nothing is cached.
fn this_swivi() -> Option<u128> {
    static THIS: OnceLock<Option<u128>> = OnceLock::new();
    *THIS.get_or_init(|| {
        let executable = fs::metadata(std::env::current_exe().ok()?).ok()?;
        let made = executable
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        let mut hash = Xxh3::new();
        hash.update(env!("CARGO_PKG_VERSION").as_bytes());
        hash.update(&executable.len().to_le_bytes());
        hash.update(&made.as_nanos().to_le_bytes());
        Some(hash.digest128())
    })
}

/// Where results are kept, and which of them this build used.
pub(crate) struct Memo {
    store: Store,
    used: Mutex<HashSet<Key>>,
    /// How many results were found, and how many were made and handed to [`Memo::put`].
    found: AtomicUsize,
    made: AtomicUsize,
}

/// How much of a build the cache saved: results found, of all it looked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Reuse {
    pub(crate) found: usize,
    pub(crate) looked_for: usize,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let store = match &self.store {
            Store::Off => "off",
            Store::Reading(_) => "reading",
            Store::Keeping(_) => "keeping",
            #[cfg(test)]
            Store::Memory(_) => "in memory",
        };
        f.debug_struct("Memo")
            .field("store", &store)
            .finish_non_exhaustive()
    }
}

enum Store {
    /// No cache: everything is made.
    Off,
    /// Results are read from this folder but none is written: `swivi check`.
    Reading(PathBuf),
    /// Results are read from and written to this folder: `swivi build`.
    Keeping(PathBuf),
    /// In memory, for tests.
    #[cfg(test)]
    Memory(Mutex<std::collections::HashMap<Key, Vec<u8>>>),
}

impl Memo {
    /// No cache.
    pub(crate) fn off() -> Memo {
        Memo::with(Store::Off)
    }

    /// The cache of the site at `root`, read and written.
    pub(crate) fn keeping(root: &Path) -> Memo {
        Memo::with(Store::Keeping(root.join(FOLDER)))
    }

    /// The cache of the site at `root`, read only; none when the site has no cache folder.
    pub(crate) fn reading(root: &Path) -> Memo {
        let dir = root.join(FOLDER);
        match dir.is_dir() {
            true => Memo::with(Store::Reading(dir)),
            false => Memo::off(),
        }
    }

    #[cfg(test)]
    pub(crate) fn in_memory() -> Memo {
        Memo::with(Store::Memory(Mutex::default()))
    }

    fn with(store: Store) -> Memo {
        let store = match store {
            Store::Reading(_) | Store::Keeping(_) if this_swivi().is_none() => Store::Off,
            store => store,
        };
        Memo {
            store,
            used: Mutex::default(),
            found: AtomicUsize::new(0),
            made: AtomicUsize::new(0),
        }
    }

    /// The result kept under `key`, or the one `make` makes, then kept (unless `keep` says,
    /// once it is made, that it must not be: it was made with an error noted elsewhere).
    /// `key` is made only when there is a cache to look in: hashing a page's view is a tenth
    /// of the work of rendering it.
    pub(crate) fn get_or_make<E>(
        &self,
        key: impl FnOnce() -> Key,
        make: impl FnOnce() -> Result<Vec<u8>, E>,
        keep: impl FnOnce() -> bool,
    ) -> Result<Vec<u8>, E> {
        if matches!(self.store, Store::Off) {
            self.made.fetch_add(1, Ordering::Relaxed);
            return make();
        }
        let key = key();
        if let Some(kept) = self.get(key) {
            return Ok(kept);
        }
        let made = make()?;
        if keep() {
            self.put(key, &made);
        }
        Ok(made)
    }

    /// The result kept under `key`.
    pub(crate) fn get(&self, key: Key) -> Option<Vec<u8>> {
        let kept = match &self.store {
            Store::Off => return None,
            Store::Reading(dir) | Store::Keeping(dir) => read(&path_of(dir, key))?,
            #[cfg(test)]
            Store::Memory(map) => lock(map).get(&key)?.clone(),
        };
        lock(&self.used).insert(key);
        self.found.fetch_add(1, Ordering::Relaxed);
        Some(kept)
    }

    /// Keeps `bytes` under `key`.
    pub(crate) fn put(&self, key: Key, bytes: &[u8]) {
        self.made.fetch_add(1, Ordering::Relaxed);
        match &self.store {
            Store::Off | Store::Reading(_) => return,
            // Not written is only slower next time: the build goes on.
            Store::Keeping(dir) => {
                let _ = write(&path_of(dir, key), bytes);
            }
            #[cfg(test)]
            Store::Memory(map) => {
                lock(map).insert(key, bytes.to_vec());
            }
        }
        lock(&self.used).insert(key);
    }

    /// After a build that succeeded: removes what it did not use; how much it found.
    pub(crate) fn prune(self) -> Reuse {
        let found = self.found.into_inner();
        let reuse = Reuse {
            found,
            looked_for: found + self.made.into_inner(),
        };
        let used = self.used.into_inner().unwrap_or_else(|e| e.into_inner());
        match self.store {
            Store::Off | Store::Reading(_) => {}
            Store::Keeping(dir) => remove_unused(&dir, &used),
            #[cfg(test)]
            Store::Memory(map) => map
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .retain(|key, _| used.contains(key)),
        }
        reuse
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// Where `key`'s result is kept: in one of 256 folders, by its first two digits.
fn path_of(dir: &Path, key: Key) -> PathBuf {
    let name = key.file_name();
    dir.join(&name[..2]).join(name)
}

/// The bytes kept at `path`, when the checksum before them matches them.
fn read(path: &Path) -> Option<Vec<u8>> {
    let mut kept = fs::read(path).ok()?;
    let sum = u64::from_le_bytes(kept.get(..8)?.try_into().ok()?);
    if xxh3_64(&kept[8..]) != sum {
        return None;
    }
    kept.drain(..8);
    Some(kept)
}

/// Keeps `bytes` at `path`, after their checksum, written under another name first.
fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    static WRITING: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().expect("a kept result is in a folder");
    fs::create_dir_all(dir)?;
    let temporary = dir.join(format!(
        ".{}-{}.tmp",
        std::process::id(),
        WRITING.fetch_add(1, Ordering::Relaxed)
    ));
    let mut file = fs::File::create(&temporary)?;
    file.write_all(&xxh3_64(bytes).to_le_bytes())?;
    file.write_all(bytes)?;
    drop(file);
    fs::rename(&temporary, path).inspect_err(|_| {
        let _ = fs::remove_file(&temporary);
    })
}

/// Removes from `dir` the results not in `used`, and what killed builds left half-written.
fn remove_unused(dir: &Path, used: &HashSet<Key>) {
    let used: HashSet<String> = used.iter().map(|key| key.file_name()).collect();
    let Ok(folders) = fs::read_dir(dir) else {
        return;
    };
    for folder in folders.flatten() {
        let Ok(files) = fs::read_dir(folder.path()) else {
            continue;
        };
        for file in files.flatten() {
            let name = file.file_name();
            let name = name.to_string_lossy();
            let ours = name.starts_with(&format!(".{}-", std::process::id()));
            let other_build_writing = name.ends_with(".tmp") && !ours && is_recent(&file);
            if !used.contains(name.as_ref()) && !other_build_writing {
                let _ = fs::remove_file(file.path());
            }
        }
    }
}

/// Whether `file` was written in the last hour: a build may still be writing it.
fn is_recent(file: &fs::DirEntry) -> bool {
    file.metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age.as_secs() < 3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> Key {
        Key::of("test").part(&[n]).key()
    }

    #[test]
    fn parts_are_hashed_apart() {
        let ab_c = Key::of("s").part(b"ab").part(b"c").key();
        let a_bc = Key::of("s").part(b"a").part(b"bc").key();
        assert_ne!(ab_c, a_bc);
        assert_ne!(Key::of("s").key(), Key::of("t").key());
        assert_eq!(ab_c, Key::of("s").part(b"ab").part(b"c").key());
    }

    #[test]
    fn a_kept_result_is_found_and_a_damaged_one_is_not() {
        let root = tempfile::tempdir().unwrap();
        let memo = Memo::keeping(root.path());
        memo.put(key(1), b"made once");
        memo.put(key(2), b"damaged");
        assert_eq!(memo.get(key(1)).as_deref(), Some(&b"made once"[..]));
        let damaged = path_of(&root.path().join(FOLDER), key(2));
        let mut bytes = fs::read(&damaged).unwrap();
        bytes.truncate(bytes.len() - 1);
        fs::write(&damaged, bytes).unwrap();
        assert_eq!(memo.get(key(2)), None);
        assert_eq!(Memo::reading(root.path()).get(key(3)), None);
    }

    #[test]
    fn what_a_build_did_not_use_is_removed_after_it() {
        let root = tempfile::tempdir().unwrap();
        let first = Memo::keeping(root.path());
        first.put(key(1), b"one");
        first.put(key(2), b"two");
        first.prune();
        let second = Memo::keeping(root.path());
        assert!(second.get(key(2)).is_some());
        second.prune();
        let third = Memo::keeping(root.path());
        assert_eq!(third.get(key(1)), None, "unused by the second build");
        assert!(third.get(key(2)).is_some());
    }

    #[test]
    fn checking_reads_the_cache_and_writes_nothing() {
        let root = tempfile::tempdir().unwrap();
        let keeping = Memo::keeping(root.path());
        keeping.put(key(1), b"one");
        keeping.prune();
        let reading = Memo::reading(root.path());
        assert_eq!(reading.get(key(1)).as_deref(), Some(&b"one"[..]));
        reading.put(key(2), b"two");
        reading.prune();
        assert_eq!(Memo::keeping(root.path()).get(key(2)), None);
    }

    #[test]
    fn without_a_cache_to_look_in_no_key_is_made() {
        let root = tempfile::tempdir().unwrap();
        for memo in [Memo::off(), Memo::reading(root.path())] {
            let made: Result<_, ()> = memo.get_or_make(
                || unreachable!("a key made for no cache"),
                || Ok(b"x".to_vec()),
                || true,
            );
            assert_eq!(made, Ok(b"x".to_vec()));
        }
        assert!(!root.path().join(FOLDER).exists());
    }

    #[test]
    fn a_result_made_with_an_error_noted_elsewhere_is_not_kept() {
        let memo = Memo::in_memory();
        let made: Result<_, ()> = memo.get_or_make(|| key(1), || Ok(b"x".to_vec()), || false);
        assert_eq!(made, Ok(b"x".to_vec()));
        assert_eq!(memo.get(key(1)), None);
        let failed: Result<Vec<u8>, &str> = memo.get_or_make(|| key(1), || Err("no"), || true);
        assert_eq!(failed, Err("no"));
        assert_eq!(memo.get(key(1)), None);
    }
}
