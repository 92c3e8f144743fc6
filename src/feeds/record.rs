//! The feed of the record of changes (`changes/feed.xml`): an entry per commit that changed
//! the content, the latest `[feeds] limit` of them, for those who watch for corrections.
//!
//! An entry's id is the commit's place on the record's page (`…/changes/#commit-<hash>`), so
//! it never changes; it is dated to the second of its commit, and links to the commit on the
//! forge when `site.toml` names the repository. Its content is the rest of the message and
//! the entries the commit touched, each with what it did, as the record's page lists them.

use atom_syndication::{Entry, FixedDateTime, Text};

use super::entry::{Xhtml, link};
use crate::addresses::absolute;
use crate::model::SiteChange;
use crate::present::{ENTRIES_LISTED, Lens};

/// The entries of the record's feed in the language of `lens`, at `path` below its folder:
/// the latest `[feeds] limit` commits.
pub(super) fn entries(lens: &Lens<'_>, path: &str) -> Vec<Entry> {
    let site = lens.site;
    site.record
        .iter()
        .take(site.config.feeds.limit)
        .map(|change| entry(lens, path, change))
        .collect()
}

/// The moment of the newest commit on the record, for the feed's `updated`.
pub(super) fn newest(lens: &Lens<'_>) -> Option<FixedDateTime> {
    let newest = lens.site.record.first()?;
    Some(moment(&newest.commit.rfc3339()))
}

fn moment(rfc3339: &str) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(rfc3339).expect("a commit's time is a valid timestamp")
}

fn entry(lens: &Lens<'_>, path: &str, change: &SiteChange) -> Entry {
    let site = lens.site;
    let commit = &change.commit;
    let id = absolute(site, lens.code(), &format!("{path}#{}", commit.anchor()));
    let alternate = site
        .config
        .commit_url(&commit.id)
        .unwrap_or_else(|| id.clone());
    let mut content = Xhtml::new();
    content.when(lens, commit.date(), None, &[]);
    for paragraph in commit.paragraphs() {
        content.lines(&paragraph);
    }
    let touched: Vec<_> = change
        .entries
        .iter()
        .take(ENTRIES_LISTED)
        .map(|(touched, touch)| {
            let (title, path) = lens.touched(touched);
            let href = path.map(|path| absolute(site, lens.code(), &path));
            (lens.touch(touch), title, href)
        })
        .collect();
    content.list(lens.code(), &touched, lens.more_touched(change).as_deref());
    let mut entry = Entry::default();
    entry.set_id(id);
    entry.set_title(Text::plain(commit.subject.clone()));
    let time = moment(&commit.rfc3339());
    entry.set_updated(time);
    entry.set_published(Some(time));
    entry.set_links(vec![link(alternate, "alternate", Some("text/html"))]);
    entry.set_content(Some(content.finish()));
    entry
}
