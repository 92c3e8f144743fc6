//! Raw front matter → the typed, validated [`Site`]: the first pass, and the pipeline of both.
//!
//! Two passes. The first parses every file of every section (canonical and translations),
//! renders bodies, refuses an empty title and gathers text by language; the second resolves
//! references now that every slug is known, and checks what the serde structs cannot say (one
//! of two fields, dates in order, translations that name an update or an indicator that
//! exists). Every problem is reported with its place and the run goes on, so an editor sees
//! all of them at once.

use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use super::date::Date;
use super::links::{self, BodyLinks, Written};
use super::loc::Loc;
use super::raw::{self, CanonicalText, MoreText, TranslationText, fields_of};
use super::resolve::Index;
use super::site::{
    Country, Entry, Freshness, Localized, MeetingId, Page, Pillar, Site, SiteLink, Text,
};
use super::slug::{is_country_code, is_slug};
use crate::config::{Config, HtmlPolicy};
use crate::content::history::{Change, History};
use crate::content::markdown::{self, Sanitiser};
use crate::content::{EntryFile, Section};
use crate::diag::toml::toml_error;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::fingerprint;
use crate::ids::List;

/// The site modelled from its content `files`, each text dated by `history` when there is
/// one; `cache` holds the entries parsed by the previous call, reused for the files that have
/// not changed. On any error, the links to the site's own paths of the bodies it could read:
/// those that certainly lead nowhere are reported in the same run
/// ([`crate::linkcheck::check_links_without_site`]).
pub(crate) fn build(
    config: &Config,
    files: &[EntryFile],
    history: Option<&History>,
    today: Date,
    cache: &mut Cache,
    diags: &mut Diagnostics,
) -> Result<Site, Vec<SiteLink>> {
    let errors_before = diags.error_count();
    let groups = group(config, files, diags);
    cache.render_with(&config.html);
    let sanitiser = Sanitiser::new(&config.html);
    let mut sections = Sections {
        groups: &groups,
        default_language: &config.default_language,
        sanitiser: &sanitiser,
        cache,
        diags: &mut *diags,
    };

    let countries =
        sections.parse::<raw::RawCountry, raw::TextTranslation>(Section::Countries, &[]);
    let mut pillars = sections.parse::<raw::RawPillar, raw::TextTranslation>(
        Section::Pillars,
        fields_of::<raw::RawPillar>(),
    );
    pillars.sort_by_key(|p| (*p.raw.number.get_ref(), p.slug.clone()));
    let commitment_facts = [
        fields_of::<raw::RawCommitment>(),
        fields_of::<raw::RawUpdate>(),
        fields_of::<raw::RawIndicator>(),
        fields_of::<raw::RawPoint>(),
    ]
    .concat();
    let commitments = sections.parse::<raw::RawCommitment, raw::CommitmentTranslation>(
        Section::Commitments,
        &commitment_facts,
    );
    let meeting_facts = [
        fields_of::<raw::RawMeeting>(),
        fields_of::<raw::RawIndicator>(),
        fields_of::<raw::RawDocument>(),
    ]
    .concat();
    let meetings = sections
        .parse::<raw::RawMeeting, raw::MeetingTranslation>(Section::Meetings, &meeting_facts);
    let recommendations = sections.parse::<raw::RawRecommendation, raw::RecommendationTranslation>(
        Section::Recommendations,
        fields_of::<raw::RawRecommendation>(),
    );
    let organisations = sections.parse::<raw::RawOrganisation, raw::TextTranslation>(
        Section::Organisations,
        fields_of::<raw::RawOrganisation>(),
    );
    let pages = sections
        .parse::<raw::RawPage, raw::TextTranslation>(Section::Pages, fields_of::<raw::RawPage>());

    let index = Index::new(
        config,
        today,
        [
            (Section::Countries, slugs(&countries)),
            (Section::Pillars, slugs(&pillars)),
            (Section::Commitments, slugs(&commitments)),
            (Section::Meetings, slugs(&meetings)),
            (Section::Recommendations, slugs(&recommendations)),
            (Section::Organisations, slugs(&organisations)),
            (Section::Pages, slugs(&pages)),
        ]
        .into(),
        groups
            .iter()
            .flat_map(|(section, list)| list.iter().map(move |g| (*section, g.slug.clone())))
            .collect(),
    );
    check_pillar_numbers(&pillars, diags);
    check_documents_are_linked(&pages, &recommendations, diags);
    let mut links = BodyLinks::default();
    for section_links in [
        countries.links(),
        pillars.links(),
        commitments.links(),
        meetings.links(),
        recommendations.links(),
        organisations.links(),
        pages.links(),
    ] {
        links.extend(section_links);
    }
    index.check_links(&links.internal, diags);
    let site_links = links::site_links(config, &links.addresses, diags);

    let meeting_dates: List<MeetingId, Date> = meetings.iter().map(|m| m.raw.start).collect();
    let mut site = Site {
        config: config.clone(),
        today,
        countries: countries
            .into_iter()
            .map(|p| p.into_entry(|_, _, _| Country))
            .collect(),
        pillars: pillars
            .into_iter()
            .map(|p| {
                p.into_entry(|raw, _, _| Pillar {
                    number: *raw.number.get_ref(),
                })
            })
            .collect(),
        commitments: into_entries(commitments, diags, |raw, tr, loc, diags| {
            index.commitment(raw, tr, loc, diags)
        }),
        meetings: into_entries(meetings, diags, |raw, tr, loc, diags| {
            index.meeting(raw, tr, loc, diags)
        }),
        recommendations: into_entries(recommendations, diags, |raw, tr, loc, diags| {
            index.recommendation(raw, tr, loc, &meeting_dates, diags)
        }),
        organisations: organisations
            .into_iter()
            .map(|o| o.into_entry(|raw, _, loc| index.organisation(raw, loc, diags)))
            .collect(),
        pages: pages
            .into_iter()
            .map(|p| p.into_entry(|raw, _, _| Page { date: raw.date }))
            .collect(),
        links: site_links,
        record: Vec::new(),
    };
    links::check_anchors(&site, &links.internal, diags);
    if let Some(history) = history {
        date_texts(&mut site, history);
        super::record::record(&mut site, history);
    }
    if diags.error_count() == errors_before {
        Ok(site)
    } else {
        Err(site.links)
    }
}

