//! The presentation layer: the site seen in one language ([`Lens`]), as small serialisable
//! views that every output shares: pages, feeds, open data, calendars and search.
//! It knows nothing of HTML templates: the renderer, like the others, builds on it.
//!
//! Every string here is final: text picked along the reader's fallback chain (with the
//! language it is really in, so templates can mark it), dates and numbers written the way the
//! reader's language writes them, links with the base path and language in front.

use serde::Serialize;

use crate::addresses::{LinkStyle, PageId};
use crate::charts::{self, LineChart, Plot, Segment};
use crate::config::{Language, StatusId};
use crate::content::Section;
use crate::content::markdown::INTERNAL_PREFIX;
use crate::i18n::{Arg, Locale};
use crate::ids::List;
use crate::model::{
    Cited, Commitment, CommitmentId, ContentDate, Date, Entry, EntryId, EntryKey, Freshness,
    Indicator, Localized, Measure, MeetingId, OrganisationId, OrganisationKind, Origin, PillarId,
    Point, RecommendationId, Site, SiteChange, Touch, Touched, pick,
};
use crate::progress::{Tally, Views, indicator_progress, is_overdue, stale_since};

/// The most entries the record of changes lists under one commit, on its page and in its
/// feed: a commit that touched every entry (a new field, a translation of the whole site)
/// says how many more it touched.
pub(crate) const ENTRIES_LISTED: usize = 20;

/// One page's view of the site, in one language: everything needed to turn model values into
/// view values, and links that work from where the page is.
pub(crate) struct Lens<'a> {
    pub(crate) site: &'a Site,
    pub(crate) language: &'a Language,
    pub(crate) locale: &'a Locale,
    pub(crate) links: LinkStyle,
}

/// A text and the language it is in, when that is not the page's language.
#[derive(Serialize, Clone)]
pub(crate) struct Txt {
    /// The text.
    pub(crate) text: String,
    /// Set when the text is shown in a fallback language.
    pub(crate) lang: Option<String>,
    /// `ltr` or `rtl`, set with `lang`.
    pub(crate) dir: Option<&'static str>,
    /// The notice readers see for a fallback, in the page's language.
    pub(crate) notice: Option<String>,
}

impl Txt {
    /// The text, marked with its language when that is not the page's, for a page that shows
    /// it as a plain string (a breadcrumb, a list of options): the page then gives it its
    /// `lang` and `dir` ([`crate::i18n::isolation`]).
    pub(crate) fn marked(self) -> String {
        match self.lang {
            Some(lang) => crate::i18n::isolation::mark(&lang, &self.text),
            None => self.text,
        }
    }
}

/// A link to a page, with its title.
#[derive(Serialize)]
pub(crate) struct Link {
    /// The page's title.
    pub(crate) title: Txt,
    /// The page.
    pub(crate) href: String,
}

/// A day.
#[derive(Serialize)]
pub(crate) struct DateView {
    /// As `YYYY-MM-DD`, for `<time datetime>`.
    pub(crate) iso: String,
    /// In words, the way the page's language writes it.
    pub(crate) text: String,
}

/// A status, of a commitment or an update (or an indicator's judgement).
#[derive(Serialize)]
pub(crate) struct StatusView {
    /// Its id in `site.toml` (`done`), for styling.
    pub(crate) id: String,
    /// Its name, in the page's language.
    pub(crate) label: String,
}

/// A set of commitments counted by status.
#[derive(Serialize)]
pub(crate) struct TallyView {
    /// How many commitments.
    pub(crate) total: usize,
    /// How many, in words ("12 commitments").
    pub(crate) total_text: String,
    /// How many of them are assessed, in words ("0 of 11 assessed"); nothing without
    /// commitments.
    pub(crate) assessed_text: Option<String>,
    /// How many are completed and their share, in words ("3 completed (27 %)"); nothing
    /// while none is assessed, when a share of 0 % would say more than the data.
    pub(crate) done_text: Option<String>,
    /// The share completed, in whole percents rounded down; nothing while none is assessed.
    pub(crate) percent_done: Option<u32>,
    /// Every status, in `site.toml`'s order, with how many have it.
    pub(crate) statuses: Vec<StatusCount>,
    /// The breakdown drawn as SVG, on the pages where it is the page's main figure.
    pub(crate) chart: Option<String>,
    /// How many of them have gone without an update for too long, in words.
    pub(crate) stale_text: Option<String>,
    /// How many of them are past their due date and not done, in words; nothing when none is.
    pub(crate) overdue_text: Option<String>,
    /// The list of overdue commitments, when the tally is the whole site's and some are.
    pub(crate) overdue_href: Option<String>,
    /// How many the governments reported on, how many were assessed independently, and on
    /// how many the two disagree, in words; nothing when no update of them names who
    /// assessed it.
    pub(crate) views_text: Option<String>,
    /// A small bar of them by status (SVG, hidden from screen readers: the words say it).
    pub(crate) bar: String,
    /// The figures in words in one line: "11 commitments · 0 of 11 assessed".
    pub(crate) summary: String,
}

