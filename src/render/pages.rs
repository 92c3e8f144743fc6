//! What each page's template receives as `page`: one typed view per kind of page
//! ([`PageView`]), made from the presentation layer ([`Lens`]). Every field is named here,
//! and `docs/theming.md` says what each holds (a test holds the two together).
//!
//! Invariant: a view holds final text (in the page's language or marked with its own),
//! links still marked for resolving ([`crate::addresses::mark`]), and HTML only where a
//! field says so (`body`, `cards`, `chart`, `svg`).

use serde::Serialize;

use super::cards::{self, StatusGroup};
use super::changes::{ChangesView, RecordView, changes_view, record_view};
use crate::addresses::{
    LinkStyle, Listing, MatrixOrder, PageId, absolute, embeddable, free_pages, has_pages_index,
};
use crate::charts;
use crate::cite::{self, Citation};
use crate::content::Section;
use crate::i18n::Arg;
use crate::model::{
    Commitment, CommitmentId, ContentDate, CountryId, Entry, EntryKey, OrganisationKind, Origin,
    RecommendationId, Site, Update,
};
use crate::present::{
    DateView, IndicatorView, LatestUpdate, Lens, Link, MeetingCard, RecommendationCard,
    RecommendationGroup, StatusView, TallyView, Txt, UpdateView, roman, sort_key,
};
use crate::progress::Views;

/// What pages show besides the content: the offline copies and open data files the build
/// made, and the theme's map layout.
#[derive(Debug)]
pub(crate) struct Attachments<'a> {
    /// Known once the copies are made: the download pages are rendered last.
    pub(crate) downloads: Vec<crate::copies::Download>,
    /// Known once the data files are made; only the data page lists them.
    pub(crate) data: Vec<crate::data::DataFile>,
    pub(crate) map: &'a crate::map::Layout,
    /// What draws the share images, whose colours the manifest names too.
    pub(crate) painter: &'a crate::share::Painter,
    pub(crate) translations: &'a crate::translations::Report,
    /// The static files' published names.
    pub(crate) assets: &'a crate::assets::Assets,
    /// What earlier builds made: the pages, the share images.
    pub(crate) memo: &'a crate::cache::Memo,
}

/// The `page` of each template, by the page's kind; the offline and not-found pages have none.
#[derive(Serialize)]
#[serde(untagged)]
pub(crate) enum PageView {
    None,
    Home(HomeView),
    Search(SearchView),
    Matrix(MatrixView),
    List(ListView),
    Data(DataView),
    Feeds(FeedsView),
    Translations(TranslationsView),
    Changes(ChangesView),
    Downloads(DownloadsView),
    Countries(CountriesView),
    Pillars(PillarsView),
    Commitments(CommitmentsView),
    Meetings(MeetingsView),
    Recommendations(RecommendationsView),
    Organisations(OrganisationsView),
    Pages(PagesView),
    Country(EntryView<CountryView>),
    Pillar(EntryView<PillarView>),
    Commitment(Box<EntryView<CommitmentView>>),
    Report(ReportView),
    Embed(EmbedView),
    Meeting(EntryView<MeetingView>),
    Recommendation(EntryView<RecommendationView>),
    Organisation(EntryView<OrganisationView>),
    Page(EntryView<FreePageView>),
}

/// `home.html`: the site's figures and its latest updates.
#[derive(Serialize)]
pub(crate) struct HomeView {
    /// Every commitment by status, with its chart.
    pub(crate) tally: TallyView,
    /// The ten most recent updates, newest first.
    pub(crate) latest: Vec<LatestUpdate>,
    /// How many entries each section has, in words.
    pub(crate) counts: Counts,
}

/// How many entries each section has, in words ("12 countries").
#[derive(Serialize)]
pub(crate) struct Counts {
    /// How many countries, in words.
    pub(crate) countries: String,
    /// How many pillars, in words.
    pub(crate) pillars: String,
    /// How many commitments, in words.
    pub(crate) commitments: String,
    /// How many meetings, in words.
    pub(crate) meetings: String,
    /// How many recommendations, in words.
    pub(crate) recommendations: String,
}

/// `search.html`: the search index (in a published site), the choices of its filters, and
/// the indexes that lead to every entry without it.
#[derive(Serialize)]
pub(crate) struct SearchView {
    /// The folder of the language's Pagefind index; none in a copy read from disk.
    pub(crate) bundle: Option<String>,
    /// The list of the index's files, for the service worker to keep.
    pub(crate) files: String,
    /// The choices of the search's filters (countries, pillars).
    pub(crate) filter: FilterView,
    /// The statuses, to filter by.
    pub(crate) statuses: Vec<Choice>,
    /// The indexes that lead to every entry without the search.
    pub(crate) indexes: Vec<Link>,
}

/// The choices of the commitments' filter: countries that have commitments, by name, and
/// pillars in order.
#[derive(Serialize)]
pub(crate) struct FilterView {
    /// The countries that have commitments, by name.
    pub(crate) countries: Vec<Choice>,
    /// The pillars, in order, each labelled with its numeral.
    pub(crate) pillars: Vec<Choice>,
}

/// One choice of a filter: the value a form sends (a slug, a status id) and its label.
#[derive(Serialize)]
pub(crate) struct Choice {
    /// What the filter matches: a country's or pillar's slug, a status's id.
    pub(crate) value: String,
    /// What readers see.
    pub(crate) label: String,
}

/// `matrix.html`: countries (rows) × pillars (columns), each cell the commitments of that
/// country under that pillar, counted by status.
#[derive(Serialize)]
pub(crate) struct MatrixView {
    /// The columns: every pillar, in order.
    pub(crate) pillars: Vec<NumberedLink>,
    /// The rows: every country, in this page's order.
    pub(crate) rows: Vec<MatrixRow>,
    /// The orders the rows are offered in, each a page.
    pub(crate) orders: Vec<Order>,
    /// Every status, in `site.toml`'s order, for the legend.
    pub(crate) statuses: Vec<StatusView>,
}

/// A pillar, with its Roman numeral.
#[derive(Serialize)]
pub(crate) struct NumberedLink {
    /// Its Roman numeral.
    pub(crate) number: String,
    /// The pillar.
    pub(crate) link: Link,
}

/// A country's row of the matrix.
#[derive(Serialize)]
pub(crate) struct MatrixRow {
    /// The country.
    pub(crate) country: Link,
    /// The country's commitments, under every pillar.
    pub(crate) total: usize,
    /// One per pillar, in the pillars' order.
    pub(crate) cells: Vec<MatrixCell>,
}

/// The commitments of one country under one pillar.
#[derive(Serialize)]
pub(crate) struct MatrixCell {
    /// How many.
    pub(crate) total: usize,
    /// The list of the cell's commitments; none for an empty cell.
    pub(crate) href: Option<String>,
    /// The statuses the cell's commitments have, with how many have each.
    pub(crate) statuses: Vec<StatusTotal>,
    /// The same as a small bar (SVG, hidden from screen readers).
    pub(crate) bar: String,
    /// Its shade, 0 (empty) to 4 (as many as the fullest cell): `total` on a scale.
    pub(crate) heat: usize,
}

/// How many commitments of a cell have one status.
#[derive(Serialize)]
pub(crate) struct StatusTotal {
    /// The status.
    pub(crate) status: StatusView,
    /// How many.
    pub(crate) count: usize,
}

/// An order the matrix is offered in.
#[derive(Serialize)]
pub(crate) struct Order {
    /// Its name ("by name", "by number of commitments").
    pub(crate) title: String,
    /// The matrix in that order.
    pub(crate) href: String,
    /// Whether it is this page's order.
    pub(crate) current: bool,
}

/// `list.html`: the commitments of one status, or of one cell of the matrix; and the
/// pages past the first of every long list (`commitments/page/2/`, `countries/cl/page/2/`).
#[derive(Serialize)]
pub(crate) struct ListView {
    /// The cards of this page of the list, rendered by `card.html` (HTML); empty on a
    /// page of a list by status, which has `groups`.
    pub(crate) cards: String,
    /// On a later page of a list by status (all commitments, a country's, a pillar's, a
    /// meeting's): this page's cards by status; otherwise none.
    pub(crate) groups: Vec<StatusGroup>,
    /// The list's first page, which says what the list is: on a later page of a list.
    pub(crate) first: Option<Link>,
    /// What puts a commitment on the list, when its title alone does not say (overdue).
    pub(crate) about: Option<String>,
}

/// `data.html`: each table with its files in this language, its schema and what each column
/// holds; then the zip of everything.
#[derive(Serialize)]
pub(crate) struct DataView {
    /// Every table, with its files in this language.
    pub(crate) tables: Vec<TableView>,
    /// The zip of every table in every language and format.
    pub(crate) all: Option<FileLink>,
    /// The Data Package descriptor of this language's tables.
    pub(crate) package: String,
    /// The licence of the data, as `site.toml` names it.
    pub(crate) licence: Option<LicenceView>,
}

