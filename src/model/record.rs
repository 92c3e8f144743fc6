//! The record of changes: the commits of the site's git history, each with the entries it
//! added, changed, translated or removed, so that a correction made after publication is
//! visible on the entry's page and in the site's list of changes.
//!
//! Made from [`History`] once the entries are known, as their dates are. A commit is kept when
//! it touched the file of at least one entry (`content/<section>/<slug>[.<lang>].md`); the
//! files of an entry the site no longer has are kept too, by section and slug, so that a
//! removal is on the record. Invariants: the site's record and each entry's are newest first,
//! as git gives the commits; within a commit, entries are in section order, then by slug.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use super::commit::{Commit, EntryChange, Touch};
use super::site::{EntryKey, Site, SiteChange, Touched};
use crate::content::Section;
use crate::content::history::{FileChange, History};

/// Puts the commits of `history` on the record of the site and of each entry they touched.
pub(crate) fn record(site: &mut Site, history: &History) {
    let keys: HashMap<(Section, &str), EntryKey> = Section::ALL
        .into_iter()
        .flat_map(|section| site.keys(section))
        .map(|key| ((key.section(), site.slug(key)), key))
        .collect();
    let default = site.config.default_language.as_str();
    let mut changes = Vec::new();
    for commit in history.commits() {
        let mut files: BTreeMap<(Section, &str), EntryFiles<'_>> = BTreeMap::new();
        for (path, change) in &commit.files {
            let Some((section, slug, lang)) = entry_file(path) else {
                continue;
            };
            let files = files.entry((section, slug)).or_default();
            match lang.filter(|&lang| lang != default) {
                None => files.canonical_was(*change),
                Some(lang) => {
                    files.languages.insert(lang);
                }
            }
        }
        if files.is_empty() {
            continue;
        }
        let entries = files
            .into_iter()
            .map(|((section, slug), files)| {
                let touched = match keys.get(&(section, slug)) {
                    Some(&key) => Touched::Entry(key),
                    None => Touched::Gone {
                        section,
                        slug: slug.to_owned(),
                    },
                };
                (touched, files.touch())
            })
            .collect();
        changes.push(SiteChange {
            commit: Arc::new(Commit {
                id: commit.id.clone(),
                time: commit.time,
                subject: commit.subject.clone(),
                body: commit.body.clone(),
            }),
            entries,
        });
    }
    for change in &changes {
        for (touched, touch) in &change.entries {
            if let Touched::Entry(key) = *touched {
                site.record_mut(key).push(EntryChange {
                    commit: Arc::clone(&change.commit),
                    touch: touch.clone(),
                });
            }
        }
    }
    site.record = changes;
}

/// What a commit did to the files of one entry.
#[derive(Default)]
struct EntryFiles<'a> {
    /// To its canonical file, when it touched it.
    canonical: Option<FileChange>,
    /// The languages of the translations it touched.
    languages: BTreeSet<&'a str>,
}

impl EntryFiles<'_> {
    /// Notes what the commit did to a canonical file of the entry: both of them when it
    /// moved the canonical text from `<slug>.md` to `<slug>.<default language>.md` or back,
    /// which git gives as a deletion and an addition, and which changed the entry.
    fn canonical_was(&mut self, change: FileChange) {
        self.canonical = Some(match self.canonical {
            Some(before) if before != change => FileChange::Modified,
            _ => change,
        });
    }

    fn touch(self) -> Touch {
        match self.canonical {
            Some(FileChange::Added) => Touch::Added,
            Some(FileChange::Modified) => Touch::Changed,
            Some(FileChange::Deleted) => Touch::Removed,
            None => Touch::Translated(self.languages.into_iter().map(str::to_owned).collect()),
        }
    }
}

/// The section, slug and language (none for a canonical file) of the content file at `path`
/// (`content/<section>/<slug>[.<lang>].md`, relative to the site root); `None` for any other
/// file.
fn entry_file(path: &Path) -> Option<(Section, &str, Option<&str>)> {
    let mut parts = path.iter().map(|part| part.to_str());
    let (Some(Some("content")), Some(Some(section)), Some(Some(name)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let section = Section::from_name(section)?;
    let stem = name.strip_suffix(".md")?;
    Some(match stem.split_once('.') {
        Some((slug, lang)) => (section, slug, Some(lang)),
        None => (section, stem, None),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_canonical_text_moved_to_the_other_canonical_name_is_a_change() {
        let mut files = EntryFiles::default();
        files.canonical_was(FileChange::Deleted);
        files.canonical_was(FileChange::Added);
        assert_eq!(files.touch(), Touch::Changed);
        let mut files = EntryFiles::default();
        files.canonical_was(FileChange::Deleted);
        assert_eq!(files.touch(), Touch::Removed);
        let mut files = EntryFiles::default();
        files.languages.insert("es");
        assert_eq!(files.touch(), Touch::Translated(vec!["es".to_owned()]));
    }

    #[test]
    fn a_content_file_names_its_entry_and_language() {
        fn file(path: &str) -> Option<(Section, &str, Option<&str>)> {
            entry_file(Path::new(path))
        }
        assert_eq!(
            file("content/commitments/us-funding.md"),
            Some((Section::Commitments, "us-funding", None))
        );
        assert_eq!(
            file("content/countries/cl.ht.md"),
            Some((Section::Countries, "cl", Some("ht")))
        );
        assert_eq!(file("content/countries/README.txt"), None);
        assert_eq!(file("content/images/cl/a.md"), None);
        assert_eq!(file("content/elsewhere/a.md"), None);
        assert_eq!(file("static/a.md"), None);
    }
}
