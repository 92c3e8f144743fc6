//! The address book: every address of the site and how pages link to it. What pages there are
//! ([`PageId`], and the two at the root, [`Root`]), the path of each below its language
//! (`countries/cl/`, `lists/status/done/`), its feed, the site's own folders that no free
//! page may take (made from those paths, not listed by hand), the full address of a path
//! ([`absolute`]), and the style of links ([`LinkStyle`]).
//!
//! Links between the site's files are written once and resolved for each place a page is
//! read. A page is rendered and minified once, with every link to a file of the site written
//! as a marked site path (`\u{E000}fr/countries/cl/\u{E001}`, [`mark`]). Resolving the marks
//! then gives, by a linear scan, the published page (`/fr/countries/cl/`), a page of the
//! portable copy (`../../countries/cl/index.html`, since a folder read from disk does not
//! open its index), or a page of one language's offline copy, whose links to files it does
//! not hold lead to the published site. So the copies cost a scan of each page, not a second
//! render and minify. The marks are private-use characters: templates and Tera's escaping
//! leave them alone, and minifying keeps them in place. A resolved link is escaped for HTML
//! text and attributes, quoted or not.
//!
//! What files a build makes at these addresses is [`crate::publish`]'s list.

use crate::config::Config;
use crate::config::StatusId;
use crate::content::{EntryFile, Section};
use crate::diag::{Diagnostic, Diagnostics};
use crate::html::escape_into;
use crate::model::{CountryId, Entry, EntryId, EntryKey, Page, PillarId, Site};
use crate::output::OutputFile;

/// How pages link to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LinkStyle {
    /// From the base path (`/fr/countries/cl/`), for a site on a web server.
    Rooted,
    /// Relative to the page, to `index.html` files (`../../countries/cl/index.html`), for a
    /// copy read from disk, where a folder does not open its index.
    Relative,
}

/// A page of the site in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum PageId {
    Home,
    Index(Section),
    Entry(EntryKey),
    /// What the service worker shows for a page not kept for offline reading.
    Offline,
    /// What the host serves, with status 404, for an address of this language that the site
    /// does not have.
    NotFound,
    /// The offline copies to download, when the site offers them.
    Downloads,
    /// Search through the language's Pagefind index; without script, the indexes to browse.
    Search,
    /// The open data files of the reader's language.
    Data,
    /// Each language's translation coverage, and what this language still needs.
    Translations,
    /// Every feed of the site in this language, with its address to copy into a reader.
    Feeds,
    /// Countries × pillars, each cell the commitments by status.
    Matrix(MatrixOrder),
    /// The commitments with one status.
    StatusList(StatusId),
    /// The commitments of one country under one pillar (a cell of the matrix).
    CellList(CountryId, PillarId),
}

impl PageId {
    /// The page of the entry `id`.
    pub(crate) fn entry<I: EntryId>(id: I) -> PageId {
        PageId::Entry(id.key())
    }
}

/// The two pages at the site's root, both language choosers that work without JavaScript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Root {
    /// `/`: where a reader chooses a language.
    Chooser,
    /// `/404.html`: what a host serves for an address outside every language's folder, in
    /// every language, with the way to each one's home.
    NotFound,
}

impl Root {
    pub(crate) fn path(self) -> &'static str {
        match self {
            Root::Chooser => "index.html",
            Root::NotFound => "404.html",
        }
    }
}

/// The orders the matrix is offered in, each a page, so sorting needs no script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum MatrixOrder {
    ByName,
    ByCount,
}

impl PageId {
    /// Every page of the site, in a stable order.
    pub(crate) fn all(site: &Site) -> Vec<PageId> {
        let mut pages = Self::indexable(site);
        pages.extend([PageId::Offline, PageId::NotFound, PageId::Search]);
        pages
    }