/// The licence of the open data.
#[derive(Serialize)]
pub(crate) struct LicenceView {
    /// Its name (`CC BY 4.0`).
    pub(crate) name: String,
    /// The address of its text, when known.
    pub(crate) href: Option<String>,
}

/// An open-data table.
#[derive(Serialize)]
pub(crate) struct TableView {
    /// Its name in the files (`commitments`).
    pub(crate) name: &'static str,
    /// Its name, in the page's language.
    pub(crate) title: String,
    /// Its files in this language (CSV, JSON).
    pub(crate) files: Vec<DataFileLink>,
    /// Its Table Schema (JSON).
    pub(crate) schema: String,
    /// What each column holds.
    pub(crate) columns: Vec<ColumnView>,
}

/// One file of an open-data table.
#[derive(Serialize)]
pub(crate) struct DataFileLink {
    /// `CSV`, `JSON`.
    pub(crate) format: String,
    /// The file.
    pub(crate) href: String,
    /// Its format and size, in words ("CSV, 12 KB").
    pub(crate) size: String,
}

/// A file to download.
#[derive(Serialize)]
pub(crate) struct FileLink {
    /// The file.
    pub(crate) href: String,
    /// Its format and size, in words ("zip, 12 KB").
    pub(crate) size: String,
}

/// A column of an open-data table.
#[derive(Serialize)]
pub(crate) struct ColumnView {
    /// Its name in the files (the same in every language).
    pub(crate) name: &'static str,
    /// What it holds, in the page's language.
    pub(crate) description: String,
}

/// `translations.html`: every language's coverage, then what the reader's language still
/// needs, entry by entry, with the files to edit.
#[derive(Serialize)]
pub(crate) struct TranslationsView {
    /// The name of the language the others are translated from.
    pub(crate) source: String,
    /// Every language's coverage.
    pub(crate) languages: Vec<Coverage>,
    /// None for the source language.
    pub(crate) mine: Option<ToTranslate>,
}

/// How much of the site a language has, in whole percents rounded down.
#[derive(Serialize)]
pub(crate) struct Coverage {
    /// The language's code.
    pub(crate) code: String,
    /// The language's name in itself.
    pub(crate) name: String,
    /// `ltr` or `rtl`.
    pub(crate) dir: &'static str,
    /// The translation page in that language.
    pub(crate) href: String,
    /// The feed of what that language's translators have to do.
    pub(crate) feed: String,
    /// Of the interface's messages.
    pub(crate) messages: usize,
    /// Of the entries, translated at all.
    pub(crate) translated: usize,
    /// Of the entries, translated from their current text.
    pub(crate) up_to_date: usize,
    /// How many translations are out of date.
    pub(crate) outdated: usize,
}

/// What the page's language still needs from its translators.
#[derive(Serialize)]
pub(crate) struct ToTranslate {
    /// The language's name in itself.
    pub(crate) name: String,
    /// The feed of what its translators have to do.
    pub(crate) feed: String,
    /// The language's `.ftl` file.
    pub(crate) messages_file: String,
    /// The ids of the messages it lacks.
    pub(crate) messages: Vec<String>,
    /// Translations made before their original changed.
    pub(crate) outdated: Vec<TranslationItem>,
    /// Entries not translated yet.
    pub(crate) missing: Vec<TranslationItem>,
    /// Translations that do not say which text they were made from.
    pub(crate) unrecorded: Vec<TranslationItem>,
}

/// An entry for translators to translate.
#[derive(Serialize)]
pub(crate) struct TranslationItem {
    /// Its title, in the original.
    pub(crate) title: Txt,
    /// The original's page.
    pub(crate) href: String,
    /// The translation's file, to edit or create.
    pub(crate) file: String,
    /// The original's file.
    pub(crate) source: String,
    /// What the translation's `translated_from` should say.
    pub(crate) fingerprint: String,
}

/// `feeds.html`: every feed of the site in this language, by what it follows, each with its
/// full address to copy into a feed reader.
#[derive(Serialize)]
pub(crate) struct FeedsView {
    /// The site's own (its feed, the meetings' calendar, the translators' feed), then the
    /// countries', the pillars' and the commitments'.
    pub(crate) groups: Vec<FeedGroup>,
}

/// Feeds of one kind.
#[derive(Serialize)]
pub(crate) struct FeedGroup {
    /// What they follow (`countries`), for ids.
    pub(crate) id: &'static str,
    /// What they follow, in words.
    pub(crate) title: String,
    /// The feeds, countries and commitments by name.
    pub(crate) feeds: Vec<FeedAddress>,
    /// Where the feeds are instead, when they are too many to list (the commitments', past
    /// `[lists] per_page` of them), in words; none when `feeds` lists them.
    pub(crate) elsewhere: Option<String>,
}

/// A feed, or the calendar, and its address.
#[derive(Serialize)]
pub(crate) struct FeedAddress {
    /// What it follows.
    pub(crate) title: Txt,
    /// The feed.
    pub(crate) href: String,
    /// Its media type (`application/atom+xml`, `text/calendar`).
    pub(crate) media_type: &'static str,
    /// Its full address, for a feed reader.
    pub(crate) address: String,
}

/// `downloads.html`: the offline copy of each language.
#[derive(Serialize)]
pub(crate) struct DownloadsView {
    /// The copy of each language.
    pub(crate) copies: Vec<CopyLink>,
}

/// The offline copy of one language.
#[derive(Serialize)]
pub(crate) struct CopyLink {
    /// The language's code.
    pub(crate) lang: String,
    /// The language's name in itself.
    pub(crate) name: String,
    /// `ltr` or `rtl`.
    pub(crate) dir: &'static str,
    /// The zip.
    pub(crate) href: String,
    /// Its format and size, in words ("zip, 812 KB").
    pub(crate) size: String,
}

/// `countries.html`: the map, then every country with its tally, by name.
#[derive(Serialize)]
pub(crate) struct CountriesView {
    /// The map of the countries.
    pub(crate) map: MapView,
    /// Every country, by name.
    pub(crate) countries: Vec<CountryRow>,
}

/// The tile-grid map of the countries, each tile with a bar of its commitments by status.
#[derive(Serialize)]
pub(crate) struct MapView {
    /// The map (SVG).
    pub(crate) svg: String,
    /// What each colour means: the statuses, in `site.toml`'s order.
    pub(crate) legend: Vec<StatusView>,
    /// What a tile without a bar means, in words.
    pub(crate) empty: String,
}

/// A country on the countries' index.
#[derive(Serialize)]
pub(crate) struct CountryRow {
    /// The country.
    pub(crate) link: Link,
    /// Its commitments counted by status.
    pub(crate) tally: TallyView,
}

/// `pillars.html`: every pillar in order, with its tally.
#[derive(Serialize)]
pub(crate) struct PillarsView {
    /// Every pillar, in order.
    pub(crate) pillars: Vec<PillarRow>,
}

/// A pillar on the pillars' index.
#[derive(Serialize)]
pub(crate) struct PillarRow {
    /// The pillar.
    pub(crate) link: Link,
    /// Its Roman numeral.
    pub(crate) number: String,
    /// Its summary.
    pub(crate) summary: Option<Txt>,
    /// Its commitments counted by status.
    pub(crate) tally: TallyView,
}

/// `commitments.html`: every commitment by status, with the filter and the ways to the
/// matrix and the status lists.
#[derive(Serialize)]
pub(crate) struct CommitmentsView {
    /// The choices of the list's filter (countries, pillars).
    pub(crate) filter: FilterView,
    /// The matrix of countries × pillars.
    pub(crate) matrix: String,
    /// Each status, with the list of the commitments that have it.
    pub(crate) statuses: Vec<StatusLink>,
    /// The list of overdue commitments, and how many there are (the filter offers to show
    /// only them when there are some).
    pub(crate) overdue: CountedLink,
    /// Every commitment counted by status, with its chart.
    pub(crate) tally: TallyView,
    /// The commitments on this page of the list (the first `[lists] per_page`), by status;
    /// `pager` leads to the others.
    pub(crate) groups: Vec<StatusGroup>,
    /// The index of every commitment (JSON), which the filter loads when a reader first
    /// uses it, on a published site whose list takes more than one page; none when the
    /// page shows every commitment, and the filter hides the others' cards.
    pub(crate) index: Option<String>,
}

/// A list of commitments, and how many it has.
#[derive(Serialize)]
pub(crate) struct CountedLink {
    /// The list's first page.
    pub(crate) href: String,
    /// How many commitments it has.
    pub(crate) count: usize,
}

/// The list of the commitments with a status.
#[derive(Serialize)]
pub(crate) struct StatusLink {
    /// The status.
    pub(crate) status: StatusView,
    /// The list of the commitments that have it.
    pub(crate) href: String,
    /// How many have it.
    pub(crate) count: usize,
}

