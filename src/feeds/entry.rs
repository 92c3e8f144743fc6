//! The entry of each event of the site, as a feed reader and a person opening the feed show it.
//!
//! An entry's title says what happened in one line: the country and the commitment, and for a
//! status update the change (`not started → in progress`) or the status it confirms. Its
//! content (`type="xhtml"`, which feed readers show and the feed's stylesheet copies into its
//! page) says when, as the pages write the date (a month known only to the month is "October
//! 2022", never "1 October 2022"), what the note says (in its language, with the notice the
//! pages give a text shown in a fallback language) and the source it cites.
//!
//! Atom requires a timestamp in `updated`: the first day of the period, at midnight UTC. A
//! date known only to the month or the year has no `published`, which would claim a day.

use atom_syndication::{Content, Entry, FixedDateTime, Link, Text};

use crate::content::Section;
use crate::html::escape_into;
use crate::i18n::Arg;
use crate::model::{CommitmentId, Date, MeetingId, Site};
use crate::present::{Lens, Txt};
use crate::progress::overdue_from;

/// The id of the due date on a commitment's page (`commitment.html`), which the entry of its
/// becoming overdue links to.
const DUE_ANCHOR: &str = "due";

/// Something that happened, worth an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Event {
    Commitment(CommitmentId),
    /// The update at its index in the commitment's list.
    Update(CommitmentId, usize),
    /// The commitment passed its due date without being done.
    Overdue(CommitmentId),
    Meeting(MeetingId),
}

impl Event {
    pub(super) fn date(self, site: &Site) -> Date {
        match self {
            Event::Commitment(c) => site.commitments[c].facts.date,
            Event::Update(c, u) => site.commitments[c].facts.updates[u].date,
            Event::Overdue(c) => overdue_from(&site.commitments[c].facts, &site.config)
                .expect("an overdue event has its day"),
            Event::Meeting(m) => site.meetings[m].facts.start,
        }
    }
}

/// The absolute address of an entry's page: feeds are read away from the site.
fn page_url(lens: &Lens<'_>, section: Section, slug: &str) -> String {
    crate::addresses::absolute(lens.site, lens.code(), &Lens::entry_path(section, slug))
}

pub(super) fn timestamp(date: Date) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(&date.rfc3339())
        .expect("a valid date makes a valid timestamp")
}

pub(super) fn link(href: String, rel: &str, mime_type: Option<&str>) -> Link {
    Link {
        href,
        rel: rel.to_owned(),
        mime_type: mime_type.map(str::to_owned),
        ..Link::default()
    }
}

/// The entry of `event`, in the language of `lens`.
pub(super) fn entry(lens: &Lens<'_>, event: Event) -> Entry {
    let date = event.date(lens.site);
    let (url, title, content) = match event {
        Event::Commitment(c) => new_commitment(lens, c),
        Event::Update(c, u) => update(lens, c, u),
        Event::Overdue(c) => overdue(lens, c),
        Event::Meeting(m) => meeting(lens, m),
    };
    let mut entry = Entry::default();
    entry.set_id(url.clone());
    entry.set_title(Text::plain(title));
    entry.set_updated(timestamp(date));
    entry.set_published(date.day.map(|_| timestamp(date)));
    entry.set_links(vec![link(url, "alternate", Some("text/html"))]);
    entry.set_content(Some(content.finish()));
    entry
}

/// The name of the commitment's country, and the entry's title: the message `id` with the
/// country and the commitment's title.
fn country_and_title(lens: &Lens<'_>, c: CommitmentId, id: &str) -> (String, String) {
    let site = lens.site;
    let commitment = &site.commitments[c];
    let country = lens.title(&site.countries[commitment.facts.country]).text;
    let name = lens.title(commitment).text;
    let title = lens
        .locale
        .format(
            id,
            &[
                ("country", Arg::Text(&country)),
                ("title", Arg::Text(&name)),
            ],
        )
        .unwrap_or(name);
    (country, title)
}