    /// Every page a build with links of `style` makes: a copy read from disk has no service
    /// worker, so no offline page, and no search, not-found, download, data, feed or
    /// translation pages, which need a host.
    pub(crate) fn made(site: &Site, style: LinkStyle) -> Vec<PageId> {
        match style {
            LinkStyle::Rooted => Self::all(site),
            LinkStyle::Relative => Self::content(site),
        }
    }

    /// The pages a search engine should list: all but the offline, not-found and search pages.
    pub(crate) fn indexable(site: &Site) -> Vec<PageId> {
        let mut pages = Self::content(site);
        if site.config.offline_copy {
            pages.push(PageId::Downloads);
        }
        pages.push(PageId::Data);
        pages.push(PageId::Feeds);
        if site.config.languages.len() > 1 {
            pages.push(PageId::Translations);
        }
        pages
    }

    /// The pages of the content itself, which every copy of the site has.
    pub(crate) fn content(site: &Site) -> Vec<PageId> {
        let mut pages = vec![PageId::Home];
        for section in Section::ALL {
            if section != Section::Pages || has_pages_index(site) {
                pages.push(PageId::Index(section));
            }
            pages.extend(site.keys(section).map(PageId::Entry));
        }
        pages.extend([
            PageId::Matrix(MatrixOrder::ByName),
            PageId::Matrix(MatrixOrder::ByCount),
        ]);
        pages.extend(site.config.statuses.ids().map(PageId::StatusList));
        for country in site.countries.ids() {
            for pillar in site.pillars.ids() {
                if site
                    .commitments
                    .iter()
                    .any(|c| c.facts.country == country && c.facts.pillars.contains(&pillar))
                {
                    pages.push(PageId::CellList(country, pillar));
                }
            }
        }
        pages
    }

    /// The page's path below the language folder, ending in `/` (`countries/cl/`).
    pub(crate) fn path(self, site: &Site) -> String {
        let folder = self.own_folder().unwrap_or_default();
        match self {
            PageId::Home => String::new(),
            PageId::Index(section) => format!("{section}/"),
            PageId::Entry(key) => key.section().entry_path(site.slug(key)),
            PageId::Matrix(MatrixOrder::ByCount) => format!("{folder}/by-count/"),
            PageId::StatusList(i) => format!("{folder}/status/{}/", site.config.statuses[i].id),
            PageId::CellList(c, p) => {
                let (country, pillar) = (&site.countries[c].slug, &site.pillars[p].slug);
                format!("{folder}/{country}/{pillar}/")
            }
            PageId::Offline
            | PageId::NotFound
            | PageId::Downloads
            | PageId::Search
            | PageId::Data
            | PageId::Feeds
            | PageId::Translations
            | PageId::Matrix(MatrixOrder::ByName) => format!("{folder}/"),
        }
    }

    /// The path of the page's Atom feed below the language folder: the site's, for the home
    /// page (`feed.xml`); an entry's beside its page (`countries/cl/feed.xml`).
    pub(crate) fn feed(self, site: &Site) -> String {
        format!("{}{FEED}", self.path(site))
    }