/// `meetings.html`: every meeting, newest first, and the calendar to subscribe to.
#[derive(Serialize)]
pub(crate) struct MeetingsView {
    /// Every meeting, newest first.
    pub(crate) meetings: Vec<MeetingCard>,
    /// The calendar of every meeting (iCalendar), to subscribe to.
    pub(crate) calendar: String,
}

/// `recommendations.html`: every recommendation, by the meeting or document that made it.
#[derive(Serialize)]
pub(crate) struct RecommendationsView {
    /// Every recommendation, by the meeting or document that made it, newest first.
    pub(crate) groups: Vec<RecommendationGroup>,
}

/// `pages.html`: the free pages, by title, when there are more than the footer lists.
#[derive(Serialize)]
pub(crate) struct PagesView {
    /// Every free page that is not a source document, by title.
    pub(crate) pages: Vec<PageRow>,
}

/// `organisations.html`: who reports on and assesses the commitments, by kind.
#[derive(Serialize)]
pub(crate) struct OrganisationsView {
    /// Governments, then civil society, then international organisations; a kind without
    /// any is left out.
    pub(crate) groups: Vec<OrganisationGroup>,
}

/// The organisations of one kind.
#[derive(Serialize)]
pub(crate) struct OrganisationGroup {
    /// The kind, as content files write it, for ids and classes.
    pub(crate) kind: &'static str,
    /// The kind, in words.
    pub(crate) title: String,
    /// By name.
    pub(crate) organisations: Vec<OrganisationRow>,
}

/// An organisation on the organisations' index.
#[derive(Serialize)]
pub(crate) struct OrganisationRow {
    /// Its page.
    pub(crate) link: Link,
    /// Its summary.
    pub(crate) summary: Option<Txt>,
    /// How many updates it assessed, in words.
    pub(crate) assessed: String,
}

/// A free page on the pages' index.
#[derive(Serialize)]
pub(crate) struct PageRow {
    /// The page.
    pub(crate) link: Link,
    /// Its summary.
    pub(crate) summary: Option<Txt>,
}

/// An entry's page: what every entry shows ([`TextView`]), then what its kind adds.
#[derive(Serialize)]
pub(crate) struct EntryView<K> {
    #[serde(flatten)]
    pub(crate) text: TextView,
    #[serde(flatten)]
    pub(crate) kind: K,
}

/// What every entry's page shows: its title, summary, body, the notices about its
/// translation, the day it last changed.
#[derive(Serialize)]
pub(crate) struct TextView {
    /// The section's name (`countries`, …).
    pub(crate) section: &'static str,
    /// Its title.
    pub(crate) title: Txt,
    /// Its summary.
    pub(crate) summary: Option<Txt>,
    /// The body (HTML).
    pub(crate) body: Option<Txt>,
    /// The notice of an unofficial translation, with the link to the original.
    pub(crate) unofficial: Option<Link>,
    /// The notice of a translation made before its original changed.
    pub(crate) outdated: Option<Link>,
    /// "Last changed …": the day its page in this language last changed, when known.
    pub(crate) changed: Option<DateView>,
    /// The commits that changed its files, when the site's history has some.
    pub(crate) record: Option<RecordView>,
    /// How to cite the page.
    pub(crate) cite: CiteView,
    /// How other sites show it (its badge and its card), for a commitment, a country or a
    /// pillar of the published site.
    pub(crate) embed: Option<EmbedLinks>,
}

/// "Embed this": the entry's badge and card, and the HTML that shows each on another site.
#[derive(Serialize)]
pub(crate) struct EmbedLinks {
    /// The badge (`badge.svg`), for the page's own view of it.
    pub(crate) badge: String,
    /// What the badge says, in words: its `alt`.
    pub(crate) alt: String,
    /// The HTML of the badge linked to the page, with full addresses, to copy.
    pub(crate) badge_html: String,
    /// The card (`embed/`).
    pub(crate) card: String,
    /// The HTML of a frame that shows the card, with its full address, to copy.
    pub(crate) card_html: String,
}

/// `embed.html`: the card of a commitment, a country or a pillar that other sites put in a
/// frame. It stands alone (no header, menu or script) and loads only the site's stylesheets.
#[derive(Serialize)]
pub(crate) struct EmbedView {
    /// What the title is: a commitment's country, a pillar's number.
    pub(crate) kicker: Option<Txt>,
    /// The entry's title.
    pub(crate) title: Txt,
    /// Its page, which the card's links open outside the frame.
    pub(crate) href: String,
    /// A commitment's status.
    pub(crate) status: Option<StatusView>,
    /// A commitment past its due date and not done.
    pub(crate) overdue: bool,
    /// "Due …": a commitment's due date, when its source states one.
    pub(crate) due: Option<DateView>,
    /// "Last update …": the day of a commitment's latest update.
    pub(crate) updated: Option<String>,
    /// A country's or a pillar's commitments counted by status, with their bar.
    pub(crate) tally: Option<TallyView>,
    /// "Full record on …": the words of the link to the page, naming the tracker.
    pub(crate) more: String,
}

/// How to cite an entry's page: the citation in words, in the page's language (the tracker
/// as author, the title, the day the page last changed, its address, the day of access), and
/// the addresses of the same as BibTeX and CSL-JSON, beside the page.
#[derive(Serialize)]
pub(crate) struct CiteView {
    /// The citation in words, in the page's language.
    pub(crate) text: String,
    /// The address of `citation.bib`.
    pub(crate) bibtex: String,
    /// The address of `citation.json`.
    pub(crate) csl_json: String,
}

/// `country.html`.
#[derive(Serialize)]
pub(crate) struct CountryView {
    /// Its commitments counted by status, with the chart.
    pub(crate) tally: TallyView,
    /// Its commitments by status, the first `[lists] per_page` of them (`pager` leads to the
    /// others); the cards do not repeat the country.
    pub(crate) groups: Vec<StatusGroup>,
    /// The meetings it took part in, newest first.
    pub(crate) meetings: Vec<MeetingCard>,
    /// The recommendations addressed to it.
    pub(crate) recommendations: Vec<RecommendationGroup>,
    /// Its report: its commitments in full, to print.
    pub(crate) report: String,
}

/// `pillar.html`.
#[derive(Serialize)]
pub(crate) struct PillarView {
    /// Its Roman numeral.
    pub(crate) number: String,
    /// Its commitments counted by status, with the chart.
    pub(crate) tally: TallyView,
    /// Its commitments, by status, the first `[lists] per_page` of them (`pager` leads to
    /// the others).
    pub(crate) groups: Vec<StatusGroup>,
}

/// `commitment.html`.
#[derive(Serialize)]
pub(crate) struct CommitmentView {
    /// Its status: its latest update's.
    pub(crate) status: StatusView,
    /// "Not verified since …", when it has gone without an update too long.
    pub(crate) stale: Option<String>,
    /// The day it was made.
    pub(crate) date: DateView,
    /// The day, month or year it must be done by, when its source states one.
    pub(crate) due: Option<DateView>,
    /// Past its due date and not done.
    pub(crate) overdue: bool,
    /// The list of overdue commitments, beside the mark that says it is one.
    pub(crate) overdue_href: String,
    /// The institutions that must deliver it.
    pub(crate) responsible: Vec<Txt>,
    /// Its government's latest report and the latest independent assessment, when they
    /// disagree.
    pub(crate) views: Option<TwoViews>,
    /// The country that made it.
    pub(crate) country: Link,
    /// The pillars it serves.
    pub(crate) pillars: Vec<Link>,
    /// The meeting it was made at.
    pub(crate) meeting: Option<Link>,
    /// The recommendations it answers.
    pub(crate) recommendations: Vec<RecommendationCard>,
    /// Newest first.
    pub(crate) updates: Vec<UpdateView>,
    /// How its progress is measured.
    pub(crate) indicators: Vec<IndicatorView>,
}

/// `report.html`: a country's commitments in full, laid out for print (A4), each from a new
/// sheet, every sheet headed with the report's title and footed with its address and the day
/// it was made.
#[derive(Serialize)]
pub(crate) struct ReportView {
    /// Its commitments counted by status, with the chart.
    pub(crate) tally: TallyView,
    /// "Made on …": the day of the build, which the report is true at.
    pub(crate) made: String,
    /// Its commitments, in the order of the country's page.
    pub(crate) commitments: Vec<ReportedCommitment>,
}

/// A commitment in a country's report: its text and what its page shows, whose ids start
/// with its own.
#[derive(Serialize)]
pub(crate) struct ReportedCommitment {
    /// Its id in the report, which the contents link to.
    pub(crate) anchor: String,
    /// Its title.
    pub(crate) title: Txt,
    /// Its summary.
    pub(crate) summary: Option<Txt>,
    /// Its page.
    pub(crate) href: String,
    /// Its page's full address, which the printed report shows.
    pub(crate) address: String,
    /// What its page shows.
    #[serde(flatten)]
    pub(crate) facts: CommitmentView,
}

