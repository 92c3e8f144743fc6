//! Search: a Pagefind index of each language, made by Pagefind's own indexer through its Rust
//! API, in memory, and published under `<lang>/pagefind/` beside the language's pages.
//!
//! Each entry (country, pillar, commitment, meeting, recommendation, free page) is one record,
//! made from the model rather than from its page: its title, summary, body and the notes of
//! its history, as the page shows them in that language (with the same fallbacks), so nothing
//! is parsed twice and the index holds text, not navigation. Records carry the filters the
//! search page offers: `country`, `pillar` and `status`, by slug and status id, the same in
//! every language (the page labels them). Records are added in a stable order, and Pagefind
//! writes the same bytes for the same records, so the index is deterministic.
//!
//! Each language is its own bundle, made on its own thread: a reader loads only their
//! language's index, and the languages are indexed in parallel. Pagefind's API is async; each
//! bundle runs it on a Tokio runtime of one thread, made for the purpose.

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::addresses::{SEARCH_BUNDLE, search_files};
use crate::cache::{Key, Memo};
use crate::config::LanguageId;
use crate::content::Section;
use crate::model::{Entry, Site, pick};
use crate::output::OutputFile;
use crate::present::Lens;

/// Filters by which a search narrows its results.
const COUNTRY: &str = "country";
const PILLAR: &str = "pillar";
const STATUS: &str = "status";

/// One searchable entry in one language.
#[derive(Debug, PartialEq, serde::Serialize)]
struct Record {
    url: String,
    content: String,
    /// What a result shows beside its excerpt: its `title`, and by id (the search page
    /// labels them in its language) its `kind` (the section), `country` (slugs, comma
    /// separated) and `status`.
    meta: BTreeMap<String, String>,
    filters: BTreeMap<String, Vec<String>>,
}

/// Every language's bundle, in language order, each file's path below the site's root.
/// A language's bundle is taken from `memo` when an earlier build indexed the same records.
pub(crate) fn bundles(site: &Site, memo: &Memo) -> Vec<OutputFile> {
    let languages: Vec<Vec<OutputFile>> = site
        .config
        .languages
        .ids()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|l| bundle(site, l, memo))
        .collect();
    languages.into_iter().flatten().collect()
}

/// The paths of the language's bundle, below the site's root, for `swivi serve`'s table.
pub(crate) fn bundle_path(lang: &str) -> String {
    format!("{lang}/{SEARCH_BUNDLE}")
}

/// The bundle of the language at `l`, each file's path below the site's root.
pub(crate) fn bundle(site: &Site, l: LanguageId, memo: &Memo) -> Vec<OutputFile> {
    let records = records(site, l);
    let key = Key::of("search index")
        .part(site.config.languages[l].code.as_bytes())
        .serialized(&records)
        .key();
    if let Some(files) = memo.get(key).and_then(|kept| unpack(&kept)) {
        return files;
    }
    let files = bundle_of(site, l, records);
    memo.put(key, &pack(&files));
    files
}

/// The bundle of `records`, the language at `l`'s.
fn bundle_of(site: &Site, l: LanguageId, records: Vec<Record>) -> Vec<OutputFile> {
    let language = &site.config.languages[l];
    let folder = bundle_path(&language.code);
    let files = index(&language.code, records).unwrap_or_else(|error| {
        // Pagefind fails only on its own errors (it is given text, not files): a bug to report.
        panic!(
            "Pagefind could not index the {} pages: {error}",
            language.code
        )
    });
    let wasm = wasm_needed(&files);
    let mut files: Vec<OutputFile> = files
        .into_iter()
        .filter(|f| !is_default_interface(&f.filename))
        .filter(|f| !is_other_wasm(&f.filename, &wasm))
        .map(|f| {
            let name = f.filename.to_string_lossy().replace('\\', "/");
            OutputFile::other(format!("{folder}{name}"), f.contents)
        })
        .collect();
    // Pagefind returns its files in no particular order.
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let names: Vec<&str> = files.iter().map(|f| &f.path[folder.len()..]).collect();
    let list = serde_json::to_vec(&names).expect("names serialise");
    files.push(OutputFile::other(
        format!("{}/{}", language.code, search_files()),
        list,
    ));
    files
}

