//! Offline copies: each language's site as a zip that works opened from disk, for readers
//! who get the tracker on a USB key or through a messaging app rather than from the web.
//!
//! A copy's `index.html`, the file its readers open first, is its language's home page: the
//! site's root chooses between languages, and a copy has one.
//!
//! A copy holds the language's content pages (the published ones, their links resolved
//! relative to each page: see [`crate::addresses`]), the page script and the theme's
//! assets; its links to anything else (the other languages, the open data, the feeds) lead to
//! the published site. Feeds are left out: a feed reader fetches a feed from the web, and at
//! 10,000 commitments they were half of a copy's files. Zips are assembled from parts
//! deflated in parallel, in the order the files are added; every date is the format's epoch
//! (1980-01-01), so the same content gives the same bytes.

use std::collections::HashSet;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use crate::addresses::Resolve;
use crate::addresses::{Marked, PageId, Root};
use crate::cache::{Key, Memo};
use crate::config::LanguageId;
use crate::model::Site;
use crate::output::OutputFile;

/// One language's offline copy, being filled.
pub(crate) struct Copy<'a> {
    site: &'a Site,
    lang: &'a str,
    /// The site paths the copy holds (`es/countries/cl/`, `style.css`).
    holds: HashSet<String>,
    zip: Zip,
}

impl<'a> Copy<'a> {
    /// The copy of the language at `l`, to hold `pages` and `assets` (paths).
    pub(crate) fn new(site: &'a Site, l: LanguageId, pages: &[PageId], assets: &[String]) -> Self {
        let lang = site.config.languages[l].code.as_str();
        let mut holds: HashSet<String> = assets.iter().cloned().collect();
        holds.insert(String::new());
        for page in pages {
            holds.insert(format!("{lang}/{}", page.path(site)));
        }
        Copy {
            site,
            lang,
            holds,
            zip: Zip::new(format!("offline-{lang}")),
        }
    }

    /// Whether the copy holds the file at `path` (`es/countries/cl/index.html`).
    pub(crate) fn holds(&self, path: &str) -> bool {
        let site_path = path.strip_suffix("index.html").unwrap_or(path);
        self.holds.contains(site_path)
    }

    /// `page` as the copy has it: and the language's home, once more as the copy's
    /// `index.html`, which readers open first.
    pub(crate) fn pages(&self, page: &Marked) -> Vec<OutputFile> {
        let holds = |target: &str| self.holds.contains(target);
        let how = Resolve::Copy {
            base_url: &self.site.config.base_url,
            holds: &holds,
        };
        let mut files = vec![page.resolve(&how)];
        if page.path == format!("{}/{}index.html", self.lang, PageId::Home.path(self.site)) {
            files.push(page.resolve_at(Root::Chooser.path(), &how));
        }
        files
    }

    /// `files` deflated, to be added in their place with [`Copy::add`]; from any thread.
    /// Taken from `memo` when an earlier build deflated the same files.
    pub(crate) fn deflate(&self, files: &[OutputFile], memo: &Memo) -> Part {
        self.zip.deflate(files, memo)
    }

    /// Adds `parts`, in this order, after those added before.
    pub(crate) fn add(&mut self, parts: impl IntoIterator<Item = Part>) {
        self.zip.add(parts);
    }

    /// The zip, and what the download page says of it.
    pub(crate) fn finish(self) -> (OutputFile, Download) {
        let path = crate::addresses::offline_copy(self.lang);
        let bytes = self.zip.finish();
        let download = Download {
            lang: self.lang.to_owned(),
            path: path.clone(),
            bytes: bytes.len(),
        };
        (OutputFile::other(path, bytes), download)
    }
}

/// What the download page lists of the offline copies, without making them, so with no
/// size: what `swivi check` renders the page with.
pub(crate) fn unmade(site: &Site) -> Vec<Download> {
    if !site.config.offline_copy {
        return Vec::new();
    }
    site.config
        .languages
        .iter()
        .map(|language| Download {
            lang: language.code.clone(),
            path: crate::addresses::offline_copy(&language.code),
            bytes: 0,
        })
        .collect()
}