/// `meeting.html`.
#[derive(Serialize)]
pub(crate) struct MeetingView {
    /// Its days, in words.
    pub(crate) dates: String,
    /// Its first day, as `YYYY-MM-DD`, for `<time datetime>`.
    pub(crate) start_iso: String,
    /// Where it was held.
    pub(crate) place: Option<Txt>,
    /// Who organised it.
    pub(crate) organisers: Option<Txt>,
    /// The countries present.
    pub(crate) countries: Vec<Link>,
    /// Its documents, kept elsewhere.
    pub(crate) documents: Vec<DocumentLink>,
    /// The commitments made there, by status, the first `[lists] per_page` of them
    /// (`pager` leads to the others).
    pub(crate) commitments: Vec<StatusGroup>,
    /// The recommendations it made.
    pub(crate) recommendations: Vec<RecommendationCard>,
    /// How its own progress is measured.
    pub(crate) indicators: Vec<IndicatorView>,
    /// The calendar of every meeting.
    pub(crate) calendar: String,
}

/// A document of a meeting, kept elsewhere.
#[derive(Serialize)]
pub(crate) struct DocumentLink {
    /// Its title.
    pub(crate) title: String,
    /// Its address, elsewhere, when it is online.
    pub(crate) url: Option<String>,
}

/// `recommendation.html`.
#[derive(Serialize)]
pub(crate) struct RecommendationView {
    /// Its number in its source, when it has one.
    pub(crate) number: Option<u32>,
    /// Its theme.
    pub(crate) theme: Option<Txt>,
    /// The meeting or document that made it.
    pub(crate) source: Link,
    /// When it was made: the days of the meeting that made it, or its document's date.
    pub(crate) date: DateView,
    /// The countries it is addressed to.
    pub(crate) addressed_to: Vec<Link>,
    /// The cards of the commitments that answer it, the first `[lists] per_page` of them
    /// (`pager` leads to the others) (HTML).
    pub(crate) cards: String,
}

/// `organisation.html`: who it is and every update it assessed.
#[derive(Serialize)]
pub(crate) struct OrganisationView {
    /// What kind it is, as content files write it.
    pub(crate) kind: &'static str,
    /// What kind it is, in words.
    pub(crate) kind_label: String,
    /// Its own website.
    pub(crate) url: Option<String>,
    /// The latest `[lists] per_page` updates it assessed, newest first, each with its
    /// commitment.
    pub(crate) updates: Vec<LatestUpdate>,
    /// How many of how many it shows, and where the others are, when it does not show
    /// them all.
    pub(crate) more: Option<String>,
}

/// A commitment's government report and independent assessment, side by side, when they
/// give different statuses.
#[derive(Serialize)]
pub(crate) struct TwoViews {
    /// The latest update a government assessed.
    pub(crate) government: UpdateView,
    /// The latest update an organisation that is no government assessed.
    pub(crate) independent: UpdateView,
}

/// `page.html`: a free page, or a source document when it has a date.
#[derive(Serialize)]
pub(crate) struct FreePageView {
    /// The document's date; nothing for a free page.
    pub(crate) date: Option<DateView>,
    /// The recommendations the document made.
    pub(crate) recommendations: Vec<RecommendationCard>,
}

/// The page's title, its parent crumbs, and its view.
pub(crate) fn page_view(
    lists: &cards::Lists<'_>,
    page: PageId,
    attachments: &Attachments<'_>,
) -> tera::Result<(String, Vec<Link>, PageView)> {
    let lens = lists.lens;
    let site = lens.site;
    // Made only for the two pages that show every commitment: at 10,000 commitments it is
    // 80 KB, and the other 60,000 pages would each make it for nothing.
    let all = || -> Vec<CommitmentId> { site.commitments.ids().collect() };
    let commitments = || vec![index_link(lens, Section::Commitments)];
    Ok(match page {
        PageId::Home => {
            let all = all();
            let view = HomeView {
                tally: lens.tally_chart_of(&all, "chart-site"),
                latest: lens.latest_updates(&all, 10),
                counts: Counts {
                    countries: lens.count("country-count", site.countries.len()),
                    pillars: lens.count("pillar-count", site.pillars.len()),
                    commitments: lens.count("commitment-count", site.commitments.len()),
                    meetings: lens.count("meeting-count", site.meetings.len()),
                    recommendations: lens.count("recommendation-count", site.recommendations.len()),
                },
            };
            (lens.locale.text("site-title"), vec![], PageView::Home(view))
        }
        PageId::Offline => (lens.locale.text("offline-title"), vec![], PageView::None),
        PageId::NotFound => (lens.locale.text("not-found-title"), vec![], PageView::None),
        PageId::Search => (
            lens.locale.text("search-title"),
            vec![],
            PageView::Search(search_view(lens)),
        ),
        PageId::Matrix(order) => (
            lens.locale.text("matrix-title"),
            commitments(),
            PageView::Matrix(matrix_view(lens, order)),
        ),
        PageId::StatusList(_) | PageId::Overdue | PageId::CellList(..) => {
            let listing = Listing::of(page).expect("a list").0;
            let (title, parents) = heading(lens, listing);
            let shown = lists.page(listing, 1)?;
            let view = ListView {
                cards: shown.cards,
                groups: shown.groups,
                first: None,
                about: (listing == Listing::Overdue).then(|| overdue_explained(lens)),
            };
            (title, parents, PageView::List(view))
        }
        PageId::More(listing, n) => {
            let (list, mut parents) = heading(lens, listing);
            let shown = lists.page(listing, n)?;
            let title = lens
                .locale
                .format(
                    "list-page-title",
                    &[
                        ("list", Arg::Text(&list)),
                        ("page", Arg::Number(f64::from(n))),
                        ("pages", Arg::Number(f64::from(shown.count))),
                    ],
                )
                .unwrap_or_else(|_| format!("{list} ({n})"));
            let first = Link {
                title: lens.txt(lens.code(), list),
                href: lens.url(&listing.first().path(site)),
            };
            parents.push(Link {
                title: first.title.clone(),
                href: first.href.clone(),
            });
            let view = ListView {
                cards: shown.cards,
                groups: shown.groups,
                first: Some(first),
                about: None,
            };
            (title, parents, PageView::List(view))
        }
        PageId::Data => (
            lens.locale.text("data-title"),
            vec![],
            PageView::Data(data_view(lens, &attachments.data)),
        ),
        PageId::Feeds => (
            lens.locale.text("feeds-title"),
            vec![],
            PageView::Feeds(feeds_view(lens, attachments.translations)),
        ),
        PageId::Changes => (
            lens.locale.text("changes-title"),
            vec![],
            PageView::Changes(changes_view(lens)),
        ),
        PageId::Translations => (
            lens.locale.text("translations-title"),
            vec![],
            PageView::Translations(translations_view(lens, attachments.translations)),
        ),
        PageId::Downloads => (
            lens.locale.text("downloads-title"),
            vec![],
            PageView::Downloads(downloads_view(lens, &attachments.downloads)),
        ),
        PageId::Index(section) => {
            let title = lens.locale.text(&format!("nav-{section}"));
            (title, vec![], index_view(lists, section, attachments)?)
        }
        PageId::Embed(key) => (
            page_title(lens, key),
            vec![],
            PageView::Embed(embed_view(lens, key)),
        ),
        PageId::Report(country) => {
            let name = lens.title(&site.countries[country]).marked();
            let title = lens
                .locale
                .format("report-title", &[("country", Arg::Text(&name))])
                .unwrap_or(name);
            let parents = vec![
                index_link(lens, Section::Countries),
                lens.link(Section::Countries, &site.countries[country]),
            ];
            let view = report_view(lists, country);
            (title, parents, PageView::Report(view))
        }
        PageId::Entry(key) => {
            let title = page_title(lens, key);
            let has_index = match key {
                EntryKey::Page(page) => {
                    has_pages_index(site) && site.pages[page].facts.date.is_none()
                }
                _ => true,
            };
            let parents = if has_index {
                vec![index_link(lens, key.section())]
            } else {
                vec![]
            };
            (title, parents, entry_view(lists, key)?)
        }
    })
}

