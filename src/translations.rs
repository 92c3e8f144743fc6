//! What each language still needs from its translators: interface strings its `.ftl` file
//! lacks, entries with no translation, and translations made from an earlier version of their
//! source text.
//!
//! Pure: built from the validated [`Site`] and the loaded interface strings, then printed by
//! `swivi i18n` (text or JSON), rendered as the translation status page and offered as a feed
//! per language. Whether a translation is out of date does not depend on git history: a
//! translation records the fingerprint of the source it was made from (`translated_from`),
//! and the source's current fingerprint is computed from the canonical file, so the report
//! works on a shallow clone, offline. History only dates the work, where the site has it.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::config::Language;
use crate::content::Section;
use crate::i18n::Locales;
use crate::model::{Date, EntryRef, Freshness, Site};

/// The state of every language but the default one, in the order of `site.toml`.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Report {
    pub(crate) source_language: String,
    pub(crate) languages: Vec<LanguageReport>,
    /// Every translation file, with the fingerprint of its source as it is now.
    #[serde(skip)]
    pub(crate) sources: BTreeMap<PathBuf, String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct LanguageReport {
    pub(crate) code: String,
    pub(crate) name: String,
    pub(crate) messages: Messages,
    pub(crate) entries: Entries,
}

/// The interface strings of one language.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Messages {
    /// `i18n/<code>.ftl`, whether or not it exists yet.
    pub(crate) file: PathBuf,
    /// How many messages the source language's file has.
    pub(crate) total: usize,
    /// Ids the source language's file has and this one lacks.
    pub(crate) missing: Vec<String>,
}

impl Messages {
    pub(crate) fn translated(&self) -> usize {
        self.total - self.missing.len()
    }
}

/// The content entries of one language.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Entries {
    pub(crate) total: usize,
    /// Entries with no translation file in this language.
    pub(crate) missing: Vec<Item>,
    /// Translations whose source text changed after they were made.
    pub(crate) outdated: Vec<Item>,
    /// Translations that do not record what they were made from.
    pub(crate) unrecorded: Vec<Item>,
}

impl Entries {
    /// Translations made from the source as it is now.
    pub(crate) fn up_to_date(&self) -> usize {
        self.total - self.missing.len() - self.outdated.len() - self.unrecorded.len()
    }

    pub(crate) fn translated(&self) -> usize {
        self.total - self.missing.len()
    }
}

/// One entry a translator should work on.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Item {
    #[serde(serialize_with = "section_name")]
    pub(crate) section: Section,
    pub(crate) slug: String,
    /// The entry's title in the source language.
    pub(crate) title: String,
    /// The canonical file, which holds the source text.
    pub(crate) source: PathBuf,
    /// The translation file (to create, when the translation is missing).
    pub(crate) file: PathBuf,
    /// The source's fingerprint now: what `translated_from` should say once translated.
    pub(crate) fingerprint: String,
    /// What the translation records, when it is out of date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) recorded: Option<String>,
    /// The day the canonical file last changed, from the site's git history.
    #[serde(skip)]
    pub(crate) changed: Option<Date>,
}

fn section_name<S: serde::Serializer>(section: &Section, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(section.name())
}

pub(crate) fn report(site: &Site, locales: &Locales) -> Report {
    let source = &site.config.default_language;
    let entries: Vec<_> = site.entries().collect();
    // Tens of thousands of entries in each language: `swivi serve` makes this on every save.
    let languages = || {
        site.config
            .languages
            .as_slice()
            .par_iter()
            .filter(|l| l.code != *source)
            .map(|language| language_report(language, source, &entries, locales))
            .collect()
    };
    let sources = || {
        entries
            .iter()
            .flat_map(|e| {
                e.texts
                    .iter()
                    .filter(|(lang, _)| *lang != source)
                    .map(|(_, text)| (text.file.clone(), e.fingerprint.to_owned()))
            })
            .collect()
    };
    let (languages, sources) = rayon::join(languages, sources);
    Report {
        source_language: source.clone(),
        languages,
        sources,
    }
}

