//! Atom feeds (RFC 4287), for each language: the whole tracker, each country, each pillar and
//! each commitment.
//!
//! An entry is a new commitment, a status update or a meeting. Ids are the absolute address
//! of what the entry is about (an update adds `#update-<date>`), so they never change between
//! builds; every date comes from the content, never from the clock, so the same content gives
//! the same feed bytes.

use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};

use crate::content::Section;
use crate::i18n::{Arg, Locales};
use crate::model::{Date, Site};
use crate::output::OutputFile;
use crate::render::PageId;
use crate::render::views::{Lens, Txt};

/// Something that happened, worth an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    Commitment(usize),
    Update(usize, usize),
    Meeting(usize),
}

impl Event {
    fn date(self, site: &Site) -> Date {
        match self {
            Event::Commitment(c) => site.commitments[c].facts.date,
            Event::Update(c, u) => site.commitments[c].facts.updates[u].date,
            Event::Meeting(m) => site.meetings[m].facts.start,
        }
    }

    fn commitment(self) -> Option<usize> {
        match self {
            Event::Commitment(c) | Event::Update(c, _) => Some(c),
            Event::Meeting(_) => None,
        }
    }
}

pub(crate) fn build(site: &Site, locales: &Locales) -> Vec<OutputFile> {
    let events = events(site);
    let newest = events.iter().map(|e| e.date(site)).max();
    let mut files = Vec::new();
    for language in &site.config.languages {
        let lens = Lens::published(site, language, locales);
        for page in PageId::all(site).into_iter().filter(|p| p.has_feed()) {
            let selected: Vec<Event> = events
                .iter()
                .copied()
                .filter(|e| belongs(site, page, *e))
                .collect();
            let feed = feed(&lens, page, &selected, newest);
            let path = format!("{}/{}feed.xml", language.code, page.path(site));
            files.push(OutputFile::other(path, feed.to_string().into_bytes()));
        }
    }
    files
}

/// Every event of the site, newest first; ties in a stable order.
fn events(site: &Site) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    for (c, commitment) in site.commitments.iter().enumerate() {
        events.push(Event::Commitment(c));
        events.extend((0..commitment.facts.updates.len()).map(|u| Event::Update(c, u)));
    }
    events.extend((0..site.meetings.len()).map(Event::Meeting));
    events.sort_by(|a, b| {
        b.date(site)
            .cmp(&a.date(site))
            .then_with(|| order(*a).cmp(&order(*b)))
    });
    events
}

fn order(event: Event) -> (u8, usize, usize) {
    match event {
        Event::Update(c, u) => (0, c, u),
        Event::Commitment(c) => (1, c, 0),
        Event::Meeting(m) => (2, m, 0),
    }
}

fn belongs(site: &Site, page: PageId, event: Event) -> bool {
    let commitment = event.commitment().map(|c| &site.commitments[c].facts);
    match page {
        PageId::Home => true,
        PageId::Entry(Section::Countries, i) => match event {
            Event::Meeting(m) => site.meetings[m].facts.countries.contains(&i),
            _ => commitment.is_some_and(|c| c.country == i),
        },
        PageId::Entry(Section::Pillars, i) => commitment.is_some_and(|c| c.pillars.contains(&i)),
        PageId::Entry(Section::Commitments, i) => event.commitment() == Some(i),
        _ => false,
    }
}

/// The absolute address of an entry's page: feeds are read away from the site.
fn page_url(lens: &Lens<'_>, section: Section, slug: &str) -> String {
    crate::render::absolute(lens.site, lens.code(), &Lens::entry_path(section, slug))
}

fn timestamp(date: Date) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(&date.rfc3339())
        .expect("a valid date makes a valid timestamp")
}

fn text(txt: Txt) -> Text {
    Text {
        lang: txt.lang,
        ..Text::plain(txt.text)
    }
}

fn link(href: String, rel: &str, mime_type: Option<&str>) -> Link {
    Link {
        href,
        rel: rel.to_owned(),
        mime_type: mime_type.map(str::to_owned),
        ..Link::default()
    }
}

fn feed(lens: &Lens<'_>, page: PageId, events: &[Event], newest: Option<Date>) -> Feed {
    let site = lens.site;
    let path = page.path(site);
    let site_title = lens.locale.text("site-title");
    let title = match page {
        PageId::Entry(section, i) => {
            let name = match section {
                Section::Countries => lens.title(&site.countries[i]).text,
                Section::Pillars => lens.title(&site.pillars[i]).text,
                _ => lens.title(&site.commitments[i]).text,
            };
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
    let self_url = crate::render::absolute(site, lens.code(), &format!("{path}feed.xml"));
    let entries: Vec<Entry> = events
        .iter()
        .take(site.config.feeds.limit)
        .map(|&event| entry(lens, event))
        .collect();
    // An empty feed still needs an `updated`: the newest date of the site's content.
    let updated = events
        .first()
        .map(|e| e.date(site))
        .or(newest)
        .unwrap_or(Date {
            year: 1970,
            month: None,
            day: None,
        });
    let mut feed = Feed::default();
    feed.set_title(Text::plain(title));
    feed.set_id(self_url.clone());
    feed.set_updated(timestamp(updated));
    feed.set_lang(Some(lens.code().to_owned()));
    feed.set_authors(vec![Person {
        name: site.config.feeds.author.clone(),
        ..Person::default()
    }]);
    feed.set_links(vec![
        link(self_url, "self", Some("application/atom+xml")),
        link(
            crate::render::absolute(site, lens.code(), &path),
            "alternate",
            Some("text/html"),
        ),
    ]);
    feed.set_entries(entries);
    feed
}

fn entry(lens: &Lens<'_>, event: Event) -> Entry {
    let site = lens.site;
    let date = event.date(site);
    let (url, title, summary) = match event {
        Event::Commitment(c) => {
            let commitment = &site.commitments[c];
            let country = lens.title(&site.countries[commitment.facts.country]).text;
            let name = lens.title(commitment).text;
            let title = lens
                .locale
                .format(
                    "feed-new-commitment",
                    &[
                        ("country", Arg::Text(&country)),
                        ("title", Arg::Text(&name)),
                    ],
                )
                .unwrap_or(name);
            (
                page_url(lens, Section::Commitments, &commitment.slug),
                title,
                lens.summary(commitment),
            )
        }
        Event::Update(c, u) => {
            let commitment = &site.commitments[c];
            let update = lens.update(&commitment.facts, u);
            let name = lens.title(commitment).text;
            let title = lens
                .locale
                .format(
                    "feed-update",
                    &[
                        ("title", Arg::Text(&name)),
                        ("status", Arg::Text(&update.status.label)),
                    ],
                )
                .unwrap_or(name);
            let url = format!(
                "{}#{}",
                page_url(lens, Section::Commitments, &commitment.slug),
                update.anchor
            );
            (url, title, Some(update.note))
        }
        Event::Meeting(m) => {
            let meeting = &site.meetings[m];
            let name = lens.title(meeting).text;
            let title = lens
                .locale
                .format("feed-meeting", &[("title", Arg::Text(&name))])
                .unwrap_or(name);
            (
                page_url(lens, Section::Meetings, &meeting.slug),
                title,
                lens.summary(meeting),
            )
        }
    };
    let mut entry = Entry::default();
    entry.set_id(url.clone());
    entry.set_title(Text::plain(title));
    entry.set_updated(timestamp(date));
    entry.set_published(Some(timestamp(date)));
    entry.set_links(vec![link(url, "alternate", Some("text/html"))]);
    entry.set_summary(summary.filter(|s| !s.text.is_empty()).map(text));
    entry
}