/// Dates every text with the day its file last changed. Done on the model, not when parsing:
/// the parsed entries are cached by their files, and a commit changes dates, not files.
fn date_texts(site: &mut Site, history: &History) {
    let today = site.today;
    for text in site.texts_mut() {
        text.changed = history.change(&text.file).map(|change| match change {
            // The day in UTC, as the build's own day is.
            Change::Committed(seconds) => Date::from_days(seconds.div_euclid(86_400)),
            Change::Uncommitted => today,
        });
    }
}

/// Files of one entry: the canonical file and its translations.
#[derive(Default)]
struct Group<'a> {
    slug: String,
    /// `<slug>.md` and `<slug>.<default language>.md`: one of them, never both.
    canonical_files: Vec<&'a EntryFile>,
    canonical: Option<&'a EntryFile>,
    /// Whether the canonical file is misnamed (`CL.md` for `cl.md`): it has had its error, and
    /// the entry is known by its right name so that nothing else reports it missing.
    misnamed: bool,
    translations: Vec<&'a EntryFile>,
}

fn group<'a>(
    config: &Config,
    files: &'a [EntryFile],
    diags: &mut Diagnostics,
) -> BTreeMap<Section, Vec<Group<'a>>> {
    let mut by_entry: BTreeMap<(Section, String), Group<'a>> = BTreeMap::new();
    let mut misnamed = Vec::new();
    for file in files {
        let valid = |slug: &str| match file.section {
            Section::Countries => is_country_code(slug),
            _ => is_slug(slug),
        };
        let is_canonical = file
            .lang
            .as_ref()
            .is_none_or(|lang| *lang == config.default_language);
        if !valid(&file.slug) {
            // The name it was surely meant to have (`CL` for `cl`, `Mx_Mobility` for
            // `mx-mobility`), if any.
            let meant = Some(file.slug.to_lowercase().replace('_', "-")).filter(|s| valid(s));
            let help = match (&meant, file.section) {
                (Some(meant), _) => format!(
                    "rename it to `{meant}{}`: names are in lower case, with hyphens between words",
                    file.file
                        .path
                        .to_string_lossy()
                        .rsplit_once(file.slug.as_str())
                        .map_or(".md", |(_, rest)| rest)
                ),
                (None, Section::Countries) => "name country files by their ISO 3166-1 alpha-2 code in lower case, e.g. `cl.md`".to_owned(),
                (None, _) => "use lower-case letters, digits and single hyphens, e.g. `cl-integration.md`".to_owned(),
            };
            diags.push(
                Diagnostic::error(format!("`{}` is not a valid name for an entry", file.slug))
                    .in_file(&file.file)
                    .help(help),
            );
            // A misnamed canonical file still names its entry, so that its translations and
            // the references to it are not reported as well.
            if let Some(meant) = meant.filter(|_| is_canonical) {
                misnamed.push((file.section, meant, file));
            }
            continue;
        }
        let group = by_entry
            .entry((file.section, file.slug.clone()))
            .or_default();
        group.slug = file.slug.clone();
        match &file.lang {
            // `<slug>.<default>.md` is the canonical file as Decap CMS names it.
            None => group.canonical_files.push(file),
            Some(lang) if *lang == config.default_language => group.canonical_files.push(file),
            // An empty translation (as Decap CMS writes for a language not yet translated)
            // is no translation; one without front matter has had its error.
            Some(_) if file.is_blank() || file.unreadable => {}
            Some(_) => group.translations.push(file),
        }
    }
    // A misnamed canonical file stands for its entry only where no file has the right name.
    for (section, meant, file) in misnamed {
        let group = by_entry.entry((section, meant.clone())).or_default();
        if group.canonical_files.is_empty() {
            group.slug = meant;
            group.misnamed = true;
            group.canonical_files.push(file);
        }
    }
    for group in by_entry.values_mut() {
        match group.canonical_files.as_slice() {
            [] => {}
            [one] => group.canonical = Some(one),
            [first, second, ..] => {
                let (named, plain) = if first.lang.is_some() {
                    (first, second)
                } else {
                    (second, first)
                };
                let (lang, section, slug) =
                    (config.default_language.as_str(), named.section, &group.slug);
                diags.push(
                    Diagnostic::error(format!(
                        "content/{section}/{slug}.md and content/{section}/{slug}.{lang}.md are both the canonical file of this entry"
                    ))
                    .at(&named.file, 0..named.front_matter.start.min(3))
                    .help(format!(
                        "`{lang}` is the default language, so both hold its text: keep one (browser editing writes `{slug}.{lang}.md`), move what the other has into it, and delete the other"
                    )),
                );
                group.canonical = Some(plain);
            }
        }
    }
    let mut sections: BTreeMap<Section, Vec<Group<'a>>> = BTreeMap::new();
    for ((section, slug), group) in by_entry {
        if group.canonical.is_none() {
            for translation in &group.translations {
                diags.push(
                    Diagnostic::error(format!("this translation has no canonical file content/{section}/{slug}.md"))
                        .in_file(&translation.file)
                        .help(format!(
                            "create content/{section}/{slug}.md with the facts and the {} text, or rename this file to match an existing entry",
                            config.default_language
                        )),
                );
            }
            continue;
        }
        sections.entry(section).or_default().push(group);
    }
    sections
}

