//! Offline copies: each language's site as a zip that works opened from disk, for readers
//! who get the tracker on a USB key or through a messaging app rather than from the web.
//!
//! A copy is rendered with relative links ([`LinkStyle::OfflineCopy`]); its links to other
//! languages lead to the published site. The zip is deterministic: files in path order, every
//! date set to the format's epoch (1980-01-01), so the same content gives the same bytes.

use std::io::{Cursor, Write};
use std::sync::Arc;

use rayon::prelude::*;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::content::Asset;
use crate::diag::{Diagnostics, SourceFile};
use crate::i18n::Locales;
use crate::model::Site;
use crate::output::{self, OutputFile};
use crate::render::views::LinkStyle;
use crate::render::{self, Download};

/// The zips, and what the download page says of them; nothing unless `site.toml` asks.
pub(crate) fn build(
    site: &Site,
    locales: &Locales,
    templates: &[(String, Arc<SourceFile>)],
    assets: &[Asset],
    feeds: &[OutputFile],
) -> (Vec<OutputFile>, Vec<Download>) {
    if !site.config.offline_copy {
        return (Vec::new(), Vec::new());
    }
    // One language per task: each zip is deflated on one core, so the languages share them.
    site.config
        .languages
        .par_iter()
        .enumerate()
        .map(|(l, language)| {
            // Template problems are the same as the published site's, which reports them.
            let mut ignored = Diagnostics::default();
            let pages = render::render(
                site,
                locales,
                templates,
                LinkStyle::OfflineCopy(l),
                &render::Attachments::default(),
                &mut ignored,
            );
            let mut copy = output::minify(pages);
            let prefix = format!("{}/", language.code);
            copy.extend(
                feeds
                    .iter()
                    .filter(|f| f.path.starts_with(&prefix))
                    .cloned(),
            );
            copy.extend(
                assets
                    .iter()
                    .map(|a| OutputFile::other(a.path.clone(), a.bytes.clone())),
            );
            let folder = format!("offline-{}", language.code);
            let bytes = zip(&folder, &mut copy);
            let path = format!("downloads/{folder}.zip");
            let download = Download {
                lang: language.code.clone(),
                path: path.clone(),
                bytes: bytes.len(),
            };
            (OutputFile::other(path, bytes), download)
        })
        .unzip()
}

/// The files under `folder/`, deflated, in path order, dated 1980-01-01.
pub(crate) fn zip(folder: &str, files: &mut [OutputFile]) -> Vec<u8> {
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    // Writing into memory only fails on a bug (a name used twice), never on input.
    for file in files.iter() {
        writer
            .start_file(format!("{folder}/{}", file.path), options)
            .expect("zip entry names are unique");
        writer.write_all(&file.bytes).expect("zip into memory");
    }
    writer.finish().expect("zip into memory").into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_files_give_the_same_zip() {
        let mut files = vec![
            OutputFile::other("b.txt".into(), b"two".to_vec()),
            OutputFile::other("a.txt".into(), b"one".to_vec()),
        ];
        let first = zip("copy", &mut files.clone());
        assert_eq!(first, zip("copy", &mut files));
        let mut archive = zip::ZipArchive::new(Cursor::new(first)).unwrap();
        assert_eq!(archive.by_index(0).unwrap().name().unwrap(), "copy/a.txt");
        assert_eq!(archive.len(), 2);
    }
}
