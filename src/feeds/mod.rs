//! Atom feeds (RFC 4287), for each language: the whole tracker, each country, each pillar and
//! each commitment; the record of changes, an entry per commit that changed the content
//! ([`record`]); and for each translated language, what its translators have to do.
//!
//! An entry is a new commitment, a status update or a meeting. Ids are the absolute address
//! of what the entry is about (an update adds `#update-<date>`), so they never change between
//! builds; every date comes from the content, never from the clock, so the same content gives
//! the same feed bytes. What an entry says is [`entry`]'s to write.
//!
//! Every feed of a language names that language's stylesheet ([`style`]), which a browser
//! applies to show the feed to a person as a page of the site; feed readers ignore it.

mod entry;
mod record;
mod style;

use atom_syndication::{Entry, Feed, FixedDateTime, Person, Text};

use std::collections::HashMap;

use crate::addresses::{FEED, PageId};
use crate::config::LanguageId;
use crate::i18n::{Arg, Locales};
use crate::ids::Id;
use crate::model::{Date, Site};
use crate::output::OutputFile;
use crate::present::Lens;
use crate::progress::overdue_from;
use crate::translations::{Item, LanguageReport, Report};

use entry::{Event, entry, link, timestamp};
pub(crate) use style::stylesheet;

/// What every feed is made from: the site's events, grouped by page once.
pub(crate) struct Events {
    by_page: HashMap<PageId, Vec<Event>>,
    newest: Option<Date>,
}

impl Events {
    pub(crate) fn of(site: &Site) -> Events {
        let events = events(site);
        Events {
            by_page: events_by_page(site, &events),
            newest: events.iter().map(|e| e.date(site)).max(),
        }
    }
}

/// Makes the feeds of a site.
pub(crate) struct Feeds<'a> {
    pub(crate) site: &'a Site,
    pub(crate) locales: &'a Locales,
    pub(crate) translations: &'a Report,
    pub(crate) events: &'a Events,
}

impl Feeds<'_> {
    /// The feed of `page` (one that [`PageId::has_feed`]) in the language at `l`.
    pub(crate) fn page(&self, l: LanguageId, page: PageId) -> OutputFile {
        let site = self.site;
        let language = &site.config.languages[l];
        let lens = Lens::published(site, language, self.locales);
        let path = format!("{}/{}", language.code, page.feed(site));
        if page == PageId::Changes {
            return OutputFile::other(path, written(site, &language.code, &changes_feed(&lens)));
        }
        let selected = self
            .events
            .by_page
            .get(&page)
            .map_or(&[][..], Vec::as_slice);
        let feed = feed(&lens, page, selected, self.events.newest);
        OutputFile::other(path, written(site, &language.code, &feed))
    }

    /// What the translators of the language at `l` have to do, unless it is the original's.
    pub(crate) fn translations(&self, l: LanguageId) -> Option<OutputFile> {
        let site = self.site;
        let language = &site.config.languages[l];
        let report = self
            .translations
            .languages
            .iter()
            .find(|r| r.code == language.code)?;
        let lens = Lens::published(site, language, self.locales);
        let feed = translations_feed(&lens, report, self.events.newest);
        let path = format!("{}/{}", language.code, PageId::Translations.feed(site));
        Some(OutputFile::other(
            path,
            written(site, &language.code, &feed),
        ))
    }
}

/// The bytes of a feed of `lang`: the XML declaration, the instruction that names the
/// language's stylesheet for browsers ([`style`]), and the feed.
fn written(site: &Site, lang: &str, feed: &Feed) -> Vec<u8> {
    let mut bytes = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n{}",
        style::instruction(site, lang)
    )
    .into_bytes();
    let config = atom_syndication::WriteConfig {
        write_document_declaration: false,
        indent_size: None,
    };
    feed.write_with_config(&mut bytes, config)
        .expect("a feed writes into memory");
    bytes
}

/// The events of each page that has a feed, newest first, found in one pass over the events.
fn events_by_page(site: &Site, events: &[Event]) -> HashMap<PageId, Vec<Event>> {
    let mut by_page: HashMap<PageId, Vec<Event>> = HashMap::new();
    for &event in events {
        for page in pages_of(site, event) {
            by_page.entry(page).or_default().push(event);
        }
    }
    by_page
}