/// An entry whose files parsed, before its references are resolved.
#[derive(Clone)]
struct Parsed<R, T> {
    slug: String,
    fingerprint: String,
    loc: Loc,
    raw: R,
    translations: Vec<(String, Loc, T)>,
    texts: Localized<Text>,
    links: BodyLinks,
}

impl<R, T> Parsed<R, T> {
    fn into_entry<F>(self, facts: impl FnOnce(&R, &[(String, Loc, T)], &Loc) -> F) -> Entry<F> {
        let facts = facts(&self.raw, &self.translations, &self.loc);
        Entry {
            slug: self.slug,
            fingerprint: self.fingerprint,
            texts: self.texts,
            facts,
            record: Vec::new(),
        }
    }
}

/// `parsed` made into entries with `facts`, in parallel: there are tens of thousands of
/// commitments, and `swivi serve` makes them again on every save. Problems in entry order.
fn into_entries<I, R, T, F>(
    parsed: Vec<Parsed<R, T>>,
    diags: &mut Diagnostics,
    facts: impl Fn(&R, &[(String, Loc, T)], &Loc, &mut Diagnostics) -> F + Sync,
) -> List<I, Entry<F>>
where
    R: Send,
    T: Send,
    F: Send,
{
    let made: Vec<(Entry<F>, Diagnostics)> = parsed
        .into_par_iter()
        .map(|p| {
            let mut problems = Diagnostics::default();
            let entry = p.into_entry(|raw, tr, loc| facts(raw, tr, loc, &mut problems));
            (entry, problems)
        })
        .collect();
    made.into_iter()
        .map(|(entry, problems)| {
            diags.extend(problems);
            entry
        })
        .collect()
}

trait Links {
    fn links(&self) -> BodyLinks;
}

impl<R, T> Links for Vec<Parsed<R, T>> {
    fn links(&self) -> BodyLinks {
        let mut links = BodyLinks::default();
        for parsed in self {
            links.extend(parsed.links.clone());
        }
        links
    }
}

fn slugs<R, T>(parsed: &[Parsed<R, T>]) -> Vec<String> {
    parsed.iter().map(|p| p.slug.clone()).collect()
}

/// Entries as a previous model parsed them, for `swivi serve`: an edit re-parses only the
/// entries whose files changed (an unchanged file is read into the very same `Arc`). A build
/// that is the only one ([`Cache::none`]) keeps nothing: its model takes the entries as parsed,
/// where a kept copy would double the memory they take.
pub(crate) struct Cache {
    groups: HashMap<(Section, String), Arc<dyn Any + Send + Sync>>,
    /// The sanitiser's allowlist the entries were rendered with.
    html: Option<HtmlPolicy>,
    keeps: bool,
}