/// An offline copy of the site, offered on the download page.
#[derive(Debug, Clone)]
pub(crate) struct Download {
    pub(crate) lang: String,
    /// Path of the zip under the site's root.
    pub(crate) path: String,
    pub(crate) bytes: usize,
}

/// Files of a zip, deflated, to be added in their place.
pub(crate) struct Part(Vec<u8>);

/// A zip of files under one folder, assembled from parts deflated in parallel.
pub(crate) struct Zip {
    folder: String,
    parts: Vec<Part>,
}

/// Files per part: enough to keep both cores busy, few enough to balance them.
pub(crate) const PART: usize = 64;

impl Zip {
    pub(crate) fn new(folder: String) -> Zip {
        Zip {
            folder,
            parts: Vec::new(),
        }
    }

    /// `files` deflated under the folder, to be added with [`Zip::add`], or what `memo` kept
    /// of the same files deflated under the same folder; from any thread.
    pub(crate) fn deflate(&self, files: &[OutputFile], memo: &Memo) -> Part {
        let key = || {
            files
                .iter()
                .fold(
                    Key::of("zip part").part(self.folder.as_bytes()),
                    |key, file| key.part(file.path.as_bytes()).part(&file.bytes),
                )
                .key()
        };
        let deflated = memo.get_or_make(
            key,
            || Ok::<_, std::convert::Infallible>(deflate(&self.folder, files)),
            || true,
        );
        Part(deflated.unwrap_or_else(|never| match never {}))
    }

    /// Adds `parts`, in this order, after those added before.
    pub(crate) fn add(&mut self, parts: impl IntoIterator<Item = Part>) {
        self.parts.extend(parts);
    }

    pub(crate) fn finish(self) -> Vec<u8> {
        // Sized once: a copy's zip is tens of megabytes at 10,000 commitments, and growing it
        // by doubling would hold it twice.
        let deflated: usize = self.parts.iter().map(|part| part.0.len()).sum();
        let mut writer = ZipWriter::new(Cursor::new(Vec::with_capacity(deflated)));
        // Merging copies the deflated bytes; it only fails on a bug (a name used twice).
        for Part(part) in self.parts {
            let part = ZipArchive::new(Cursor::new(part)).expect("a zip made above reads back");
            writer
                .merge_archive(part)
                .expect("zip entry names are unique");
        }
        writer.finish().expect("zip into memory").into_inner()
    }
}

/// A zip of `files` under `folder/`, deflated, dated 1980-01-01.
fn deflate(folder: &str, files: &[OutputFile]) -> Vec<u8> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    // Writing into memory only fails on a bug (a name used twice), never on input.
    for file in files {
        writer
            .start_file(format!("{folder}/{}", file.path), options)
            .expect("zip entry names are unique");
        writer.write_all(&file.bytes).expect("zip into memory");
    }
    writer.finish().expect("zip into memory").into_inner()
}

#[cfg(test)]
mod tests {
    use rayon::prelude::*;

    use super::*;

    fn zip_of(files: &[OutputFile], split_at: usize) -> Vec<u8> {
        let mut zip = Zip::new("copy".to_owned());
        let parts: Vec<Part> = files[split_at..]
            .par_chunks(PART)
            .map(|f| zip.deflate(f, &Memo::off()))
            .collect();
        zip.add([zip.deflate(&files[..split_at], &Memo::off())]);
        zip.add(parts);
        zip.finish()
    }

    #[test]
    fn the_same_files_give_the_same_zip_in_the_order_added() {
        let files: Vec<OutputFile> = (0..(PART + 3))
            .map(|i| OutputFile::other(format!("{i:03}.txt"), i.to_string().into_bytes()))
            .collect();
        let first = zip_of(&files, 2);
        assert_eq!(first, zip_of(&files, 2));
        let mut archive = ZipArchive::new(Cursor::new(first)).unwrap();
        assert_eq!(archive.len(), files.len());
        for (i, file) in files.iter().enumerate() {
            let mut entry = archive.by_index(i).unwrap();
            assert_eq!(entry.name().unwrap(), format!("copy/{}", file.path));
            let mut text = String::new();
            std::io::Read::read_to_string(&mut entry, &mut text).unwrap();
            assert_eq!(text.as_bytes(), file.bytes);
        }
    }
}