/// The title of the first page of `listing`, and the pages above it.
fn heading(lens: &Lens<'_>, listing: Listing) -> (String, Vec<Link>) {
    let site = lens.site;
    let commitments = || vec![index_link(lens, Section::Commitments)];
    match listing {
        Listing::All => (
            lens.locale.text(&format!("nav-{}", Section::Commitments)),
            vec![],
        ),
        Listing::Status(status) => {
            let label = lens.status(status).label;
            let title = lens
                .locale
                .format("list-status-title", &[("status", Arg::Text(&label))])
                .unwrap_or(label);
            (title, commitments())
        }
        Listing::Overdue => (lens.locale.text("overdue-title"), commitments()),
        Listing::Cell(country, pillar) => {
            let country_name = lens.title(&site.countries[country]).marked();
            let pillar_name = lens.title(&site.pillars[pillar]).marked();
            let title = lens
                .locale
                .format(
                    "list-cell-title",
                    &[
                        ("country", Arg::Text(&country_name)),
                        ("pillar", Arg::Text(&pillar_name)),
                    ],
                )
                .unwrap_or(country_name);
            let parents = vec![
                index_link(lens, Section::Commitments),
                lens.link(Section::Countries, &site.countries[country]),
            ];
            (title, parents)
        }
        Listing::Country(_)
        | Listing::Pillar(_)
        | Listing::Meeting(_)
        | Listing::Recommendation(_) => {
            let PageId::Entry(key) = listing.first() else {
                unreachable!("an entry's list is on the entry's page")
            };
            (page_title(lens, key), vec![index_link(lens, key.section())])
        }
    }
}

/// What makes a commitment overdue, and how many of the site's have a due date at all: a
/// site whose sources state no deadline has an empty list for that reason.
fn overdue_explained(lens: &Lens<'_>) -> String {
    let with_due = lens
        .site
        .commitments
        .iter()
        .filter(|c| c.facts.due.is_some())
        .count();
    lens.count("overdue-explained", with_due)
}

/// The longest description an entry's summary gives, in characters: about what search
/// engines and messaging apps show of one before they cut it themselves. The site's
/// description and the indexes' sentences are written for the purpose, and kept whole.
const DESCRIPTION: usize = 200;

/// What `page` is, in plain text: an entry's summary, shortened at a word when long; for the other
/// pages, a sentence of their own; the site's description where there is nothing better
/// (the home page, an entry without a summary).
pub(crate) fn page_description(lens: &Lens<'_>, page: PageId) -> String {
    let site = lens.site;
    let locale = lens.locale;
    let count = |id: &str, n: usize| lens.count(id, n);
    let commitments = |ids: &[CommitmentId]| count("commitment-count", ids.len());
    let described = match page {
        PageId::Entry(key) | PageId::Embed(key) => {
            let summary = site.entry(key).summary(lens.chain());
            summary.map(|(_, summary)| Ok(shortened(summary, DESCRIPTION)))
        }
        PageId::Index(Section::Countries) => {
            let countries = count("country-count", site.countries.len());
            Some(locale.format(
                "description-countries",
                &[("countries", Arg::Text(&countries))],
            ))
        }
        PageId::Index(Section::Pillars) => {
            let pillars = count("pillar-count", site.pillars.len());
            Some(locale.format("description-pillars", &[("pillars", Arg::Text(&pillars))]))
        }
        PageId::Index(Section::Commitments) => {
            let all = count("commitment-count", site.commitments.len());
            Some(locale.format(
                "description-commitments",
                &[("commitments", Arg::Text(&all))],
            ))
        }
        PageId::Index(Section::Meetings) => {
            let meetings = count("meeting-count", site.meetings.len());
            Some(locale.format(
                "description-meetings",
                &[("meetings", Arg::Text(&meetings))],
            ))
        }
        PageId::Index(Section::Recommendations) => {
            let recommendations = count("recommendation-count", site.recommendations.len());
            Some(locale.format(
                "description-recommendations",
                &[("recommendations", Arg::Text(&recommendations))],
            ))
        }
        PageId::Index(Section::Organisations) => {
            let organisations = count("organisation-count", site.organisations.len());
            Some(locale.format(
                "description-organisations",
                &[("organisations", Arg::Text(&organisations))],
            ))
        }
        PageId::Index(Section::Pages) => Some(Ok(locale.text("description-pages"))),
        PageId::Matrix(_) => Some(Ok(locale.text("description-matrix"))),
        PageId::StatusList(status) => {
            let mine = site.commitments_where(|c| c.status(&site.config) == status);
            let (label, mine) = (lens.status(status).label, commitments(&mine));
            Some(locale.format(
                "description-status-list",
                &[
                    ("status", Arg::Text(&label)),
                    ("commitments", Arg::Text(&mine)),
                ],
            ))
        }
        PageId::Overdue => Some(Ok(overdue_explained(lens))),
        PageId::CellList(country, pillar) => {
            let mine =
                site.commitments_where(|c| c.country == country && c.pillars.contains(&pillar));
            let country = lens.title(&site.countries[country]).marked();
            let pillar = lens.title(&site.pillars[pillar]).marked();
            let mine = commitments(&mine);
            Some(locale.format(
                "description-cell-list",
                &[
                    ("country", Arg::Text(&country)),
                    ("pillar", Arg::Text(&pillar)),
                    ("commitments", Arg::Text(&mine)),
                ],
            ))
        }
        PageId::Search => Some(Ok(locale.text("description-search"))),
        PageId::Data => Some(Ok(locale.text("description-data"))),
        PageId::Translations => Some(Ok(locale.text("description-translations"))),
        PageId::Changes => Some(Ok(locale.text("description-changes"))),
        PageId::Downloads => Some(Ok(locale.text("description-downloads"))),
        PageId::Feeds => Some(Ok(locale.text("description-feeds"))),
        PageId::Report(country) => {
            let name = lens.title(&site.countries[country]).marked();
            Some(locale.format("report-description", &[("country", Arg::Text(&name))]))
        }
        PageId::More(listing, _) => return page_description(lens, listing.first()),
        PageId::Home | PageId::Offline | PageId::NotFound => None,
    };
    described
        .and_then(Result::ok)
        .unwrap_or_else(|| locale.text("site-description"))
}

/// `text` with its spaces and line breaks made single spaces, and, when longer than `most`
/// characters, cut at the last word that fits, with an ellipsis.
pub(crate) fn shortened(text: &str, most: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let whole = words.join(" ");
    if whole.chars().count() <= most {
        return whole;
    }
    let mut out = String::new();
    for word in words {
        let length = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        // Room is kept for the ellipsis.
        if length + 1 > most {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        // One word longer than the whole: cut inside it.
        out = whole.chars().take(most - 1).collect();
    }
    let kept = out
        .trim_end_matches([',', ';', ':', '.', '·', '-', '–', '—'])
        .len();
    out.truncate(kept);
    out.push('…');
    out
}

/// The title of the entry at `i` of `section`, marked with its language when it is shown in
/// another.
pub(crate) fn page_title(lens: &Lens<'_>, key: EntryKey) -> String {
    lens.entry_title(key).marked()
}

/// A section's index.
fn index_view(
    lists: &cards::Lists<'_>,
    section: Section,
    attachments: &Attachments<'_>,
) -> tera::Result<PageView> {
    let lens = lists.lens;
    let site = lens.site;
    Ok(match section {
        Section::Countries => {
            let mut countries: Vec<CountryRow> = site
                .countries
                .enumerate()
                .map(|(i, country)| CountryRow {
                    link: lens.link(Section::Countries, country),
                    tally: lens.tally_of(&site.commitments_where(|c| c.country == i)),
                })
                .collect();
            countries.sort_by_cached_key(|row| sort_key(&row.link.title.text));
            PageView::Countries(CountriesView {
                map: map_view(lens, attachments.map),
                countries,
            })
        }
        Section::Pillars => PageView::Pillars(PillarsView {
            pillars: site
                .pillars
                .enumerate()
                .map(|(i, pillar)| PillarRow {
                    link: lens.link(Section::Pillars, pillar),
                    number: roman(pillar.facts.number),
                    summary: lens.summary(pillar),
                    tally: lens.tally_of(&site.commitments_where(|c| c.pillars.contains(&i))),
                })
                .collect(),
        }),
        Section::Commitments => {
            let all: Vec<CommitmentId> = site.commitments.ids().collect();
            let shown = lists.page(Listing::All, 1)?;
            PageView::Commitments(CommitmentsView {
                filter: filter_view(lens),
                matrix: lens.url(&PageId::Matrix(MatrixOrder::ByName).path(site)),
                statuses: site
                    .config
                    .statuses
                    .ids()
                    .map(|i| StatusLink {
                        status: lens.status(i),
                        href: lens.url(&PageId::StatusList(i).path(site)),
                        count: site
                            .commitments_where(|c| c.status(&site.config) == i)
                            .len(),
                    })
                    .collect(),
                overdue: CountedLink {
                    href: lens.url(&PageId::Overdue.path(site)),
                    count: Listing::Overdue.members(site).len(),
                },
                tally: lens.tally_chart_of(&all, "chart-all"),
                groups: shown.groups,
                index: (shown.count > 1 && lens.links == LinkStyle::Rooted)
                    .then(|| lens.url(&crate::addresses::list_index())),
            })
        }
        Section::Meetings => PageView::Meetings(MeetingsView {
            meetings: lens.meeting_cards(site.meetings.ids()),
            calendar: lens.url(crate::addresses::CALENDAR),
        }),
        Section::Recommendations => {
            let every: Vec<RecommendationId> = site.recommendations.ids().collect();
            PageView::Recommendations(RecommendationsView {
                groups: lens.recommendation_groups(&every),
            })
        }
        Section::Organisations => PageView::Organisations(OrganisationsView {
            groups: organisation_groups(lens),
        }),
        Section::Pages => {
            let mut pages: Vec<PageRow> = free_pages(site)
                .map(|page| PageRow {
                    link: lens.link(Section::Pages, page),
                    summary: lens.summary(page),
                })
                .collect();
            pages.sort_by_cached_key(|row| sort_key(&row.link.title.text));
            PageView::Pages(PagesView { pages })
        }
    })
}

/// See [`OrganisationsView::groups`].
fn organisation_groups(lens: &Lens<'_>) -> Vec<OrganisationGroup> {
    let site = lens.site;
    OrganisationKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut organisations: Vec<OrganisationRow> = site
                .organisations
                .enumerate()
                .filter(|(_, o)| o.facts.kind == kind)
                .map(|(i, organisation)| OrganisationRow {
                    link: lens.link(Section::Organisations, organisation),
                    summary: lens.summary(organisation),
                    assessed: lens.count("organisation-assessed-count", site.assessed_by(i).len()),
                })
                .collect();
            organisations.sort_by_cached_key(|row| sort_key(&row.link.title.text));
            (!organisations.is_empty()).then(|| OrganisationGroup {
                kind: kind.name(),
                title: lens.organisation_kind(kind),
                organisations,
            })
        })
        .collect()
}

