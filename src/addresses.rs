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
use crate::model::{
    CommitmentId, CountryId, Entry, EntryId, EntryKey, MeetingId, Page, PillarId, RecommendationId,
    Site,
};
use crate::output::OutputFile;
use crate::progress::is_overdue;

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
    /// The commitments past their due date and not done (`commitments/overdue/`).
    Overdue,
    /// The latest commits that changed the content, from the site's git history, when it
    /// has one (`changes/`), with a feed.
    Changes,
    /// The commitments of one country under one pillar (a cell of the matrix).
    CellList(CountryId, PillarId),
    /// A page past the first of a list longer than `[lists] per_page`, by its number (from
    /// 2): `commitments/page/2/`, below the list's first page.
    More(Listing, u32),
    /// A country's commitments in full, laid out for print (`countries/cl/report/`).
    Report(CountryId),
    /// A card of a commitment, a country or a pillar, for other sites to put in a frame
    /// (`commitments/cl-integration/embed/`): the only pages that may be framed elsewhere.
    Embed(EntryKey),
}

/// A list of commitments that grows with the site, cut into pages of `per_page`
/// commitments: its first page is the page that shows it ([`Listing::first`]), the others
/// are [`PageId::More`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Listing {
    /// Every commitment, on the commitments' index, by status.
    All,
    /// A country's commitments, by status.
    Country(CountryId),
    /// A pillar's commitments, by status.
    Pillar(PillarId),
    /// The commitments made at a meeting, by status.
    Meeting(MeetingId),
    /// The commitments that answer a recommendation.
    Recommendation(RecommendationId),
    /// The commitments with one status.
    Status(StatusId),
    /// The commitments past their due date and not done, by status.
    Overdue,
    /// The commitments of one country under one pillar.
    Cell(CountryId, PillarId),
}

/// The folder, below a list's first page, of its other pages (`commitments/page/2/`).
pub(crate) const MORE: &str = "page";

/// The folder, below a country's page, of its report (`countries/cl/report/`).
pub(crate) const REPORT: &str = "report";

/// The folder, below an entry's page, of its card for other sites (`countries/cl/embed/`).
pub(crate) const EMBED: &str = "embed";

/// The name of an entry's status badge, beside its page (`countries/cl/badge.svg`).
const BADGE: &str = "badge.svg";

/// Whether other sites may show the entry `key`'s standing: its badge and its card, for a
/// commitment, a country and a pillar.
pub(crate) fn embeddable(key: EntryKey) -> bool {
    matches!(
        key,
        EntryKey::Commitment(_) | EntryKey::Country(_) | EntryKey::Pillar(_)
    )
}

/// Whether `path` (below the site's root, as `_headers` and `swivi serve` name it) is one of
/// the cards other sites may frame: `<lang>/<section>/<slug>/embed/`, or its `index.html`.
pub(crate) fn is_embed(path: &str) -> bool {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let parts: Vec<&str> = path.split('/').collect();
    matches!(parts.as_slice(), [_, section, _, EMBED, ""] if Section::from_name(section).is_some())
}

/// The name, in the commitments' folder, of the page of overdue commitments
/// (`commitments/overdue/`): no commitment may be named so.
pub(crate) const OVERDUE: &str = "overdue";

impl Listing {
    /// The page that shows the list, and is its first page.
    pub(crate) fn first(self) -> PageId {
        match self {
            Listing::All => PageId::Index(Section::Commitments),
            Listing::Country(c) => PageId::entry(c),
            Listing::Pillar(p) => PageId::entry(p),
            Listing::Meeting(m) => PageId::entry(m),
            Listing::Recommendation(r) => PageId::entry(r),
            Listing::Status(s) => PageId::StatusList(s),
            Listing::Overdue => PageId::Overdue,
            Listing::Cell(c, p) => PageId::CellList(c, p),
        }
    }

    /// The list `page` shows, and which of its pages it is (from 1), for a page that shows
    /// one.
    pub(crate) fn of(page: PageId) -> Option<(Listing, u32)> {
        let listing = match page {
            PageId::More(listing, n) => return Some((listing, n)),
            PageId::Index(Section::Commitments) => Listing::All,
            PageId::Entry(EntryKey::Country(c)) => Listing::Country(c),
            PageId::Entry(EntryKey::Pillar(p)) => Listing::Pillar(p),
            PageId::Entry(EntryKey::Meeting(m)) => Listing::Meeting(m),
            PageId::Entry(EntryKey::Recommendation(r)) => Listing::Recommendation(r),
            PageId::StatusList(s) => Listing::Status(s),
            PageId::Overdue => Listing::Overdue,
            PageId::CellList(c, p) => Listing::Cell(c, p),
            _ => return None,
        };
        Some((listing, 1))
    }

