//! Offline reading: the service worker and the page script that registers it.
//!
//! The worker precaches each language's home and offline page and the stylesheet, keeps every
//! page a reader opens, and answers from those copies without a connection. Its cache names
//! carry a version computed from every other file of the build, so a new build replaces the
//! caches of the old one, and the same content gives the same worker, byte for byte.

use crate::fingerprint::Fnv;
use crate::model::Site;
use crate::output::OutputFile;
use crate::render::PageId;

/// The page script, at the root of the site.
pub(crate) const PAGE_SCRIPT: &str = "swivi.js";
/// The service worker, at the root of the site so that it controls every page.
pub(crate) const WORKER: &str = "sw.js";

const WORKER_SOURCE: &str = include_str!("sw.js");
const PAGE_SOURCE: &str = include_str!("page.js");

/// The worker and the page script for a build whose other files are `files`.
pub(crate) fn files(site: &Site, files: &[OutputFile]) -> Vec<OutputFile> {
    let base = site.config.base_path();
    let offline_path = |lang: &str| format!("{base}{lang}/{}", PageId::Offline.path(site));
    let mut precache = vec![
        format!("{base}style.css"),
        format!("{base}favicon.svg"),
        format!("{base}{PAGE_SCRIPT}"),
    ];
    let mut offline = serde_json::Map::new();
    for language in &site.config.languages {
        precache.push(format!("{base}{}/", language.code));
        precache.push(offline_path(&language.code));
        offline.insert(language.code.clone(), offline_path(&language.code).into());
    }
    let page = OutputFile::other(PAGE_SCRIPT.to_owned(), PAGE_SOURCE.as_bytes().to_vec());
    // The worker's own code counts too, so a new worker never reuses an older one's caches.
    let source = OutputFile::other(WORKER.to_owned(), WORKER_SOURCE.as_bytes().to_vec());
    let version = version(files.iter().chain([&page, &source]));
    let worker = WORKER_SOURCE
        .replace("__VERSION__", &version)
        .replace("__BASE__", base)
        .replace(
            "__PRECACHE__",
            &serde_json::to_string(&precache).expect("strings serialise"),
        )
        .replace(
            "__OFFLINE__",
            &serde_json::to_string(&offline).expect("strings serialise"),
        );
    vec![
        page,
        OutputFile::other(WORKER.to_owned(), worker.into_bytes()),
    ]
}

/// A hash of every path and its bytes, in path order: stable across runs and platforms.
fn version<'a>(files: impl Iterator<Item = &'a OutputFile>) -> String {
    let mut files: Vec<&OutputFile> = files.collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
        .iter()
        .fold(Fnv::new(), |hash, file| {
            hash.field(file.path.as_bytes()).field(&file.bytes)
        })
        .hex()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_follows_the_content() {
        let a = [OutputFile::other("a.html".into(), b"one".to_vec())];
        let b = [OutputFile::other("a.html".into(), b"two".to_vec())];
        assert_eq!(version(a.iter()), version(a.iter()));
        assert_ne!(version(a.iter()), version(b.iter()));
        assert_eq!(version(a.iter()).len(), 16);
    }
}