fn feeds_view(lens: &Lens<'_>, translations: &crate::translations::Report) -> FeedsView {
    let site = lens.site;
    let atom = |title: Txt, path: String| FeedAddress {
        title,
        href: lens.url(&path),
        media_type: "application/atom+xml",
        address: crate::addresses::absolute(site, lens.code(), &path),
    };
    let text = |id: &str| lens.txt(lens.code(), lens.locale.text(id));
    let mut own = vec![atom(text("feed-site"), PageId::Home.feed(site))];
    own.push(FeedAddress {
        media_type: "text/calendar",
        ..atom(
            text("feeds-calendar"),
            crate::addresses::CALENDAR.to_owned(),
        )
    });
    if translations.languages.iter().any(|r| r.code == lens.code()) {
        own.push(atom(
            text("translations-subscribe"),
            PageId::Translations.feed(site),
        ));
    }
    if !site.record.is_empty() {
        own.push(atom(text("changes-title"), PageId::Changes.feed(site)));
    }
    let mut groups = vec![FeedGroup {
        id: "site",
        title: lens.locale.text("site-title"),
        feeds: own,
        elsewhere: None,
    }];
    let entries = |keys: Vec<EntryKey>, by_name: bool| {
        let mut feeds: Vec<FeedAddress> = keys
            .into_iter()
            .map(|key| atom(lens.entry_title(key), PageId::Entry(key).feed(site)))
            .collect();
        if by_name {
            feeds.sort_by_cached_key(|f| sort_key(&f.title.text));
        }
        feeds
    };
    for (section, by_name) in [
        (Section::Countries, true),
        (Section::Pillars, false),
        (Section::Commitments, true),
    ] {
        // Each commitment's page links to its feed: at 10,000 commitments their list made
        // this page 2 MB (150 KiB gzipped).
        let too_many =
            section == Section::Commitments && site.commitments.len() > site.config.per_page;
        groups.push(FeedGroup {
            id: section.name(),
            title: lens.locale.text(&format!("nav-{section}")),
            feeds: if too_many {
                Vec::new()
            } else {
                entries(site.keys(section).collect(), by_name)
            },
            elsewhere: too_many.then(|| lens.locale.text("feeds-commitments-elsewhere")),
        });
    }
    FeedsView { groups }
}

/// A file's format and size in words ("CSV, 12 KB"), in kilobytes rounded up.
fn size(lens: &Lens<'_>, format: &str, bytes: usize) -> String {
    let kb = (bytes as f64 / 1024.0).ceil();
    lens.locale
        .format(
            "file-size",
            &[("format", Arg::Text(format)), ("size", Arg::Number(kb))],
        )
        .unwrap_or_else(|_| format!("{format}, {}", lens.locale.number(kb)))
}

fn downloads_view(lens: &Lens<'_>, downloads: &[crate::copies::Download]) -> DownloadsView {
    let site = lens.site;
    DownloadsView {
        copies: downloads
            .iter()
            .filter_map(|d| {
                let language = site.config.language(&d.lang)?;
                Some(CopyLink {
                    lang: language.code.clone(),
                    name: language.name.clone(),
                    dir: crate::i18n::text_direction(&language.code),
                    href: lens.href(&d.path),
                    size: size(lens, "zip", d.bytes),
                })
            })
            .collect(),
    }
}

fn data_view(lens: &Lens<'_>, files: &[crate::data::DataFile]) -> DataView {
    let tables = crate::data::TABLES
        .iter()
        .map(|table| TableView {
            name: table.name,
            title: lens.locale.text(&format!("data-table-{}", table.name)),
            files: files
                .iter()
                .filter(|f| f.lang == lens.code() && f.table == table.name)
                .map(|f| {
                    let format = f.format.to_uppercase();
                    DataFileLink {
                        size: size(lens, &format, f.bytes),
                        format,
                        href: lens.href(&f.path),
                    }
                })
                .collect(),
            schema: lens.href(&crate::addresses::data_schema(table.name)),
            columns: table
                .columns
                .iter()
                .map(|c| ColumnView {
                    name: c.name,
                    description: lens.locale.text(c.message),
                })
                .collect(),
        })
        .collect();
    let all = files.iter().find(|f| f.format == "zip").map(|f| FileLink {
        href: lens.href(&f.path),
        size: size(lens, f.format, f.bytes),
    });
    DataView {
        tables,
        all,
        package: lens.href(&crate::addresses::data_package(lens.code())),
        licence: lens.site.config.data_licence.as_ref().map(|l| LicenceView {
            name: l.name.clone(),
            href: l.url.clone(),
        }),
    }
}

fn translations_view(lens: &Lens<'_>, report: &crate::translations::Report) -> TranslationsView {
    let site = lens.site;
    // Rounded down, so that 100 % means nothing is left to do.
    let percent = |part: usize, whole: usize| (part * 100).checked_div(whole).unwrap_or(100);
    let languages = report
        .languages
        .iter()
        .map(|l| {
            let (m, e) = (&l.messages, &l.entries);
            Coverage {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: crate::i18n::text_direction(&l.code),
                href: lens.href(&format!("{}/{}", l.code, PageId::Translations.path(site))),
                feed: lens.href(&format!("{}/{}", l.code, PageId::Translations.feed(site))),
                messages: percent(m.translated(), m.total),
                translated: percent(e.translated(), e.total),
                up_to_date: percent(e.up_to_date(), e.total),
                outdated: e.outdated.len(),
            }
        })
        .collect();
    let source = &report.source_language;
    let item = |item: &crate::translations::Item| TranslationItem {
        title: lens.txt(source, item.title.clone()),
        href: lens.href(&format!("{source}/{}", item.section.entry_path(&item.slug))),
        file: item.file.display().to_string(),
        source: item.source.display().to_string(),
        fingerprint: item.fingerprint.clone(),
    };
    let mine = report
        .languages
        .iter()
        .find(|l| l.code == lens.code())
        .map(|l| ToTranslate {
            name: l.name.clone(),
            feed: lens.url(&PageId::Translations.feed(site)),
            messages_file: l.messages.file.display().to_string(),
            messages: l.messages.missing.clone(),
            outdated: l.entries.outdated.iter().map(item).collect(),
            missing: l.entries.missing.iter().map(item).collect(),
            unrecorded: l.entries.unrecorded.iter().map(item).collect(),
        });
    TranslationsView {
        source: lens.language_name(&report.source_language),
        languages,
        mine,
    }
}

fn map_view(lens: &Lens<'_>, layout: &crate::map::Layout) -> MapView {
    let site = lens.site;
    let tallies: Vec<(TallyView, &crate::model::Entry<crate::model::Country>)> = site
        .countries
        .enumerate()
        .map(|(i, country)| {
            let tally = lens.tally_of(&site.commitments_where(|c| c.country == i));
            (tally, country)
        })
        .collect();
    let tiles: Vec<crate::map::Tile<'_>> = tallies
        .iter()
        .map(|(tally, country)| crate::map::Tile {
            code: country.slug.clone(),
            href: lens.entry_url(Section::Countries, &country.slug),
            statuses: tally
                .statuses
                .iter()
                .map(|s| (s.status.id.as_str(), s.count))
                .collect(),
            label: format!("{}: {}", lens.title(country).text, tally.summary),
        })
        .collect();
    MapView {
        svg: layout.svg(&lens.locale.text("map-title"), &tiles),
        legend: site.config.statuses.ids().map(|i| lens.status(i)).collect(),
        empty: lens.locale.text("map-empty"),
    }
}