    /// The folder of a language that the path of one of the site's own pages starts with;
    /// `None` for the home page, the sections' indexes and the entries' pages. Every such
    /// name is written here once, and [`own_folders`] is made from them.
    fn own_folder(self) -> Option<&'static str> {
        match self {
            PageId::Home | PageId::Index(_) | PageId::Entry(..) => None,
            PageId::Offline => Some("offline"),
            PageId::NotFound => Some("404"),
            PageId::Downloads => Some("downloads"),
            PageId::Search => Some("search"),
            PageId::Data => Some("data"),
            PageId::Feeds => Some("feeds"),
            PageId::Translations => Some("translations"),
            PageId::Matrix(_) => Some("matrix"),
            PageId::StatusList(_) | PageId::CellList(..) => Some("lists"),
        }
    }

    /// Whether the page lists a part of the site that grows with it (all commitments, a
    /// country's, a pillar's, a meeting's, a status's, the matrix): such a page can take as
    /// long to make as hundreds of others.
    pub(crate) fn lists_the_site(self) -> bool {
        matches!(
            self,
            PageId::Home
                | PageId::Index(_)
                | PageId::Entry(EntryKey::Country(_) | EntryKey::Pillar(_) | EntryKey::Meeting(_))
                | PageId::Matrix(_)
                | PageId::StatusList(_)
                | PageId::Feeds
        )
    }

    /// Whether the page has a share image of its own: the home page (the site's), each
    /// country's and each pillar's. An image for each commitment would take five times the
    /// CPU of the rest of the build at 10,000 commitments (`benches/results-2026-12-07.md`).
    pub(crate) fn has_share_image(self) -> bool {
        matches!(
            self,
            PageId::Home | PageId::Entry(EntryKey::Country(_) | EntryKey::Pillar(_))
        )
    }

    /// The page whose share image this page shows: its own, or else its commitment's or
    /// matrix cell's country's, or else the site's.
    pub(crate) fn share_image_page(self, site: &Site) -> PageId {
        match self {
            page if page.has_share_image() => page,
            PageId::Entry(EntryKey::Commitment(c)) => {
                PageId::entry(site.commitments[c].facts.country)
            }
            PageId::CellList(country, _) => PageId::entry(country),
            _ => PageId::Home,
        }
    }

    /// The path of the page's share image below the language folder, beside the page
    /// (`countries/cl/share.png`).
    pub(crate) fn share_image(self, site: &Site) -> String {
        format!("{}{SHARE_IMAGE}", self.path(site))
    }

    /// Whether the page has an Atom feed of its own.
    pub(crate) fn has_feed(self) -> bool {
        matches!(
            self,
            PageId::Home
                | PageId::Entry(
                    EntryKey::Country(_) | EntryKey::Pillar(_) | EntryKey::Commitment(_)
                )
        )
    }
}

/// The most free pages the footer of every page lists: a site of thousands of undated pages
/// would otherwise make every page as long as the list (and the build quadratic).
pub(crate) const FOOTER_PAGES: usize = 12;

/// The free pages that are not source documents (about, methodology): undated ones.
pub(crate) fn free_pages(site: &Site) -> impl Iterator<Item = &Entry<Page>> {
    site.pages.iter().filter(|p| p.facts.date.is_none())
}

/// Whether the site has more free pages than the footer lists, and so an index of them
/// (`/<lang>/pages/`), which the footer links to: no page is left that nothing links to.
pub(crate) fn has_pages_index(site: &Site) -> bool {
    free_pages(site).nth(FOOTER_PAGES).is_some()
}

/// The full address of `path` below the language `lang` (`https://example.org/lad/fr/countries/cl/`),
/// for what is read away from the site: feeds, open data, sitemaps, calendars, canonical links.
pub(crate) fn absolute(site: &Site, lang: &str, path: &str) -> String {
    format!("{}{}/{}", site.config.base_url, lang, path)
}

/// One page of each of the site's own kinds: only its kind names a folder, so the indices
/// are placeholders. A test checks that every page a site has is of one of these kinds.
const OWN_PAGES: [PageId; 10] = [
    PageId::Offline,
    PageId::NotFound,
    PageId::Downloads,
    PageId::Search,
    PageId::Data,
    PageId::Feeds,
    PageId::Translations,
    PageId::Matrix(MatrixOrder::ByName),
    PageId::StatusList(StatusId::FIRST),
    PageId::CellList(CountryId::FIRST, PillarId::FIRST),
];

/// The folder of a language that holds its search index, which Pagefind names file by file.
pub(crate) const SEARCH_BUNDLE: &str = "pagefind/";

/// The list of the search index's files, in its folder: Pagefind names most of them by their
/// content, and only this list says which ones a build has.
const SEARCH_FILE_LIST: &str = "swivi-files.json";

/// The list of a language's search index files, below its folder.
pub(crate) fn search_files() -> String {
    format!("{SEARCH_BUNDLE}{SEARCH_FILE_LIST}")
}

