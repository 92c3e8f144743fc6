//! Raw front matter → the typed, validated [`Site`].
//!
//! Two passes. The first parses every file of every section (canonical and translations),
//! renders bodies and gathers text by language; the second resolves references now that every
//! slug is known, and checks what the serde structs cannot say (one of two fields, dates in
//! order, translations that name an update or an indicator that exists). Every problem is
//! reported with its place and the run goes on, so an editor sees all of them at once.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use toml::Spanned;

use super::raw::{self, CanonicalText, TranslationText, fields_of};
use super::slug::{is_country_code, is_slug};
use super::{
    Commitment, Country, Date, Document, Entry, Indicator, Localized, Measure, Meeting, Milestone,
    Origin, Page, Pillar, Point, Recommendation, Site, Text, Update,
};
use crate::config::Config;
use crate::content::markdown::{self, InternalLink};
use crate::content::{EntryFile, Section, toml_error};
use crate::diag::{Diagnostic, Diagnostics, SourceFile, did_you_mean};

pub(crate) fn build(config: &Config, files: &[EntryFile], diags: &mut Diagnostics) -> Option<Site> {
    let errors_before = diags.error_count();
    let groups = group(config, files, diags);
    let section = |s: Section| groups.get(&s).map(Vec::as_slice).unwrap_or_default();
    let canonical_langs = &config.default_language;

    let countries = parse_section::<raw::RawCountry, raw::TextTranslation>(
        section(Section::Countries),
        canonical_langs,
        &[],
        diags,
    );
    let mut pillars = parse_section::<raw::RawPillar, raw::TextTranslation>(
        section(Section::Pillars),
        canonical_langs,
        fields_of::<raw::RawPillar>(),
        diags,
    );
    pillars.sort_by_key(|p| (*p.raw.number.get_ref(), p.slug.clone()));
    let commitment_facts = [
        fields_of::<raw::RawCommitment>(),
        fields_of::<raw::RawUpdate>(),
        fields_of::<raw::RawIndicator>(),
        fields_of::<raw::RawPoint>(),
    ]
    .concat();
    let commitments = parse_section::<raw::RawCommitment, raw::CommitmentTranslation>(
        section(Section::Commitments),
        canonical_langs,
        &commitment_facts,
        diags,
    );
    let meeting_facts = [
        fields_of::<raw::RawMeeting>(),
        fields_of::<raw::RawIndicator>(),
        fields_of::<raw::RawDocument>(),
    ]
    .concat();
    let meetings = parse_section::<raw::RawMeeting, raw::MeetingTranslation>(
        section(Section::Meetings),
        canonical_langs,
        &meeting_facts,
        diags,
    );
    let recommendations = parse_section::<raw::RawRecommendation, raw::RecommendationTranslation>(
        section(Section::Recommendations),
        canonical_langs,
        fields_of::<raw::RawRecommendation>(),
        diags,
    );
    let pages = parse_section::<raw::RawPage, raw::TextTranslation>(
        section(Section::Pages),
        canonical_langs,
        fields_of::<raw::RawPage>(),
        diags,
    );

    let mut index = Index {
        config,
        positions: HashMap::new(),
        unparsed: groups
            .iter()
            .flat_map(|(section, list)| list.iter().map(move |g| (*section, g.slug.clone())))
            .collect(),
        slugs: [
            (Section::Countries, slugs(&countries)),
            (Section::Pillars, slugs(&pillars)),
            (Section::Commitments, slugs(&commitments)),
            (Section::Meetings, slugs(&meetings)),
            (Section::Recommendations, slugs(&recommendations)),
            (Section::Pages, slugs(&pages)),
        ]
        .into(),
    };
    index.positions = index
        .slugs
        .iter()
        .flat_map(|(section, slugs)| {
            slugs
                .iter()
                .enumerate()
                .map(|(i, slug)| ((*section, slug.clone()), i))
        })
        .collect();
    check_pillar_numbers(&pillars, diags);
    check_page_slugs(&pages, diags);
    for links in [
        &countries.links(),
        &pillars.links(),
        &commitments.links(),
        &meetings.links(),
        &recommendations.links(),
        &pages.links(),
    ] {
        index.check_links(links, diags);
    }

    let meetings_by_slug: Vec<Date> = meetings.iter().map(|m| m.raw.start).collect();
    let site = Site {
        config: config.clone(),
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
        commitments: commitments
            .into_iter()
            .map(|p| p.into_entry(|raw, tr, loc| index.commitment(raw, tr, loc, diags)))
            .collect(),
        meetings: meetings
            .into_iter()
            .map(|p| p.into_entry(|raw, tr, loc| index.meeting(raw, tr, loc, diags)))
            .collect(),
        recommendations: recommendations
            .into_iter()
            .map(|p| {
                p.into_entry(|raw, tr, loc| {
                    index.recommendation(raw, tr, loc, &meetings_by_slug, diags)
                })
            })
            .collect(),
        pages: pages
            .into_iter()
            .map(|p| p.into_entry(|raw, _, _| Page { date: raw.date }))
            .collect(),
    };
    (diags.error_count() == errors_before).then_some(site)
}