fn new_commitment(lens: &Lens<'_>, c: CommitmentId) -> (String, String, Xhtml) {
    let commitment = &lens.site.commitments[c];
    let (country, title) = country_and_title(lens, c, "feed-new-commitment");
    let due = commitment.facts.due.map(|due| lens.due(due).text);
    let facts: Vec<&str> = [Some(country.as_str()), due.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let mut content = Xhtml::new();
    content.when(lens, commitment.facts.date, None, &facts);
    if let Some(summary) = lens.summary(commitment) {
        content.text(&summary);
    }
    let url = page_url(lens, Section::Commitments, &commitment.slug);
    (url, title, content)
}

fn update(lens: &Lens<'_>, c: CommitmentId, u: usize) -> (String, String, Xhtml) {
    let site = lens.site;
    let commitment = &site.commitments[c];
    let facts = &commitment.facts;
    let update = lens.update(facts, u);
    let country = lens.title(&site.countries[facts.country]).text;
    let name = lens.title(commitment).text;
    // The status before: the previous update's, or the site's default before the first.
    let before = match u {
        0 => site.config.default_status,
        _ => facts.updates[u - 1].status,
    };
    let to = update.status.label.clone();
    let from = lens.status(before).label;
    let (title, status) = if before == facts.updates[u].status {
        (
            lens.locale.format(
                "feed-update",
                &[
                    ("country", Arg::Text(&country)),
                    ("title", Arg::Text(&name)),
                    ("status", Arg::Text(&to)),
                ],
            ),
            lens.locale
                .format("feed-status", &[("status", Arg::Text(&to))]),
        )
    } else {
        (
            lens.locale.format(
                "feed-update-change",
                &[
                    ("country", Arg::Text(&country)),
                    ("title", Arg::Text(&name)),
                    ("from", Arg::Text(&from)),
                    ("status", Arg::Text(&to)),
                ],
            ),
            lens.locale.format(
                "feed-status-change",
                &[("from", Arg::Text(&from)), ("status", Arg::Text(&to))],
            ),
        )
    };
    let title = title.unwrap_or_else(|_| name.clone());
    let status = status.unwrap_or_else(|_| to.clone());
    let mut content = Xhtml::new();
    content.when(lens, facts.updates[u].date, None, &[&country, &status]);
    if !update.note.text.is_empty() {
        content.text(&update.note);
    }
    // Pages link to the meeting it was reported at; a feed, read away from the site, by
    // its full address.
    let meeting = facts.updates[u].meeting.map(|m| {
        let meeting = &site.meetings[m];
        let href = page_url(lens, Section::Meetings, &meeting.slug);
        (lens.title(meeting).text, Some(href))
    });
    let source = update
        .source
        .clone()
        .map(|name| (name, update.source_url.clone()));
    let sources: Vec<(String, Option<String>)> = meeting.into_iter().chain(source).collect();
    content.sources(&lens.locale.text("update-source"), &sources);
    if let Some(by) = facts.updates[u].by {
        let organisation = &site.organisations[by];
        let href = page_url(lens, Section::Organisations, &organisation.slug);
        let name = format!(
            "{} ({})",
            lens.title(organisation).text,
            lens.organisation_kind(organisation.facts.kind)
        );
        content.sources(&lens.locale.text("update-by"), &[(name, Some(href))]);
    }
    let url = format!(
        "{}#{}",
        page_url(lens, Section::Commitments, &commitment.slug),
        update.anchor
    );
    (url, title, content)
}

fn overdue(lens: &Lens<'_>, c: CommitmentId) -> (String, String, Xhtml) {
    let site = lens.site;
    let commitment = &site.commitments[c];
    let facts = &commitment.facts;
    let (country, title) = country_and_title(lens, c, "feed-overdue");
    let due = facts.due.expect("an overdue commitment has a due date");
    let mut content = Xhtml::new();
    let day = Event::Overdue(c).date(site);
    content.when(lens, day, None, &[&country, &lens.due(due).text]);
    let url = format!(
        "{}#{DUE_ANCHOR}",
        page_url(lens, Section::Commitments, &commitment.slug)
    );
    (url, title, content)
}

fn meeting(lens: &Lens<'_>, m: MeetingId) -> (String, String, Xhtml) {
    let meeting = &lens.site.meetings[m];
    let name = lens.title(meeting).text;
    let title = lens
        .locale
        .format("feed-meeting", &[("title", Arg::Text(&name))])
        .unwrap_or(name);
    let place = lens.localized(&meeting.facts.place).map(|p| p.text);
    let mut content = Xhtml::new();
    content.when(
        lens,
        meeting.facts.start,
        meeting.facts.end,
        &place.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    if let Some(summary) = lens.summary(meeting) {
        content.text(&summary);
    }
    let url = page_url(lens, Section::Meetings, &meeting.slug);
    (url, title, content)
}

/// An entry's content, written as XHTML: every text escaped, every element closed.
pub(super) struct Xhtml(String);

impl Xhtml {
    pub(super) fn new() -> Xhtml {
        Xhtml(String::from("<div xmlns=\"http://www.w3.org/1999/xhtml\">"))
    }

    /// The date (or dates) as the pages write them, then `facts`, on one line.
    pub(super) fn when(&mut self, lens: &Lens<'_>, start: Date, end: Option<Date>, facts: &[&str]) {
        self.0.push_str("<p><time datetime=\"");
        escape_into(&mut self.0, &start.to_string());
        self.0.push_str("\">");
        escape_into(&mut self.0, &lens.date_range(start, end));
        self.0.push_str("</time>");
        for fact in facts {
            self.0.push_str(" · ");
            escape_into(&mut self.0, fact);
        }
        self.0.push_str("</p>");
    }

    /// A paragraph of `txt`, marked with its language when it is not the feed's, after the
    /// notice the pages give such a text.
    fn text(&mut self, txt: &Txt) {
        if let Some(notice) = &txt.notice {
            self.0.push_str("<p class=\"notice fallback\">");
            escape_into(&mut self.0, notice);
            self.0.push_str("</p>");
        }
        match &txt.lang {
            Some(lang) => {
                self.0.push_str("<p xml:lang=\"");
                escape_into(&mut self.0, lang);
                self.0.push_str("\" lang=\"");
                escape_into(&mut self.0, lang);
                self.0.push_str("\">");
            }
            None => self.0.push_str("<p>"),
        }
        escape_into(&mut self.0, &txt.text);
        self.0.push_str("</p>");
    }

    /// "Source:" and each source, a link where it has an address.
    fn sources(&mut self, label: &str, sources: &[(String, Option<String>)]) {
        if sources.is_empty() {
            return;
        }
        self.0.push_str("<p>");
        escape_into(&mut self.0, label);
        for (i, (name, href)) in sources.iter().enumerate() {
            self.0.push_str(if i == 0 { " " } else { " · " });
            match href {
                Some(href) => {
                    self.0.push_str("<a href=\"");
                    escape_into(&mut self.0, href);
                    self.0.push_str("\">");
                    escape_into(&mut self.0, name);
                    self.0.push_str("</a>");
                }
                None => escape_into(&mut self.0, name),
            }
        }
        self.0.push_str("</p>");
    }

    /// A paragraph of `lines`, each on a line of its own.
    pub(super) fn lines(&mut self, lines: &[String]) {
        self.0.push_str("<p>");
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.0.push_str("<br/>");
            }
            escape_into(&mut self.0, line);
        }
        self.0.push_str("</p>");
    }

    /// A list of items, each a label, ` · ` and a text, a link marked with the text's
    /// language (`lang`, the feed's, unless the text says another) where it has an address;
    /// then `more`, when given, as an item of its own.
    pub(super) fn list(
        &mut self,
        lang: &str,
        items: &[(String, Txt, Option<String>)],
        more: Option<&str>,
    ) {
        self.0.push_str("<ul>");
        for (label, txt, href) in items {
            self.0.push_str("<li>");
            escape_into(&mut self.0, label);
            self.0.push_str(" · ");
            match href {
                Some(href) => {
                    self.0.push_str("<a href=\"");
                    escape_into(&mut self.0, href);
                    self.0.push_str("\" xml:lang=\"");
                    escape_into(&mut self.0, txt.lang.as_deref().unwrap_or(lang));
                    self.0.push_str("\">");
                    escape_into(&mut self.0, &txt.text);
                    self.0.push_str("</a>");
                }
                None => escape_into(&mut self.0, &txt.text),
            }
            self.0.push_str("</li>");
        }
        if let Some(more) = more {
            self.0.push_str("<li>");
            escape_into(&mut self.0, more);
            self.0.push_str("</li>");
        }
        self.0.push_str("</ul>");
    }

    pub(super) fn finish(mut self) -> Content {
        self.0.push_str("</div>");
        Content {
            value: Some(self.0),
            content_type: Some("xhtml".to_owned()),
            ..Content::default()
        }
    }
}