/// A language's calendar of meetings (iCalendar), below its folder, beside the meetings'
/// pages.
pub(crate) const CALENDAR: &str = "meetings/calendar.ics";

/// The page script, which registers the service worker, and the service worker.
pub(crate) const PAGE_SCRIPT: &str = "swivi.js";
pub(crate) const WORKER: &str = "sw.js";

/// Netlify's rules of the published site: redirects (with the not-found pages), and headers.
pub(crate) const REDIRECTS: &str = "_redirects";
pub(crate) const HEADERS: &str = "_headers";

/// The index of the sitemaps, and `robots.txt`, which names it.
pub(crate) const SITEMAP: &str = "sitemap.xml";
pub(crate) const ROBOTS: &str = "robots.txt";

/// How the name of a language's sitemap starts, at the site's root.
const LANGUAGE_SITEMAP: &str = "sitemap-";

/// The sitemap of a language's pages, or of the `n`th part of them past the first (from 0).
pub(crate) fn sitemap(lang: &str, n: usize) -> String {
    match n {
        0 => format!("{LANGUAGE_SITEMAP}{lang}.xml"),
        _ => format!("{LANGUAGE_SITEMAP}{lang}-{}.xml", n + 1),
    }
}

/// The folder of the browser editor.
pub(crate) const ADMIN: &str = "admin";

/// The offline copy of a language: a zip, beside the download pages' folder name.
pub(crate) fn offline_copy(lang: &str) -> String {
    let folder = PageId::Downloads.own_folder().unwrap_or_default();
    format!("{folder}/offline-{lang}.zip")
}

/// An open-data table of a language in a format (`csv`, `json`), in the folder of its data
/// page.
pub(crate) fn data_file(lang: &str, table: &str, format: &str) -> String {
    let folder = PageId::Data.own_folder().unwrap_or_default();
    format!("{lang}/{folder}/{table}.{format}")
}

/// The schema of an open-data table, the same in every language.
pub(crate) fn data_schema(table: &str) -> String {
    let folder = PageId::Data.own_folder().unwrap_or_default();
    format!("{folder}/{table}.schema.json")
}

/// The zip of every open-data file.
pub(crate) fn data_zip() -> String {
    let folder = PageId::Data.own_folder().unwrap_or_default();
    format!("{folder}/all.zip")
}

/// Whether `path` is where the site puts what it makes from its entries' facts, besides their
/// own pages: the lists of a country's commitments under a pillar (`fr/lists/cl/…/`), the list
/// of the free pages (`fr/pages/`, when there are enough of them), the later parts of a
/// language's sitemap (`sitemap-fr-2.xml`).
pub(crate) fn made_from_facts(config: &Config, path: &str) -> bool {
    let lists = PageId::CellList(CountryId::FIRST, PillarId::FIRST).own_folder();
    match path.split_once('/') {
        Some((lang, rest)) if config.languages.iter().any(|l| l.code == lang) => {
            let folder = rest.split('/').next().unwrap_or_default();
            Some(folder) == lists || folder == Section::Pages.name()
        }
        Some(_) => false,
        None => path.starts_with(LANGUAGE_SITEMAP),
    }
}

/// The name of a share image, beside its page.
const SHARE_IMAGE: &str = "share.png";

/// A language's web app manifest, below its folder.
pub(crate) const MANIFEST: &str = "manifest.webmanifest";

/// The installed app's icon of `size` pixels, at the site's root.
pub(crate) fn app_icon(size: u32) -> String {
    format!("icon-{size}.png")
}

/// The name of an Atom feed, beside the page it follows.
pub(crate) const FEED: &str = "feed.xml";

/// The stylesheet (XSLT) that shows a language's feeds to a person who opens one in a
/// browser, below the language's folder: every feed of the language names it.
pub(crate) const FEED_STYLESHEET: &str = "feed.xsl";