    /// Its page `n` (from 1).
    pub(crate) fn page(self, n: u32) -> PageId {
        match n {
            0 | 1 => self.first(),
            n => PageId::More(self, n),
        }
    }

    /// Whether it shows its commitments by status, with a heading for each.
    pub(crate) fn by_status(self) -> bool {
        matches!(
            self,
            Listing::All
                | Listing::Country(_)
                | Listing::Pillar(_)
                | Listing::Meeting(_)
                | Listing::Overdue
        )
    }

    /// Whether its cards name each commitment's country: not on the country's own page.
    pub(crate) fn shows_country(self) -> bool {
        !matches!(self, Listing::Country(_))
    }

    /// Its commitments, in the site's order (a page sorts them for its language).
    pub(crate) fn members(self, site: &Site) -> Vec<CommitmentId> {
        let config = &site.config;
        match self {
            Listing::All => site.commitments.ids().collect(),
            Listing::Country(i) => site.commitments_where(|c| c.country == i),
            Listing::Pillar(i) => site.commitments_where(|c| c.pillars.contains(&i)),
            Listing::Meeting(i) => site.commitments_where(|c| c.meeting == Some(i)),
            Listing::Recommendation(i) => {
                site.commitments_where(|c| c.recommendations.contains(&i))
            }
            Listing::Status(i) => site.commitments_where(|c| c.status(config) == i),
            Listing::Overdue => site.commitments_where(|c| is_overdue(c, config, site.today)),
            Listing::Cell(country, pillar) => {
                site.commitments_where(|c| c.country == country && c.pillars.contains(&pillar))
            }
        }
    }

    /// How many pages a list of `len` commitments takes: at least one, which says when the
    /// list is empty.
    pub(crate) fn pages_for(len: usize, per_page: usize) -> u32 {
        u32::try_from(len.div_ceil(per_page.max(1)).max(1)).unwrap_or(u32::MAX)
    }

