//! Offline reading: the service worker and the page script that registers it.
//!
//! The worker precaches each language's home and offline page, the stylesheet and the root's
//! language chooser, keeps every page a reader opens, and answers from those copies without a
//! connection: the root with the home of the reader's language, as the host does online, and
//! an address outside every language's folder with the default language's offline page. Its cache names
//! carry a version computed from every other file of the build, so a new build replaces the
//! caches of the old one, and the same content gives the same worker, byte for byte.

use crate::addresses::{PAGE_SCRIPT, PageId, WORKER};
use crate::assets::Assets;
use crate::fingerprint::Fnv;
use crate::model::Site;
use crate::output::{OutputFile, Written};

const WORKER_SOURCE: &str = include_str!("sw.js");
const PAGE_SOURCE: &str = include_str!("page.js");

/// The page script, at the root of the site.
pub(crate) fn page_script() -> OutputFile {
    OutputFile::other(PAGE_SCRIPT.to_owned(), PAGE_SOURCE.as_bytes().to_vec())
}

/// The worker for a build whose other files are `written`.
pub(crate) fn worker(site: &Site, assets: &Assets, written: &[Written]) -> OutputFile {
    let base = site.config.base_path();
    let offline_path = |lang: &str| format!("{base}{lang}/{}", PageId::Offline.path(site));
    let mut precache: Vec<String> = ["style.css", "favicon.svg", PAGE_SCRIPT]
        .into_iter()
        .map(|name| format!("{base}{}", assets.href(name)))
        .collect();
    let mut offline = serde_json::Map::new();
    for language in &site.config.languages {
        precache.push(format!("{base}{}/", language.code));
        precache.push(offline_path(&language.code));
        offline.insert(language.code.clone(), offline_path(&language.code).into());
    }
    let worker = WORKER_SOURCE
        .replace("__VERSION__", &version(written))
        .replace("__BASE__", base)
        .replace("__DEFAULT__", &site.config.default_language)
        .replace(
            "__PRECACHE__",
            &serde_json::to_string(&precache).expect("strings serialise"),
        )
        .replace(
            "__OFFLINE__",
            &serde_json::to_string(&offline).expect("strings serialise"),
        );
    OutputFile::other(WORKER.to_owned(), worker.into_bytes())
}

/// A hash of every path and its bytes' fingerprint, in path order, and of the worker's own
/// code, so a new worker never reuses an older one's caches: stable across runs and platforms.
fn version(written: &[Written]) -> String {
    let mut written: Vec<&Written> = written.iter().collect();
    written.sort_by(|a, b| a.path.cmp(&b.path));
    written
        .iter()
        .fold(Fnv::new().field(WORKER_SOURCE.as_bytes()), |hash, file| {
            hash.field(file.path.as_bytes())
                .field(&file.hash.to_le_bytes())
        })
        .hex()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(path: &str, bytes: &[u8]) -> Written {
        Written {
            path: path.to_owned(),
            size: bytes.len(),
            html: false,
            hash: crate::fingerprint::of_bytes(bytes),
        }
    }

    /// Every placeholder of the source is filled: the default language's among them, which
    /// answers for addresses outside every language's folder.
    #[test]
    fn the_worker_has_every_value_it_needs() {
        let prepared = crate::build::example();
        let site = &prepared.site;
        let file = worker(site, &prepared.assets, &[written("a.html", b"one")]);
        let text = String::from_utf8(file.bytes).unwrap();
        assert!(!text.contains("__"), "a placeholder is left: {text}");
        assert!(text.contains("const DEFAULT_LANGUAGE = \"fr\";"));
        assert!(text.contains("\"/fr/offline/\""));
    }

    #[test]
    fn the_version_follows_the_content() {
        let a = [written("a.html", b"one")];
        let b = [written("a.html", b"two")];
        assert_eq!(version(&a), version(&a));
        assert_ne!(version(&a), version(&b));
        assert_eq!(version(&a).len(), 16);
    }
}
