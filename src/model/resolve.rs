//! The second pass of the model: references resolved against every slug of the site (each
//! named once in a list), and the facts of each kind checked and typed (one of two fields,
//! dates in order, a unit swivi can write, translations that name an update, a milestone or an
//! indicator that exists).
//!
//! Dates that cannot be are refused here: an update before its commitment, a value before its
//! indicator's baseline, a meeting that ends before it starts, and any measured or reported
//! fact after the day the site is built for. Dates are periods, compared with
//! [`Date::wholly_before`]: only what cannot overlap is refused.
//!
//! Translations name an update or a milestone by its `id` when it has one, else by its date:
//! an id lets an editor correct a date in the canonical file alone.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use toml::Spanned;

use super::date::Date;
use super::loc::Loc;
use super::raw::{self, DatedItem, DatedName};
use super::site::{
    Cited, Commitment, CountryId, Document, EntryId, FreePageId, Indicator, Localized, Measure,
    Meeting, MeetingId, Milestone, Organisation, OrganisationId, OrganisationKind, Origin,
    PillarId, Point, Recommendation, RecommendationId, Update,
};
use super::slug::is_slug;
use crate::config::{Config, StatusId};
use crate::content::Section;
use crate::content::markdown::InternalLink;
use crate::diag::{Diagnostic, Diagnostics, SourceFile, did_you_mean, suggest};
use crate::ids::List;
use std::sync::Arc;

/// Every slug of the site, to resolve references against.
pub(super) struct Index<'a> {
    config: &'a Config,
    /// The day the site is built for: no update or measure can come after it.
    today: Date,
    /// Every entry with a canonical file, parsed or not: a reference to an entry whose file
    /// did not parse is not reported again (that file's own error says what to fix).
    unparsed: BTreeSet<(Section, String)>,
    /// Slugs of each section, in the order of the site's lists.
    slugs: BTreeMap<Section, Vec<String>>,
    /// Where each slug is in its section's list.
    positions: HashMap<(Section, String), usize>,
}