/// The errors for free pages named after a section or one of the site's [`own_folders`]: the
/// page would take that address (`content/pages/search.md`, `/<lang>/search/`).
pub(crate) fn pages_in_own_folders(config: &Config, entries: &[EntryFile]) -> Diagnostics {
    let own = own_folders();
    let mut diags = Diagnostics::default();
    let canonical = |lang: &Option<String>| {
        lang.as_ref()
            .is_none_or(|lang| *lang == config.default_language)
    };
    let mut named: Vec<&EntryFile> = entries
        .iter()
        .filter(|e| e.section == Section::Pages && canonical(&e.lang))
        .filter(|e| Section::from_name(&e.slug).is_some() || own.contains(&e.slug.as_str()))
        .collect();
    named.dedup_by(|a, b| a.slug == b.slug);
    for page in named {
        let slug = &page.slug;
        diags.push(
            Diagnostic::error(format!(
                "the page `{slug}` would take the address of the site's own `{slug}/`"
            ))
            .in_file(&page.file)
            .help(format!("rename the file, e.g. `about-{slug}.md`")),
        );
    }
    diags
}

/// The not-found page of the language `lang` (`fr/404/index.html`): what a host serves for an
/// address below that language's folder that the site does not have.
pub(crate) fn not_found_page(lang: &str) -> String {
    let folder = PageId::NotFound.own_folder().unwrap_or_default();
    format!("{lang}/{folder}/index.html")
}

/// The folders of a language that the site's own pages and files take, besides the
/// sections': free pages live beside them (`/<lang>/<slug>/`), so no page may take one of
/// these names.
pub(crate) fn own_folders() -> Vec<&'static str> {
    let mut folders: Vec<&str> = OWN_PAGES
        .into_iter()
        .filter_map(PageId::own_folder)
        .chain([SEARCH_BUNDLE.trim_end_matches('/')])
        .collect();
    folders.dedup();
    folders
}

const START: char = '\u{E000}';
const END: char = '\u{E001}';

/// The link to `target`, a path under the site's root (`fr/countries/cl/`, `style.css`),
/// marked for resolving.
pub(crate) fn mark(target: &str) -> String {
    format!("{START}{target}{END}")
}

/// How a page's marked links become links.
pub(crate) enum Resolve<'a> {
    /// From the site's base path, for the published site.
    Rooted { base_path: &'a str },
    /// Relative to the page, to `index.html` files.
    Relative,
    /// Relative where the copy `holds` the target; to the published site (`base_url`) where
    /// it does not.
    Copy {
        base_url: &'a str,
        holds: &'a (dyn Fn(&str) -> bool + Sync),
    },
}