/// Where in a file the TOML being checked starts, to turn its spans into file positions.
#[derive(Clone)]
struct Loc {
    file: Arc<SourceFile>,
    offset: usize,
}

impl Loc {
    fn of(entry: &EntryFile) -> Loc {
        Loc {
            file: Arc::clone(&entry.file),
            offset: entry.front_matter.start,
        }
    }

    fn error(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(message).at(&self.file, span.start + self.offset..span.end + self.offset)
    }
}

/// Files of one entry: the canonical file and its translations.
#[derive(Default)]
struct Group<'a> {
    slug: String,
    canonical: Option<&'a EntryFile>,
    translations: Vec<&'a EntryFile>,
}

fn group<'a>(
    config: &Config,
    files: &'a [EntryFile],
    diags: &mut Diagnostics,
) -> BTreeMap<Section, Vec<Group<'a>>> {
    let mut by_entry: BTreeMap<(Section, &str), Group<'a>> = BTreeMap::new();
    for file in files {
        let slug_ok = match file.section {
            Section::Countries => is_country_code(&file.slug),
            _ => is_slug(&file.slug),
        };
        if !slug_ok {
            let help = match file.section {
                Section::Countries => {
                    "name country files by their ISO 3166-1 alpha-2 code in lower case, e.g. `cl.md`"
                }
                _ => "use lower-case letters, digits and single hyphens, e.g. `cl-integration.md`",
            };
            diags.push(
                Diagnostic::error(format!("`{}` is not a valid name for an entry", file.slug))
                    .in_file(&file.file)
                    .help(help),
            );
            continue;
        }
        let group = by_entry
            .entry((file.section, file.slug.as_str()))
            .or_default();
        group.slug = file.slug.clone();
        match &file.lang {
            None => group.canonical = Some(file),
            Some(lang) if *lang == config.default_language => diags.push(
                Diagnostic::error(format!(
                    "`{lang}` is the default language, so this text belongs in the canonical file"
                ))
                .in_file(&file.file)
                .help(format!(
                    "move its text into content/{}/{}.md and delete this file",
                    file.section, file.slug
                )),
            ),
            Some(_) => group.translations.push(file),
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
struct Parsed<R, T> {
    slug: String,
    loc: Loc,
    raw: R,
    translations: Vec<(String, Loc, T)>,
    texts: Localized<Text>,
    links: Vec<(Arc<SourceFile>, InternalLink)>,
}

impl<R, T> Parsed<R, T> {
    fn into_entry<F>(self, facts: impl FnOnce(&R, &[(String, Loc, T)], &Loc) -> F) -> Entry<F> {
        let facts = facts(&self.raw, &self.translations, &self.loc);
        Entry {
            slug: self.slug,
            texts: self.texts,
            facts,
        }
    }
}

trait Links {
    fn links(&self) -> Vec<(Arc<SourceFile>, InternalLink)>;
}

impl<R, T> Links for Vec<Parsed<R, T>> {
    fn links(&self) -> Vec<(Arc<SourceFile>, InternalLink)> {
        self.iter().flat_map(|p| p.links.iter().cloned()).collect()
    }
}

fn slugs<R, T>(parsed: &[Parsed<R, T>]) -> Vec<String> {
    parsed.iter().map(|p| p.slug.clone()).collect()
}

fn parse_section<R, T>(
    groups: &[Group<'_>],
    default_language: &str,
    facts: &[&str],
    diags: &mut Diagnostics,
) -> Vec<Parsed<R, T>>
where
    R: DeserializeOwned + CanonicalText,
    T: DeserializeOwned + TranslationText,
{
    let mut parsed = Vec::new();
    for group in groups {
        let Some(canonical) = group.canonical else {
            continue;
        };
        let loc = Loc::of(canonical);
        let raw: R = match toml::from_str(canonical.front_matter_text()) {
            Ok(raw) => raw,
            Err(error) => {
                diags.push(toml_error(&canonical.file, loc.offset, &error));
                continue;
            }
        };
        let mut links = Vec::new();
        let mut texts = Localized::new();
        let body = body_html(canonical, &mut links);
        texts.insert(
            default_language.to_owned(),
            Text {
                title: Some(raw.title().to_owned()),
                summary: raw.summary().map(str::to_owned),
                body,
                unofficial: false,
            },
        );
        let mut translations = Vec::new();
        for file in &group.translations {
            let lang = file.lang.clone().unwrap_or_default();
            let tloc = Loc::of(file);
            match toml::from_str::<T>(file.front_matter_text()) {
                Ok(translation) => {
                    let body = body_html(file, &mut links);
                    texts.insert(
                        lang.clone(),
                        Text {
                            title: translation.title().map(str::to_owned),
                            summary: translation.summary().map(str::to_owned),
                            body,
                            unofficial: translation.unofficial(),
                        },
                    );
                    translations.push((lang, tloc, translation));
                }
                Err(error) => diags.push(translation_error(file, &tloc, &error, facts)),
            }
        }
        parsed.push(Parsed {
            slug: group.slug.clone(),
            loc,
            raw,
            translations,
            texts,
            links,
        });
    }
    parsed
}

fn body_html(file: &EntryFile, links: &mut Vec<(Arc<SourceFile>, InternalLink)>) -> String {
    let rendered = markdown::render(file.body_text());
    for mut link in rendered.internal_links {
        link.span = link.span.start + file.body.start..link.span.end + file.body.start;
        links.push((Arc::clone(&file.file), link));
    }
    rendered.html
}

/// A translation's parse error; an unknown field that is a fact of the canonical file gets
/// its own explanation.
fn translation_error(
    file: &EntryFile,
    loc: &Loc,
    error: &toml::de::Error,
    facts: &[&str],
) -> Diagnostic {
    let message = error.message();
    if let Some((field, _)) = crate::content::unknown_field(message)
        && facts.contains(&field.as_str())
    {
        let span = error.span().unwrap_or(0..0);
        return loc
            .error(span, format!("`{field}` is a fact, and a translation file holds only text"))
            .label("facts are written once, in the canonical file")
            .help(format!(
                "remove `{field}` from this file; it belongs in content/{}/{}.md, which states it for every language",
                file.section, file.slug
            ));
    }
    toml_error(&file.file, loc.offset, error)
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

fn check_page_slugs(pages: &[Parsed<raw::RawPage, raw::TextTranslation>], diags: &mut Diagnostics) {
    for page in pages {
        if Section::from_name(&page.slug).is_some() || page.slug == "feed" {
            diags.push(
                Diagnostic::error(format!(
                    "the page `{}` would take the address of the section `{}`",
                    page.slug, page.slug
                ))
                .in_file(&page.loc.file)
                .help("rename the file, e.g. `about-countries.md`"),
            );
        }
    }
}

/// Every slug of the site, to resolve references against.
struct Index<'a> {
    config: &'a Config,
    /// Every entry with a canonical file, parsed or not: a reference to an entry whose file
    /// did not parse is not reported again (that file's own error says what to fix).
    unparsed: std::collections::BTreeSet<(Section, String)>,
    /// Slugs of each section, in the order of the site's lists.
    slugs: BTreeMap<Section, Vec<String>>,
    /// Where each slug is in its section's list.
    positions: HashMap<(Section, String), usize>,
}

impl Index<'_> {
    fn slugs(&self, section: Section) -> &[String] {
        self.slugs
            .get(&section)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Whether the entry has a canonical file, whether or not it parsed.
    fn knows(&self, section: Section, slug: &str) -> bool {
        let key = (section, slug.to_owned());
        self.positions.contains_key(&key) || self.unparsed.contains(&key)
    }

    /// The index of the entry `name` refers to, or an error that suggests the closest slug.
    fn resolve(
        &self,
        section: Section,
        name: &Spanned<String>,
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Option<usize> {
        let wanted = name.get_ref();
        if let Some(&i) = self.positions.get(&(section, wanted.clone())) {
            return Some(i);
        }
        if self.knows(section, wanted) {
            return None;
        }
        let (kind, kinds) = section_words(section);
        let candidates: Vec<&str> = self.slugs(section).iter().map(String::as_str).collect();
        diags.push(
            loc.error(name.span(), format!("unknown {kind} `{wanted}`"))
                .label(format!("there is no content/{section}/{wanted}.md"))
                .help(did_you_mean(wanted, &candidates, kinds)),
        );
        None
    }

    fn resolve_all(
        &self,
        section: Section,
        names: &[Spanned<String>],
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Vec<usize> {
        names
            .iter()
            .filter_map(|n| self.resolve(section, n, loc, diags))
            .collect()
    }

    fn status(&self, name: &Spanned<String>, loc: &Loc, diags: &mut Diagnostics) -> Option<usize> {
        let wanted = name.get_ref();
        self.config.status_index(wanted).or_else(|| {
            let ids: Vec<&str> = self.config.statuses.iter().map(|s| s.id.as_str()).collect();
            diags.push(
                loc.error(name.span(), format!("unknown status `{wanted}`"))
                    .label("not one of the statuses in site.toml")
                    .help(did_you_mean(wanted, &ids, "statuses")),
            );
            None
        })
    }

    fn check_links(&self, links: &[(Arc<SourceFile>, InternalLink)], diags: &mut Diagnostics) {
        for (file, link) in links {
            let sections: Vec<&str> = Section::ALL.iter().map(|s| s.name()).collect();
            let Some(section) = Section::from_name(&link.section) else {
                diags.push(
                    Diagnostic::error(format!(
                        "the link `@/{}/{}` names no section",
                        link.section, link.slug
                    ))
                    .at(file, link.span.clone())
                    .help(did_you_mean(&link.section, &sections, "sections")),
                );
                continue;
            };
            if !self.knows(section, &link.slug) {
                let slugs = self.slugs(section);
                let (kind, kinds) = section_words(section);
                let candidates: Vec<&str> = slugs.iter().map(String::as_str).collect();
                diags.push(
                    Diagnostic::error(format!(
                        "the link `@/{section}/{}` leads to no {kind}",
                        link.slug
                    ))
                    .at(file, link.span.clone())
                    .label(format!("there is no content/{section}/{}.md", link.slug))
                    .help(did_you_mean(&link.slug, &candidates, kinds)),
                );
            }
        }
    }

    fn commitment(
        &self,
        raw: &raw::RawCommitment,
        translations: &[(String, Loc, raw::CommitmentTranslation)],
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Commitment {
        let country = self
            .resolve(Section::Countries, &raw.country, loc, diags)
            .unwrap_or_default();
        let pillars = self.resolve_all(Section::Pillars, &raw.pillars, loc, diags);
        let meeting = raw
            .meeting
            .as_ref()
            .and_then(|m| self.resolve(Section::Meetings, m, loc, diags));
        let recommendations =
            self.resolve_all(Section::Recommendations, &raw.recommendations, loc, diags);
        let mut updates: Vec<Update> = raw
            .updates
            .iter()
            .map(|update| self.update(update, loc, diags))
            .collect();
        updates.sort_by_key(|u| u.date);
        check_distinct_dates(
            raw.updates.iter().map(|u| &u.get_ref().date),
            loc,
            "update",
            diags,
        );
        for (lang, tloc, translation) in translations {
            for t in &translation.updates {
                match updates.iter_mut().find(|u| u.date == *t.date.get_ref()) {
                    Some(update) => {
                        update.note.insert(lang.clone(), t.note.clone());
                    }
                    None => diags.push(no_such_date(
                        tloc,
                        &t.date,
                        "update",
                        updates.iter().map(|u| u.date),
                    )),
                }
            }
        }
        let indicators = self.indicators(
            &raw.indicators,
            translations.iter().map(|(l, tl, t)| (l, tl, &t.indicators)),
            loc,
            diags,
        );
        Commitment {
            country,
            pillars,
            date: raw.date,
            meeting,
            recommendations,
            updates,
            indicators,
        }
    }

    /// An update; with an unknown status it still names its date, so translations of it are
    /// not reported as dangling as well (the build fails on the status error anyway).
    fn update(
        &self,
        spanned: &Spanned<raw::RawUpdate>,
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Update {
        let raw = spanned.get_ref();
        let status = self.status(&raw.status, loc, diags);
        let meeting = raw
            .meeting
            .as_ref()
            .and_then(|m| self.resolve(Section::Meetings, m, loc, diags));
        if raw.meeting.is_none() && raw.source.is_none() {
            diags.push(
                loc.error(spanned.span(), format!("the update of {} has no source", raw.date.get_ref()))
                    .help("add `meeting = \"<meeting slug>\"` or `source = \"<document title>\"` so readers can check it"),
            );
        }
        let source_url = raw
            .source_url
            .as_ref()
            .map(|url| check_url(url, loc, diags));
        Update {
            date: *raw.date.get_ref(),
            status: status.unwrap_or(self.config.default_status),
            note: [(self.config.default_language.clone(), raw.note.clone())].into(),
            meeting,
            source: raw.source.clone(),
            source_url,
        }
    }

    fn indicators<'t>(
        &self,
        raw: &[raw::RawIndicator],
        translations: impl Iterator<Item = (&'t String, &'t Loc, &'t Vec<raw::IndicatorTranslation>)>,
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Vec<Indicator> {
        let mut indicators: Vec<Indicator> =
            raw.iter().map(|r| self.indicator(r, loc, diags)).collect();
        let mut seen: Vec<&str> = Vec::new();
        for r in raw {
            if seen.contains(&r.id.get_ref().as_str()) {
                diags.push(
                    loc.error(
                        r.id.span(),
                        format!("two indicators have the id `{}`", r.id.get_ref()),
                    )
                    .help("give each indicator its own id"),
                );
            }
            seen.push(r.id.get_ref());
        }
        for (lang, tloc, list) in translations {
            for t in list {
                let Some(indicator) = indicators.iter_mut().find(|i| i.id == *t.id.get_ref())
                else {
                    let ids: Vec<&str> = raw.iter().map(|r| r.id.get_ref().as_str()).collect();
                    diags.push(
                        tloc.error(
                            t.id.span(),
                            format!("this translation names no indicator `{}`", t.id.get_ref()),
                        )
                        .help(did_you_mean(
                            t.id.get_ref(),
                            &ids,
                            "indicators",
                        )),
                    );
                    continue;
                };
                if let Some(title) = &t.title {
                    indicator.title.insert(lang.clone(), title.clone());
                }
                if let Measure::Qualitative { milestones } = &mut indicator.measure {
                    for m in &t.milestones {
                        match milestones.iter_mut().find(|x| x.date == *m.date.get_ref()) {
                            Some(milestone) => {
                                milestone.note.insert(lang.clone(), m.note.clone());
                            }
                            None => diags.push(no_such_date(
                                tloc,
                                &m.date,
                                "milestone",
                                milestones.iter().map(|x| x.date),
                            )),
                        }
                    }
                } else if let Some(m) = t.milestones.first() {
                    diags.push(
                        tloc.error(
                            m.date.span(),
                            "a quantitative indicator has no milestones to translate",
                        )
                        .help("remove these `[[indicators.milestones]]`"),
                    );
                }
            }
        }
        indicators
    }

    fn indicator(&self, raw: &raw::RawIndicator, loc: &Loc, diags: &mut Diagnostics) -> Indicator {
        if !is_slug(raw.id.get_ref()) {
            diags.push(
                loc.error(
                    raw.id.span(),
                    format!("the indicator id `{}` is not a slug", raw.id.get_ref()),
                )
                .help("use lower-case letters, digits and hyphens"),
            );
        }
        let lang = &self.config.default_language;
        let misplaced = |field: &str, span: Range<usize>, kind: &str, diags: &mut Diagnostics| {
            diags.push(
                loc.error(span, format!("a {kind} indicator has no `{field}`"))
                    .help(format!("remove `{field}`, or set `kind` to the other kind")),
            );
        };
        let measure = match raw.kind.get_ref() {
            raw::IndicatorKind::Quantitative => {
                if let Some(m) = raw.milestones.first() {
                    misplaced("milestones", m.span(), "quantitative", diags);
                }
                let unit = match &raw.unit {
                    Some(unit) => unit.get_ref().clone(),
                    None => {
                        diags.push(
                            loc.error(
                                raw.id.span(),
                                format!(
                                    "the quantitative indicator `{}` has no unit",
                                    raw.id.get_ref()
                                ),
                            )
                            .help("add `unit = \"%\"` (or \"USD\", \"people\", …)"),
                        );
                        String::new()
                    }
                };
                let point = |p: &Spanned<raw::RawPoint>| Point {
                    date: p.get_ref().date,
                    value: p.get_ref().value,
                };
                let mut values: Vec<Point> = raw.values.iter().map(point).collect();
                values.sort_by_key(|p| p.date);
                for pair in values.windows(2) {
                    if pair[0].date == pair[1].date {
                        diags.push(
                            loc.error(
                                raw.id.span(),
                                format!(
                                    "the indicator `{}` has two values dated {}",
                                    raw.id.get_ref(),
                                    pair[0].date
                                ),
                            )
                            .help("keep one value per date"),
                        );
                    }
                }
                Measure::Quantitative {
                    unit,
                    baseline: raw.baseline.as_ref().map(point),
                    target: raw.target.as_ref().map(point),
                    values,
                }
            }
            raw::IndicatorKind::Qualitative => {
                for (field, span) in [
                    ("unit", raw.unit.as_ref().map(Spanned::span)),
                    ("baseline", raw.baseline.as_ref().map(Spanned::span)),
                    ("target", raw.target.as_ref().map(Spanned::span)),
                    ("values", raw.values.first().map(Spanned::span)),
                ] {
                    if let Some(span) = span {
                        misplaced(field, span, "qualitative", diags);
                    }
                }
                check_distinct_dates(
                    raw.milestones.iter().map(|m| &m.get_ref().date),
                    loc,
                    "milestone",
                    diags,
                );
                let mut milestones: Vec<Milestone> = raw
                    .milestones
                    .iter()
                    .map(|m| Milestone {
                        date: *m.get_ref().date.get_ref(),
                        note: [(lang.clone(), m.get_ref().note.clone())].into(),
                    })
                    .collect();
                milestones.sort_by_key(|m| m.date);
                Measure::Qualitative { milestones }
            }
        };
        Indicator {
            id: raw.id.get_ref().clone(),
            title: [(lang.clone(), raw.title.clone())].into(),
            measure,
        }
    }

    fn meeting(
        &self,
        raw: &raw::RawMeeting,
        translations: &[(String, Loc, raw::MeetingTranslation)],
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Meeting {
        if let Some(end) = &raw.end
            && *end.get_ref() < raw.start
        {
            diags.push(
                loc.error(
                    end.span(),
                    format!(
                        "the meeting ends ({}) before it starts ({})",
                        end.get_ref(),
                        raw.start
                    ),
                )
                .help("check the `start` and `end` dates"),
            );
        }
        let lang = &self.config.default_language;
        let localized = |canonical: &Option<String>,
                         pick: fn(&raw::MeetingTranslation) -> &Option<String>|
         -> Localized<String> {
            let Some(text) = canonical else {
                return Localized::new();
            };
            let mut values: Localized<String> = [(lang.clone(), text.clone())].into();
            for (l, _, t) in translations {
                if let Some(v) = pick(t) {
                    values.insert(l.clone(), v.clone());
                }
            }
            values
        };
        let documents = raw
            .documents
            .iter()
            .map(|d| Document {
                title: d.title.clone(),
                url: d.url.as_ref().map(|u| check_url(u, loc, diags)),
            })
            .collect();
        Meeting {
            start: raw.start,
            end: raw.end.as_ref().map(|e| *e.get_ref()),
            place: localized(&raw.place, |t| &t.place),
            organisers: localized(&raw.organisers, |t| &t.organisers),
            countries: self.resolve_all(Section::Countries, &raw.countries, loc, diags),
            documents,
            indicators: self.indicators(
                &raw.indicators,
                translations.iter().map(|(l, tl, t)| (l, tl, &t.indicators)),
                loc,
                diags,
            ),
        }
    }

    fn recommendation(
        &self,
        raw: &raw::RawRecommendation,
        translations: &[(String, Loc, raw::RecommendationTranslation)],
        loc: &Loc,
        meeting_dates: &[Date],
        diags: &mut Diagnostics,
    ) -> Recommendation {
        let whole = 0..0;
        let (origin, date) = match (&raw.meeting, &raw.document) {
            (Some(meeting), None) => {
                if let Some(date) = &raw.date {
                    diags.push(
                        loc.error(
                            date.span(),
                            "a recommendation made at a meeting takes the meeting's date",
                        )
                        .help("remove `date`; it is only for recommendations from a `document`"),
                    );
                }
                let index = self.resolve(Section::Meetings, meeting, loc, diags);
                (index.map(Origin::Meeting), index.map(|i| meeting_dates[i]))
            }
            (None, Some(document)) => {
                let index = self.resolve(Section::Pages, document, loc, diags);
                if raw.date.is_none() {
                    diags.push(
                        loc.error(document.span(), "a recommendation from a document needs the document's `date`")
                            .help("add `date = \"YYYY-MM\"` (or a full or year-only date), as the document gives it"),
                    );
                }
                (
                    index.map(Origin::Document),
                    raw.date.as_ref().map(|d| *d.get_ref()),
                )
            }
            (Some(meeting), Some(_)) => {
                diags.push(
                    loc.error(
                        meeting.span(),
                        "a recommendation comes from a meeting or from a document, not both",
                    )
                    .help("keep `meeting` or `document`"),
                );
                (None, None)
            }
            (None, None) => {
                diags.push(
                    loc.error(whole, "this recommendation does not say where it comes from")
                        .help("add `meeting = \"<meeting slug>\"` or `document = \"<page slug>\"` to the front matter"),
                );
                (None, None)
            }
        };
        let lang = &self.config.default_language;
        let mut theme = Localized::new();
        if let Some(t) = &raw.theme {
            theme.insert(lang.clone(), t.clone());
            for (l, _, tr) in translations {
                if let Some(t) = &tr.theme {
                    theme.insert(l.clone(), t.clone());
                }
            }
        }
        Recommendation {
            origin: origin.unwrap_or(Origin::Document(0)),
            date: date.unwrap_or(Date {
                year: 1,
                month: None,
                day: None,
            }),
            number: raw.number,
            theme,
            addressed_to: self.resolve_all(Section::Countries, &raw.addressed_to, loc, diags),
        }
    }
}

fn section_words(section: Section) -> (&'static str, &'static str) {
    match section {
        Section::Countries => ("country", "countries"),
        Section::Pillars => ("pillar", "pillars"),
        Section::Commitments => ("commitment", "commitments"),
        Section::Meetings => ("meeting", "meetings"),
        Section::Recommendations => ("recommendation", "recommendations"),
        Section::Pages => ("page", "pages"),
    }
}

fn check_distinct_dates<'a>(
    dates: impl Iterator<Item = &'a Spanned<Date>>,
    loc: &Loc,
    what: &str,
    diags: &mut Diagnostics,
) {
    let mut seen: Vec<Date> = Vec::new();
    for date in dates {
        if seen.contains(date.get_ref()) {
            diags.push(
                loc.error(
                    date.span(),
                    format!("two {what}s are dated {}", date.get_ref()),
                )
                .help(format!(
                    "each {what} is named by its date; merge the two, or correct one date"
                )),
            );
        }
        seen.push(*date.get_ref());
    }
}

fn no_such_date(
    loc: &Loc,
    date: &Spanned<Date>,
    what: &str,
    dates: impl Iterator<Item = Date>,
) -> Diagnostic {
    let dates: Vec<String> = dates.map(|d| d.to_string()).collect();
    let candidates: Vec<&str> = dates.iter().map(String::as_str).collect();
    loc.error(
        date.span(),
        format!("this translation names no {what} dated {}", date.get_ref()),
    )
    .label(format!("the canonical file has no {what} with this date"))
    .help(did_you_mean(
        &date.get_ref().to_string(),
        &candidates,
        &format!("{what} dates"),
    ))
}

fn check_url(url: &Spanned<String>, loc: &Loc, diags: &mut Diagnostics) -> String {
    let value = url.get_ref();
    if !(value.starts_with("https://") || value.starts_with("http://")) {
        diags.push(
            loc.error(url.span(), format!("`{value}` is not a web address"))
                .help("write a full address starting with https://"),
        );
    }
    value.clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::frontmatter;

    fn config() -> Config {
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
        }
    }

    fn build_site(files: &[EntryFile]) -> (Option<Site>, String) {
        let mut diags = Diagnostics::default();
        let site = build(&config(), files, &mut diags);
        (site, diags.sorted().render_plain())
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
        let c = &site.commitments[0].facts;
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
}