/// How many of a set of commitments have one status.
#[derive(Serialize)]
pub(crate) struct StatusCount {
    /// The status.
    pub(crate) status: StatusView,
    /// How many.
    pub(crate) count: usize,
    /// Their share of the set, in whole percents (the shares add up to 100).
    pub(crate) percent: u32,
}

/// A commitment as lists show it (the view of `card.html`).
#[derive(Serialize)]
pub(crate) struct CommitmentCard {
    /// Its title.
    pub(crate) title: Txt,
    /// Its page.
    pub(crate) href: String,
    /// Its status: its latest update's.
    pub(crate) status: StatusView,
    /// The country that made it.
    pub(crate) country: Link,
    /// The day it was made.
    pub(crate) date: DateView,
    /// "Not verified since …", when the commitment has gone without an update too long.
    pub(crate) stale: Option<String>,
    /// "Due …", when its source states the day, month or year it must be done by.
    pub(crate) due: Option<DateView>,
    /// Past its due date and not done.
    pub(crate) overdue: bool,
    /// Slugs for the list filter: the country's, and the pillars' separated by spaces.
    pub(crate) country_slug: String,
    /// Its pillars' slugs, separated by spaces, for the list's filter.
    pub(crate) pillar_slugs: String,
}

/// An update of a commitment: its status since a day, and what happened.
#[derive(Serialize)]
pub(crate) struct UpdateView {
    /// Its id on the commitment's page, which links name after `#`.
    pub(crate) anchor: String,
    /// Its day.
    pub(crate) date: DateView,
    /// The commitment's status from that day.
    pub(crate) status: StatusView,
    /// What happened.
    pub(crate) note: Txt,
    /// The meeting it was reported at.
    pub(crate) meeting: Option<Link>,
    /// The source that reports it.
    pub(crate) source: Option<String>,
    /// The source's address, elsewhere.
    pub(crate) source_url: Option<String>,
    /// The organisation that assessed it, when the update names one.
    pub(crate) by: Option<AssessorView>,
}

/// The organisation that assessed an update.
#[derive(Serialize)]
pub(crate) struct AssessorView {
    /// Its page.
    pub(crate) link: Link,
    /// What kind it is, as content files write it (`government`, `civil-society`,
    /// `international-organisation`), for classes.
    pub(crate) kind: &'static str,
    /// What kind it is, in words.
    pub(crate) kind_label: String,
}

/// An update, with the commitment it is about.
#[derive(Serialize)]
pub(crate) struct LatestUpdate {
    /// The commitment.
    pub(crate) commitment: CommitmentCard,
    /// The update.
    pub(crate) update: UpdateView,
}

/// A value of an indicator, on a day.
#[derive(Serialize)]
pub(crate) struct ValueView {
    /// The day it was measured.
    pub(crate) date: DateView,
    /// The value with its unit, the way the page's language writes it.
    pub(crate) value: String,
    /// Where the figure comes from, when its file says.
    pub(crate) cited: Option<CitedView>,
}

/// Where a figure or a milestone comes from: what `macros.html`'s `cited` shows, as it shows
/// an update's.
#[derive(Serialize)]
pub(crate) struct CitedView {
    /// The meeting it was reported at.
    pub(crate) meeting: Option<Link>,
    /// The document it comes from.
    pub(crate) source: Option<String>,
    /// The document's address, elsewhere.
    pub(crate) source_url: Option<String>,
}

/// An indicator of a commitment or a meeting: a measured value (`quantitative`) against a baseline and a target, or milestones.
#[derive(Serialize)]
pub(crate) struct IndicatorView {
    /// Its id, as the content names it.
    pub(crate) id: String,
    /// Its id on the page, which links name after `#`.
    pub(crate) anchor: String,
    /// What it measures.
    pub(crate) title: Txt,
    /// Whether it is measured by values (else by milestones).
    pub(crate) quantitative: bool,
    /// The values' unit, as the content names it (`people`, `USD`); empty for milestones.
    pub(crate) unit: String,
    /// The value it started from.
    pub(crate) baseline: Option<ValueView>,
    /// The value it aims at.
    pub(crate) target: Option<ValueView>,
    /// The latest value measured.
    pub(crate) latest: Option<ValueView>,
    /// Every value measured, oldest first.
    pub(crate) values: Vec<ValueView>,
    /// Whether any of `values` cites its source: the table then has a column for them.
    pub(crate) values_cited: bool,
    /// Clamped to 0–100 for drawing; `progress_text` says the real figure.
    pub(crate) progress_bar: Option<u32>,
    /// The progress, in words ("62 % of the way to the target"), or that it cannot be said.
    pub(crate) progress_text: Option<String>,
    /// On track, off track…: `id` for styling, `label` in the reader's language.
    pub(crate) judgement: Option<StatusView>,
    /// Values over time, with baseline and target, as SVG.
    pub(crate) chart: Option<String>,
    /// Its milestones, oldest first; none for a measured indicator.
    pub(crate) milestones: Vec<MilestoneView>,
}

/// A milestone of an indicator.
#[derive(Serialize)]
pub(crate) struct MilestoneView {
    /// When it was reached.
    pub(crate) date: DateView,
    /// What was reached.
    pub(crate) note: Txt,
    /// Where it is reported, when its file says.
    pub(crate) cited: Option<CitedView>,
}