impl Default for Cache {
    fn default() -> Cache {
        Cache {
            groups: HashMap::new(),
            html: None,
            keeps: true,
        }
    }
}

impl Cache {
    /// The cache of a build no other follows: it keeps nothing.
    pub(crate) fn none() -> Cache {
        Cache {
            keeps: false,
            ..Cache::default()
        }
    }

    /// Forgets every entry when the site's HTML allowlist changed: their bodies are stale.
    fn render_with(&mut self, html: &HtmlPolicy) {
        if self.html.as_ref() != Some(html) {
            self.groups.clear();
            self.html = Some(html.clone());
        }
    }
}

/// One entry as parsed, with what it was parsed from.
struct Cached<R, T> {
    /// The canonical file, then the translations.
    files: Vec<Arc<SourceFile>>,
    default_language: String,
    parsed: Option<Parsed<R, T>>,
    problems: Vec<Diagnostic>,
}

impl<R, T> Cached<R, T> {
    fn holds(&self, files: &[Arc<SourceFile>], default_language: &str) -> bool {
        self.default_language == default_language
            && self.files.len() == files.len()
            && self.files.iter().zip(files).all(|(a, b)| Arc::ptr_eq(a, b))
    }
}

/// Parses the sections of grouped files, through the cache.
struct Sections<'a, 'g, 's> {
    groups: &'a BTreeMap<Section, Vec<Group<'g>>>,
    default_language: &'a str,
    sanitiser: &'a Sanitiser<'s>,
    cache: &'a mut Cache,
    diags: &'a mut Diagnostics,
}

impl Sections<'_, '_, '_> {
    /// Every entry of `section` whose canonical file parses; `facts` are the fields a
    /// translation may not repeat.
    fn parse<R, T>(&mut self, section: Section, facts: &[&str]) -> Vec<Parsed<R, T>>
    where
        R: DeserializeOwned + CanonicalText + MoreText + Clone + Send + Sync + 'static,
        T: DeserializeOwned + TranslationText + Clone + Send + Sync + 'static,
    {
        let groups = self
            .groups
            .get(&section)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let (cache, default_language, sanitiser) =
            (&*self.cache, self.default_language, self.sanitiser);
        // Each entry is a few files to parse, independent of the others: in parallel, reported
        // in order.
        let results: Vec<Arc<Cached<R, T>>> = groups
            .par_iter()
            .map(|group| {
                let files: Vec<Arc<SourceFile>> = group
                    .canonical
                    .iter()
                    .chain(&group.translations)
                    .map(|file| Arc::clone(&file.file))
                    .collect();
                let previous = cache
                    .groups
                    .get(&(section, group.slug.clone()))
                    .and_then(|c| Arc::clone(c).downcast::<Cached<R, T>>().ok());
                if let Some(previous) = previous
                    && previous.holds(&files, default_language)
                {
                    return previous;
                }
                let mut problems = Diagnostics::default();
                let parsed = parse_group(group, default_language, sanitiser, facts, &mut problems);
                Arc::new(Cached {
                    files,
                    default_language: default_language.to_owned(),
                    parsed,
                    problems: problems.into_iter().collect(),
                })
            })
            .collect();
        self.cache.groups.retain(|(s, _), _| *s != section);
        for cached in &results {
            self.diags.extend(cached.problems.iter().cloned());
        }
        if !self.cache.keeps {
            return results
                .into_iter()
                .filter_map(|cached| match Arc::try_unwrap(cached) {
                    Ok(cached) => cached.parsed,
                    Err(shared) => shared.parsed.clone(),
                })
                .collect();
        }
        // The cache keeps its copy; the model gets its own (deep, so in parallel).
        let parsed: Vec<Parsed<R, T>> = results
            .par_iter()
            .filter_map(|cached| cached.parsed.clone())
            .collect();
        for (group, cached) in groups.iter().zip(results) {
            self.cache
                .groups
                .insert((section, group.slug.clone()), cached);
        }
        parsed
    }
}

