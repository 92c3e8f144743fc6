//! The second pass of the model: references resolved against every slug of the site, and
//! the facts of each kind checked and typed (one of two fields, dates in order, translations
//! that name an update, a milestone or an indicator that exists).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use toml::Spanned;

use super::convert::Loc;
use super::raw;
use super::slug::is_slug;
use super::{
    Commitment, Date, Document, Indicator, Localized, Measure, Meeting, Milestone, Origin, Point,
    Recommendation, Update,
};
use crate::config::Config;
use crate::content::Section;
use crate::content::markdown::InternalLink;
use crate::diag::{Diagnostic, Diagnostics, SourceFile, did_you_mean};
use std::sync::Arc;

/// Every slug of the site, to resolve references against.
pub(super) struct Index<'a> {
    config: &'a Config,
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

    pub(super) fn check_links(
        &self,
        links: &[(Arc<SourceFile>, InternalLink)],
        diags: &mut Diagnostics,
    ) {
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

    pub(super) fn commitment(
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
                            .help("add `unit = \"percent\"`, a currency code such as `unit = \"USD\"`, or another unit such as `unit = \"people\"` (docs/content.md, Indicators)"),
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

    pub(super) fn meeting(
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

    pub(super) fn recommendation(
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
        // Without an origin or a date an error has been reported and the site is discarded;
        // the placeholders only let the other checks of this file run.
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