/// A meeting as lists show it.
#[derive(Serialize)]
pub(crate) struct MeetingCard {
    /// Its name.
    pub(crate) title: Txt,
    /// Its page.
    pub(crate) href: String,
    /// Its days, in words.
    pub(crate) dates: String,
    /// Its first day, as `YYYY-MM-DD`.
    pub(crate) start_iso: String,
    /// Where it was held.
    pub(crate) place: Option<Txt>,
}

/// A recommendation as lists show it.
#[derive(Serialize)]
pub(crate) struct RecommendationCard {
    /// Its title.
    pub(crate) title: Txt,
    /// Its page.
    pub(crate) href: String,
    /// Its number in its source, when it has one.
    pub(crate) number: Option<u32>,
    /// Its theme.
    pub(crate) theme: Option<Txt>,
}

/// The recommendations of one meeting or document.
#[derive(Serialize)]
pub(crate) struct RecommendationGroup {
    /// The meeting or document.
    pub(crate) source: Link,
    /// Its date: a meeting's days, all of them.
    pub(crate) date: DateView,
    /// Its recommendations, by number.
    pub(crate) recommendations: Vec<RecommendationCard>,
}

impl<'a> Lens<'a> {
    /// A language's view for files read away from any page (feeds, data): rooted links.
    pub(crate) fn published(
        site: &'a Site,
        language: &'a Language,
        locales: &'a crate::i18n::Locales,
    ) -> Self {
        Lens {
            site,
            language,
            locale: locales.get(&language.code),
            links: LinkStyle::Rooted,
        }
    }