/// The link to a section's index, named as the navigation names it.
fn index_link(lens: &Lens<'_>, section: Section) -> Link {
    Link {
        title: lens.txt(lens.code(), lens.locale.text(&format!("nav-{section}"))),
        href: lens.url(&format!("{section}/")),
    }
}

fn search_view(lens: &Lens<'_>) -> SearchView {
    let site = lens.site;
    SearchView {
        bundle: (lens.links == LinkStyle::Rooted)
            .then(|| lens.url(crate::addresses::SEARCH_BUNDLE)),
        files: lens.url(&crate::addresses::search_files()),
        filter: filter_view(lens),
        statuses: site
            .config
            .statuses
            .ids()
            .map(|i| {
                let status = lens.status(i);
                Choice {
                    value: status.id,
                    label: status.label,
                }
            })
            .collect(),
        indexes: [Section::Countries, Section::Pillars, Section::Commitments]
            .into_iter()
            .map(|section| index_link(lens, section))
            .collect(),
    }
}

fn filter_view(lens: &Lens<'_>) -> FilterView {
    let site = lens.site;
    let mut countries: Vec<(String, Choice)> = site
        .countries
        .enumerate()
        .filter(|&(i, _)| site.commitments.iter().any(|c| c.facts.country == i))
        .map(|(_, country)| {
            let name = lens.title(country);
            let key = sort_key(&name.text);
            let value = country.slug.clone();
            let label = name.marked();
            (key, Choice { value, label })
        })
        .collect();
    countries.sort_by(|a, b| a.0.cmp(&b.0));
    let pillars = site
        .pillars
        .iter()
        .map(|p| Choice {
            value: p.slug.clone(),
            label: format!("{} · {}", roman(p.facts.number), lens.title(p).marked()),
        })
        .collect();
    FilterView {
        countries: countries.into_iter().map(|c| c.1).collect(),
        pillars,
    }
}

fn matrix_view(lens: &Lens<'_>, order: MatrixOrder) -> MatrixView {
    let site = lens.site;
    let config = &site.config;
    let mut rows: Vec<(String, MatrixRow)> = site
        .countries
        .ids()
        .map(|country| {
            let cells = site
                .pillars
                .ids()
                .map(|pillar| {
                    let mine = site
                        .commitments_where(|c| c.country == country && c.pillars.contains(&pillar));
                    let statuses: Vec<StatusTotal> = config
                        .statuses
                        .ids()
                        .filter_map(|status| {
                            let count = mine
                                .iter()
                                .filter(|&&c| site.commitments[c].facts.status(config) == status)
                                .count();
                            (count > 0).then(|| StatusTotal {
                                status: lens.status(status),
                                count,
                            })
                        })
                        .collect();
                    let bar: Vec<(&str, usize)> = statuses
                        .iter()
                        .map(|s| (s.status.id.as_str(), s.count))
                        .collect();
                    MatrixCell {
                        total: mine.len(),
                        href: (!mine.is_empty())
                            .then(|| lens.url(&PageId::CellList(country, pillar).path(site))),
                        bar: charts::status_bar(&bar),
                        heat: 0,
                        statuses,
                    }
                })
                .collect();
            let total = site.commitments_where(|c| c.country == country).len();
            let link = lens.link(Section::Countries, &site.countries[country]);
            let key = sort_key(&link.title.text);
            let row = MatrixRow {
                country: link,
                total,
                cells,
            };
            (key, row)
        })
        .collect();
    match order {
        MatrixOrder::ByName => rows.sort_by(|a, b| a.0.cmp(&b.0)),
        MatrixOrder::ByCount => {
            rows.sort_by(|a, b| b.1.total.cmp(&a.1.total).then_with(|| a.0.cmp(&b.0)));
        }
    }
    let pillars = site
        .pillars
        .iter()
        .map(|p| NumberedLink {
            number: roman(p.facts.number),
            link: lens.link(Section::Pillars, p),
        })
        .collect();
    let orders = [
        (MatrixOrder::ByName, "matrix-order-name"),
        (MatrixOrder::ByCount, "matrix-order-count"),
    ]
    .into_iter()
    .map(|(o, id)| Order {
        title: lens.locale.text(id),
        href: lens.url(&PageId::Matrix(o).path(site)),
        current: o == order,
    })
    .collect();
    let mut rows: Vec<MatrixRow> = rows.into_iter().map(|r| r.1).collect();
    shade(&mut rows);
    MatrixView {
        pillars,
        rows,
        orders,
        statuses: config.statuses.ids().map(|i| lens.status(i)).collect(),
    }
}

/// Each cell's shade: its count on a scale of four, the fullest cell at the top, any cell
/// with commitments at least at the bottom.
fn shade(rows: &mut [MatrixRow]) {
    let fullest = rows
        .iter()
        .flat_map(|r| &r.cells)
        .map(|c| c.total)
        .max()
        .unwrap_or(0);
    for cell in rows.iter_mut().flat_map(|r| &mut r.cells) {
        cell.heat = (cell.total * 4).div_ceil(fullest.max(1));
    }
}

/// The view of one entry's page: its text, then what its kind adds.
fn entry_view(lists: &cards::Lists<'_>, key: EntryKey) -> tera::Result<PageView> {
    let lens = lists.lens;
    let site = lens.site;
    let config = &site.config;
    Ok(match key {
        EntryKey::Country(i) => {
            let mine = site.commitments_where(|c| c.country == i);
            let addressed: Vec<RecommendationId> = site
                .recommendations
                .enumerate()
                .filter(|(_, r)| r.facts.addressed_to.contains(&i))
                .map(|(r, _)| r)
                .collect();
            let meetings = site
                .meetings
                .enumerate()
                .filter(|(_, m)| m.facts.countries.contains(&i))
                .map(|(m, _)| m);
            PageView::Country(EntryView {
                text: text_view(lens, key, &site.countries[i]),
                kind: CountryView {
                    tally: lens.tally_chart_of(&mine, "chart-country"),
                    // The country is the page's own: its cards do not repeat it.
                    groups: lists.page(Listing::Country(i), 1)?.groups,
                    meetings: lens.meeting_cards(meetings),
                    recommendations: lens.recommendation_groups(&addressed),
                    report: lens.url(&PageId::Report(i).path(site)),
                },
            })
        }
        EntryKey::Pillar(i) => {
            let mine = site.commitments_where(|c| c.pillars.contains(&i));
            PageView::Pillar(EntryView {
                text: text_view(lens, key, &site.pillars[i]),
                kind: PillarView {
                    number: roman(site.pillars[i].facts.number),
                    tally: lens.tally_chart_of(&mine, "chart-pillar"),
                    groups: lists.page(Listing::Pillar(i), 1)?.groups,
                },
            })
        }
        EntryKey::Commitment(i) => PageView::Commitment(Box::new(EntryView {
            text: text_view(lens, key, &site.commitments[i]),
            kind: commitment_view(lens, i, ""),
        })),
        EntryKey::Meeting(i) => {
            let facts = &site.meetings[i].facts;
            PageView::Meeting(EntryView {
                text: text_view(lens, key, &site.meetings[i]),
                kind: MeetingView {
                    dates: lens.date_range(facts.start, facts.end),
                    start_iso: facts.start.to_string(),
                    place: lens.localized(&facts.place),
                    organisers: lens.localized(&facts.organisers),
                    countries: lens.links(&site.countries, &facts.countries),
                    documents: facts
                        .documents
                        .iter()
                        .map(|d| DocumentLink {
                            title: d.title.clone(),
                            url: d.url.clone(),
                        })
                        .collect(),
                    commitments: lists.page(Listing::Meeting(i), 1)?.groups,
                    recommendations: lens.recommendation_cards(&made_by(site, Origin::Meeting(i))),
                    indicators: lens.indicators(&facts.indicators, ""),
                    calendar: lens.url(crate::addresses::CALENDAR),
                },
            })
        }
        EntryKey::Recommendation(i) => {
            let facts = &site.recommendations[i].facts;
            PageView::Recommendation(EntryView {
                text: text_view(lens, key, &site.recommendations[i]),
                kind: RecommendationView {
                    number: facts.number,
                    theme: lens.localized(&facts.theme),
                    source: lens.origin_link(facts.origin),
                    date: lens.origin_date(facts.origin, facts.date),
                    addressed_to: lens.links(&site.countries, &facts.addressed_to),
                    cards: lists.page(Listing::Recommendation(i), 1)?.cards,
                },
            })
        }
        EntryKey::Organisation(i) => {
            let organisation = &site.organisations[i];
            let updates = lens.assessed_by(i, config.per_page);
            let count = site.assessed_by(i).len();
            let more = (count > updates.len()).then(|| {
                lens.locale
                    .format(
                        "organisation-more-updates",
                        &[
                            ("shown", Arg::Number(updates.len() as f64)),
                            ("count", Arg::Number(count as f64)),
                        ],
                    )
                    .unwrap_or_default()
            });
            PageView::Organisation(EntryView {
                text: text_view(lens, key, organisation),
                kind: OrganisationView {
                    kind: organisation.facts.kind.name(),
                    kind_label: lens.organisation_kind(organisation.facts.kind),
                    url: organisation.facts.url.clone(),
                    updates,
                    more,
                },
            })
        }
        EntryKey::Page(i) => PageView::Page(EntryView {
            text: text_view(lens, key, &site.pages[i]),
            kind: FreePageView {
                date: site.pages[i].facts.date.map(|d| lens.date(d)),
                recommendations: lens.recommendation_cards(&made_by(site, Origin::Document(i))),
            },
        }),
    })
}