/// `files` as one run of bytes: each path and contents after its length.
fn pack(files: &[OutputFile]) -> Vec<u8> {
    let mut packed = Vec::new();
    for file in files {
        for part in [file.path.as_bytes(), &file.bytes] {
            packed.extend_from_slice(&(part.len() as u64).to_le_bytes());
            packed.extend_from_slice(part);
        }
    }
    packed
}

/// The files [`pack`] made `packed` of.
fn unpack(mut packed: &[u8]) -> Option<Vec<OutputFile>> {
    let mut next = || -> Option<&[u8]> {
        let (length, rest) = packed.split_first_chunk::<8>()?;
        let length = usize::try_from(u64::from_le_bytes(*length)).ok()?;
        let (part, rest) = rest.split_at_checked(length)?;
        packed = rest;
        Some(part)
    };
    let mut files = Vec::new();
    while let Some(path) = next() {
        let path = String::from_utf8(path.to_vec()).ok()?;
        files.push(OutputFile::other(path, next()?.to_vec()));
    }
    Some(files)
}

/// Pagefind's ready-made search interfaces: the search page has its own, in the theme, whose
/// strings come from the site's Fluent files.
fn is_default_interface(name: &std::path::Path) -> bool {
    let name = name.to_string_lossy();
    name.contains("-ui") || name.starts_with("pagefind-highlight")
}

/// The search code the index needs: Pagefind writes one for each language it stems and one
/// for the others (`unknown`), and its entry file names the one to load.
fn wasm_needed(files: &[pagefind::api::SyntheticFile]) -> String {
    let entry = files
        .iter()
        .find(|f| f.filename.as_os_str() == "pagefind-entry.json")
        .and_then(|f| serde_json::from_slice::<serde_json::Value>(&f.contents).ok());
    let name = entry.as_ref().and_then(|entry| {
        entry["languages"]
            .as_object()?
            .values()
            .find_map(|language| language["wasm"].as_str())
    });
    format!("wasm.{}.pagefind", name.unwrap_or("unknown"))
}

fn is_other_wasm(name: &std::path::Path, needed: &str) -> bool {
    let name = name.to_string_lossy();
    name.starts_with("wasm.") && name != needed
}

/// Pagefind's files for `records`, in the language `lang`.
fn index(lang: &str, records: Vec<Record>) -> Result<Vec<pagefind::api::SyntheticFile>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let options = pagefind::options::PagefindServiceConfig::builder()
            .keep_index_url(true)
            .write_playground(false)
            .verbose(false)
            .build();
        let mut index =
            pagefind::api::PagefindIndex::new(Some(options)).map_err(|e| format!("{e:#}"))?;
        for record in records {
            index
                .add_custom_record(
                    record.url,
                    record.content,
                    lang.to_owned(),
                    Some(record.meta),
                    Some(record.filters),
                    None,
                )
                .await
                .map_err(|e| format!("{e:#}"))?;
        }
        index.get_files().await.map_err(|e| format!("{e:#}"))
    })
}

/// The records of the language at `l`: every entry, section by section, in the site's order.
fn records(site: &Site, l: LanguageId) -> Vec<Record> {
    let language = &site.config.languages[l];
    let chain = &language.chain;
    let url = |section: Section, slug: &str| {
        format!(
            "{}{}/{}",
            site.config.base_path(),
            language.code,
            Lens::entry_path(section, slug)
        )
    };
    let mut records = Vec::new();
    for country in &site.countries {
        records.push(record(
            Section::Countries,
            &url,
            country,
            chain,
            Vec::new(),
            [(COUNTRY, vec![country.slug.clone()])],
        ));
    }
    for pillar in &site.pillars {
        records.push(record(
            Section::Pillars,
            &url,
            pillar,
            chain,
            Vec::new(),
            [(PILLAR, vec![pillar.slug.clone()])],
        ));
    }
    for commitment in &site.commitments {
        let facts = &commitment.facts;
        let country = &site.countries[facts.country];
        let mut more = vec![country.title(chain).1.to_owned()];
        more.extend(facts.responsible.iter().filter_map(|r| localized(r, chain)));
        more.extend(
            facts
                .updates
                .iter()
                .filter_map(|u| localized(&u.note, chain)),
        );
        more.extend(
            facts
                .indicators
                .iter()
                .filter_map(|i| localized(&i.title, chain)),
        );
        let status = &site.config.statuses[commitment.facts.status(&site.config)];
        records.push(record(
            Section::Commitments,
            &url,
            commitment,
            chain,
            more,
            [
                (COUNTRY, vec![country.slug.clone()]),
                (
                    PILLAR,
                    facts
                        .pillars
                        .iter()
                        .map(|&p| site.pillars[p].slug.clone())
                        .collect(),
                ),
                (STATUS, vec![status.id.clone()]),
            ],
        ));
    }
    for meeting in &site.meetings {
        let facts = &meeting.facts;
        let more = [&facts.place, &facts.organisers]
            .into_iter()
            .filter_map(|t| localized(t, chain))
            .collect();
        let countries = facts
            .countries
            .iter()
            .map(|&c| site.countries[c].slug.clone())
            .collect();
        records.push(record(
            Section::Meetings,
            &url,
            meeting,
            chain,
            more,
            [(COUNTRY, countries)],
        ));
    }
    for recommendation in &site.recommendations {
        let facts = &recommendation.facts;
        let more = localized(&facts.theme, chain).into_iter().collect();
        let countries = facts
            .addressed_to
            .iter()
            .map(|&c| site.countries[c].slug.clone())
            .collect();
        records.push(record(
            Section::Recommendations,
            &url,
            recommendation,
            chain,
            more,
            [(COUNTRY, countries)],
        ));
    }
    for page in &site.pages {
        records.push(record(Section::Pages, &url, page, chain, Vec::new(), []));
    }
    for organisation in &site.organisations {
        records.push(record(
            Section::Organisations,
            &url,
            organisation,
            chain,
            Vec::new(),
            [],
        ));
    }
    records
}

