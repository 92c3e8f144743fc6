//! The typed model's values: [`Site`], its entries, their facts and their texts (the
//! invariants they hold are the model's, stated in [`super`]).

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use super::commit::{Commit, EntryChange, Touch};
use super::date::Date;
use crate::config::{Config, StatusId};
use crate::content::Section;
use crate::diag::SourceFile;
use crate::ids::{Id, List, ids};

/// A value in each language it exists in, by language code.
pub(crate) type Localized<T> = BTreeMap<String, T>;

/// The first value along a fallback chain, with the language it is in.
pub(crate) fn pick<'a, T>(values: &'a Localized<T>, chain: &[String]) -> Option<(&'a str, &'a T)> {
    chain
        .iter()
        .find_map(|lang| values.get_key_value(lang.as_str()))
        .map(|(lang, value)| (lang.as_str(), value))
}

/// An entry's translatable text in one language.
#[derive(Debug, Clone, Default)]
pub(crate) struct Text {
    pub(crate) title: Option<String>,
    pub(crate) summary: Option<String>,
    /// Rendered Markdown; empty when the file has no body.
    pub(crate) body: String,
    /// A translation made for the site, not a text the source published.
    pub(crate) unofficial: bool,
    /// The file the text is written in, as the editor knows it (`content/…`).
    pub(crate) file: PathBuf,
    pub(crate) freshness: Freshness,
    /// The day its file last changed, from the site's git history; `None` without one.
    pub(crate) changed: Option<Date>,
}

/// Whether a text still translates the canonical text of its entry.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) enum Freshness {
    /// The canonical text itself.
    #[default]
    Original,
    /// Made from the canonical text as it is now.
    UpToDate,
    /// Made from an earlier version: the canonical text changed since.
    Outdated { recorded: String },
    /// The translation does not record what it was made from.
    Unrecorded,
}