/// An entry's canonical file and its translations, parsed.
fn parse_group<R, T>(
    group: &Group<'_>,
    default_language: &str,
    sanitiser: &Sanitiser,
    facts: &[&str],
    diags: &mut Diagnostics,
) -> Option<Parsed<R, T>>
where
    R: DeserializeOwned + CanonicalText + MoreText,
    T: DeserializeOwned + TranslationText,
{
    {
        // A canonical file without front matter has had its error; its translations wait.
        let canonical = group
            .canonical
            .filter(|c| !c.unreadable && !group.misnamed)?;
        let loc = Loc::of(canonical);
        let raw: R = match toml::from_str(canonical.front_matter_text()) {
            Ok(raw) => raw,
            Err(error) => {
                report_unread::<R>(canonical, &loc, &error, &[], diags);
                return None;
            }
        };
        if raw.title().trim().is_empty() {
            diags.push(
                loc.error(raw.title_span(), "the title is empty")
                    .label("every page and list shows the entry by its title")
                    .help("write the title readers will see, in the site's default language"),
            );
        }
        let mut links = BodyLinks::default();
        let mut texts = Localized::new();
        let body = body_html(canonical, default_language, sanitiser, &mut links, diags);
        let fingerprint = source_fingerprint(&raw, canonical.body_text());
        texts.insert(
            default_language.to_owned(),
            Text {
                title: Some(raw.title().to_owned()),
                summary: raw.summary().map(str::to_owned),
                body,
                unofficial: false,
                file: canonical.file.path.clone(),
                freshness: Freshness::Original,
                changed: None,
            },
        );
        let mut translations = Vec::new();
        for file in &group.translations {
            let lang = file.lang.clone().unwrap_or_default();
            let tloc = Loc::of(file);
            match toml::from_str::<T>(file.front_matter_text()) {
                Ok(translation) => {
                    let body = body_html(file, &lang, sanitiser, &mut links, diags);
                    texts.insert(
                        lang.clone(),
                        Text {
                            title: translation.title().map(str::to_owned),
                            summary: translation.summary().map(str::to_owned),
                            body,
                            unofficial: translation.unofficial(),
                            file: file.file.path.clone(),
                            freshness: Freshness::of(
                                translation.translated_from().map(|f| f.get_ref().as_str()),
                                &fingerprint,
                            ),
                            changed: None,
                        },
                    );
                    translations.push((lang, tloc, translation));
                }
                Err(error) => report_unread::<T>(file, &tloc, &error, facts, diags),
            }
        }
        Some(Parsed {
            slug: group.slug.clone(),
            fingerprint,
            loc,
            raw,
            translations,
            texts,
            links,
        })
    }
}

/// The fingerprint of everything in a canonical file that its translations translate.
fn source_fingerprint<R: CanonicalText + MoreText>(raw: &R, body: &str) -> String {
    let title = ("title".to_owned(), raw.title());
    let summary = raw.summary().map(|s| ("summary".to_owned(), s));
    let body = ("body".to_owned(), body);
    fingerprint::of_text(
        [title]
            .into_iter()
            .chain(summary)
            .chain([body])
            .chain(raw.more_text()),
    )
}

/// The body of `file`, in `lang`, as HTML; its links go to `links`, and what the sanitiser
/// removes from its raw HTML is a warning.
fn body_html(
    file: &EntryFile,
    lang: &str,
    sanitiser: &Sanitiser,
    links: &mut BodyLinks,
    diags: &mut Diagnostics,
) -> String {
    let rendered = match markdown::render(file.body_text(), sanitiser) {
        Ok(rendered) => rendered,
        Err(refused) => {
            let at = refused.span.start + file.body.start..refused.span.end + file.body.start;
            diags.push(
                Diagnostic::error(refused.message)
                    .at(&file.file, at)
                    .help(refused.help),
            );
            return String::new();
        }
    };
    let in_file = |span: Range<usize>| span.start + file.body.start..span.end + file.body.start;
    for mut link in rendered.internal_links {
        link.span = in_file(link.span);
        links.internal.push((Arc::clone(&file.file), link));
    }
    let page = format!("{lang}/{}", file.section.entry_path(&file.slug));
    for mut address in rendered.addresses {
        address.span = in_file(address.span);
        links.addresses.push(Written {
            file: Arc::clone(&file.file),
            page: page.clone(),
            lang: lang.to_owned(),
            address,
        });
    }
    for removed in rendered.removed {
        diags.push(
            Diagnostic::warning(removed.message)
                .at(&file.file, in_file(removed.span))
                .help(removed.help),
        );
    }
    rendered.html
}

/// The problems of a file that did not read as `T`, from serde's first `error`: every field
/// the file should not have (a fact in a translation gets its own explanation), not just the
/// first serde meets, then the first other problem, if any.
fn report_unread<T: DeserializeOwned>(
    file: &EntryFile,
    loc: &Loc,
    first: &toml::de::Error,
    facts: &[&str],
    diags: &mut Diagnostics,
) {
    let mut table = toml::de::DeTable::parse(file.front_matter_text()).ok();
    let mut next: Option<toml::de::Error> = None;
    loop {
        let error = next.as_ref().unwrap_or(first);
        let misplaced = crate::diag::toml::unknown_field(error.message()).is_some();
        diags.push(
            fact_error(file, loc, error, facts)
                .unwrap_or_else(|| toml_error(&file.file, loc.offset, error)),
        );
        // A field taken out, the rest is read again.
        let (Some(table), Some(span)) = (table.as_mut(), error.span()) else {
            return;
        };
        if !misplaced || !remove_key_at(table.get_mut(), &span) {
            return;
        }
        match T::deserialize(toml::de::Deserializer::from(table.clone())) {
            Ok(_) => return,
            Err(error) => next = Some(error),
        }
    }
}