/// The record of `entry`, of the section `kind`, whose page is at `url(kind, slug)`: its text
/// along `chain`, then `more` text from its facts.
fn record<F, const N: usize>(
    kind: Section,
    url: &dyn Fn(Section, &str) -> String,
    entry: &Entry<F>,
    chain: &[String],
    more: Vec<String>,
    filters: [(&str, Vec<String>); N],
) -> Record {
    let title = entry.title(chain).1.to_owned();
    let summary = entry.text(chain, |t| t.summary.as_deref()).map(|(_, s)| s);
    let body = entry
        .text(chain, |t| Some(t.body.as_str()))
        .map(|(_, html)| plain_text(html));
    let content = [Some(title.clone()), summary.map(str::to_owned), body]
        .into_iter()
        .flatten()
        .chain(more)
        .collect::<Vec<_>>()
        .join("\n");
    let filters: BTreeMap<String, Vec<String>> = filters
        .into_iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(name, values)| (name.to_owned(), values))
        .collect();
    let mut meta = BTreeMap::from([
        ("title".to_owned(), title),
        ("kind".to_owned(), kind.name().to_owned()),
    ]);
    for name in [COUNTRY, STATUS] {
        if let Some(values) = filters.get(name) {
            meta.insert(name.to_owned(), values.join(","));
        }
    }
    Record {
        url: url(kind, &entry.slug),
        content,
        meta,
        filters,
    }
}

fn localized(values: &crate::model::Localized<String>, chain: &[String]) -> Option<String> {
    pick(values, chain)
        .map(|(_, text)| text.clone())
        .filter(|text| !text.is_empty())
}

/// The text of rendered Markdown: its tags dropped (a block's end is a line's end, so words
/// of two paragraphs stay apart) and the entities the renderer writes decoded.
fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            rest = "";
            break;
        };
        out.push(' ');
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_says_what_its_result_is_by_id() {
        let prepared = crate::build::example();
        let site = &prepared.site;
        let fr = site
            .config
            .languages
            .ids()
            .find(|&l| site.config.languages[l].code == "fr");
        let records = records(site, fr.unwrap());
        let chile = records
            .iter()
            .find(|r| r.url == "/fr/commitments/cl-integration-host-communities/")
            .expect("the record of Chile's commitment");
        let meta: Vec<(&str, &str)> = chile
            .meta
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            meta,
            [
                ("country", "cl"),
                ("kind", "commitments"),
                ("status", "not-assessed"),
                (
                    "title",
                    "Diriger le groupe sur l'intégration et le soutien des communautés d'accueil"
                ),
            ]
        );
        // A meeting names every country it involves.
        let lima = records
            .iter()
            .find(|r| r.url == "/fr/meetings/lima-2022-10/")
            .expect("the record of the Lima meeting");
        assert_eq!(lima.meta["kind"], "meetings");
        assert!(!lima.meta.contains_key("status"));
    }
}
