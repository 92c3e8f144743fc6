//! The record of changes as pages show it: on each entry's page, every commit that changed
//! it ([`RecordView`]); on the record's own page (`changes/`), the latest commits of the whole
//! site, each with the entries it touched ([`ChangesView`]).
//!
//! A commit's message is the editors' own words, shown as they wrote them, in no language the
//! site can name. Its link leads to the commit on the site's forge when `site.toml` names the
//! repository; without one, the record still says when and why.

use serde::Serialize;

use crate::addresses::PageId;
use crate::i18n::Arg;
use crate::model::{EntryChange, SiteChange};
use crate::present::{DateView, ENTRIES_LISTED, Lens, Txt};

/// On an entry's page: the commits that changed its files, newest first.
#[derive(Serialize)]
pub(crate) struct RecordView {
    /// "Record of changes to this page (3)".
    pub(crate) title: String,
    /// Newest first.
    pub(crate) changes: Vec<RevisionView>,
    /// The site's record of changes.
    pub(crate) all: String,
}

/// A commit on an entry's record.
#[derive(Serialize)]
pub(crate) struct RevisionView {
    /// The day it was committed.
    pub(crate) date: DateView,
    /// What it did to the entry, in words.
    pub(crate) what: String,
    /// The first line of its message.
    pub(crate) subject: String,
    /// The commit on the site's forge, when `site.toml` names the repository.
    pub(crate) href: Option<String>,
}

/// `changes.html`: the latest commits that changed the content.
#[derive(Serialize)]
pub(crate) struct ChangesView {
    /// What the record is.
    pub(crate) intro: String,
    /// How many of how many it lists, when it does not list them all.
    pub(crate) shown: Option<String>,
    /// The repository that holds them all, when `site.toml` names it.
    pub(crate) repository: Option<String>,
    /// Newest first.
    pub(crate) commits: Vec<CommitView>,
}

/// A commit on the record's page.
#[derive(Serialize)]
pub(crate) struct CommitView {
    /// The element's id: `commit-` and its short hash.
    pub(crate) anchor: String,
    /// The day it was committed.
    pub(crate) date: DateView,
    /// The first line of its message.
    pub(crate) subject: String,
    /// The rest of its message, by paragraph, each by line: editors' lists keep their lines.
    pub(crate) body: Vec<Vec<String>>,
    /// The commit on the site's forge, when `site.toml` names the repository.
    pub(crate) href: Option<String>,
    /// The words of the link to it ("See 2975b2e0c1 in the repository").
    pub(crate) link_text: String,
    /// The first 20 entries it touched ([`ENTRIES_LISTED`]), in section order.
    pub(crate) entries: Vec<TouchedView>,
    /// How many more it touched, in words, when it touched more.
    pub(crate) more: Option<String>,
}

/// An entry a commit touched.
#[derive(Serialize)]
pub(crate) struct TouchedView {
    /// What the commit did to it, in words.
    pub(crate) what: String,
    /// Its title; its file, for an entry the site no longer has.
    pub(crate) title: Txt,
    /// Its page; none for an entry the site no longer has.
    pub(crate) href: Option<String>,
}

/// The record of an entry whose files changed in `record`, when it has one.
pub(crate) fn record_view(lens: &Lens<'_>, record: &[EntryChange]) -> Option<RecordView> {
    if record.is_empty() {
        return None;
    }
    let count = record.len() as f64;
    Some(RecordView {
        title: lens
            .locale
            .format("changes-on-page", &[("count", Arg::Number(count))])
            .unwrap_or_default(),
        changes: record
            .iter()
            .map(|change| RevisionView {
                date: lens.date(change.commit.date()),
                what: lens.touch(&change.touch),
                subject: change.commit.subject.clone(),
                href: lens.site.config.commit_url(&change.commit.id),
            })
            .collect(),
        all: lens.url(&PageId::Changes.path(lens.site)),
    })
}

/// The record's page: the latest `[feeds] limit` commits.
pub(crate) fn changes_view(lens: &Lens<'_>) -> ChangesView {
    let site = lens.site;
    let record = &site.record;
    let limit = site.config.feeds.limit;
    let shown = (record.len() > limit).then(|| {
        lens.locale
            .format(
                "changes-shown",
                &[
                    ("shown", Arg::Number(limit as f64)),
                    ("count", Arg::Number(record.len() as f64)),
                ],
            )
            .unwrap_or_default()
    });
    ChangesView {
        intro: lens.locale.text("changes-intro"),
        shown,
        repository: site.config.repository.clone(),
        commits: record
            .iter()
            .take(limit)
            .map(|change| commit_view(lens, change))
            .collect(),
    }
}

fn commit_view(lens: &Lens<'_>, change: &SiteChange) -> CommitView {
    let commit = &change.commit;
    CommitView {
        anchor: commit.anchor(),
        date: lens.date(commit.date()),
        subject: commit.subject.clone(),
        body: commit.paragraphs(),
        href: lens.site.config.commit_url(&commit.id),
        link_text: lens
            .locale
            .format("changes-commit", &[("id", Arg::Text(commit.short_id()))])
            .unwrap_or_default(),
        entries: change
            .entries
            .iter()
            .take(ENTRIES_LISTED)
            .map(|(touched, touch)| {
                let (title, path) = lens.touched(touched);
                TouchedView {
                    what: lens.touch(touch),
                    title,
                    href: path.map(|path| lens.url(&path)),
                }
            })
            .collect(),
        more: lens.more_touched(change),
    }
}