/// `error` as a fact written in a translation, if it is one.
fn fact_error(
    file: &EntryFile,
    loc: &Loc,
    error: &toml::de::Error,
    facts: &[&str],
) -> Option<Diagnostic> {
    let (field, _) = crate::diag::toml::unknown_field(error.message())?;
    if !facts.contains(&field.as_str()) {
        return None;
    }
    let span = error.span().unwrap_or(0..0);
    Some(
        loc.error(span, format!("`{field}` is a fact, and a translation file holds only text"))
            .label("facts are written once, in the canonical file")
            .help(format!(
                "remove `{field}` from this file; it belongs in content/{}/{}.md, which states it for every language",
                file.section, file.slug
            )),
    )
}

/// Takes out of `table`, at any depth, the field whose name is at `span`; whether there was one.
fn remove_key_at(table: &mut toml::de::DeTable<'_>, span: &Range<usize>) -> bool {
    if let Some(key) = table.keys().find(|key| key.span() == *span).cloned() {
        table.remove(&key);
        return true;
    }
    table.iter_mut().any(|(_, value)| match value.get_mut() {
        toml::de::DeValue::Table(inner) => remove_key_at(inner, span),
        toml::de::DeValue::Array(items) => items.iter_mut().any(|item| match item.get_mut() {
            toml::de::DeValue::Table(inner) => remove_key_at(inner, span),
            _ => false,
        }),
        _ => false,
    })
}

fn check_pillar_numbers(
    pillars: &[Parsed<raw::RawPillar, raw::TextTranslation>],
    diags: &mut Diagnostics,
) {
    for pair in pillars.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.raw.number.get_ref() == b.raw.number.get_ref() {
            diags.push(
                b.loc
                    .error(
                        b.raw.number.span(),
                        format!(
                            "pillar number {} is also used by `{}`",
                            b.raw.number.get_ref(),
                            a.slug
                        ),
                    )
                    .help("give each pillar its own number"),
            );
        }
    }
}