/// `html` with each marked link resolved from the page at `path` (`fr/countries/cl/index.html`).
pub(crate) fn resolve(html: &str, path: &str, how: &Resolve<'_>) -> String {
    let folder_depth = path.matches('/').count();
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(start) = rest.find(START) {
        let after = &rest[start + START.len_utf8()..];
        let Some(end) = after.find(END) else {
            break;
        };
        out.push_str(&rest[..start]);
        link(&mut out, &after[..end], folder_depth, how);
        rest = &after[end + END.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// Appends the link to `target`, escaped: a page has dozens of links, and a large site
/// millions, so none of them is built as a string of its own.
fn link(out: &mut String, target: &str, folder_depth: usize, how: &Resolve<'_>) {
    match how {
        Resolve::Rooted { base_path } => {
            escape_into(out, base_path);
            escape_into(out, target);
        }
        Resolve::Copy { base_url, holds } if !holds(file_part(target).0) => {
            escape_into(out, base_url);
            escape_into(out, target);
        }
        Resolve::Relative | Resolve::Copy { .. } => {
            let (file, suffix) = file_part(target);
            for _ in 0..folder_depth {
                out.push_str("../");
            }
            escape_into(out, file);
            if file.is_empty() || file.ends_with('/') {
                out.push_str("index.html");
            }
            escape_into(out, suffix);
        }
    }
}

/// A rendered, minified page whose links are still marked ([`mark`]: resolved for each place it is read).
pub(crate) struct Marked {
    /// Where the page goes under the site's root (`fr/countries/cl/index.html`).
    pub(crate) path: String,
    html: String,
}

impl Marked {
    pub(crate) fn new(path: String, html: String) -> Marked {
        Marked { path, html }
    }

    /// The page, its links resolved `how`.
    pub(crate) fn resolve(&self, how: &Resolve<'_>) -> OutputFile {
        self.resolve_at(&self.path, how)
    }

    /// The page put at `path` instead of its own, its links resolved `how` from there.
    pub(crate) fn resolve_at(&self, path: &str, how: &Resolve<'_>) -> OutputFile {
        OutputFile::html(path.to_owned(), resolve(&self.html, path, how))
    }
}

/// The target split into the file's path and what follows it (`#update-2024-05-01`).
fn file_part(target: &str) -> (&str, &str) {
    target.split_at(target.find(['#', '?']).unwrap_or(target.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> String {
        format!(
            "<a href={}>CL</a> <a href=\"{}#update-2024\">x</a> <link href={}>",
            mark("fr/countries/cl/"),
            mark("fr/commitments/a/"),
            mark("style.css")
        )
    }

    #[test]
    fn published_links_start_at_the_base_path() {
        let html = resolve(
            &page(),
            "fr/index.html",
            &Resolve::Rooted { base_path: "/lad/" },
        );
        assert_eq!(
            html,
            "<a href=/lad/fr/countries/cl/>CL</a> <a href=\"/lad/fr/commitments/a/#update-2024\">x</a> <link href=/lad/style.css>"
        );
    }

    #[test]
    fn relative_links_climb_to_the_root_and_name_the_index() {
        let html = resolve(&page(), "fr/pillars/p/index.html", &Resolve::Relative);
        assert_eq!(
            html,
            "<a href=../../../fr/countries/cl/index.html>CL</a> <a href=\"../../../fr/commitments/a/index.html#update-2024\">x</a> <link href=../../../style.css>"
        );
        assert_eq!(
            resolve(&mark(""), "index.html", &Resolve::Relative),
            "index.html"
        );
    }

    #[test]
    fn a_copy_sends_what_it_does_not_hold_to_the_published_site() {
        let holds = |path: &str| path != "fr/commitments/a/";
        let how = Resolve::Copy {
            base_url: "https://example.org/?a=1&b=2/",
            holds: &holds,
        };
        let html = resolve(&page(), "fr/index.html", &how);
        assert_eq!(
            html,
            "<a href=../fr/countries/cl/index.html>CL</a> <a href=\"https://example.org/?a=1&amp;b=2/fr/commitments/a/#update-2024\">x</a> <link href=../style.css>"
        );
    }

    #[test]
    fn text_without_marks_or_with_a_stray_one_is_kept() {
        let how = Resolve::Relative;
        assert_eq!(resolve("<p>plain</p>", "index.html", &how), "<p>plain</p>");
        let stray = format!("<p>{START}alone</p>");
        assert_eq!(resolve(&stray, "index.html", &how), stray);
    }

    /// Every page of the example site is the home page, an index, an entry's, or of one of
    /// [`OWN_PAGES`]' kinds, and its path starts with its own folder.
    #[test]
    fn every_own_page_is_under_a_folder_no_free_page_may_take() {
        let prepared = crate::build::example();
        let site = &prepared.site;
        let own = own_folders();
        for page in PageId::all(site) {
            let Some(folder) = page.own_folder() else {
                assert!(matches!(
                    page,
                    PageId::Home | PageId::Index(_) | PageId::Entry(..)
                ));
                continue;
            };
            assert!(own.contains(&folder), "{page:?} is in no own folder");
            assert!(
                page.path(site).starts_with(&format!("{folder}/")),
                "{page:?}"
            );
        }
        assert_eq!(
            own,
            [
                "offline",
                "404",
                "downloads",
                "search",
                "data",
                "feeds",
                "translations",
                "matrix",
                "lists",
                "pagefind"
            ]
        );
    }
}
