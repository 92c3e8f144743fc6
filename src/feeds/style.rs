//! The stylesheet that shows a language's feeds to a person who opens one in a browser: an
//! XSLT file, `<lang>/feed.xsl`, that every feed of the language names in an
//! `<?xml-stylesheet?>` instruction. Feed readers ignore it; a browser turns the feed into a
//! page of the site (its stylesheet, its header) that says what a feed is, gives its address
//! to copy into a reader, links to the page it follows and to every feed of the site, and
//! lists its entries as feed readers show them.
//!
//! One stylesheet per language, with the language's interface strings written in at build
//! time, rather than one that reads them from each feed: the feeds stay plain Atom, without
//! strings for browsers that feed readers would carry along, and a language's feeds share one
//! file that browsers keep. The stylesheet comes from the site itself, which the site's
//! Content-Security-Policy allows (`script-src 'self'` governs XSLT), and so does everything
//! the page it makes loads.

use crate::addresses::{FEED_STYLESHEET, PageId};
use crate::assets::Assets;
use crate::config::LanguageId;
use crate::html::escape;
use crate::i18n::Locales;
use crate::model::Site;
use crate::output::OutputFile;

const SOURCE: &str = include_str!("page.xsl");

/// Where the feeds of `lang` find their stylesheet: a path from the site's root, since a
/// browser loads it only from the feed's own origin.
pub(crate) fn href(site: &Site, lang: &str) -> String {
    format!("{}{lang}/{FEED_STYLESHEET}", site.config.base_path())
}

/// The instruction at the top of a feed of `lang` that names its stylesheet.
pub(super) fn instruction(site: &Site, lang: &str) -> String {
    format!(
        "<?xml-stylesheet type=\"text/xsl\" href=\"{}\"?>\n",
        escape(&href(site, lang))
    )
}

/// The stylesheet of the language at `l`.
pub(crate) fn stylesheet(
    site: &Site,
    locales: &Locales,
    assets: &Assets,
    l: LanguageId,
) -> OutputFile {
    let language = &site.config.languages[l];
    let lang = language.code.as_str();
    let locale = locales.get(lang);
    let base = site.config.base_path();
    let rooted = |path: &str| format!("{base}{path}");
    // In attributes, XSLT reads `{…}` as an expression: a brace is written twice there.
    let attributes = [
        ("@LANG@", lang.to_owned()),
        ("@DIR@", locale.dir().to_owned()),
        ("@STYLE@", rooted(assets.href("style.css"))),
        ("@FAVICON@", rooted(assets.href("favicon.svg"))),
        ("@HOME@", rooted(&format!("{lang}/"))),
        (
            "@FEEDS@",
            rooted(&format!("{lang}/{}", PageId::Feeds.path(site))),
        ),
    ];
    let texts = [
        ("@SITE@", "site-title"),
        ("@KIND@", "feed-page-kind"),
        ("@WHAT@", "feed-page-what"),
        ("@FOLLOW@", "feed-page-follow"),
        ("@FOLLOWS@", "feed-page-follows"),
        ("@ALL@", "feed-page-all"),
        ("@LATEST@", "feed-page-latest"),
        ("@EMPTY@", "feed-page-empty"),
    ];
    let mut text = SOURCE.to_owned();
    for (placeholder, value) in attributes {
        let value = value.replace('{', "{{").replace('}', "}}");
        text = text.replace(placeholder, &escape(&value));
    }
    for (placeholder, id) in texts {
        text = text.replace(placeholder, &escape(&locale.text(id)));
    }
    OutputFile::other(format!("{lang}/{FEED_STYLESHEET}"), text.into_bytes())
}
