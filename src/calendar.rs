//! The meetings as an iCalendar file (RFC 5545) in each language, `<lang>/meetings/calendar.ics`,
//! for calendar applications to import or subscribe to; linked from the meetings pages.
//!
//! Invariants: an event's `UID` names the meeting at the site's address, the same in every
//! language and every build, so a calendar that imports the file again updates its events
//! instead of adding them twice. Meetings are all-day events (`VALUE=DATE`), as their dates
//! are days, not hours; the last day is included, so `DTEND` is the day after it. The bytes
//! depend only on the content and the day of the build (`DTSTAMP`), as the feeds' do.
//!
//! A meeting the sources date only to a month or a year is no month-long event: iCalendar has
//! no date of that precision, and an event from the first to the last day of the month would
//! fill the reader's calendar with a meeting that lasted a day or two. It is one day, the
//! first of the period, without `DTEND` (RFC 5545, 3.6.1: a `DATE` start alone lasts one
//! day), free time (`TRANSP:TRANSPARENT`), and its title and description say the date as the
//! pages write it ("October 2022, day not known").

use icalendar::{Calendar, Component, Event, EventLike, Property};

use crate::addresses::{CALENDAR, absolute};
use crate::config::LanguageId;
use crate::content::Section;
use crate::i18n::{Arg, Locales};
use crate::model::{Date, Site};
use crate::output::OutputFile;
use crate::present::Lens;

/// The calendar of the language at `l`.
pub(crate) fn meetings(site: &Site, locales: &Locales, l: LanguageId) -> OutputFile {
    let language = &site.config.languages[l];
    let lens = Lens::published(site, language, locales);
    let site_title = lens.locale.text("site-title");
    let meetings_title = lens.locale.text("nav-meetings");
    let name = lens
        .locale
        .format(
            "feed-title",
            &[
                ("site", Arg::Text(&site_title)),
                ("title", Arg::Text(&meetings_title)),
            ],
        )
        .unwrap_or(meetings_title);
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//swivi//meetings//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name(&name);
    for meeting in &site.meetings {
        let facts = &meeting.facts;
        let title = lens.title(meeting).text;
        let imprecise = facts.start.day.is_none() || facts.end.is_some_and(|e| e.day.is_none());
        let mut event = Event::new();
        event
            .uid(&uid(site, &meeting.slug))
            .add_property("DTSTAMP", format!("{}T000000Z", day(site.today)))
            .append_property(date_property("DTSTART", facts.start));
        let mut description = Vec::new();
        if imprecise {
            let date = lens.date_range(facts.start, facts.end);
            let summary = lens.locale.format(
                "calendar-imprecise-title",
                &[("title", Arg::Text(&title)), ("date", Arg::Text(&date))],
            );
            event
                .summary(&summary.unwrap_or(title))
                .add_property("TRANSP", "TRANSPARENT");
            description.extend(
                lens.locale
                    .format("calendar-imprecise-note", &[("date", Arg::Text(&date))]),
            );
        } else {
            event
                .append_property(date_property(
                    "DTEND",
                    Date::from_days(facts.end.unwrap_or(facts.start).last_days() + 1),
                ))
                .summary(&title);
        }
        event.url(&absolute(
            site,
            lens.code(),
            &Lens::entry_path(Section::Meetings, &meeting.slug),
        ));
        if let Some(place) = lens.localized(&facts.place) {
            event.location(&place.text);
        }
        description.extend(lens.summary(meeting).map(|summary| summary.text));
        if !description.is_empty() {
            event.description(&description.join("\n\n"));
        }
        calendar.push(event.done());
    }
    let path = format!("{}/{CALENDAR}", language.code);
    OutputFile::other(path, calendar.done().to_string().into_bytes())
}

/// The same for a meeting in every language and every build: its page's address without the
/// language, as an id.
fn uid(site: &Site, slug: &str) -> String {
    let address = site
        .config
        .base_url
        .split_once("://")
        .map_or(site.config.base_url.as_str(), |(_, rest)| rest);
    format!("meetings/{slug}@{}", address.trim_end_matches('/'))
}

/// A day as iCalendar writes it: `20230509` (the first day of a month or year given alone).
fn day(date: Date) -> String {
    let (year, month, day) = date.first_day();
    format!("{year:04}{month:02}{day:02}")
}

fn date_property(key: &str, date: Date) -> Property {
    Property::new(key, day(date))
        .add_parameter("VALUE", "DATE")
        .done()
}