    pub(crate) fn chain(&self) -> &'a [String] {
        &self.language.chain
    }

    pub(crate) fn code(&self) -> &'a str {
        &self.language.code
    }

    /// A link from this page to `target`, a path under the site's root (`es/countries/`).
    pub(crate) fn href(&self, target: &str) -> String {
        crate::addresses::mark(target)
    }

    /// `path` under this language: `countries/cl/` → `/fr/countries/cl/`.
    pub(crate) fn url(&self, path: &str) -> String {
        self.href(&format!("{}/{path}", self.language.code))
    }

    pub(crate) fn entry_path(section: Section, slug: &str) -> String {
        section.entry_path(slug)
    }

    pub(crate) fn entry_url(&self, section: Section, slug: &str) -> String {
        self.url(&Self::entry_path(section, slug))
    }

    pub(crate) fn language_name(&self, code: &str) -> String {
        self.locale
            .format(&format!("language-{code}"), &[])
            .unwrap_or_else(|_| {
                self.site
                    .config
                    .language(code)
                    .map_or_else(|| code.to_owned(), |l| l.name.clone())
            })
    }

    /// Wraps a text that is in `lang`, adding the fallback notice when it is not the page's.
    pub(crate) fn txt(&self, lang: &str, text: impl Into<String>) -> Txt {
        let fallback = lang != self.code();
        Txt {
            text: text.into(),
            lang: fallback.then(|| lang.to_owned()),
            dir: fallback.then(|| crate::i18n::text_direction(lang)),
            notice: fallback.then(|| {
                let wanted = self.language_name(self.code());
                let shown = self.language_name(lang);
                self.locale
                    .format(
                        "fallback-notice",
                        &[
                            ("language", Arg::Text(&wanted)),
                            ("original", Arg::Text(&shown)),
                        ],
                    )
                    .unwrap_or_default()
            }),
        }
    }

    pub(crate) fn localized(&self, values: &Localized<String>) -> Option<Txt> {
        pick(values, self.chain()).map(|(lang, text)| self.txt(lang, text.clone()))
    }

    pub(crate) fn title<F>(&self, entry: &Entry<F>) -> Txt {
        let (lang, title) = entry.title(self.chain());
        self.txt(lang, title)
    }

    /// The title of the entry at `i` of `section`.
    pub(crate) fn entry_title(&self, key: EntryKey) -> Txt {
        let (lang, title) = self.site.entry(key).title(self.chain());
        self.txt(lang, title)
    }

    pub(crate) fn summary<F>(&self, entry: &Entry<F>) -> Option<Txt> {
        entry
            .text(self.chain(), |t| t.summary.as_deref())
            .map(|(lang, text)| self.txt(lang, text))
    }

    /// The body as HTML, with links between entries pointing into this language.
    pub(crate) fn body<F>(&self, entry: &Entry<F>) -> Option<Txt> {
        let (lang, html) = entry.text(self.chain(), |t| Some(t.body.as_str()))?;
        let marker = format!("href=\"{INTERNAL_PREFIX}");
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(start) = rest.find(&marker) {
            out.push_str(&rest[..start]);
            let after = &rest[start + marker.len()..];
            let end = after.find('"').unwrap_or(after.len());
            let target = &after[..end];
            let path = target.strip_prefix("pages/").unwrap_or(target);
            out.push_str(&format!("href=\"{}", self.url(path)));
            rest = &after[end..];
        }
        out.push_str(rest);
        Some(self.txt(lang, out))
    }

    /// The notice for an unofficial translation, with a link to the original.
    pub(crate) fn unofficial<F>(&self, entry: &Entry<F>, section: Section) -> Option<Link> {
        let text = entry.texts.get(self.code())?;
        text.unofficial
            .then(|| self.notice_with_original(entry, section, "unofficial-notice"))
    }

    /// The notice for a translation made before its original changed, with a link to the
    /// original.
    pub(crate) fn outdated<F>(&self, entry: &Entry<F>, section: Section) -> Option<Link> {
        let text = entry.texts.get(self.code())?;
        matches!(text.freshness, Freshness::Outdated { .. })
            .then(|| self.notice_with_original(entry, section, "outdated-notice"))
    }

    fn notice_with_original<F>(&self, entry: &Entry<F>, section: Section, message: &str) -> Link {
        let default = &self.site.config.default_language;
        let original = self.language_name(default);
        let message = self
            .locale
            .format(message, &[("original", Arg::Text(&original))])
            .unwrap_or_default();
        let href = self.href(&format!(
            "{default}/{}",
            Self::entry_path(section, &entry.slug)
        ));
        Link {
            title: self.txt(self.code(), message),
            href,
        }
    }

    pub(crate) fn link<F>(&self, section: Section, entry: &Entry<F>) -> Link {
        Link {
            title: self.title(entry),
            href: self.entry_url(section, &entry.slug),
        }
    }

    pub(crate) fn links<I: EntryId, F>(&self, entries: &List<I, Entry<F>>, ids: &[I]) -> Vec<Link> {
        ids.iter()
            .map(|&i| self.link(I::SECTION, &entries[i]))
            .collect()
    }

    pub(crate) fn date(&self, date: Date) -> DateView {
        DateView {
            iso: date.to_string(),
            text: self.locale.date(date),
        }
    }

    /// A meeting's dates: one, a range as CLDR writes it in the language, or else the
    /// sentence `date-range` (two dates of different precisions, a language without patterns).
    pub(crate) fn date_range(&self, start: Date, end: Option<Date>) -> String {
        match end {
            Some(end) if end != start => self.locale.date_range(start, end).unwrap_or_else(|| {
                self.locale
                    .format(
                        "date-range",
                        &[("start", Arg::Date(start)), ("end", Arg::Date(end))],
                    )
                    .unwrap_or_else(|_| format!("{start} – {end}"))
            }),
            _ => self.locale.date(start),
        }
    }

    pub(crate) fn status(&self, status: StatusId) -> StatusView {
        let id = &self.site.config.statuses[status].id;
        StatusView {
            id: id.clone(),
            label: self.locale.text(&format!("status-{id}")),
        }
    }

    pub(crate) fn count(&self, id: &str, count: usize) -> String {
        self.locale
            .format(id, &[("count", Arg::Number(count as f64))])
            .unwrap_or_else(|_| count.to_string())
    }

    /// The tally of the given commitments.
    pub(crate) fn tally_of(&self, commitments: &[CommitmentId]) -> TallyView {
        let site = self.site;
        let mut view = self.tally(&Tally::of(
            &site.config,
            commitments.iter().map(|&c| &site.commitments[c]),
        ));
        let stale = commitments
            .iter()
            .filter(|&&c| {
                stale_since(&site.commitments[c].facts, &site.config, site.today).is_some()
            })
            .count();
        let overdue = commitments
            .iter()
            .filter(|&&c| is_overdue(&site.commitments[c].facts, &site.config, site.today))
            .count();
        if overdue > 0 {
            let text = self.count("overdue-count", overdue);
            view.summary = format!("{} · {text}", view.summary);
            view.overdue_text = Some(text);
            // As many as the site has: the site's own, whose overdue ones the list holds.
            view.overdue_href = (commitments.len() == site.commitments.len())
                .then(|| self.url(&PageId::Overdue.path(site)));
        }
        view.views_text = self.views_count(commitments);
        if let Some(text) = &view.views_text {
            view.summary = format!("{} · {text}", view.summary);
        }
        view.stale_text = site
            .config
            .stale_after_months
            .filter(|_| stale > 0)
            .map(|months| {
                self.locale
                    .format(
                        "stale-count",
                        &[
                            ("count", Arg::Number(stale as f64)),
                            ("months", Arg::Number(f64::from(months))),
                        ],
                    )
                    .unwrap_or_default()
            });
        view
    }

    /// See [`TallyView::views_text`].
    fn views_count(&self, commitments: &[CommitmentId]) -> Option<String> {
        let site = self.site;
        let views: Vec<Views<'_>> = commitments
            .iter()
            .map(|&c| Views::of(&site.commitments[c].facts, &site.organisations))
            .collect();
        let reported = views.iter().filter(|v| v.government.is_some()).count();
        let assessed = views.iter().filter(|v| v.independent.is_some()).count();
        let differ = views.iter().filter(|v| v.disagree()).count();
        (reported + assessed > 0).then(|| {
            self.locale
                .format(
                    "views-count",
                    &[
                        ("reported", Arg::Number(reported as f64)),
                        ("assessed", Arg::Number(assessed as f64)),
                        ("differ", Arg::Number(differ as f64)),
                    ],
                )
                .unwrap_or_default()
        })
    }

    /// "Last changed …", the day the page of `entry` in this language last changed, when
    /// that is known (see [`Entry::changed`]).
    pub(crate) fn changed<F: ContentDate>(&self, entry: &Entry<F>) -> Option<DateView> {
        let date = entry.changed(self.chain())?;
        let text = self
            .locale
            .format("page-last-changed", &[("date", Arg::Date(date))])
            .ok()?;
        Some(DateView {
            iso: date.to_string(),
            text,
        })
    }

    /// What a commit did to an entry, in words ("Changed", "Translation changed (Kreyòl)").
    pub(crate) fn touch(&self, touch: &Touch) -> String {
        match touch {
            Touch::Added => self.locale.text("changes-added"),
            Touch::Changed => self.locale.text("changes-changed"),
            Touch::Removed => self.locale.text("changes-removed"),
            Touch::Translated(languages) => {
                let names: Vec<String> = languages.iter().map(|l| self.language_name(l)).collect();
                let names = names.join(", ");
                self.locale
                    .format("changes-translated", &[("languages", Arg::Text(&names))])
                    .unwrap_or(names)
            }
        }
    }

    /// The name of an entry a commit touched, and the path of its page below the language
    /// folder: its title; for one the site no longer has, its file, and no page.
    pub(crate) fn touched(&self, touched: &Touched) -> (Txt, Option<String>) {
        match touched {
            Touched::Entry(key) => {
                let path = PageId::Entry(*key).path(self.site);
                (self.entry_title(*key), Some(path))
            }
            Touched::Gone { section, slug } => {
                let file = format!("content/{section}/{slug}.md");
                (self.txt(self.code(), file), None)
            }
        }
    }

    /// "and 12 more pages", when `change` touched more entries than the record lists
    /// ([`ENTRIES_LISTED`]).
    pub(crate) fn more_touched(&self, change: &SiteChange) -> Option<String> {
        let more = change.entries.len().saturating_sub(ENTRIES_LISTED);
        (more > 0).then(|| {
            self.locale
                .format(
                    "changes-more-entries",
                    &[("count", Arg::Number(more as f64))],
                )
                .unwrap_or_default()
        })
    }

    /// "Pillar IV": the pillar `i`'s number, in words.
    pub(crate) fn pillar_number(&self, i: PillarId) -> String {
        let numeral = roman(self.site.pillars[i].facts.number);
        self.locale
            .format("pillar-number", &[("number", Arg::Text(&numeral))])
            .unwrap_or(numeral)
    }

    /// "Due …": the day, month or year a commitment must be done by, in words.
    pub(crate) fn due(&self, due: Date) -> DateView {
        DateView {
            iso: due.to_string(),
            text: self
                .locale
                .format("due-on", &[("date", Arg::Date(due))])
                .unwrap_or_else(|_| self.locale.date(due)),
        }
    }

    /// Whether a commitment is past its due date and not done, on the day of the build.
    pub(crate) fn overdue(&self, commitment: &Commitment) -> bool {
        is_overdue(commitment, &self.site.config, self.site.today)
    }

    /// "Not verified since …" for a commitment past the site's `stale_after_months`.
    pub(crate) fn stale(&self, commitment: &Commitment) -> Option<String> {
        let since = stale_since(commitment, &self.site.config, self.site.today)?;
        self.locale
            .format("stale-since", &[("date", Arg::Date(since))])
            .ok()
    }

    /// The tally of the given commitments with its chart, once per page (`id` names it).
    pub(crate) fn tally_chart_of(&self, commitments: &[CommitmentId], id: &str) -> TallyView {
        let mut view = self.tally_of(commitments);
        let segments: Vec<(String, String, usize)> = view
            .statuses
            .iter()
            .map(|row| {
                let share = self.share(row.percent);
                (
                    row.status.id.clone(),
                    format!("{}: {} ({share})", row.status.label, row.count),
                    row.count,
                )
            })
            .collect();
        let desc = std::iter::once(view.total_text.clone())
            .chain(segments.iter().filter(|s| s.2 > 0).map(|s| s.1.clone()))
            .collect::<Vec<_>>()
            .join("; ");
        let segments: Vec<Segment<'_>> = segments
            .iter()
            .map(|(id, label, count)| Segment {
                id,
                label,
                count: *count,
            })
            .collect();
        view.chart = Some(charts::breakdown(
            id,
            &self.locale.text("breakdown-caption"),
            &desc,
            &segments,
            self.chart_direction(),
        ));
        view
    }

    /// A share alone, a number in the reader's language rather than a sentence: CLDR's
    /// percent pattern writes it, with no message to translate or to miss.
    fn share(&self, percent: u32) -> String {
        self.locale.percent(f64::from(percent))
    }

    fn tally(&self, tally: &Tally) -> TallyView {
        let ids = self.site.config.statuses.iter().map(|s| s.id.as_str());
        let counts: Vec<(&str, usize)> = ids.zip(tally.by_status.iter().copied()).collect();
        let total_text = self.count("commitment-count", tally.total);
        let assessed_text = (tally.total > 0).then(|| {
            self.locale
                .format(
                    "assessed-count",
                    &[
                        ("assessed", Arg::Number(tally.assessed as f64)),
                        ("total", Arg::Number(tally.total as f64)),
                    ],
                )
                .unwrap_or_default()
        });
        let done_text = tally.percent_done().map(|p| {
            self.locale
                .format(
                    "done-count",
                    &[
                        ("count", Arg::Number(tally.done as f64)),
                        ("percent", Arg::Percent(f64::from(p))),
                    ],
                )
                .unwrap_or_default()
        });
        let summary = [
            Some(&total_text),
            assessed_text.as_ref(),
            done_text.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" · ");
        TallyView {
            bar: charts::status_bar(&counts),
            summary,
            chart: None,
            stale_text: None,
            overdue_text: None,
            overdue_href: None,
            views_text: None,
            total: tally.total,
            total_text,
            assessed_text,
            done_text,
            percent_done: tally.percent_done(),
            statuses: tally
                .by_status
                .enumerate()
                .zip(tally.shares())
                .map(|((status, &count), percent)| StatusCount {
                    status: self.status(status),
                    count,
                    percent,
                })
                .collect(),
        }
    }

    pub(crate) fn commitment_card(&self, id: CommitmentId) -> CommitmentCard {
        let entry = &self.site.commitments[id];
        let country = &self.site.countries[entry.facts.country];
        CommitmentCard {
            title: self.title(entry),
            href: self.entry_url(Section::Commitments, &entry.slug),
            status: self.status(entry.facts.status(&self.site.config)),
            country: self.link(Section::Countries, country),
            date: self.date(entry.facts.date),
            stale: self.stale(&entry.facts),
            due: entry.facts.due.map(|due| self.due(due)),
            overdue: self.overdue(&entry.facts),
            country_slug: country.slug.clone(),
            pillar_slugs: entry
                .facts
                .pillars
                .iter()
                .map(|&p| self.site.pillars[p].slug.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// Commitments grouped by status, in the configured order of statuses, each group by
    /// title, empty groups left out.
    pub(crate) fn by_status(
        &self,
        commitments: &[CommitmentId],
    ) -> Vec<(StatusId, Vec<CommitmentId>)> {
        let config = &self.site.config;
        config
            .statuses
            .ids()
            .filter_map(|status| {
                let mut group: Vec<CommitmentId> = commitments
                    .iter()
                    .copied()
                    .filter(|&c| self.site.commitments[c].facts.status(config) == status)
                    .collect();
                group.sort_by_cached_key(|&c| {
                    sort_key(self.site.commitments[c].title(self.chain()).1)
                });
                (!group.is_empty()).then_some((status, group))
            })
            .collect()
    }

    pub(crate) fn update(&self, commitment: &Commitment, index: usize) -> UpdateView {
        let update = &commitment.updates[index];
        UpdateView {
            anchor: update.anchor(),
            date: self.date(update.date),
            status: self.status(update.status),
            note: self
                .localized(&update.note)
                .unwrap_or_else(|| self.txt(self.code(), "")),
            meeting: update
                .meeting
                .map(|m| self.link(Section::Meetings, &self.site.meetings[m])),
            source: update.source.clone(),
            source_url: update.source_url.clone(),
            by: update.by.map(|by| self.assessor(by)),
        }
    }

    pub(crate) fn assessor(&self, id: OrganisationId) -> AssessorView {
        let organisation = &self.site.organisations[id];
        AssessorView {
            link: self.link(Section::Organisations, organisation),
            kind: organisation.facts.kind.name(),
            kind_label: self.organisation_kind(organisation.facts.kind),
        }
    }

    /// What kind an organisation is, in words ("Government").
    pub(crate) fn organisation_kind(&self, kind: OrganisationKind) -> String {
        self.locale
            .text(&format!("organisation-kind-{}", kind.name()))
    }

    /// The latest `limit` updates the organisation `by` assessed, newest first, each with its
    /// commitment.
    pub(crate) fn assessed_by(&self, by: OrganisationId, limit: usize) -> Vec<LatestUpdate> {
        self.newest(self.site.assessed_by(by), limit)
    }

    /// The most recent updates of the given commitments, newest first.
    pub(crate) fn latest_updates(
        &self,
        commitments: &[CommitmentId],
        limit: usize,
    ) -> Vec<LatestUpdate> {
        let updates = commitments
            .iter()
            .flat_map(|&c| (0..self.site.commitments[c].facts.updates.len()).map(move |u| (c, u)));
        self.newest(updates.collect(), limit)
    }

    /// The first `limit` of `updates` (each a commitment and the place of one of its
    /// updates), newest first, and by commitment slug on the same day.
    fn newest(&self, mut updates: Vec<(CommitmentId, usize)>, limit: usize) -> Vec<LatestUpdate> {
        let commitments = &self.site.commitments;
        let key = |&(c, u): &(CommitmentId, usize)| {
            let entry = &commitments[c];
            (
                std::cmp::Reverse(entry.facts.updates[u].date),
                entry.slug.as_str(),
            )
        };
        updates.sort_by(|a, b| key(a).cmp(&key(b)));
        updates
            .into_iter()
            .take(limit)
            .map(|(c, u)| LatestUpdate {
                commitment: self.commitment_card(c),
                update: self.update(&commitments[c].facts, u),
            })
            .collect()
    }

    fn value(&self, point: &Point, unit: &str) -> ValueView {
        ValueView {
            date: self.date(point.date),
            value: self.locale.value_with_unit(point.value, unit),
            cited: self.cited(&point.cited),
        }
    }

    /// Nothing when the file cites nothing.
    fn cited(&self, cited: &Cited) -> Option<CitedView> {
        if *cited == Cited::default() {
            return None;
        }
        Some(CitedView {
            meeting: cited
                .meeting
                .map(|m| self.link(Section::Meetings, &self.site.meetings[m])),
            source: cited.source.clone(),
            source_url: cited.source_url.clone(),
        })
    }

    fn indicator(&self, indicator: &Indicator, scope: &str) -> IndicatorView {
        let anchor = format!("{scope}{}", indicator.anchor());
        let title = self
            .localized(&indicator.title)
            .unwrap_or_else(|| self.txt(self.code(), &indicator.id));
        match &indicator.measure {
            Measure::Quantitative {
                unit,
                baseline,
                target,
                values,
            } => {
                let progress = indicator_progress(&indicator.measure);
                let fraction = progress.as_ref().and_then(|p| p.fraction);
                // Each figure written once, for the table and the chart's labels alike.
                let written = |p: &Point| self.value(p, unit);
                let baseline_view = baseline.as_ref().map(written);
                let target_view = target.as_ref().map(written);
                let value_views: Vec<ValueView> = values.iter().map(written).collect();
                let chart = self.indicator_chart(
                    &format!("{anchor}-chart"),
                    &title.text,
                    unit,
                    baseline.as_ref().zip(baseline_view.as_ref()),
                    target.as_ref().zip(target_view.as_ref()),
                    &values.iter().zip(&value_views).collect::<Vec<_>>(),
                );
                IndicatorView {
                    id: indicator.id.clone(),
                    anchor,
                    title,
                    quantitative: true,
                    unit: unit.clone(),
                    baseline: baseline_view,
                    target: target_view,
                    latest: progress
                        .as_ref()
                        .and_then(|p| p.latest.as_ref())
                        .map(written),
                    values: value_views,
                    values_cited: values.iter().any(|p| p.cited != Cited::default()),
                    progress_bar: fraction.map(|f| (f.clamp(0.0, 1.0) * 100.0).round() as u32),
                    progress_text: Some(match fraction {
                        Some(f) => self
                            .locale
                            .format(
                                "indicator-progress",
                                &[("percent", Arg::Percent((f * 100.0).round()))],
                            )
                            .unwrap_or_default(),
                        None => self.locale.text("indicator-progress-unknown"),
                    }),
                    judgement: progress.map(|p| {
                        let id = p.judgement.id();
                        StatusView {
                            id: id.to_owned(),
                            label: self.locale.text(&format!("indicator-{id}")),
                        }
                    }),
                    chart,
                    milestones: Vec::new(),
                }
            }
            Measure::Qualitative { milestones } => IndicatorView {
                id: indicator.id.clone(),
                anchor,
                title,
                quantitative: false,
                unit: String::new(),
                baseline: None,
                target: None,
                latest: None,
                values: Vec::new(),
                values_cited: false,
                progress_bar: None,
                progress_text: None,
                judgement: None,
                chart: None,
                milestones: milestones
                    .iter()
                    .map(|m| MilestoneView {
                        date: self.date(m.date),
                        note: self
                            .localized(&m.note)
                            .unwrap_or_else(|| self.txt(self.code(), "")),
                        cited: self.cited(&m.cited),
                    })
                    .collect(),
            },
        }
    }

    fn indicator_chart(
        &self,
        id: &str,
        title: &str,
        unit: &str,
        baseline: Option<(&Point, &ValueView)>,
        target: Option<(&Point, &ValueView)>,
        values: &[(&Point, &ValueView)],
    ) -> Option<String> {
        if values.is_empty() {
            return None;
        }
        let label = |v: &ValueView| format!("{} ({})", v.value, v.date.text);
        let labelled =
            |name: &str, v: &ValueView| format!("{}: {}", self.locale.text(name), label(v));
        let value_labels: Vec<String> = values.iter().map(|(_, v)| label(v)).collect();
        let baseline_label = baseline.map(|(_, v)| labelled("indicator-baseline", v));
        let target_label = target.map(|(_, v)| labelled("indicator-target", v));
        let (baseline, target) = (baseline.map(|(p, _)| p), target.map(|(p, _)| p));
        let desc = value_labels
            .iter()
            .chain(&baseline_label)
            .chain(&target_label)
            .cloned()
            .collect::<Vec<_>>()
            .join("; ");
        let plots: Vec<Plot<'_>> = values
            .iter()
            .zip(&value_labels)
            .map(|((p, _), l)| Plot {
                x: p.date.days(),
                y: p.value,
                label: l,
            })
            .collect();
        let format_y = |y: f64| self.locale.value_with_unit(y, unit);
        let dates = values
            .iter()
            .map(|(p, _)| *p)
            .chain(baseline)
            .chain(target)
            .map(|p| p.date);
        let (first, last) = (dates.clone().min(), dates.max());
        let first = first.map(|d| self.locale.date(d)).unwrap_or_default();
        let last = last.map(|d| self.locale.date(d)).unwrap_or_default();
        let chart = LineChart {
            format_y: &format_y,
            x_labels: (&first, &last),
            dir: self.chart_direction(),
            id,
            title,
            desc: &desc,
            values: &plots,
            baseline: baseline.zip(baseline_label.as_deref()).map(|(p, l)| Plot {
                x: p.date.days(),
                y: p.value,
                label: l,
            }),
            target: target.zip(target_label.as_deref()).map(|(p, l)| Plot {
                x: p.date.days(),
                y: p.value,
                label: l,
            }),
        };
        Some(chart.svg())
    }

    /// The direction of the labels of this language's charts.
    fn chart_direction(&self) -> charts::Direction {
        charts::Direction::of(self.locale.dir())
    }

    pub(crate) fn meeting_card(&self, id: MeetingId) -> MeetingCard {
        let meeting = &self.site.meetings[id];
        MeetingCard {
            title: self.title(meeting),
            href: self.entry_url(Section::Meetings, &meeting.slug),
            dates: self.date_range(meeting.facts.start, meeting.facts.end),
            start_iso: meeting.facts.start.to_string(),
            place: self.localized(&meeting.facts.place),
        }
    }

    /// Meetings, newest first.
    pub(crate) fn meeting_cards(
        &self,
        meetings: impl Iterator<Item = MeetingId>,
    ) -> Vec<MeetingCard> {
        let mut indices: Vec<MeetingId> = meetings.collect();
        indices.sort_by(|&a, &b| {
            self.site.meetings[b]
                .facts
                .start
                .cmp(&self.site.meetings[a].facts.start)
        });
        indices.into_iter().map(|i| self.meeting_card(i)).collect()
    }

    pub(crate) fn recommendation_card(&self, id: RecommendationId) -> RecommendationCard {
        let entry = &self.site.recommendations[id];
        RecommendationCard {
            title: self.title(entry),
            href: self.entry_url(Section::Recommendations, &entry.slug),
            number: entry.facts.number,
            theme: self.localized(&entry.facts.theme),
        }
    }

    pub(crate) fn recommendation_cards(
        &self,
        indices: &[RecommendationId],
    ) -> Vec<RecommendationCard> {
        indices
            .iter()
            .map(|&r| self.recommendation_card(r))
            .collect()
    }

    /// The views of `indicators`, their ids on the page starting with `scope`: empty on
    /// their entry's own page; a page of many commitments' indicators tells each one's apart.
    pub(crate) fn indicators(&self, indicators: &[Indicator], scope: &str) -> Vec<IndicatorView> {
        indicators
            .iter()
            .map(|i| self.indicator(i, scope))
            .collect()
    }

    pub(crate) fn origin_link(&self, origin: Origin) -> Link {
        match origin {
            Origin::Meeting(m) => self.link(Section::Meetings, &self.site.meetings[m]),
            Origin::Document(p) => self.link(Section::Pages, &self.site.pages[p]),
        }
    }

    /// When recommendations made by `origin` were made: a meeting's days, all of them (a
    /// meeting of three days made them over the three), or a document's date, `date`.
    pub(crate) fn origin_date(&self, origin: Origin, date: Date) -> DateView {
        let text = match origin {
            Origin::Meeting(m) => {
                let meeting = &self.site.meetings[m].facts;
                self.date_range(meeting.start, meeting.end)
            }
            Origin::Document(_) => self.locale.date(date),
        };
        DateView {
            iso: date.to_string(),
            text,
        }
    }

    /// Recommendations grouped by the meeting or document that made them, newest source first.
    pub(crate) fn recommendation_groups(
        &self,
        indices: &[RecommendationId],
    ) -> Vec<RecommendationGroup> {
        let recommendations = &self.site.recommendations;
        let mut origins: Vec<(Date, Origin)> = indices
            .iter()
            .map(|&r| {
                (
                    recommendations[r].facts.date,
                    recommendations[r].facts.origin,
                )
            })
            .collect();
        origins.sort_by(|a, b| b.cmp(a));
        origins.dedup_by_key(|(_, origin)| *origin);
        origins
            .into_iter()
            .map(|(date, origin)| {
                let mut members: Vec<RecommendationId> = indices
                    .iter()
                    .copied()
                    .filter(|&r| recommendations[r].facts.origin == origin)
                    .collect();
                members.sort_by_key(|&r| {
                    (
                        recommendations[r].facts.number,
                        recommendations[r].slug.clone(),
                    )
                });
                RecommendationGroup {
                    source: self.origin_link(origin),
                    date: self.origin_date(origin, date),
                    recommendations: members
                        .into_iter()
                        .map(|r| self.recommendation_card(r))
                        .collect(),
                }
            })
            .collect()
    }
}

/// Orders names as a reader expects: case and accents do not come first.
pub(crate) fn sort_key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// Roman numerals for pillar numbers, as declarations number them.
pub(crate) fn roman(mut n: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}