/// A page with a `date` describes a source document: the footer and the index of pages list
/// only undated pages, and only the recommendations that name it as their `document` link to
/// it. One that none names would be linked from nowhere.
fn check_documents_are_linked(
    pages: &[Parsed<raw::RawPage, raw::TextTranslation>],
    recommendations: &[Parsed<raw::RawRecommendation, raw::RecommendationTranslation>],
    diags: &mut Diagnostics,
) {
    let named: std::collections::HashSet<&str> = recommendations
        .iter()
        .filter_map(|r| r.raw.document.as_ref())
        .map(|document| document.get_ref().as_str())
        .collect();
    let slugs: std::collections::HashSet<&str> = pages.iter().map(|p| p.slug.as_str()).collect();
    if !named.is_subset(&slugs) {
        // A document misnamed is an error of its own; the page meant looking unlinked follows.
        return;
    }
    for page in pages {
        if page.raw.date.is_some() && !named.contains(page.slug.as_str()) {
            diags.push(
                Diagnostic::warning(format!(
                    "the page `{}` has a `date`, so it is a source document, and no recommendation names it as its `document`: no page links to it",
                    page.slug
                ))
                .in_file(&page.loc.file)
                .help("name it as the `document` of the recommendations it made, or remove its `date` to list it with the pages in the footer"),
            );
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::content::frontmatter;
    use crate::ids::Id;
    use crate::model::{CommitmentId, CountryId};

    /// A site in French, with Spanish.
    pub(in crate::model) fn config() -> Config {
        let file = SourceFile::new(
            "site.toml",
            "base_url = \"https://example.org/\"\ndefault_language = \"fr\"\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n[[languages]]\ncode = \"es\"\nname = \"Español\"\n",
        );
        crate::config::parse(&file, None, &mut Diagnostics::default()).unwrap()
    }

    fn entry(path: &str, text: &str) -> EntryFile {
        let parts: Vec<&str> = path.split('/').collect();
        let (stem, _) = parts[2].rsplit_once(".md").unwrap();
        let (slug, lang) = match stem.split_once('.') {
            Some((s, l)) => (s, Some(l.to_owned())),
            None => (stem, None),
        };
        let split = frontmatter::split(text).unwrap();
        EntryFile {
            section: Section::from_name(parts[1]).unwrap(),
            slug: slug.to_owned(),
            lang,
            file: SourceFile::new(path, text),
            front_matter: split.front_matter,
            body: split.body,
            unreadable: false,
        }
    }

    fn build_site(files: &[EntryFile]) -> (Option<Site>, String) {
        build_cached(files, &mut Cache::default())
    }

    fn build_cached(files: &[EntryFile], cache: &mut Cache) -> (Option<Site>, String) {
        let mut diags = Diagnostics::default();
        let today = Date::parse("2026-11-23").unwrap();
        let site = build(&config(), files, None, today, cache, &mut diags);
        (site.ok(), diags.sorted().render_plain())
    }

    #[test]
    fn a_rebuild_parses_again_only_the_entries_whose_files_changed() {
        let mut files = base();
        files.push(entry(
            "content/countries/pe.md",
            "+++\ntitle = \"Pérou\"\n+++\n",
        ));
        let mut cache = Cache::default();
        build_cached(&files, &mut cache);
        let cached = |cache: &Cache, slug: &str| {
            Arc::clone(&cache.groups[&(Section::Countries, slug.to_owned())])
        };
        let (chile, peru) = (cached(&cache, "cl"), cached(&cache, "pe"));
        files[3] = entry(
            "content/countries/pe.md",
            "+++\ntitle = \"Le Pérou\"\n+++\n",
        );
        files.push(entry(
            "content/countries/pe.es.md",
            "+++\ntitle = \"Perú\"\n+++\n",
        ));
        let (site, diags) = build_cached(&files, &mut cache);
        let site = site.unwrap_or_else(|| panic!("{diags}"));
        assert!(Arc::ptr_eq(&chile, &cached(&cache, "cl")), "Chile is kept");
        assert!(
            !Arc::ptr_eq(&peru, &cached(&cache, "pe")),
            "Peru is parsed again"
        );
        let peru = &site.countries[CountryId::new(1)];
        assert_eq!(peru.texts["fr"].title.as_deref(), Some("Le Pérou"));
        assert_eq!(peru.texts["es"].title.as_deref(), Some("Perú"));
        files.pop();
        files.pop();
        build_cached(&files, &mut cache);
        assert_eq!(cache.groups.len(), 3, "a removed entry leaves the cache");
    }

    #[test]
    fn a_build_no_other_follows_keeps_no_copy_of_its_entries() {
        let mut files = base();
        files.push(entry(
            "content/countries/pe.md",
            "+++\ntitle = \"Pérou\"\n+++\n\nUn [lien](@/countries/cl.md).\n",
        ));
        let (kept, kept_diags) = build_cached(&files, &mut Cache::default());
        let mut none = Cache::none();
        let (taken, taken_diags) = build_cached(&files, &mut none);
        assert!(none.groups.is_empty(), "nothing is kept");
        assert_eq!(taken_diags, kept_diags);
        assert_eq!(format!("{taken:?}"), format!("{kept:?}"), "the same model");
    }

    fn base() -> Vec<EntryFile> {
        vec![
            entry("content/countries/cl.md", "+++\ntitle = \"Chili\"\n+++\n"),
            entry(
                "content/pillars/one.md",
                "+++\ntitle = \"Un\"\nnumber = 1\n+++\n",
            ),
            entry(
                "content/meetings/m.md",
                "+++\ntitle = \"Réunion\"\nstart = \"2023-05-09\"\n+++\n",
            ),
        ]
    }

    #[test]
    fn a_commitment_takes_the_status_of_its_latest_update() {
        let mut files = base();
        files.push(entry(
            "content/commitments/c.md",
            "+++\ntitle = \"C\"\ncountry = \"cl\"\npillars = [\"one\"]\ndate = \"2022-10\"\n\
             [[updates]]\ndate = \"2024-01-01\"\nstatus = \"completed\"\nnote = \"fini\"\nmeeting = \"m\"\n\
             [[updates]]\ndate = \"2023-01-01\"\nstatus = \"in-progress\"\nnote = \"en cours\"\nsource = \"Rapport\"\n+++\n",
        ));
        files.push(entry(
            "content/commitments/c.es.md",
            "+++\ntitle = \"C es\"\n[[updates]]\ndate = \"2023-01-01\"\nnote = \"en curso\"\n+++\n",
        ));
        let (site, diags) = build_site(&files);
        let site = site.unwrap_or_else(|| panic!("{diags}"));
        let c = &site.commitments[CommitmentId::FIRST].facts;
        assert_eq!(site.config.statuses[c.status(&site.config)].id, "completed");
        assert_eq!(c.updates[0].note["es"], "en curso");
        assert_eq!(c.updates[0].date.to_string(), "2023-01-01");
    }

    #[test]
    fn reports_every_broken_reference_of_a_file() {
        let mut files = base();
        files.push(entry(
            "content/commitments/c.md",
            "+++\ntitle = \"C\"\ncountry = \"cll\"\npillars = [\"onee\"]\ndate = \"2022\"\n\
             [[updates]]\ndate = \"2023\"\nstatus = \"complete\"\nnote = \"x\"\nmeeting = \"mm\"\n+++\n",
        ));
        let (site, diags) = build_site(&files);
        assert!(site.is_none());
        for expected in [
            "unknown country `cll`",
            "did you mean `cl`?",
            "unknown pillar `onee`",
            "did you mean `one`?",
            "unknown status `complete`",
            "did you mean `completed`?",
            "unknown meeting `mm`",
        ] {
            assert!(diags.contains(expected), "missing {expected:?} in\n{diags}");
        }
    }

    #[test]
    fn translation_that_names_a_missing_update_is_an_error() {
        let mut files = base();
        files.push(entry(
            "content/countries/cl.es.md",
            "+++\ntitle = \"Chile\"\n+++\n",
        ));
        files.push(entry(
            "content/commitments/c.md",
            "+++\ntitle = \"C\"\ncountry = \"cl\"\ndate = \"2022\"\n[[updates]]\ndate = \"2023-05-09\"\nstatus = \"stalled\"\nnote = \"x\"\nsource = \"s\"\n+++\n",
        ));
        files.push(entry(
            "content/commitments/c.es.md",
            "+++\n[[updates]]\ndate = \"2023-05-10\"\nnote = \"y\"\n+++\n",
        ));
        let (_, diags) = build_site(&files);
        assert!(
            diags.contains("this translation names no update dated 2023-05-10"),
            "{diags}"
        );
        assert!(diags.contains("did you mean `2023-05-09`?"), "{diags}");
    }

    #[test]
    fn recommendation_needs_an_origin() {
        let mut files = base();
        files.push(entry(
            "content/recommendations/r.md",
            "+++\ntitle = \"R\"\n+++\nTexte",
        ));
        let (_, diags) = build_site(&files);
        assert!(
            diags.contains("this recommendation does not say where it comes from"),
            "{diags}"
        );
    }

    #[test]
    fn a_translation_is_outdated_once_its_source_text_changes() {
        let canonical = "+++\ntitle = \"Chili\"\n+++\nUn pays.\n";
        let (site, diags) = build_site(&[entry("content/countries/cl.md", canonical)]);
        let fingerprint = site.unwrap_or_else(|| panic!("{diags}")).countries[CountryId::FIRST]
            .fingerprint
            .clone();
        let translation =
            format!("+++\ntitle = \"Chile\"\ntranslated_from = \"{fingerprint}\"\n+++\nUn país.\n");
        let freshness = |canonical: &str, translation: &str| {
            let files = [
                entry("content/countries/cl.md", canonical),
                entry("content/countries/cl.es.md", translation),
            ];
            let (site, diags) = build_site(&files);
            site.unwrap_or_else(|| panic!("{diags}")).countries[CountryId::FIRST].texts["es"]
                .freshness
                .clone()
        };
        assert_eq!(freshness(canonical, &translation), Freshness::UpToDate);
        // A fact or a line ending changing is not a change of the text to translate.
        assert_eq!(
            freshness(
                "+++\r\ntitle = \"Chili\"\r\n+++\r\nUn pays.  \r\n",
                &translation
            ),
            Freshness::UpToDate
        );
        assert_eq!(
            freshness(
                "+++\ntitle = \"Chili\"\n+++\nUn pays d'Amérique.\n",
                &translation
            ),
            Freshness::Outdated {
                recorded: fingerprint
            }
        );
        assert_eq!(
            freshness(canonical, "+++\ntitle = \"Chile\"\n+++\n"),
            Freshness::Unrecorded
        );
    }

    #[test]
    fn a_new_update_note_changes_the_source_of_a_commitment() {
        let commitment = |notes: &[&str]| {
            let updates: String = notes
                .iter()
                .enumerate()
                .map(|(i, note)| {
                    format!("[[updates]]\ndate = \"2023-0{}-01\"\nstatus = \"stalled\"\nnote = \"{note}\"\nsource = \"s\"\n", i + 1)
                })
                .collect();
            let mut files = base();
            files.push(entry(
                "content/commitments/c.md",
                &format!("+++\ntitle = \"C\"\ncountry = \"cl\"\ndate = \"2022\"\n{updates}+++\n"),
            ));
            let (site, diags) = build_site(&files);
            site.unwrap_or_else(|| panic!("{diags}")).commitments[CommitmentId::FIRST]
                .fingerprint
                .clone()
        };
        assert_ne!(commitment(&["a"]), commitment(&["a", "b"]));
        assert_ne!(commitment(&["a"]), commitment(&["b"]));
    }
}