/// What a commitment's page shows of it besides its text; the ids of its updates and
/// indicators start with `scope` (see [`Lens::indicators`]).
fn commitment_view(lens: &Lens<'_>, i: CommitmentId, scope: &str) -> CommitmentView {
    let site = lens.site;
    let facts = &site.commitments[i].facts;
    let mut view = CommitmentView {
        status: lens.status(facts.status(&site.config)),
        stale: lens.stale(facts),
        date: lens.date(facts.date),
        due: facts.due.map(|due| lens.date(due)),
        overdue: lens.overdue(facts),
        overdue_href: lens.url(&PageId::Overdue.path(site)),
        responsible: facts
            .responsible
            .iter()
            .filter_map(|r| lens.localized(r))
            .collect(),
        views: two_views(lens, facts),
        country: lens.link(Section::Countries, &site.countries[facts.country]),
        pillars: lens.links(&site.pillars, &facts.pillars),
        meeting: facts
            .meeting
            .map(|m| lens.link(Section::Meetings, &site.meetings[m])),
        recommendations: lens.recommendation_cards(&facts.recommendations),
        updates: (0..facts.updates.len())
            .rev()
            .map(|u| lens.update(facts, u))
            .collect(),
        indicators: lens.indicators(&facts.indicators, scope),
    };
    if !scope.is_empty() {
        let sides = view
            .views
            .iter_mut()
            .flat_map(|v| [&mut v.government, &mut v.independent]);
        for update in view.updates.iter_mut().chain(sides) {
            update.anchor.insert_str(0, scope);
        }
    }
    view
}

/// `report.html` for the country `i`: every one of its commitments in full, in the order of
/// its page.
fn report_view(lists: &cards::Lists<'_>, i: CountryId) -> ReportView {
    let lens = lists.lens;
    let site = lens.site;
    let members = lists.members(Listing::Country(i));
    ReportView {
        tally: lens.tally_chart_of(&members, "chart-report"),
        made: lens
            .locale
            .format("report-made", &[("date", Arg::Date(site.today))])
            .unwrap_or_default(),
        commitments: members
            .iter()
            .map(|&c| {
                let commitment = &site.commitments[c];
                let anchor = format!("commitment-{}", commitment.slug);
                ReportedCommitment {
                    title: lens.title(commitment),
                    summary: lens.summary(commitment),
                    href: lens.entry_url(Section::Commitments, &commitment.slug),
                    address: absolute(
                        site,
                        lens.code(),
                        &Section::Commitments.entry_path(&commitment.slug),
                    ),
                    facts: commitment_view(lens, c, &format!("{anchor}-")),
                    anchor,
                }
            })
            .collect(),
    }
}

/// See [`CommitmentView::views`].
fn two_views(lens: &Lens<'_>, commitment: &Commitment) -> Option<TwoViews> {
    let views = Views::of(commitment, &lens.site.organisations);
    if !views.disagree() {
        return None;
    }
    let view = |update: &Update| {
        let index = commitment
            .updates
            .iter()
            .position(|u| std::ptr::eq(u, update))
            .expect("an update of the commitment");
        lens.update(commitment, index)
    };
    Some(TwoViews {
        government: view(views.government?),
        independent: view(views.independent?),
    })
}

fn text_view<F: ContentDate>(lens: &Lens<'_>, key: EntryKey, entry: &Entry<F>) -> TextView {
    let section = key.section();
    TextView {
        section: section.name(),
        title: lens.title(entry),
        summary: lens.summary(entry),
        body: lens.body(entry),
        unofficial: lens.unofficial(entry, section),
        outdated: lens.outdated(entry, section),
        changed: lens.changed(entry),
        record: record_view(lens, &entry.record),
        cite: cite_view(lens, key),
        embed: (lens.links == LinkStyle::Rooted && embeddable(key)).then(|| embed_links(lens, key)),
    }
}

/// See [`EmbedLinks`].
fn embed_links(lens: &Lens<'_>, key: EntryKey) -> EmbedLinks {
    let site = lens.site;
    let full = |path: &str| absolute(site, lens.code(), path);
    let alt = crate::share::badge_alt(lens, key);
    let badge = PageId::badge(key, site);
    let card = PageId::Embed(key).path(site);
    let badge_html = format!(
        "<a href=\"{}\"><img src=\"{}\" alt=\"{}\" height=\"20\"></a>",
        full(&PageId::Entry(key).path(site)),
        full(&badge),
        attribute(&alt)
    );
    let card_html = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"360\" height=\"220\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>",
        full(&card),
        attribute(&page_title(lens, key))
    );
    EmbedLinks {
        badge: lens.url(&badge),
        alt,
        badge_html,
        card: lens.url(&card),
        card_html,
    }
}

/// `text` as the value of a double-quoted attribute in HTML for people to read and copy:
/// what would end it or start markup escaped, and nothing else.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// See [`EmbedView`].
fn embed_view(lens: &Lens<'_>, key: EntryKey) -> EmbedView {
    let site = lens.site;
    let locale = lens.locale;
    let site_title = locale.text("site-title");
    let more = locale
        .format("embed-more", &[("site", Arg::Text(&site_title))])
        .unwrap_or(site_title);
    let href = lens.url(&PageId::Entry(key).path(site));
    let mut view = EmbedView {
        kicker: None,
        title: lens.entry_title(key),
        href,
        status: None,
        overdue: false,
        due: None,
        updated: None,
        tally: None,
        more,
    };
    match key {
        EntryKey::Commitment(i) => {
            let facts = &site.commitments[i].facts;
            view.kicker = Some(lens.title(&site.countries[facts.country]));
            view.status = Some(lens.status(facts.status(&site.config)));
            view.overdue = lens.overdue(facts);
            view.due = facts.due.map(|due| lens.due(due));
            view.updated = facts.updates.iter().map(|u| u.date).max().map(|date| {
                locale
                    .format("embed-updated", &[("date", Arg::Date(date))])
                    .unwrap_or_default()
            });
        }
        EntryKey::Country(_) => view.tally = Some(lens.tally_of(&site.commitments_of(key))),
        EntryKey::Pillar(i) => {
            view.kicker = Some(lens.txt(lens.code(), lens.pillar_number(i)));
            view.tally = Some(lens.tally_of(&site.commitments_of(key)));
        }
        _ => unreachable!("only commitments, countries and pillars have cards"),
    }
    view
}

/// "Cite this page": the citation in words and the files beside the page.
fn cite_view(lens: &Lens<'_>, key: EntryKey) -> CiteView {
    let file = |format: cite::Format| lens.url(&format.path(lens.site, key));
    CiteView {
        text: Citation::of(lens, key).sentence(lens),
        bibtex: file(cite::Format::BibTex),
        csl_json: file(cite::Format::CslJson),
    }
}

/// The recommendations a meeting or a document made.
fn made_by(site: &Site, origin: Origin) -> Vec<RecommendationId> {
    site.recommendations
        .enumerate()
        .filter(|(_, r)| r.facts.origin == origin)
        .map(|(r, _)| r)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{roman, shortened};

    #[test]
    fn roman_numerals() {
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(12), "XII");
    }

    #[test]
    fn a_long_description_is_cut_at_a_word() {
        assert_eq!(shortened("Short  and\nplain.", 200), "Short and plain.");
        assert_eq!(shortened("Un deux, trois quatre", 14), "Un deux…");
        assert_eq!(shortened("Anticonstitutionnellement", 10), "Anticonst…");
        let long = "mot ".repeat(100);
        let cut = shortened(&long, 200);
        assert!(cut.chars().count() <= 200 && cut.ends_with("mot…"), "{cut}");
    }
}
