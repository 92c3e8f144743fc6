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
use crate::html::escape_into;
use crate::i18n::Arg;
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
        let mut markup = String::from("<p>");
        for (i, line) in paragraph.iter().enumerate() {
            if i > 0 {
                markup.push_str("<br/>");
            }
            escape_into(&mut markup, line);
        }
        markup.push_str("</p>");
        content.raw(&markup);
    }
    content.raw(&touched_list(lens, change));
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

/// The entries the commit touched, each "what · title", linked to its page where the site
/// has it, the title marked with its language when it is not the feed's.
fn touched_list(lens: &Lens<'_>, change: &SiteChange) -> String {
    let mut markup = String::from("<ul>");
    for (touched, touch) in change.entries.iter().take(ENTRIES_LISTED) {
        let (title, path) = lens.touched(touched);
        markup.push_str("<li>");
        escape_into(&mut markup, &lens.touch(touch));
        markup.push_str(" · ");
        let lang = title.lang.as_deref().unwrap_or(lens.code());
        match path {
            Some(path) => {
                markup.push_str("<a href=\"");
                escape_into(&mut markup, &absolute(lens.site, lens.code(), &path));
                markup.push_str("\" xml:lang=\"");
                escape_into(&mut markup, lang);
                markup.push_str("\">");
                escape_into(&mut markup, &title.text);
                markup.push_str("</a>");
            }
            None => escape_into(&mut markup, &title.text),
        }
        markup.push_str("</li>");
    }
    let more = change.entries.len().saturating_sub(ENTRIES_LISTED);
    if more > 0 {
        let words = lens
            .locale
            .format(
                "changes-more-entries",
                &[("count", Arg::Number(more as f64))],
            )
            .unwrap_or_default();
        markup.push_str("<li>");
        escape_into(&mut markup, &words);
        markup.push_str("</li>");
    }
    markup.push_str("</ul>");
    markup
}