/// The pages whose feed an event belongs to: the site's, and those of the commitment, its
/// country and its pillars, or of the countries a meeting gathered.
fn pages_of(site: &Site, event: Event) -> Vec<PageId> {
    let mut pages = vec![PageId::Home];
    match event {
        Event::Commitment(c) | Event::Update(c, _) | Event::Overdue(c) => {
            let commitment = &site.commitments[c].facts;
            pages.push(PageId::entry(c));
            pages.push(PageId::entry(commitment.country));
            pages.extend(commitment.pillars.iter().map(|&p| PageId::entry(p)));
        }
        Event::Meeting(m) => pages.extend(
            site.meetings[m]
                .facts
                .countries
                .iter()
                .map(|&country| PageId::entry(country)),
        ),
    }
    pages
}

/// Every event of the site, newest first; ties in a stable order.
fn events(site: &Site) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    for (c, commitment) in site.commitments.enumerate() {
        events.push(Event::Commitment(c));
        events.extend((0..commitment.facts.updates.len()).map(|u| Event::Update(c, u)));
        let overdue = overdue_from(&commitment.facts, &site.config);
        if overdue.is_some_and(|day| day.days() <= site.today.days()) {
            events.push(Event::Overdue(c));
        }
    }
    events.extend(site.meetings.ids().map(Event::Meeting));
    events.sort_by(|a, b| {
        b.date(site)
            .cmp(&a.date(site))
            .then_with(|| order(*a).cmp(&order(*b)))
    });
    events
}

fn order(event: Event) -> (u8, usize, usize) {
    match event {
        Event::Update(c, u) => (0, c.index(), u),
        Event::Commitment(c) => (1, c.index(), 0),
        Event::Overdue(c) => (2, c.index(), 0),
        Event::Meeting(m) => (3, m.index(), 0),
    }
}

/// A site with no dated content at all still needs dates in its feeds.
fn timestamp_or_epoch(date: Option<Date>) -> FixedDateTime {
    timestamp(date.unwrap_or(Date {
        year: 1970,
        month: None,
        day: None,
    }))
}

fn feed(lens: &Lens<'_>, page: PageId, events: &[Event], newest: Option<Date>) -> Feed {
    let site = lens.site;
    let path = page.path(site);
    let site_title = lens.locale.text("site-title");
    let title = match page {
        PageId::Entry(key) => {
            let name = lens.entry_title(key).text;
            lens.locale
                .format(
                    "feed-title",
                    &[
                        ("site", Arg::Text(&site_title)),
                        ("title", Arg::Text(&name)),
                    ],
                )
                .unwrap_or(name)
        }
        _ => site_title,
    };
    let entries: Vec<Entry> = events
        .iter()
        .take(site.config.feeds.limit)
        .map(|&event| entry(lens, event))
        .collect();
    // An empty feed still needs an `updated`: the newest date of the site's content.
    let updated = events.first().map(|e| e.date(site)).or(newest);
    let mut feed = shell(lens, &path, title, updated);
    feed.set_entries(entries);
    feed
}

/// The feed of the record of changes: the latest commits that changed the content.
fn changes_feed(lens: &Lens<'_>) -> Feed {
    let site = lens.site;
    let site_title = lens.locale.text("site-title");
    let title = lens
        .locale
        .format("changes-feed-title", &[("site", Arg::Text(&site_title))])
        .unwrap_or(site_title);
    let path = PageId::Changes.path(site);
    let newest = site.record.first().map(|change| change.commit.date());
    let mut feed = shell(lens, &path, title, newest);
    // To the second: entries of the same day are later than its midnight.
    if let Some(moment) = record::newest(lens) {
        feed.set_updated(moment);
    }
    feed.set_entries(record::entries(lens, &path));
    feed
}