impl<'a> Index<'a> {
    /// `slugs`: each section's slugs in the order of the site's lists; `unparsed`: every entry
    /// with a canonical file, parsed or not.
    pub(super) fn new(
        config: &'a Config,
        today: Date,
        slugs: BTreeMap<Section, Vec<String>>,
        unparsed: BTreeSet<(Section, String)>,
    ) -> Self {
        let positions = slugs
            .iter()
            .flat_map(|(section, list)| {
                list.iter()
                    .enumerate()
                    .map(|(i, slug)| ((*section, slug.clone()), i))
            })
            .collect();
        Index {
            config,
            today,
            unparsed,
            slugs,
            positions,
        }
    }

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
    fn resolve<I: EntryId>(
        &self,
        name: &Spanned<String>,
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Option<I> {
        let section = I::SECTION;
        let wanted = name.get_ref();
        if let Some(&i) = self.positions.get(&(section, wanted.clone())) {
            return Some(I::new(i));
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

    /// The entries a list names; one named twice is refused (the pages that show the list
    /// would show it twice).
    fn resolve_all<I: EntryId>(
        &self,
        names: &[Spanned<String>],
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Vec<I> {
        for (i, name) in names.iter().enumerate() {
            let wanted = name.get_ref();
            if names[..i].iter().any(|n| n.get_ref() == wanted) {
                let (kind, _) = section_words(I::SECTION);
                diags.push(
                    loc.error(name.span(), format!("the {kind} `{wanted}` is named twice"))
                        .label("named already in this list")
                        .help("name each once: remove this one"),
                );
            }
        }
        names
            .iter()
            .filter_map(|n| self.resolve(n, loc, diags))
            .collect()
    }

    fn status(
        &self,
        name: &Spanned<String>,
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Option<StatusId> {
        let wanted = name.get_ref();
        self.config.status_id(wanted).or_else(|| {
            let ids: Vec<&str> = self.config.statuses.iter().map(|s| s.id.as_str()).collect();
            diags.push(
                loc.error(name.span(), format!("unknown status `{wanted}`"))
                    .label("not one of the statuses in site.toml")
                    .help(did_you_mean(wanted, &ids, "statuses")),
            );
            None
        })
    }

    pub(super) fn check_links(
        &self,
        links: &[(Arc<SourceFile>, InternalLink)],
        diags: &mut Diagnostics,
    ) {
        for (file, link) in links {
            let sections: Vec<&str> = Section::ALL.iter().map(|s| s.name()).collect();
            if link.section.is_empty() {
                diags.push(self.no_section(file, link));
                continue;
            }
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

    /// The error of a link that names an entry without its section (`@/methodology`), with
    /// the links to the entries of that slug.
    fn no_section(&self, file: &Arc<SourceFile>, link: &InternalLink) -> Diagnostic {
        let slug = &link.slug;
        let anchor = link
            .anchor
            .as_ref()
            .map_or(String::new(), |a| format!("#{a}"));
        let written: Vec<String> = Section::ALL
            .iter()
            .filter(|section| self.knows(**section, slug))
            .map(|section| format!("`@/{section}/{slug}{anchor}`"))
            .collect();
        let help = match written.as_slice() {
            [] => "link an entry as `@/<section>/<slug>` (`@/countries/gt`, `@/pages/methodology`)"
                .to_owned(),
            [one] => format!("write {one}"),
            many => format!("write one of {}", many.join(", ")),
        };
        Diagnostic::error(format!("the link `@/{slug}{anchor}` names no section"))
            .at(file, link.span.clone())
            .label("an entry is linked with its section: `@/<section>/<slug>`")
            .help(help)
    }

    pub(super) fn commitment(
        &self,
        raw: &raw::RawCommitment,
        translations: &[(String, Loc, raw::CommitmentTranslation)],
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Commitment {
        let country = self
            .resolve(&raw.country, loc, diags)
            .unwrap_or(CountryId::FIRST);
        let pillars = self.resolve_all::<PillarId>(&raw.pillars, loc, diags);
        let meeting = raw
            .meeting
            .as_ref()
            .and_then(|m| self.resolve::<MeetingId>(m, loc, diags));
        let recommendations =
            self.resolve_all::<RecommendationId>(&raw.recommendations, loc, diags);
        let mut updates: Vec<Update> = raw
            .updates
            .iter()
            .map(|update| self.update(update, raw.date, loc, diags))
            .collect();
        updates.sort_by_key(|u| u.date);
        check_distinct_dates(
            raw.updates.iter().map(|u| &u.get_ref().date),
            loc,
            "update",
            diags,
        );
        let names = item_names(&raw.updates);
        check_ids(&names, loc, "update", diags);
        for (lang, tloc, translation) in translations {
            for t in &translation.updates {
                match named_date(t, &names, "update", tloc) {
                    Ok(date) => {
                        if let Some(update) = updates.iter_mut().find(|u| u.date == date) {
                            update.note.insert(lang.clone(), t.get_ref().note.clone());
                        }
                    }
                    Err(problem) => diags.push(problem),
                }
            }
        }
        let indicators = self.indicators(
            &raw.indicators,
            translations.iter().map(|(l, tl, t)| (l, tl, &t.indicators)),
            loc,
            diags,
        );
        if let Some(due) = &raw.due {
            check_due(due, raw.date, loc, diags);
        }
        let responsible = self.responsible(raw, translations, diags);
        Commitment {
            country,
            pillars,
            date: raw.date,
            due: raw.due.as_ref().map(|due| *due.get_ref()),
            responsible,
            meeting,
            recommendations,
            updates,
            indicators,
        }
    }

    /// The institutions responsible, each with its translations. A translation gives every
    /// one of them, in the canonical file's order, or none: by place is how it names them.
    fn responsible(
        &self,
        raw: &raw::RawCommitment,
        translations: &[(String, Loc, raw::CommitmentTranslation)],
        diags: &mut Diagnostics,
    ) -> Vec<Localized<String>> {
        let lang = &self.config.default_language;
        let mut responsible: Vec<Localized<String>> = raw
            .responsible
            .iter()
            .map(|name| [(lang.clone(), name.clone())].into())
            .collect();
        for (lang, tloc, translation) in translations {
            let Some(names) = &translation.responsible else {
                continue;
            };
            if names.get_ref().len() != responsible.len() {
                diags.push(
                    tloc.error(
                        names.span(),
                        format!(
                            "`responsible` lists {} here and {} in the canonical file",
                            names.get_ref().len(),
                            raw.responsible.len()
                        ),
                    )
                    .help("translate each of the canonical file's `responsible`, in its order, or leave `responsible` out to show them untranslated"),
                );
                continue;
            }
            for (values, name) in responsible.iter_mut().zip(names.get_ref()) {
                values.insert(lang.clone(), name.clone());
            }
        }
        responsible
    }

    /// An update; with an unknown status it still names its date, so translations of it are
    /// not reported as dangling as well (the build fails on the status error anyway).
    fn update(
        &self,
        spanned: &Spanned<raw::RawUpdate>,
        commitment_date: Date,
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Update {
        let raw = spanned.get_ref();
        let commitment = ("the commitment", commitment_date);
        self.check_date(&raw.date, "an update", Some(commitment), loc, diags);
        let status = self.status(&raw.status, loc, diags);
        let Cited {
            meeting,
            source,
            source_url,
        } = self.cited(&raw.meeting, &raw.source, &raw.source_url, loc, diags);
        if raw.meeting.is_none() && raw.source.is_none() {
            diags.push(
                loc.error(spanned.span(), format!("the update of {} has no source", raw.date.get_ref()))
                    .help("add `meeting = \"<meeting slug>\"` or `source = \"<document title>\"` so readers can check it"),
            );
        }
        Update {
            id: raw.id.as_ref().map(|id| id.get_ref().clone()),
            date: *raw.date.get_ref(),
            status: status.unwrap_or(self.config.default_status),
            note: [(self.config.default_language.clone(), raw.note.clone())].into(),
            meeting,
            source,
            source_url,
            by: raw
                .by
                .as_ref()
                .and_then(|by| self.resolve::<OrganisationId>(by, loc, diags)),
        }
    }

    pub(super) fn organisation(
        &self,
        raw: &raw::RawOrganisation,
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Organisation {
        Organisation {
            kind: match raw.kind {
                raw::RawOrganisationKind::Government => OrganisationKind::Government,
                raw::RawOrganisationKind::CivilSociety => OrganisationKind::CivilSociety,
                raw::RawOrganisationKind::InternationalOrganisation => {
                    OrganisationKind::International
                }
            },
            url: raw.url.as_ref().map(|url| check_url(url, loc, diags)),
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
                    let names = raw
                        .iter()
                        .find(|r| r.id.get_ref() == t.id.get_ref())
                        .map(|r| item_names(&r.milestones))
                        .unwrap_or_default();
                    for m in &t.milestones {
                        match named_date(m, &names, "milestone", tloc) {
                            Ok(date) => {
                                if let Some(milestone) =
                                    milestones.iter_mut().find(|x| x.date == date)
                                {
                                    milestone
                                        .note
                                        .insert(lang.clone(), m.get_ref().note.clone());
                                }
                            }
                            Err(problem) => diags.push(problem),
                        }
                    }
                } else if let Some(m) = t.milestones.first() {
                    let name = (m.get_ref().id().map(Spanned::span))
                        .or_else(|| m.get_ref().date().map(Spanned::span));
                    diags.push(
                        tloc.error(
                            name.unwrap_or_else(|| m.span()),
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
                    Some(unit) => {
                        if let Some(misread) = super::unit::misread(unit.get_ref()) {
                            diags.push(
                                loc.error(unit.span(), misread.message)
                                    .label(misread.label)
                                    .help(misread.help),
                            );
                        }
                        unit.get_ref().clone()
                    }
                    None => {
                        diags.push(
                            loc.error(
                                raw.id.span(),
                                format!(
                                    "the quantitative indicator `{}` has no unit",
                                    raw.id.get_ref()
                                ),
                            )
                            .help("add `unit = \"percent\"`, a currency code such as `unit = \"USD\"`, or another unit such as `unit = \"people\"` (docs/content.md, Indicators)"),
                        );
                        String::new()
                    }
                };
                self.check_points(raw, loc, diags);
                let mut point = |p: &Spanned<raw::RawPoint>| {
                    let p = p.get_ref();
                    Point {
                        date: *p.date.get_ref(),
                        value: p.value,
                        cited: self.cited(&p.meeting, &p.source, &p.source_url, loc, diags),
                    }
                };
                let baseline = raw.baseline.as_ref().map(&mut point);
                let target = raw.target.as_ref().map(&mut point);
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
                    baseline,
                    target,
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
                check_ids(&item_names(&raw.milestones), loc, "milestone", diags);
                let what = format!("a milestone of `{}`", raw.id.get_ref());
                for milestone in &raw.milestones {
                    self.check_date(&milestone.get_ref().date, &what, None, loc, diags);
                }
                let mut milestones: Vec<Milestone> = raw
                    .milestones
                    .iter()
                    .map(|m| {
                        let m = m.get_ref();
                        Milestone {
                            date: *m.date.get_ref(),
                            note: [(lang.clone(), m.note.clone())].into(),
                            cited: self.cited(&m.meeting, &m.source, &m.source_url, loc, diags),
                        }
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

    /// Refuses `date` (of `what`, with its article) when it cannot be: before `earliest`, what
    /// it follows (its name and date), or after the day the site is built for.
    fn check_date(
        &self,
        date: &Spanned<Date>,
        what: &str,
        earliest: Option<(&str, Date)>,
        loc: &Loc,
        diags: &mut Diagnostics,
    ) {
        let value = date.get_ref();
        if let Some((name, earliest)) = earliest
            && value.wholly_before(&earliest)
        {
            diags.push(
                loc.error(
                    date.span(),
                    format!("{what} dated {value} comes before {name} ({earliest})"),
                )
                .help(format!(
                    "{name} is dated {earliest}; {what} cannot come before it: check the {}",
                    value.first_difference(&earliest)
                )),
            );
        }
        if self.today.wholly_before(value) {
            let today = self.today;
            diags.push(
                loc.error(
                    date.span(),
                    format!("{what} dated {value} comes after the day of the build ({today})"),
                )
                .help(format!(
                    "the site is built for {today} (today in UTC, or the day `SOURCE_DATE_EPOCH` gives); {what} cannot come after it: check the {}",
                    value.first_difference(&today)
                )),
            );
        }
    }

    /// A quantitative indicator's baseline and values: measured, so not after the day of the
    /// build, and the values not before the baseline. The target may lie ahead.
    /// Where a figure or a milestone comes from, its meeting resolved and its address checked.
    fn cited(
        &self,
        meeting: &Option<Spanned<String>>,
        source: &Option<String>,
        source_url: &Option<Spanned<String>>,
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Cited {
        Cited {
            meeting: meeting
                .as_ref()
                .and_then(|m| self.resolve::<MeetingId>(m, loc, diags)),
            source: source.clone(),
            source_url: source_url.as_ref().map(|url| check_url(url, loc, diags)),
        }
    }

    fn check_points(&self, raw: &raw::RawIndicator, loc: &Loc, diags: &mut Diagnostics) {
        let id = raw.id.get_ref();
        let baseline = raw.baseline.as_ref().map(|b| &b.get_ref().date);
        if let Some(date) = baseline {
            self.check_date(date, &format!("the baseline of `{id}`"), None, loc, diags);
        }
        let earliest = baseline.map(|b| ("the baseline", *b.get_ref()));
        let what = format!("a value of `{id}`");
        for value in &raw.values {
            self.check_date(&value.get_ref().date, &what, earliest, loc, diags);
        }
    }

    pub(super) fn meeting(
        &self,
        raw: &raw::RawMeeting,
        translations: &[(String, Loc, raw::MeetingTranslation)],
        loc: &Loc,
        diags: &mut Diagnostics,
    ) -> Meeting {
        if let Some(end) = &raw.end
            && end.get_ref().wholly_before(&raw.start)
        {
            let end_date = end.get_ref();
            diags.push(
                loc.error(
                    end.span(),
                    format!(
                        "the meeting ends ({end_date}) before it starts ({})",
                        raw.start
                    ),
                )
                .help(format!(
                    "the meeting starts on {}; its end cannot come before it: check the {}",
                    raw.start,
                    end_date.first_difference(&raw.start)
                )),
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
            countries: self.resolve_all::<CountryId>(&raw.countries, loc, diags),
            documents,
            indicators: self.indicators(
                &raw.indicators,
                translations.iter().map(|(l, tl, t)| (l, tl, &t.indicators)),
                loc,
                diags,
            ),
        }
    }

    pub(super) fn recommendation(
        &self,
        raw: &raw::RawRecommendation,
        translations: &[(String, Loc, raw::RecommendationTranslation)],
        loc: &Loc,
        meeting_dates: &List<MeetingId, Date>,
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
                let index = self.resolve::<MeetingId>(meeting, loc, diags);
                (index.map(Origin::Meeting), index.map(|i| meeting_dates[i]))
            }
            (None, Some(document)) => {
                let index = self.resolve::<FreePageId>(document, loc, diags);
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
        // Without an origin or a date an error has been reported and the site is discarded;
        // the placeholders only let the other checks of this file run.
        Recommendation {
            origin: origin.unwrap_or(Origin::Document(FreePageId::FIRST)),
            date: date.unwrap_or(Date {
                year: 1,
                month: None,
                day: None,
            }),
            number: raw.number,
            theme,
            addressed_to: self.resolve_all::<CountryId>(&raw.addressed_to, loc, diags),
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
        Section::Organisations => ("organisation", "organisations"),
        Section::Pages => ("page", "pages"),
    }
}

/// A due date cannot come before the commitment it is the deadline of: it may lie ahead of
/// the day of the build, as deadlines do.
fn check_due(due: &Spanned<Date>, made: Date, loc: &Loc, diags: &mut Diagnostics) {
    let value = due.get_ref();
    if value.wholly_before(&made) {
        diags.push(
            loc.error(
                due.span(),
                format!("the due date {value} comes before the commitment ({made})"),
            )
            .help(format!(
                "the commitment is dated {made}; it cannot be due before it was made: check the {}",
                value.first_difference(&made)
            )),
        );
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
                    "keep one {what} per date: merge the two, or correct one date"
                )),
            );
        }
        seen.push(*date.get_ref());
    }
}

/// A dated item of a canonical file as its translations may name it: its id, its date.
type ItemName<'r> = (Option<&'r Spanned<String>>, &'r Spanned<Date>);

fn item_names<I: DatedItem>(items: &[Spanned<I>]) -> Vec<ItemName<'_>> {
    items
        .iter()
        .map(|item| (item.get_ref().id(), item.get_ref().date()))
        .collect()
}

/// Refuses an id that is not a slug, and an id that two items of a list share.
fn check_ids(items: &[ItemName], loc: &Loc, what: &str, diags: &mut Diagnostics) {
    let mut seen: Vec<&str> = Vec::new();
    for id in items.iter().filter_map(|(id, _)| *id) {
        let value = id.get_ref().as_str();
        if !is_slug(value) {
            diags.push(
                loc.error(id.span(), format!("the {what} id `{value}` is not a slug"))
                    .help("use lower-case letters, digits and hyphens, e.g. `cam-2023-05`"),
            );
        } else if seen.contains(&value) {
            diags.push(
                loc.error(id.span(), format!("two {what}s have the id `{value}`"))
                    .help(format!("give each {what} its own id")),
            );
        }
        seen.push(value);
    }
}

/// The date of the item among `items` that translation `t` names (by its `id` or by its
/// `date`), or what is wrong with the name.
fn named_date<T: DatedName>(
    t: &Spanned<T>,
    items: &[ItemName],
    what: &str,
    loc: &Loc,
) -> Result<Date, Diagnostic> {
    match (t.get_ref().id(), t.get_ref().date()) {
        (Some(id), None) => items
            .iter()
            .find(|(i, _)| i.is_some_and(|i| i.get_ref() == id.get_ref()))
            .map(|(_, date)| *date.get_ref())
            .ok_or_else(|| no_such_id(loc, id, what, items)),
        (None, Some(date)) => items
            .iter()
            .find(|(_, d)| d.get_ref() == date.get_ref())
            .map(|(_, date)| *date.get_ref())
            .ok_or_else(|| no_such_date(loc, date, what, items)),
        (Some(id), Some(_)) => Err(loc
            .error(
                id.span(),
                format!("this {what} is named by its `id` and by its `date`"),
            )
            .help(format!(
                "keep `id` alone: it names the {what} whatever its date, so correcting the date in the canonical file does not break this translation"
            ))),
        (None, None) => Err(loc
            .error(
                t.span(),
                format!("this translation does not say which {what} it translates"),
            )
            .help(format!(
                "add the {what}'s `id`, or its `date` when it has no id, as the canonical file gives it"
            ))),
    }
}

fn no_such_id(loc: &Loc, id: &Spanned<String>, what: &str, items: &[ItemName]) -> Diagnostic {
    let ids: Vec<&str> = items
        .iter()
        .filter_map(|(i, _)| i.map(|i| i.get_ref().as_str()))
        .collect();
    let help = match suggest(id.get_ref(), ids.iter().copied()) {
        Some(close) => format!("did you mean `{close}`?"),
        None if ids.is_empty() => format!(
            "no {what} of the canonical file has an id: name it by its `date`, or give it an `id` in the canonical file"
        ),
        None => format!(
            "the {what} ids of the canonical file are `{}`",
            ids.join("`, `")
        ),
    };
    loc.error(
        id.span(),
        format!(
            "this translation names no {what} with the id `{}`",
            id.get_ref()
        ),
    )
    .label(format!("the canonical file has no {what} with this id"))
    .help(help)
}

/// A translation's date that names no item: the nearest date is the likeliest one meant
/// (the canonical date was corrected, or this one mistyped).
fn no_such_date(loc: &Loc, date: &Spanned<Date>, what: &str, items: &[ItemName]) -> Diagnostic {
    let wanted = date.get_ref();
    let nearest = items
        .iter()
        .min_by_key(|(_, d)| (d.get_ref().days() - wanted.days()).abs());
    let help = match nearest {
        Some((Some(id), d)) => format!(
            "did you mean `{}`? That {what} has the id `{}`: write `id = \"{}\"` instead of the date, and this translation stays right when the date is corrected",
            d.get_ref(),
            id.get_ref(),
            id.get_ref()
        ),
        Some((None, d)) => format!("did you mean `{}`?", d.get_ref()),
        None => format!("the canonical file has no {what}s: remove this one"),
    };
    loc.error(
        date.span(),
        format!("this translation names no {what} dated {wanted}"),
    )
    .label(format!("the canonical file has no {what} with this date"))
    .help(help)
}

fn check_url(url: &Spanned<String>, loc: &Loc, diags: &mut Diagnostics) -> String {
    let value = url.get_ref();
    if let Some(problem) = super::slug::web_address_problem(value) {
        diags.push(
            loc.error(url.span(), format!("`{value}` {problem}"))
                .help("write the full address, as the browser shows it, starting with https://"),
        );
    }
    value.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The day every check here is made on.
    const TODAY: &str = "2026-11-23";

    fn index(config: &Config) -> Index<'_> {
        let slugs = [
            (Section::Countries, vec!["cl".to_owned()]),
            (Section::Meetings, vec!["m".to_owned()]),
        ];
        Index::new(
            config,
            Date::parse(TODAY).unwrap(),
            slugs.into(),
            BTreeSet::new(),
        )
    }

    fn loc(path: &str, text: &str) -> Loc {
        Loc {
            file: SourceFile::new(path, text),
            offset: 0,
        }
    }

    /// The commitment of front matter `canonical` with its Spanish translation, if any, and
    /// the problems found, as an editor reads them.
    fn commitment(canonical: &str, translation: Option<&str>) -> (Commitment, String) {
        let config = super::super::convert::tests::config();
        let raw: raw::RawCommitment = toml::from_str(canonical).unwrap();
        let translations: Vec<_> = translation
            .map(|t| {
                let parsed = toml::from_str(t).unwrap();
                (
                    "es".to_owned(),
                    loc("content/commitments/c.es.md", t),
                    parsed,
                )
            })
            .into_iter()
            .collect();
        let mut diags = Diagnostics::default();
        let made = index(&config).commitment(
            &raw,
            &translations,
            &loc("content/commitments/c.md", canonical),
            &mut diags,
        );
        (made, diags.sorted().render_plain())
    }

    fn with_update(commitment_date: &str, update: &str) -> String {
        format!(
            "title = \"C\"\ncountry = \"cl\"\ndate = \"{commitment_date}\"\n[[updates]]\n{update}status = \"stalled\"\nnote = \"x\"\nmeeting = \"m\"\n"
        )
    }

    #[test]
    fn an_update_within_the_commitment_s_period_is_not_before_it() {
        for date in ["2022-10-05", "2022-10", "2022"] {
            let canonical = with_update("2022-10", &format!("date = \"{date}\"\n"));
            let (_, problems) = commitment(&canonical, None);
            assert_eq!(problems, "", "{date}");
        }
    }

    #[test]
    fn an_update_before_its_commitment_is_refused_at_its_date() {
        let canonical = with_update("2022-10", "date = \"2021-10-05\"\n");
        let (_, problems) = commitment(&canonical, None);
        assert!(
            problems.contains(
                "error: an update dated 2021-10-05 comes before the commitment (2022-10)\n  ┌─ content/commitments/c.md:5:8"
            ),
            "{problems}"
        );
        assert!(
            problems.contains(
                "help: the commitment is dated 2022-10; an update cannot come before it: check the year"
            ),
            "{problems}"
        );
        let canonical = with_update("2022-10", "date = \"2022-09-30\"\n");
        assert!(commitment(&canonical, None).1.contains("check the month"));
    }

    #[test]
    fn an_update_after_the_day_of_the_build_is_refused() {
        let canonical = with_update("2022-10", "date = \"2027-01\"\n");
        let (_, problems) = commitment(&canonical, None);
        assert!(
            problems
                .contains("an update dated 2027-01 comes after the day of the build (2026-11-23)"),
            "{problems}"
        );
        assert!(problems.contains("check the year"), "{problems}");
        // The month of the build holds the day of the build.
        let canonical = with_update("2022-10", "date = \"2026-11\"\n");
        assert_eq!(commitment(&canonical, None).1, "");
    }

    #[test]
    fn a_translation_names_an_update_by_its_id_whatever_its_date() {
        let canonical = with_update("2022-10", "id = \"cam\"\ndate = \"2023-05-10\"\n");
        let translation = "[[updates]]\nid = \"cam\"\nnote = \"y\"\n";
        let (made, problems) = commitment(&canonical, Some(translation));
        assert_eq!(problems, "");
        assert_eq!(made.updates[0].note["es"], "y");
    }

    #[test]
    fn a_translation_that_names_an_update_by_an_old_date_is_pointed_to_its_id() {
        let canonical = with_update("2022-10", "id = \"cam\"\ndate = \"2023-05-10\"\n");
        let translation = "[[updates]]\ndate = \"2023-05-09\"\nnote = \"y\"\n";
        let (_, problems) = commitment(&canonical, Some(translation));
        assert!(
            problems.contains("this translation names no update dated 2023-05-09"),
            "{problems}"
        );
        assert!(
            problems.contains(
                "did you mean `2023-05-10`? That update has the id `cam`: write `id = \"cam\"` instead of the date"
            ),
            "{problems}"
        );
    }

    #[test]
    fn the_nearest_date_is_the_one_suggested() {
        let canonical = "title = \"C\"\ncountry = \"cl\"\ndate = \"2022\"\n\
            [[updates]]\ndate = \"2023-01-01\"\nstatus = \"stalled\"\nnote = \"a\"\nmeeting = \"m\"\n\
            [[updates]]\ndate = \"2024-06-30\"\nstatus = \"stalled\"\nnote = \"b\"\nmeeting = \"m\"\n";
        let translation = "[[updates]]\ndate = \"2024-06-03\"\nnote = \"y\"\n";
        let (_, problems) = commitment(canonical, Some(translation));
        assert!(
            problems.contains("help: did you mean `2024-06-30`?"),
            "{problems}"
        );
    }

    #[test]
    fn a_translation_names_an_update_by_a_known_id_and_only_one_way() {
        let canonical = with_update("2022-10", "id = \"cam-2023-05\"\ndate = \"2023-05-10\"\n");
        let problems = |translation: &str| commitment(&canonical, Some(translation)).1;
        let unknown = problems("[[updates]]\nid = \"cam-2023-5\"\nnote = \"y\"\n");
        assert!(
            unknown.contains("this translation names no update with the id `cam-2023-5`"),
            "{unknown}"
        );
        assert!(unknown.contains("did you mean `cam-2023-05`?"), "{unknown}");
        let both =
            problems("[[updates]]\nid = \"cam-2023-05\"\ndate = \"2023-05-10\"\nnote = \"y\"\n");
        assert!(
            both.contains("this update is named by its `id` and by its `date`"),
            "{both}"
        );
        let neither = problems("[[updates]]\nnote = \"y\"\n");
        assert!(
            neither.contains("this translation does not say which update it translates"),
            "{neither}"
        );
    }

    #[test]
    fn update_ids_are_distinct_slugs() {
        let canonical = "title = \"C\"\ncountry = \"cl\"\ndate = \"2022\"\n\
            [[updates]]\nid = \"a\"\ndate = \"2023-01-01\"\nstatus = \"stalled\"\nnote = \"a\"\nmeeting = \"m\"\n\
            [[updates]]\nid = \"a\"\ndate = \"2024-01-01\"\nstatus = \"stalled\"\nnote = \"b\"\nmeeting = \"m\"\n\
            [[updates]]\nid = \"B c\"\ndate = \"2024-02-01\"\nstatus = \"stalled\"\nnote = \"c\"\nmeeting = \"m\"\n";
        let (_, problems) = commitment(canonical, None);
        assert!(
            problems.contains("two updates have the id `a`"),
            "{problems}"
        );
        assert!(
            problems.contains("the update id `B c` is not a slug"),
            "{problems}"
        );
    }

    fn with_indicator(indicator: &str) -> String {
        format!(
            "title = \"C\"\ncountry = \"cl\"\ndate = \"2022\"\n[[indicators]]\nid = \"i\"\ntitle = \"I\"\n{indicator}"
        )
    }

    #[test]
    fn a_value_before_the_baseline_is_refused() {
        let canonical = with_indicator(
            "kind = \"quantitative\"\nunit = \"people\"\nbaseline = { date = \"2022-06\", value = 1 }\n\
             [[indicators.values]]\ndate = \"2022-06-15\"\nvalue = 2\n\
             [[indicators.values]]\ndate = \"2021-06-15\"\nvalue = 3\n",
        );
        let (_, problems) = commitment(&canonical, None);
        assert!(
            problems
                .contains("a value of `i` dated 2021-06-15 comes before the baseline (2022-06)"),
            "{problems}"
        );
        assert!(
            problems.contains(
                "the baseline is dated 2022-06; a value of `i` cannot come before it: check the year"
            ),
            "{problems}"
        );
        assert!(!problems.contains("2022-06-15"), "{problems}");
    }

    #[test]
    fn measures_after_the_day_of_the_build_are_refused_and_targets_are_not() {
        let quantitative = with_indicator(
            "kind = \"quantitative\"\nunit = \"people\"\nbaseline = { date = \"2027\", value = 1 }\n\
             target = { date = \"2030\", value = 9 }\n",
        );
        let (_, problems) = commitment(&quantitative, None);
        assert!(
            problems.contains(
                "the baseline of `i` dated 2027 comes after the day of the build (2026-11-23)"
            ),
            "{problems}"
        );
        assert!(!problems.contains("2030"), "{problems}");
        let qualitative = with_indicator(
            "kind = \"qualitative\"\n[[indicators.milestones]]\ndate = \"2026-12-01\"\nnote = \"n\"\n",
        );
        let (_, problems) = commitment(&qualitative, None);
        assert!(
            problems.contains(
                "a milestone of `i` dated 2026-12-01 comes after the day of the build (2026-11-23)"
            ),
            "{problems}"
        );
        assert!(problems.contains("check the month"), "{problems}");
    }

    #[test]
    fn a_translation_names_a_milestone_by_its_id() {
        let canonical = with_indicator(
            "kind = \"qualitative\"\n[[indicators.milestones]]\nid = \"law\"\ndate = \"2024-03\"\nnote = \"n\"\n",
        );
        let translation =
            "[[indicators]]\nid = \"i\"\n[[indicators.milestones]]\nid = \"law\"\nnote = \"ley\"\n";
        let (made, problems) = commitment(&canonical, Some(translation));
        assert_eq!(problems, "");
        let Measure::Qualitative { milestones } = &made.indicators[0].measure else {
            panic!("qualitative")
        };
        assert_eq!(milestones[0].note["es"], "ley");
    }

    #[test]
    fn a_translated_milestone_of_a_quantitative_indicator_is_pointed_at_by_its_name() {
        let canonical = with_indicator("kind = \"quantitative\"\nunit = \"people\"\n");
        let translation =
            "[[indicators]]\nid = \"i\"\n[[indicators.milestones]]\nid = \"law\"\nnote = \"ley\"\n";
        let (_, problems) = commitment(&canonical, Some(translation));
        assert!(
            problems.contains(
                "error: a quantitative indicator has no milestones to translate\n  ┌─ content/commitments/c.es.md:4:6"
            ),
            "{problems}"
        );
    }

    fn meeting_problems(dates: &str) -> String {
        let config = super::super::convert::tests::config();
        let front_matter = format!("title = \"M\"\n{dates}");
        let raw: raw::RawMeeting = toml::from_str(&front_matter).unwrap();
        let mut diags = Diagnostics::default();
        index(&config).meeting(
            &raw,
            &[],
            &loc("content/meetings/m.md", &front_matter),
            &mut diags,
        );
        diags.sorted().render_plain()
    }

    #[test]
    fn a_meeting_ends_on_or_after_its_start() {
        let problems = meeting_problems("start = \"2023-05-09\"\nend = \"2022-05-10\"\n");
        assert!(
            problems.contains("the meeting ends (2022-05-10) before it starts (2023-05-09)"),
            "{problems}"
        );
        assert!(
            problems.contains(
                "the meeting starts on 2023-05-09; its end cannot come before it: check the year"
            ),
            "{problems}"
        );
        assert_eq!(
            meeting_problems("start = \"2023-05-09\"\nend = \"2023-05\"\n"),
            "",
            "the month holds the start"
        );
    }
}