impl Freshness {
    /// A translation's freshness, from the fingerprint it records and the source's.
    pub(crate) fn of(recorded: Option<&str>, source: &str) -> Freshness {
        match recorded {
            None => Freshness::Unrecorded,
            Some(recorded) if recorded == source => Freshness::UpToDate,
            Some(recorded) => Freshness::Outdated {
                recorded: recorded.to_owned(),
            },
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Entry<F> {
    pub(crate) slug: String,
    /// The fingerprint of the canonical text, which its translations record when made.
    pub(crate) fingerprint: String,
    pub(crate) texts: Localized<Text>,
    pub(crate) facts: F,
    /// The commits that changed its files, newest first; empty without a history.
    pub(crate) record: Vec<EntryChange>,
}

impl<F> Entry<F> {
    /// The first non-empty text field along `chain`, with its language.
    pub(crate) fn text<'a>(
        &'a self,
        chain: &[String],
        field: impl Fn(&'a Text) -> Option<&'a str>,
    ) -> Option<(&'a str, &'a str)> {
        first_text(&self.texts, chain, field)
    }

    /// The day the page of this entry in a language of fallback chain `chain` last changed
    /// (see [`EntryRef::changed`]).
    pub(crate) fn changed(&self, chain: &[String]) -> Option<Date>
    where
        F: ContentDate,
    {
        changed(&self.texts, chain, self.facts.content_date())
    }

    /// The title along `chain`; the canonical file always has one.
    pub(crate) fn title(&self, chain: &[String]) -> (&str, &str) {
        self.text(chain, |t| t.title.as_deref())
            .unwrap_or(("", &self.slug))
    }
}

/// An entry of any section, seen by what every entry has: its slug and its texts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EntryRef<'a> {
    pub(crate) section: Section,
    pub(crate) slug: &'a str,
    pub(crate) fingerprint: &'a str,
    pub(crate) texts: &'a Localized<Text>,
    /// What its facts say, kept here because they are not.
    content_date: Option<Date>,
}

impl<'a> EntryRef<'a> {
    fn of<F: ContentDate>(section: Section, entry: &'a Entry<F>) -> EntryRef<'a> {
        EntryRef {
            section,
            slug: &entry.slug,
            fingerprint: &entry.fingerprint,
            texts: &entry.texts,
            content_date: entry.facts.content_date(),
        }
    }

    /// The title along `chain`, with its language; the canonical file always has one.
    pub(crate) fn title(&self, chain: &[String]) -> (&'a str, &'a str) {
        first_text(self.texts, chain, |t| t.title.as_deref()).unwrap_or(("", self.slug))
    }

    /// The summary along `chain`, with its language, when a text has one.
    pub(crate) fn summary(&self, chain: &[String]) -> Option<(&'a str, &'a str)> {
        first_text(self.texts, chain, |t| t.summary.as_deref())
    }

    /// The day the page of this entry in a language of fallback chain `chain` last changed:
    /// the later of the days its canonical file (facts and original text) and the file of the
    /// text it shows last changed; or, where the history dates neither, the day its facts give.
    pub(crate) fn changed(&self, chain: &[String]) -> Option<Date> {
        changed(self.texts, chain, self.content_date)
    }
}

/// The first non-empty text field along `chain`, with its language.
fn first_text<'a>(
    texts: &'a Localized<Text>,
    chain: &[String],
    field: impl Fn(&'a Text) -> Option<&'a str>,
) -> Option<(&'a str, &'a str)> {
    chain.iter().find_map(|lang| {
        let (lang, text) = texts.get_key_value(lang.as_str())?;
        field(text)
            .filter(|t| !t.is_empty())
            .map(|t| (lang.as_str(), t))
    })
}

/// See [`EntryRef::changed`].
fn changed(texts: &Localized<Text>, chain: &[String], content_date: Option<Date>) -> Option<Date> {
    let canonical = texts.values().find(|t| t.freshness == Freshness::Original);
    let shown = chain.iter().find_map(|lang| texts.get(lang));
    let from_history = canonical
        .and_then(|t| t.changed)
        .max(shown.and_then(|t| t.changed));
    from_history.or(content_date)
}

/// The day an entry's facts say it last changed, for a site without history.
pub(crate) trait ContentDate {
    fn content_date(&self) -> Option<Date> {
        None
    }
}

/// A meeting's, a recommendation's or a page's date is when what it describes happened, not
/// when its page changed: they say nothing.
impl ContentDate for Country {}
impl ContentDate for Pillar {}
impl ContentDate for Meeting {}
impl ContentDate for Recommendation {}
impl ContentDate for Organisation {}
impl ContentDate for Page {}

/// A commitment changes with each update: the latest one's date, or the commitment's own.
impl ContentDate for Commitment {
    fn content_date(&self) -> Option<Date> {
        Some(self.updates.last().map_or(self.date, |u| u.date))
    }
}

ids! {
    /// A country, by its place in [`Site::countries`].
    CountryId;
    /// A pillar, by its place in [`Site::pillars`].
    PillarId;
    /// A commitment, by its place in [`Site::commitments`].
    CommitmentId;
    /// A meeting, by its place in [`Site::meetings`].
    MeetingId;
    /// A recommendation, by its place in [`Site::recommendations`].
    RecommendationId;
    /// An organisation, by its place in [`Site::organisations`].
    OrganisationId;
    /// A free page, by its place in [`Site::pages`] (a page of the built site is a
    /// `PageId`).
    FreePageId;
}

/// The id of an entry of one section, which knows its section.
pub(crate) trait EntryId: Id {
    const SECTION: Section;

    /// The entry as one of any section.
    fn key(self) -> EntryKey {
        EntryKey::at(Self::SECTION, self.index())
    }
}

/// An entry of any section: its section and its place in that section's list, as one value
/// that only indexes the right list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum EntryKey {
    Country(CountryId),
    Pillar(PillarId),
    Commitment(CommitmentId),
    Meeting(MeetingId),
    Recommendation(RecommendationId),
    Organisation(OrganisationId),
    Page(FreePageId),
}

impl EntryKey {
    /// The entry at `i` of `section`'s list.
    fn at(section: Section, i: usize) -> EntryKey {
        match section {
            Section::Countries => EntryKey::Country(Id::new(i)),
            Section::Pillars => EntryKey::Pillar(Id::new(i)),
            Section::Commitments => EntryKey::Commitment(Id::new(i)),
            Section::Meetings => EntryKey::Meeting(Id::new(i)),
            Section::Recommendations => EntryKey::Recommendation(Id::new(i)),
            Section::Organisations => EntryKey::Organisation(Id::new(i)),
            Section::Pages => EntryKey::Page(Id::new(i)),
        }
    }

    pub(crate) fn section(self) -> Section {
        match self {
            EntryKey::Country(_) => Section::Countries,
            EntryKey::Pillar(_) => Section::Pillars,
            EntryKey::Commitment(_) => Section::Commitments,
            EntryKey::Meeting(_) => Section::Meetings,
            EntryKey::Recommendation(_) => Section::Recommendations,
            EntryKey::Organisation(_) => Section::Organisations,
            EntryKey::Page(_) => Section::Pages,
        }
    }
}

impl EntryId for CountryId {
    const SECTION: Section = Section::Countries;
}
impl EntryId for PillarId {
    const SECTION: Section = Section::Pillars;
}
impl EntryId for CommitmentId {
    const SECTION: Section = Section::Commitments;
}
impl EntryId for MeetingId {
    const SECTION: Section = Section::Meetings;
}
impl EntryId for RecommendationId {
    const SECTION: Section = Section::Recommendations;
}
impl EntryId for OrganisationId {
    const SECTION: Section = Section::Organisations;
}
impl EntryId for FreePageId {
    const SECTION: Section = Section::Pages;
}

#[derive(Debug, Clone)]
pub(crate) struct Country;

#[derive(Debug, Clone)]
pub(crate) struct Pillar {
    pub(crate) number: u32,
}

#[derive(Debug, Clone)]
pub(crate) struct Commitment {
    pub(crate) country: CountryId,
    pub(crate) pillars: Vec<PillarId>,
    pub(crate) date: Date,
    /// The day, month or year it must be done by, when its source states one.
    pub(crate) due: Option<Date>,
    /// The institutions that must deliver it, each in the languages it is written in.
    pub(crate) responsible: Vec<Localized<String>>,
    pub(crate) meeting: Option<MeetingId>,
    pub(crate) recommendations: Vec<RecommendationId>,
    /// In date order.
    pub(crate) updates: Vec<Update>,
    pub(crate) indicators: Vec<Indicator>,
}

impl Commitment {
    /// The status of the latest update, or the site's default status without one.
    pub(crate) fn status(&self, config: &Config) -> StatusId {
        self.updates
            .last()
            .map_or(config.default_status, |u| u.status)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Update {
    /// The name it was given to survive a corrected date, if any.
    pub(crate) id: Option<String>,
    pub(crate) date: Date,
    pub(crate) status: StatusId,
    pub(crate) note: Localized<String>,
    pub(crate) meeting: Option<MeetingId>,
    pub(crate) source: Option<String>,
    pub(crate) source_url: Option<String>,
    /// The organisation that assessed it, when the update names one.
    pub(crate) by: Option<OrganisationId>,
}

impl Update {
    /// The id of the update on its commitment's page, which a link names after `#`: by the
    /// update's own id when it has one, so that a corrected date breaks no link
    /// (`#update-lima-report`), else by its date (`#update-2024-05-01`). Documented in
    /// docs/content.md: links in other sites depend on it.
    pub(crate) fn anchor(&self) -> String {
        match &self.id {
            Some(id) => format!("update-{id}"),
            None => format!("update-{}", self.date),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Indicator {
    pub(crate) id: String,
    pub(crate) title: Localized<String>,
    pub(crate) measure: Measure,
}

impl Indicator {
    /// The id of the indicator on its entry's page (`#indicator-<id>`); documented, as
    /// [`Update::anchor`] is.
    pub(crate) fn anchor(&self) -> String {
        format!("indicator-{}", self.id)
    }
}

#[derive(Debug, Clone)]
pub(crate) enum Measure {
    Quantitative {
        unit: String,
        baseline: Option<Point>,
        target: Option<Point>,
        /// In date order.
        values: Vec<Point>,
    },
    Qualitative {
        /// In date order.
        milestones: Vec<Milestone>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Point {
    pub(crate) date: Date,
    pub(crate) value: f64,
    pub(crate) cited: Cited,
}

#[derive(Debug, Clone)]
pub(crate) struct Milestone {
    pub(crate) date: Date,
    pub(crate) note: Localized<String>,
    pub(crate) cited: Cited,
}

/// Where a figure or a milestone comes from, when its file says: the meeting it was reported
/// at, the document, the document's address.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Cited {
    pub(crate) meeting: Option<MeetingId>,
    pub(crate) source: Option<String>,
    pub(crate) source_url: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Meeting {
    pub(crate) start: Date,
    pub(crate) end: Option<Date>,
    pub(crate) place: Localized<String>,
    pub(crate) organisers: Localized<String>,
    pub(crate) countries: Vec<CountryId>,
    pub(crate) documents: Vec<Document>,
    pub(crate) indicators: Vec<Indicator>,
}

#[derive(Debug, Clone)]
pub(crate) struct Document {
    pub(crate) title: String,
    pub(crate) url: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Recommendation {
    pub(crate) origin: Origin,
    pub(crate) date: Date,
    pub(crate) number: Option<u32>,
    pub(crate) theme: Localized<String>,
    pub(crate) addressed_to: Vec<CountryId>,
}

/// Who an organisation is, which tells a government's own report from an independent
/// assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum OrganisationKind {
    Government,
    CivilSociety,
    International,
}

impl OrganisationKind {
    pub(crate) const ALL: [OrganisationKind; 3] = [
        OrganisationKind::Government,
        OrganisationKind::CivilSociety,
        OrganisationKind::International,
    ];

    /// As the content file writes it, and the open data and the page's classes.
    pub(crate) fn name(self) -> &'static str {
        match self {
            OrganisationKind::Government => "government",
            OrganisationKind::CivilSociety => "civil-society",
            OrganisationKind::International => "international-organisation",
        }
    }
}

/// Someone who reports on or assesses commitments: a government, a civil-society
/// organisation, an international organisation.
#[derive(Debug, Clone)]
pub(crate) struct Organisation {
    pub(crate) kind: OrganisationKind,
    /// Its own website.
    pub(crate) url: Option<String>,
}

/// Where a recommendation was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Origin {
    Meeting(MeetingId),
    /// A free page that describes the source document.
    Document(FreePageId),
}

#[derive(Debug, Clone)]
pub(crate) struct Page {
    pub(crate) date: Option<Date>,
}

#[derive(Debug, Clone)]
pub(crate) struct Site {
    pub(crate) config: Config,
    /// The day the site is built for: staleness is measured up to it.
    pub(crate) today: Date,
    pub(crate) countries: List<CountryId, Entry<Country>>,
    pub(crate) pillars: List<PillarId, Entry<Pillar>>,
    pub(crate) commitments: List<CommitmentId, Entry<Commitment>>,
    pub(crate) meetings: List<MeetingId, Entry<Meeting>>,
    pub(crate) recommendations: List<RecommendationId, Entry<Recommendation>>,
    pub(crate) organisations: List<OrganisationId, Entry<Organisation>>,
    pub(crate) pages: List<FreePageId, Entry<Page>>,
    /// The links of the bodies to the site's own addresses, written in any form but `@/`:
    /// checked once the site's list of addresses is known.
    pub(crate) links: Vec<SiteLink>,
    /// Every commit that changed an entry, newest first; empty without a history.
    pub(crate) record: Vec<SiteChange>,
}

impl Site {
    /// The site of `config` with no entry: what it has whatever its content, as what the
    /// site's addresses are made of when its entries cannot be known.
    pub(crate) fn without_entries(config: Config, today: Date) -> Site {
        Site {
            config,
            today,
            countries: List::default(),
            pillars: List::default(),
            commitments: List::default(),
            meetings: List::default(),
            recommendations: List::default(),
            organisations: List::default(),
            pages: List::default(),
            links: Vec::new(),
            record: Vec::new(),
        }
    }

    /// The ids a link may name after `#` on the page of the entry `key`: its updates' and
    /// its indicators', in the order of the page.
    pub(crate) fn anchors(&self, key: EntryKey) -> Vec<String> {
        let (updates, indicators): (&[Update], &[Indicator]) = match key {
            EntryKey::Commitment(c) => {
                let c = &self.commitments[c].facts;
                (&c.updates, &c.indicators)
            }
            EntryKey::Meeting(m) => (&[], &self.meetings[m].facts.indicators),
            _ => (&[], &[]),
        };
        updates
            .iter()
            .map(Update::anchor)
            .chain(indicators.iter().map(Indicator::anchor))
            .collect()
    }

    /// The updates the organisation `by` assessed: each commitment's, by its place in the
    /// commitment's history.
    pub(crate) fn assessed_by(&self, by: OrganisationId) -> Vec<(CommitmentId, usize)> {
        self.commitments
            .enumerate()
            .flat_map(|(c, entry)| {
                let updates = entry.facts.updates.iter().enumerate();
                updates
                    .filter(|(_, u)| u.by == Some(by))
                    .map(move |(u, _)| (c, u))
            })
            .collect()
    }

    /// How many entries `section` has.
    pub(crate) fn count(&self, section: Section) -> usize {
        match section {
            Section::Countries => self.countries.len(),
            Section::Pillars => self.pillars.len(),
            Section::Commitments => self.commitments.len(),
            Section::Meetings => self.meetings.len(),
            Section::Recommendations => self.recommendations.len(),
            Section::Organisations => self.organisations.len(),
            Section::Pages => self.pages.len(),
        }
    }

    /// Every entry of `section`, in its list's order.
    pub(crate) fn keys(&self, section: Section) -> impl Iterator<Item = EntryKey> + use<> {
        (0..self.count(section)).map(move |i| EntryKey::at(section, i))
    }

    /// The entry `slug` of `section`.
    pub(crate) fn position(&self, section: Section, slug: &str) -> Option<EntryKey> {
        self.keys(section).find(|&key| self.slug(key) == slug)
    }

    /// The entry `key`, seen by what entries of every section have.
    pub(crate) fn entry(&self, key: EntryKey) -> EntryRef<'_> {
        let section = key.section();
        match key {
            EntryKey::Country(id) => EntryRef::of(section, &self.countries[id]),
            EntryKey::Pillar(id) => EntryRef::of(section, &self.pillars[id]),
            EntryKey::Commitment(id) => EntryRef::of(section, &self.commitments[id]),
            EntryKey::Meeting(id) => EntryRef::of(section, &self.meetings[id]),
            EntryKey::Recommendation(id) => EntryRef::of(section, &self.recommendations[id]),
            EntryKey::Organisation(id) => EntryRef::of(section, &self.organisations[id]),
            EntryKey::Page(id) => EntryRef::of(section, &self.pages[id]),
        }
    }

    /// The slug of the entry `key`.
    pub(crate) fn slug(&self, key: EntryKey) -> &str {
        self.entry(key).slug
    }

    /// The day the page of the entry `key`, in a language of fallback chain `chain`, last
    /// changed (see [`EntryRef::changed`]).
    pub(crate) fn changed(&self, key: EntryKey, chain: &[String]) -> Option<Date> {
        self.entry(key).changed(chain)
    }

    /// Every entry, section by section.
    pub(crate) fn entries(&self) -> impl Iterator<Item = EntryRef<'_>> {
        Section::ALL
            .into_iter()
            .flat_map(move |section| self.keys(section).map(move |key| self.entry(key)))
    }

    /// Every text of every entry, to date them.
    pub(crate) fn texts_mut(&mut self) -> impl Iterator<Item = &mut Text> {
        fn of<I: Id, F>(entries: &mut List<I, Entry<F>>) -> impl Iterator<Item = &mut Text> {
            entries.iter_mut().flat_map(|e| e.texts.values_mut())
        }
        of(&mut self.countries)
            .chain(of(&mut self.pillars))
            .chain(of(&mut self.commitments))
            .chain(of(&mut self.meetings))
            .chain(of(&mut self.recommendations))
            .chain(of(&mut self.organisations))
            .chain(of(&mut self.pages))
    }

    /// The record of changes of the entry `key`.
    pub(crate) fn record_mut(&mut self, key: EntryKey) -> &mut Vec<EntryChange> {
        match key {
            EntryKey::Country(id) => &mut self.countries[id].record,
            EntryKey::Pillar(id) => &mut self.pillars[id].record,
            EntryKey::Commitment(id) => &mut self.commitments[id].record,
            EntryKey::Meeting(id) => &mut self.meetings[id].record,
            EntryKey::Recommendation(id) => &mut self.recommendations[id].record,
            EntryKey::Organisation(id) => &mut self.organisations[id].record,
            EntryKey::Page(id) => &mut self.pages[id].record,
        }
    }

    /// The commitments of the country or under the pillar `key`.
    pub(crate) fn commitments_of(&self, key: EntryKey) -> Vec<CommitmentId> {
        match key {
            EntryKey::Country(i) => self.commitments_where(|c| c.country == i),
            EntryKey::Pillar(i) => self.commitments_where(|c| c.pillars.contains(&i)),
            _ => unreachable!("only a country and a pillar have commitments of their own"),
        }
    }

    /// Indices of the commitments that satisfy `keep`.
    pub(crate) fn commitments_where(
        &self,
        keep: impl Fn(&Commitment) -> bool,
    ) -> Vec<CommitmentId> {
        self.commitments
            .enumerate()
            .filter(|(_, c)| keep(&c.facts))
            .map(|(id, _)| id)
            .collect()
    }
}

/// A link of a body to a path of the site, written in any form but `@/`.
#[derive(Debug, Clone)]
pub(crate) struct SiteLink {
    pub(crate) file: Arc<SourceFile>,
    pub(crate) span: Range<usize>,
    /// As written.
    pub(crate) written: String,
    /// The path under the site's root it leads to (`fr/countries/gt/`), decoded.
    pub(crate) path: String,
    pub(crate) fragment: Option<String>,
    /// The element that loads it (`img`, …); `None` for a link.
    pub(crate) loads: Option<&'static str>,
    /// Whether the address is on the site's host but outside its base path (`/fr/…` for a
    /// site at `https://example.org/tracker/`): `path` is then the address's path from the
    /// host's root, an error only if it names a path of the site.
    pub(crate) outside: bool,
    /// The language of the text it is written in.
    pub(crate) lang: String,
}

/// An entry a commit touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Touched {
    /// One the site has.
    Entry(EntryKey),
    /// One the site no longer has.
    Gone { section: Section, slug: String },
}

/// A commit on the site's record, with every entry it touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SiteChange {
    pub(crate) commit: Arc<Commit>,
    pub(crate) entries: Vec<(Touched, Touch)>,
}