    /// Every list the site shows that takes more than one page, with how many it takes, in
    /// a stable order.
    fn long(site: &Site) -> Vec<(Listing, u32)> {
        let config = &site.config;
        // One pass over the commitments counts every list's members.
        let mut counts: std::collections::HashMap<Listing, usize> = Default::default();
        for c in site.commitments.iter().map(|c| &c.facts) {
            let mut add = |listing: Listing| *counts.entry(listing).or_default() += 1;
            add(Listing::All);
            add(Listing::Country(c.country));
            c.pillars.iter().for_each(|&p| add(Listing::Pillar(p)));
            if let Some(m) = c.meeting {
                add(Listing::Meeting(m));
            }
            c.recommendations
                .iter()
                .for_each(|&r| add(Listing::Recommendation(r)));
            add(Listing::Status(c.status(config)));
            if is_overdue(c, config, site.today) {
                add(Listing::Overdue);
            }
            c.pillars
                .iter()
                .for_each(|&p| add(Listing::Cell(c.country, p)));
        }
        let mut long: Vec<(Listing, u32)> = counts
            .into_iter()
            .map(|(listing, n)| (listing, Listing::pages_for(n, config.per_page)))
            .filter(|&(_, pages)| pages > 1)
            .collect();
        long.sort_unstable_by_key(|&(listing, _)| listing);
        long
    }
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
        pages.extend([PageId::Offline, PageId::NotFound]);
        if site.config.search {
            pages.push(PageId::Search);
        }
        // For other sites only: search engines and copies read the entries' own pages.
        let embeddable = Section::ALL
            .into_iter()
            .flat_map(|section| site.keys(section))
            .filter(|&key| embeddable(key));
        pages.extend(embeddable.map(PageId::Embed));
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
            if has_index(site, section) {
                pages.push(PageId::Index(section));
            }
            pages.extend(site.keys(section).map(PageId::Entry));
            if section == Section::Countries {
                pages.extend(site.countries.ids().map(PageId::Report));
            }
        }
        pages.extend([
            PageId::Matrix(MatrixOrder::ByName),
            PageId::Matrix(MatrixOrder::ByCount),
        ]);
        pages.extend(site.config.statuses.ids().map(PageId::StatusList));
        pages.push(PageId::Overdue);
        if !site.record.is_empty() {
            pages.push(PageId::Changes);
        }
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
        for (listing, count) in Listing::long(site) {
            pages.extend((2..=count).map(|n| PageId::More(listing, n)));
        }
        pages
    }

    /// The path of a section's index, which needs no site.
    fn path_of_section(self) -> String {
        match self {
            PageId::Index(section) => format!("{section}/"),
            _ => unreachable!("only a section's index"),
        }
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
            PageId::Overdue => Section::Commitments.entry_path(OVERDUE),
            PageId::CellList(c, p) => {
                let (country, pillar) = (&site.countries[c].slug, &site.pillars[p].slug);
                format!("{folder}/{country}/{pillar}/")
            }
            PageId::More(listing, n) => format!("{}{MORE}/{n}/", listing.first().path(site)),
            PageId::Report(c) => format!("{}{REPORT}/", PageId::entry(c).path(site)),
            PageId::Embed(key) => format!("{}{EMBED}/", PageId::Entry(key).path(site)),
            PageId::Offline
            | PageId::NotFound
            | PageId::Downloads
            | PageId::Search
            | PageId::Data
            | PageId::Feeds
            | PageId::Translations
            | PageId::Changes
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
            PageId::Home
            | PageId::Index(_)
            | PageId::Entry(..)
            | PageId::Report(_)
            | PageId::Embed(_)
            | PageId::Overdue => None,
            PageId::Offline => Some("offline"),
            PageId::NotFound => Some("404"),
            PageId::Downloads => Some("downloads"),
            PageId::Search => Some("search"),
            PageId::Data => Some("data"),
            PageId::Feeds => Some("feeds"),
            PageId::Translations => Some("translations"),
            PageId::Changes => Some("changes"),
            PageId::Matrix(_) => Some("matrix"),
            PageId::StatusList(_) | PageId::CellList(..) => Some("lists"),
            PageId::More(listing, _) => listing.first().own_folder(),
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
                | PageId::Entry(
                    EntryKey::Country(_)
                        | EntryKey::Pillar(_)
                        | EntryKey::Meeting(_)
                        | EntryKey::Organisation(_)
                )
                | PageId::Matrix(_)
                | PageId::StatusList(_)
                | PageId::Overdue
                | PageId::Feeds
                | PageId::Report(_)
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
            PageId::CellList(country, _) | PageId::Report(country) => PageId::entry(country),
            PageId::Embed(key) => PageId::Entry(key).share_image_page(site),
            PageId::More(listing, _) => listing.first().share_image_page(site),
            _ => PageId::Home,
        }
    }

    /// The path of the page's share image below the language folder, beside the page
    /// (`countries/cl/share.png`).
    pub(crate) fn share_image(self, site: &Site) -> String {
        format!("{}{SHARE_IMAGE}", self.path(site))
    }

    /// The path of the entry `key`'s status badge below the language folder, beside its page
    /// (`countries/cl/badge.svg`).
    pub(crate) fn badge(key: EntryKey, site: &Site) -> String {
        format!("{}{BADGE}", PageId::Entry(key).path(site))
    }

    /// Whether the page has an Atom feed of its own.
    pub(crate) fn has_feed(self) -> bool {
        matches!(
            self,
            PageId::Home
                | PageId::Changes
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

/// Whether `section` has an index page: the free pages only when the footer cannot list
/// them all, the organisations only when there are some (a tracker without assessors has
/// nothing to say of them); every other section always.
pub(crate) fn has_index(site: &Site, section: Section) -> bool {
    match section {
        Section::Pages => has_pages_index(site),
        Section::Organisations => site.organisations.len() > 0,
        _ => true,
    }
}

/// The full address of `path` below the language `lang` (`https://example.org/lad/fr/countries/cl/`),
/// for what is read away from the site: feeds, open data, sitemaps, calendars, canonical links.
pub(crate) fn absolute(site: &Site, lang: &str, path: &str) -> String {
    format!("{}{}/{}", site.config.base_url, lang, path)
}

/// One page of each of the site's own kinds: only its kind names a folder, so the indices
/// are placeholders. A test checks that every page a site has is of one of these kinds.
const OWN_PAGES: [PageId; 11] = [
    PageId::Offline,
    PageId::NotFound,
    PageId::Downloads,
    PageId::Search,
    PageId::Data,
    PageId::Feeds,
    PageId::Translations,
    PageId::Changes,
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

/// The index of every commitment of a language, which the commitments' filter loads when a
/// reader first uses it, beside the commitments' pages: every page of the list shows only
/// `[lists] per_page` of them.
pub(crate) fn list_index() -> String {
    format!(
        "{}index.json",
        PageId::Index(Section::Commitments).path_of_section()
    )
}

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

/// A language's Data Package descriptor, beside its tables' files.
pub(crate) fn data_package(lang: &str) -> String {
    let folder = PageId::Data.own_folder().unwrap_or_default();
    format!("{lang}/{folder}/datapackage.json")
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
/// of the free pages (`fr/pages/`, when there are enough of them), the list of the
/// organisations (`fr/organisations/`, when there are some), the record of changes
/// (`fr/changes/`, made from the entries' history, when they have one), the later parts of a
/// language's sitemap (`sitemap-fr-2.xml`), the later pages of a long list
/// (`fr/commitments/page/2/`).
pub(crate) fn made_from_facts(config: &Config, path: &str) -> bool {
    let lists = PageId::CellList(CountryId::FIRST, PillarId::FIRST).own_folder();
    match path.split_once('/') {
        Some((lang, rest)) if config.languages.iter().any(|l| l.code == lang) => {
            let folder = rest.split('/').next().unwrap_or_default();
            // A later page of a long list: `commitments/page/2/`, `countries/cl/page/3/`.
            let parts: Vec<&str> = rest.split('/').collect();
            let more = parts
                .windows(2)
                .any(|w| w[0] == MORE && w[1].parse::<u32>().is_ok_and(|n| n > 1));
            let organisations = folder == Section::Organisations.name()
                && matches!(parts.get(1..), Some([] | [""] | ["index.html"]));
            let changes = Some(folder) == PageId::Changes.own_folder();
            Some(folder) == lists
                || folder == Section::Pages.name()
                || organisations
                || changes
                || more
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
/// page would take that address (`content/pages/search.md`, `/<lang>/search/`); and for a
/// commitment named after the list of overdue commitments ([`OVERDUE`]).
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
    if let Some(commitment) = entries
        .iter()
        .find(|e| e.section == Section::Commitments && canonical(&e.lang) && e.slug == OVERDUE)
    {
        diags.push(
            Diagnostic::error(format!(
                "the commitment `{OVERDUE}` would take the address of the site's list of overdue commitments, `commitments/{OVERDUE}/`"
            ))
            .in_file(&commitment.file)
            .help(format!("rename the file and its translations, e.g. `{OVERDUE}-payments.md`")),
        );
    }
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

    #[test]
    fn a_list_takes_as_many_pages_as_its_cards_fill_and_at_least_one() {
        assert_eq!(Listing::pages_for(0, 50), 1);
        assert_eq!(Listing::pages_for(50, 50), 1);
        assert_eq!(Listing::pages_for(51, 50), 2);
        assert_eq!(Listing::pages_for(10_000, 50), 200);
        assert_eq!(Listing::pages_for(3, 0), 3, "no page of no commitment");
    }

    /// The later pages of a list are below its first, and a page knows its list and number.
    #[test]
    fn a_later_page_of_a_list_is_below_its_first() {
        let prepared = crate::build::example();
        let site = &prepared.site;
        let all = Listing::All;
        assert_eq!(all.page(1), PageId::Index(Section::Commitments));
        assert_eq!(all.page(3).path(site), "commitments/page/3/");
        assert_eq!(Listing::of(all.page(3)), Some((all, 3)));
        assert_eq!(Listing::of(all.page(1)), Some((all, 1)));
        let country = Listing::Country(CountryId::FIRST);
        let first = country.first().path(site);
        assert_eq!(country.page(2).path(site), format!("{first}page/2/"));
        assert_eq!(Listing::of(PageId::Search), None);
        assert!(made_from_facts(
            &site.config,
            "fr/commitments/page/2/index.html"
        ));
        assert!(made_from_facts(&site.config, "fr/countries/cl/page/12/"));
        assert!(!made_from_facts(&site.config, "fr/commitments/page/"));
    }

    /// Every page of the example site is the home page, an index, an entry's, the list of
    /// overdue commitments (in the commitments' folder, whose name no commitment may take),
    /// or of one of [`OWN_PAGES`]' kinds, and its path starts with its own folder.
    #[test]
    fn every_own_page_is_under_a_folder_no_free_page_may_take() {
        let prepared = crate::build::example();
        let site = &prepared.site;
        let own = own_folders();
        for page in PageId::all(site) {
            let Some(folder) = page.own_folder() else {
                assert!(matches!(
                    page,
                    PageId::Home
                        | PageId::Index(_)
                        | PageId::Entry(..)
                        | PageId::More(..)
                        | PageId::Report(_)
                        | PageId::Embed(_)
                        | PageId::Overdue
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
                "changes",
                "matrix",
                "lists",
                "pagefind"
            ]
        );
    }
}