/// What `language` needs, translated from `source`.
fn language_report(
    language: &Language,
    source: &str,
    entries: &[EntryRef<'_>],
    locales: &Locales,
) -> LanguageReport {
    let code = &language.code;
    let mut report = Entries {
        total: entries.len(),
        missing: Vec::new(),
        outdated: Vec::new(),
        unrecorded: Vec::new(),
    };
    for entry in entries {
        let original = &entry.texts[source];
        let source_file = original.file.clone();
        let item = |file: PathBuf, recorded: Option<String>| Item {
            section: entry.section,
            slug: entry.slug.to_owned(),
            title: original
                .title
                .clone()
                .unwrap_or_else(|| entry.slug.to_owned()),
            source: source_file.clone(),
            file,
            fingerprint: entry.fingerprint.to_owned(),
            recorded,
            changed: original.changed,
        };
        match entry.texts.get(code) {
            None => report.missing.push(item(
                crate::content::entry_path_in(entry.section, entry.slug, code),
                None,
            )),
            Some(text) => match &text.freshness {
                Freshness::Outdated { recorded } => report
                    .outdated
                    .push(item(text.file.clone(), Some(recorded.clone()))),
                Freshness::Unrecorded => report.unrecorded.push(item(text.file.clone(), None)),
                Freshness::UpToDate | Freshness::Original => {}
            },
        }
    }
    LanguageReport {
        code: code.clone(),
        name: language.name.clone(),
        messages: Messages {
            file: PathBuf::from(format!("i18n/{code}.ftl")),
            total: locales.defined_count(source),
            missing: locales.missing(code, source),
        },
        entries: report,
    }
}

impl Report {
    /// The translations that record no source, with their source's fingerprint.
    pub(crate) fn unrecorded(&self) -> Vec<(PathBuf, String)> {
        self.languages
            .iter()
            .flat_map(|l| &l.entries.unrecorded)
            .map(|item| (item.file.clone(), item.fingerprint.clone()))
            .collect()
    }

    /// Whether the translation `file` records its source as it is now.
    pub(crate) fn is_up_to_date(&self, file: &Path) -> bool {
        let behind = self
            .languages
            .iter()
            .flat_map(|l| l.entries.outdated.iter().chain(&l.entries.unrecorded))
            .any(|item| item.file == file);
        self.sources.contains_key(file) && !behind
    }

    /// Each of `files` (as a translator names them: relative to the site's folder, maybe with
    /// `./`) with its source's fingerprint; the first that is no translation, if any.
    pub(crate) fn sources_of(&self, files: &[PathBuf]) -> Result<Vec<(PathBuf, String)>, PathBuf> {
        files
            .iter()
            .map(|file| {
                let relative: PathBuf = file
                    .components()
                    .filter(|c| *c != Component::CurDir)
                    .collect();
                self.sources
                    .get(&relative)
                    .map(|fingerprint| (relative.clone(), fingerprint.clone()))
                    .ok_or_else(|| file.clone())
            })
            .collect()
    }

    /// The report as `swivi i18n` prints it: a summary line per language, then what to do,
    /// file by file.
    pub(crate) fn to_text(&self) -> String {
        if self.languages.is_empty() {
            return format!(
                "The site is only in `{}`: there is nothing to translate\n",
                self.source_language
            );
        }
        let mut out = String::new();
        for language in &self.languages {
            let (m, e) = (&language.messages, &language.entries);
            out.push_str(&format!(
                "{} ({}): interface {}/{}, entries translated {}/{}, up to date {}, out of date {}, not marked {}\n",
                language.code,
                language.name,
                m.translated(),
                m.total,
                e.translated(),
                e.total,
                e.up_to_date(),
                e.outdated.len(),
                e.unrecorded.len(),
            ));
            if !m.missing.is_empty() {
                out.push_str(&format!(
                    "  {} missing in {}: {}\n",
                    match m.missing.len() {
                        1 => "1 message".to_owned(),
                        n => format!("{n} messages"),
                    },
                    m.file.display(),
                    m.missing.join(", ")
                ));
            }
            for item in &e.outdated {
                out.push_str(&format!(
                    "  out of date: {} (the text of {} changed since; it records {}, the source is now {})\n",
                    item.file.display(),
                    item.source.display(),
                    item.recorded.as_deref().unwrap_or_default(),
                    item.fingerprint
                ));
            }
            for item in &e.missing {
                out.push_str(&format!(
                    "  missing: {} (translate {})\n",
                    item.file.display(),
                    item.source.display()
                ));
            }
            for item in &e.unrecorded {
                out.push_str(&format!(
                    "  not marked: {} (records no source version; the source is now {})\n",
                    item.file.display(),
                    item.fingerprint
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_in_one_language_has_nothing_to_translate() {
        let report = Report {
            source_language: "fr".into(),
            ..Report::default()
        };
        assert_eq!(
            report.to_text(),
            "The site is only in `fr`: there is nothing to translate\n"
        );
    }
}