/// A feed with no entries yet: its title, id, date, language, author and links.
fn shell(lens: &Lens<'_>, path: &str, title: String, updated: Option<Date>) -> Feed {
    let site = lens.site;
    let self_url = crate::addresses::absolute(site, lens.code(), &format!("{path}{FEED}"));
    let mut feed = Feed::default();
    feed.set_title(Text::plain(title));
    feed.set_id(self_url.clone());
    feed.set_updated(timestamp_or_epoch(updated));
    feed.set_lang(Some(lens.code().to_owned()));
    feed.set_authors(vec![Person {
        name: site.config.feeds.author.clone(),
        ..Person::default()
    }]);
    feed.set_links(vec![
        link(self_url, "self", Some("application/atom+xml")),
        link(
            crate::addresses::absolute(site, lens.code(), path),
            "alternate",
            Some("text/html"),
        ),
    ]);
    feed
}

/// What a language's translators have to do, for them to subscribe to: an entry per
/// translation to update or to make, and one for the interface strings the language lacks.
///
/// An entry's id carries the fingerprint of its source text, so a source that changes again
/// makes a new entry. The content records no date of its edits, and the clock would change
/// the bytes every day: an entry is dated with the day its original last changed, from the
/// site's git history, and without one (or for the interface strings) with the newest date of
/// the site's content. The feed is as new as its newest entry.
fn translations_feed(lens: &Lens<'_>, report: &LanguageReport, newest: Option<Date>) -> Feed {
    let site = lens.site;
    let path = PageId::Translations.path(site);
    let page = crate::addresses::absolute(site, lens.code(), &path);
    let source = &site.config.default_language;
    let original = lens.language_name(source);
    let language = lens.language_name(&report.code);
    let title = lens
        .locale
        .format(
            "translations-feed-title",
            &[("language", Arg::Text(&language))],
        )
        .unwrap_or(language);
    let dated = |item: &Item| item.changed.or(newest);
    let items = || {
        report
            .entries
            .outdated
            .iter()
            .chain(&report.entries.missing)
    };
    let updated = items().map(dated).max().flatten().max(newest);
    let mut feed = shell(lens, &path, title, updated);
    let work = |title_id: &str, summary_id: &str, item: &Item| {
        let title = lens
            .locale
            .format(title_id, &[("title", Arg::Text(&item.title))])
            .unwrap_or_else(|_| item.title.clone());
        let summary = lens
            .locale
            .format(
                summary_id,
                &[
                    ("file", Arg::Text(&item.file.display().to_string())),
                    ("source", Arg::Text(&item.source.display().to_string())),
                    ("original", Arg::Text(&original)),
                ],
            )
            .unwrap_or_default();
        let mut entry = Entry::default();
        entry.set_id(format!(
            "{page}#{}-{}-{}",
            item.section, item.slug, item.fingerprint
        ));
        entry.set_title(Text::plain(title));
        entry.set_updated(timestamp_or_epoch(dated(item)));
        entry.set_links(vec![link(
            crate::addresses::absolute(site, source, &Lens::entry_path(item.section, &item.slug)),
            "alternate",
            Some("text/html"),
        )]);
        entry.set_summary(Some(Text::plain(summary)));
        entry
    };
    let mut entries: Vec<Entry> = report
        .entries
        .outdated
        .iter()
        .map(|item| {
            work(
                "translations-feed-outdated",
                "translations-feed-outdated-summary",
                item,
            )
        })
        .chain(report.entries.missing.iter().map(|item| {
            work(
                "translations-feed-missing",
                "translations-feed-missing-summary",
                item,
            )
        }))
        .collect();
    let messages = &report.messages;
    if !messages.missing.is_empty() {
        let file = messages.file.display().to_string();
        let ids = messages.missing.join(", ");
        let mut entry = Entry::default();
        let fingerprint = crate::fingerprint::of_text([("messages".to_owned(), ids.as_str())]);
        entry.set_id(format!("{page}#messages-{fingerprint}"));
        entry.set_title(Text::plain(
            lens.locale
                .format(
                    "translations-feed-messages",
                    &[
                        ("count", Arg::Number(messages.missing.len() as f64)),
                        ("file", Arg::Text(&file)),
                    ],
                )
                .unwrap_or_else(|_| file.clone()),
        ));
        entry.set_updated(timestamp_or_epoch(newest));
        entry.set_links(vec![link(page.clone(), "alternate", Some("text/html"))]);
        entry.set_summary(Some(Text::plain(ids)));
        entries.insert(0, entry);
    }
    feed.set_entries(entries);
    feed
}
