//! HTML pages: the site × languages, through the theme's Tera templates, in parallel.
//!
//! One `Tera` per language is cloned from the loaded templates and given functions bound to
//! that language (`t()` for interface strings, `percent()` for a share, `url()` for links),
//! so templates never pass a language around. Each page gets the common context (language,
//! switcher, alternates, feeds, breadcrumbs) and a `page` view built
//! with [`crate::present::Lens`]. Template errors become diagnostics.

pub(crate) mod cards;
mod changes;
mod pages;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use serde::Serialize;
use tera::{Context, Tera, Value};

pub(crate) use pages::Attachments;
use pages::{PageView, page_description, page_title, page_view};

use crate::addresses::{
    FOOTER_PAGES, LinkStyle, Listing, Marked, MatrixOrder, PageId, Root, absolute, free_pages,
    has_index, has_pages_index, mark,
};
use crate::assets::Assets;
use crate::cache::Key;
use crate::config::{Config, LanguageId};
use crate::content::Section;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::i18n::{Arg, Locale, Locales};
use crate::ids::{Id, List};
use crate::model::{CommitmentId, EntryKey, Site};
use crate::present::Lens;

/// The theme's template that renders `page`.
fn template(page: PageId) -> &'static str {
    match page {
        PageId::Home => "home.html",
        PageId::Index(Section::Countries) => "countries.html",
        PageId::Index(Section::Pillars) => "pillars.html",
        PageId::Index(Section::Commitments) => "commitments.html",
        PageId::Index(Section::Meetings) => "meetings.html",
        PageId::Index(Section::Recommendations) => "recommendations.html",
        PageId::Index(Section::Organisations) => "organisations.html",
        PageId::Index(Section::Pages) => "pages.html",
        PageId::Entry(EntryKey::Country(_)) => "country.html",
        PageId::Entry(EntryKey::Pillar(_)) => "pillar.html",
        PageId::Entry(EntryKey::Commitment(_)) => "commitment.html",
        PageId::Entry(EntryKey::Meeting(_)) => "meeting.html",
        PageId::Entry(EntryKey::Recommendation(_)) => "recommendation.html",
        PageId::Entry(EntryKey::Organisation(_)) => "organisation.html",
        PageId::Entry(EntryKey::Page(_)) => "page.html",
        PageId::Report(_) => "report.html",
        PageId::Embed(_) => "embed.html",
        PageId::Offline => "offline.html",
        PageId::NotFound => "not-found.html",
        PageId::Downloads => "downloads.html",
        PageId::Search => "search.html",
        PageId::Data => "data.html",
        PageId::Feeds => "feeds.html",
        PageId::Translations => "translations.html",
        PageId::Changes => "changes.html",
        PageId::Matrix(_) => "matrix.html",
        PageId::StatusList(_) | PageId::Overdue | PageId::CellList(..) | PageId::More(..) => {
            "list.html"
        }
    }
}

/// What every page's template receives besides `page`.
#[derive(Serialize)]
struct Common<'a> {
    /// The page's language code (`fr`), for `<html lang>`.
    lang: &'a str,
    /// `ltr` or `rtl`, for `<html dir>`.
    dir: &'static str,
    /// The site's title in the page's language.
    site_title: String,
    /// The name `site.toml`'s `[brand]` gives, the same in every language, for the header.
    brand: Option<&'a str>,
    /// The site's logo (an SVG), when it has one.
    logo: Option<String>,
    /// The page's title (on the home page, the site's).
    title: String,
    /// What the page is, in a sentence or two of plain text, for search engines and shared
    /// links: an entry's summary, shortened at a word; the site's or the index's own sentence.
    description: String,
    /// What a link to the page shows when it is shared (Open Graph).
    share: Share,
    /// The web app manifest of the page's language; none in a copy read from disk.
    manifest: Option<String>,
    /// The installed app's icon, for the home screens that do not read the manifest's; none
    /// without a favicon to draw it from, or in a copy read from disk.
    touch_icon: Option<String>,
    /// The theme's stylesheet.
    stylesheet: String,
    /// The site's icon.
    favicon: String,
    /// The page script that registers the service worker; none in a copy read from disk.
    script: Option<String>,
    /// The link to each static file a page may load, by its name in `static/`
    /// (`assets["logo.svg"]`): the theme's are published under hashed names.
    assets: BTreeMap<&'a str, String>,
    /// The home page of the page's language.
    home: String,
    /// The page's full address.
    canonical: String,
    /// The page in every language of the site, this one included.
    alternates: Vec<Alternate>,
    /// The Atom feeds the page offers: the site's, and its own when it has one.
    feeds: Vec<FeedLink>,
    /// From the home page to this one, this one last.
    breadcrumbs: Vec<Crumb>,
    /// The sections of the main navigation.
    nav: Vec<NavItem>,
    /// Free pages that are not source documents (about, methodology), for the footer; at
    /// most [`FOOTER_PAGES`].
    pages: Vec<Crumb>,
    /// The index of every free page, when there are more than the footer lists.
    more_pages: Option<String>,
    /// The index of the organisations that assess commitments, when there are some.
    organisations: Option<String>,
    /// The download page, when the site has one.
    downloads: Option<String>,
    /// The open data page, when the build made data files.
    data: Option<String>,
    /// The page that lists every feed of the site with its address, on a published site.
    all_feeds: Option<String>,
    /// The translation status page, when the site has several languages.
    translations: Option<String>,
    /// The record of changes, when the site's history has one.
    changes: Option<String>,
    /// The search page, in a published site (a copy read from disk cannot load the index).
    search: Option<Crumb>,
    /// The site's root, where readers choose a language (`hreflang=x-default`).
    x_default: String,
    /// The pages of the list this page shows, when it is longer than `[lists] per_page`:
    /// on each of them, the list's first page included; none on other pages.
    pager: Option<Pager>,
}

/// The pages of a long list, to go from one to another (`commitments/`,
/// `commitments/page/2/`, …).
#[derive(Serialize)]
struct Pager {
    /// This page's number, from 1.
    number: u32,
    /// How many pages the list has.
    count: u32,
    /// "Page 2 of 5", in the page's language.
    label: String,
    /// The page before this one; none on the first.
    previous: Option<String>,
    /// The page after this one; none on the last.
    next: Option<String>,
    /// The pages to link to, in order: the first, the last, and the two either side of
    /// this one.
    pages: Vec<PagerPage>,
}

/// A page of a long list, in its [`Pager`].
#[derive(Serialize)]
struct PagerPage {
    /// Its number, from 1.
    number: u32,
    /// The page.
    href: String,
    /// Whether it is this page.
    current: bool,
    /// Whether pages are left out between the one before it in `pages` and this one.
    gap: bool,
}

/// The pager of `page`, when it shows a list of more than one page.
fn pager(lens: &Lens<'_>, page: PageId) -> Option<Pager> {
    let site = lens.site;
    let (listing, number) = Listing::of(page)?;
    let count = Listing::pages_for(listing.members(site).len(), site.config.per_page);
    if count < 2 {
        return None;
    }
    let href = |n: u32| lens.url(&listing.page(n).path(site));
    let mut pages: Vec<PagerPage> = Vec::new();
    let near = number.saturating_sub(2)..=number.saturating_add(2);
    for n in (1..=count).filter(|n| *n == 1 || *n == count || near.contains(n)) {
        let gap = pages.last().is_some_and(|last| last.number + 1 < n);
        pages.push(PagerPage {
            number: n,
            href: href(n),
            current: n == number,
            gap,
        });
    }
    let label = lens
        .locale
        .format(
            "pager-status",
            &[
                ("page", Arg::Number(f64::from(number))),
                ("pages", Arg::Number(f64::from(count))),
            ],
        )
        .unwrap_or_else(|_| format!("{number}/{count}"));
    Some(Pager {
        number,
        count,
        label,
        previous: (number > 1).then(|| href(number - 1)),
        next: (number < count).then(|| href(number + 1)),
        pages,
    })
}

/// What a shared link to a page shows: its Open Graph properties besides its title,
/// description and address.
#[derive(Serialize)]
struct Share {
    /// `website` for the home page and the indexes, `article` for an entry's page.
    kind: &'static str,
    /// The page's language as Open Graph names a locale (`fr_FR`).
    locale: String,
    /// The site's other languages, likewise.
    alternate_locales: Vec<String>,
    /// The page's image (PNG), as a full address: its own, or its country's, pillar's or
    /// the site's.
    image: String,
    /// The image's width in pixels.
    image_width: u32,
    /// The image's height in pixels.
    image_height: u32,
    /// What the image shows, in words.
    image_alt: String,
}

/// What `chooser.html` receives: the language chooser at the root (`index.html`) and the
/// root's not-found page (`404.html`), in every language at once.
#[derive(Serialize)]
pub(crate) struct ChooserContext<'a> {
    /// The default language's code, for the page's own `lang`.
    lang: &'a str,
    /// `ltr` or `rtl`.
    dir: &'static str,
    /// The theme's stylesheet.
    stylesheet: String,
    /// The site's icon.
    favicon: String,
    /// The link to each static file, by its name under `static/` (`assets["logo.svg"]`).
    assets: BTreeMap<&'a str, String>,
    /// The site's title in the default language.
    title: String,
    /// The site's description in the default language.
    description: String,
    /// The site's full address.
    canonical: &'a str,
    /// What a shared link to the site's root shows: the default language's.
    share: Share,
    /// The default language's web app manifest; none in a copy read from disk.
    manifest: Option<String>,
    /// Every language of the site, in `site.toml`'s order.
    languages: Vec<ChooserLanguage<'a>>,
    /// Whether this is the root's not-found page.
    not_found: bool,
}

/// One language on the chooser, in its own words.
#[derive(Serialize)]
struct ChooserLanguage<'a> {
    /// The language's code (`fr`).
    code: &'a str,
    /// The language's name in itself.
    name: &'a str,
    /// `ltr` or `rtl`.
    dir: &'static str,
    /// Its home page.
    href: String,
    /// Its home page, as a full address.
    absolute: String,
    /// The site's title in it.
    site_title: String,
    /// "Choose this language", in it.
    choose: String,
    /// "Page not found", in it, on the not-found page.
    not_found: Option<String>,
}

/// What each page's template receives: the common context, and the page's own view.
#[derive(Serialize)]
pub(crate) struct PageContext<'a> {
    #[serde(flatten)]
    common: Common<'a>,
    /// The view of the page's own kind: see the table above.
    page: PageView,
}

/// This page in one of the site's languages, for the language switcher and `hreflang` links.
#[derive(Serialize)]
struct Alternate {
    /// The language's code (`fr`), for `lang` and `hreflang`.
    code: String,
    /// The language's name in itself (`Français`).
    name: String,
    /// `ltr` or `rtl`, for the name's `dir`.
    dir: &'static str,
    /// The page in that language.
    href: String,
    /// The page in that language, as a full address (for `<link rel=alternate>`).
    absolute: String,
    /// Whether it is the language of this page.
    current: bool,
}

/// An Atom feed.
#[derive(Serialize)]
pub(crate) struct FeedLink {
    /// What it follows, in words.
    pub(crate) title: String,
    /// The feed.
    pub(crate) href: String,
}

/// A link in a list of pages: the breadcrumbs, the footer.
#[derive(Serialize)]
struct Crumb {
    /// The page's title.
    title: String,
    /// The page.
    href: String,
    /// Whether it is this page.
    current: bool,
}

/// A section in the main navigation.
#[derive(Serialize)]
struct NavItem {
    /// The section's name, for templates to match on (`countries`, …).
    id: &'static str,
    /// The section's name, in the page's language.
    title: String,
    /// The section's index.
    href: String,
    /// Whether this page belongs to it.
    current: bool,
}

/// The theme's templates, loaded: one `Tera` per language, whose `t()` speaks it.
pub(crate) struct Templates {
    base: Tera,
    teras: List<LanguageId, Tera>,
    /// The hash of all they are loaded from: the templates, the interface strings, and the
    /// languages with their fallbacks.
    pub(crate) key: Key,
}

impl Templates {
    /// `None` when the templates do not parse (reported in `diags`).
    pub(crate) fn load(
        site: &Site,
        locales: &Locales,
        templates: &[(String, Arc<SourceFile>)],
        key: Key,
        diags: &mut Diagnostics,
    ) -> Option<Templates> {
        let base = load_templates(templates, diags)?;
        let teras = site
            .config
            .languages
            .iter()
            .map(|language| tera_for(&base, locales.for_pages(&language.code)))
            .collect();
        Some(Templates { base, teras, key })
    }
}

/// Renders pages, one at a time, from any thread.
pub(crate) struct Renderer<'a> {
    pub(crate) site: &'a Site,
    pub(crate) locales: &'a Locales,
    pub(crate) templates: &'a Templates,
    pub(crate) links: LinkStyle,
    pub(crate) attachments: Attachments<'a>,
    /// The commitment cards made so far, shared by the pages that list them.
    pub(crate) cards: cards::Cards,
    /// Whether pages are made only to find their errors (`swivi check`): then they are not
    /// given their languages' marks or minified, which cannot fail.
    pub(crate) checking: bool,
    /// The keys of the commitments' pages, made once each.
    pub(crate) keys: EntryKeys,
}

/// The keys in the build cache of the pages whose inputs are known before their views are
/// made. A commitment's page shows its own commitment and nothing of any other (no list,
/// card or count), so it is made from: that commitment, everything of the site that is not a
/// commitment, the static files, the templates and interface strings, and how pages link.
/// So is the commitment's card for other sites. A country's report is made from the same but
/// for its commitments, which it shows in full in the order its page lists them: from each of
/// them, in that order. After one commitment changed, a rebuild makes the views of that
/// commitment's pages and its country's report alone.
pub(crate) struct EntryKeys {
    /// What every commitment's page is made from besides its commitment and its language.
    shared: OnceLock<Key>,
    commitments: List<CommitmentId, OnceLock<Key>>,
}

/// A page whose inputs are known before its view is made (see [`EntryKeys`]).
#[derive(Clone, Copy)]
enum Known {
    Commitment(CommitmentId),
    /// A commitment's card for other sites.
    Card(CommitmentId),
    Report(crate::model::CountryId),
}

impl EntryKeys {
    pub(crate) fn new(site: &Site) -> EntryKeys {
        EntryKeys {
            shared: OnceLock::new(),
            commitments: site.commitments.ids().map(|_| OnceLock::new()).collect(),
        }
    }
}

impl<'a> Renderer<'a> {
    /// The pages of each language, in a stable order ([`PageId::made`]).
    pub(crate) fn pages(&self) -> Vec<PageId> {
        PageId::made(self.site, self.links)
    }

    /// `page` in the language at `l` of the site's languages.
    pub(crate) fn page(&self, l: LanguageId, page: PageId) -> Result<Marked, Diagnostic> {
        let language = &self.site.config.languages[l];
        let lens = Lens {
            locale: self.locales.for_pages(&language.code),
            ..self.plain_lens(l)
        };
        let lists = cards::Lists {
            tera: &self.templates.teras[l],
            templates: self.templates.key,
            lens: &lens,
            cards: self.cards.of(l),
        };
        let known = match page {
            PageId::Entry(EntryKey::Commitment(c)) => Some(Known::Commitment(c)),
            PageId::Embed(EntryKey::Commitment(c)) => Some(Known::Card(c)),
            PageId::Report(country) => Some(Known::Report(country)),
            _ => None,
        };
        let lists = &lists;
        let key = known.map(|known| move || self.known_page_key(l, lists, known));
        render_page(lists, page, &self.attachments, self.checking, key)
    }

    /// The key of a page in the language at `l` whose inputs are `known` before its view is
    /// made (see [`EntryKeys`]).
    fn known_page_key(&self, l: LanguageId, lists: &cards::Lists<'_>, known: Known) -> Key {
        let code = &self.site.config.languages[l].code;
        let key = Key::of("known page")
            .part(&self.shared_key().bytes())
            .part(code.as_bytes());
        match known {
            Known::Commitment(c) => key.part(b"commitment").part(&self.own_key(c).bytes()),
            Known::Card(c) => key.part(b"card").part(&self.own_key(c).bytes()),
            Known::Report(country) => lists.members(Listing::Country(country)).iter().fold(
                key.part(b"report").part(&country.index().to_le_bytes()),
                |key, &c| key.part(&self.own_key(c).bytes()),
            ),
        }
        .key()
    }

    /// What the key of a commitment's page is made from besides its commitment and its
    /// language (see [`EntryKeys`]).
    fn own_key(&self, c: CommitmentId) -> Key {
        *self.keys.commitments[c].get_or_init(|| {
            Key::of("commitment")
                .debugged(&self.site.commitments[c])
                .key()
        })
    }

    /// What every commitment's page is made from besides its commitment and its language
    /// (see [`EntryKeys`]).
    fn shared_key(&self) -> Key {
        let site = self.site;
        *self.keys.shared.get_or_init(|| {
            let files = self.attachments.assets.files.iter();
            files
                .fold(
                    Key::of("commitment pages")
                        .part(&self.templates.key.bytes())
                        .debugged(&self.links)
                        .debugged(&site.config)
                        .debugged(&site.today)
                        .debugged(&site.countries)
                        .debugged(&site.pillars)
                        .debugged(&site.meetings)
                        .debugged(&site.recommendations)
                        .debugged(&site.organisations)
                        .debugged(&site.pages)
                        // The footer links to the record of changes when there is one.
                        .debugged(&site.record.is_empty())
                        .debugged(&self.attachments.assets.loaded_by_pages()),
                    |key, file| key.part(file.path.as_bytes()).part(&file.bytes),
                )
                .key()
        })
    }

    /// The site in the language at `l`, its interface strings found in a fallback language
    /// left unmarked: for what is not an HTML page (an image, a manifest).
    pub(crate) fn plain_lens(&self, l: LanguageId) -> Lens<'a> {
        let language = &self.site.config.languages[l];
        Lens {
            site: self.site,
            language,
            locale: self.locales.get(&language.code),
            links: self.links,
        }
    }

    /// The index of every commitment in the language at `l`, at `path`, in the order of the
    /// lists by status, for the commitments' filter: `{"countries": {slug: name},
    /// "statuses": {id: label}, "commitments": [[slug, title, country, status, [pillar,
    /// …]], …]}`, as compact as JSON goes (about 90 bytes a commitment); an overdue
    /// commitment's row ends in `1`.
    pub(crate) fn list_index(&self, l: LanguageId, path: &str) -> crate::output::OutputFile {
        let lens = self.plain_lens(l);
        let site = self.site;
        let config = &site.config;
        let all: Vec<_> = site.commitments.ids().collect();
        let commitments: Vec<serde_json::Value> = lens
            .by_status(&all)
            .into_iter()
            .flat_map(|(_, group)| group)
            .map(|c| {
                let entry = &site.commitments[c];
                let facts = &entry.facts;
                let mut row = serde_json::json!([
                    entry.slug,
                    lens.title(entry).text,
                    site.countries[facts.country].slug,
                    config.statuses[facts.status(config)].id,
                    facts
                        .pillars
                        .iter()
                        .map(|&p| site.pillars[p].slug.as_str())
                        .collect::<Vec<_>>(),
                ]);
                if lens.overdue(facts) {
                    row.as_array_mut().expect("a row").push(1.into());
                }
                row
            })
            .collect();
        let countries: serde_json::Map<String, serde_json::Value> = site
            .countries
            .iter()
            .map(|c| (c.slug.clone(), lens.title(c).text.into()))
            .collect();
        let statuses: serde_json::Map<String, serde_json::Value> = config
            .statuses
            .ids()
            .map(|s| (config.statuses[s].id.clone(), lens.status(s).label.into()))
            .collect();
        let index = serde_json::json!({
            "countries": countries,
            "statuses": statuses,
            "commitments": commitments,
        });
        let json = serde_json::to_vec(&index).expect("the index serialises");
        crate::output::OutputFile::other(path.to_owned(), json)
    }

    /// A page at the root, in every language.
    pub(crate) fn root(&self, page: Root) -> Result<Marked, Diagnostic> {
        render_root(
            &self.templates.base,
            self.site,
            self.locales,
            self.attachments.assets,
            page,
            self.links,
        )
    }
}

/// The page with its interface strings found in a fallback language given their `lang` and
/// `dir` ([`crate::i18n::isolation`]), as the site asks: minified (`minify_html = true`: spaces, quotes and entities
/// that HTML does without), or as the templates wrote it, which costs about 6 % more bytes
/// (3 to 4 % gzipped) and saves a quarter of a large site's build time.
fn finish(html: String, site: &Site) -> String {
    let html = crate::i18n::isolation::resolve(html);
    if !site.config.minify_html {
        return html;
    }
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    cfg.minify_doctype = false;
    String::from_utf8(minify_html::minify(html.as_bytes(), &cfg))
        .expect("minifying UTF-8 gives UTF-8")
}

fn load_templates(
    templates: &[(String, Arc<SourceFile>)],
    diags: &mut Diagnostics,
) -> Option<Tera> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(crate::html::escape);
    let raw = templates
        .iter()
        .map(|(name, file)| (name.as_str(), file.text.as_str()));
    if let Err(error) = tera.add_raw_templates(raw) {
        diags.push(Diagnostic::error(format!("a template does not parse: {}", error_chain(&error))).help("fix the template named above; the Tera documentation is at https://keats.github.io/tera/docs/"));
        return None;
    }
    Some(tera)
}

fn tera_for(base: &Tera, locale: &Locale) -> Tera {
    let mut tera = base.clone();
    let t_locale = locale.clone();
    tera.register_function(
        "t",
        move |args: &HashMap<String, Value>| -> tera::Result<Value> {
            let id = args
                .get("id")
                .and_then(Value::as_str)
                .ok_or_else(|| tera::Error::msg("t() needs an `id`, e.g. t(id=\"nav-home\")"))?;
            let texts: Vec<(String, String)> = args
                .iter()
                .filter(|(k, _)| k.as_str() != "id")
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_owned())))
                .collect();
            let mut fluent_args: Vec<(&str, Arg<'_>)> = texts
                .iter()
                .map(|(k, v)| (k.as_str(), Arg::Text(v)))
                .collect();
            for (k, v) in args {
                if let Some(n) = v.as_f64() {
                    fluent_args.push((k.as_str(), number_arg(k, n)));
                }
            }
            t_locale
                .format(id, &fluent_args)
                .map(Value::String)
                .map_err(tera::Error::msg)
        },
    );
    let percent_locale = locale.clone();
    tera.register_function(
        "percent",
        move |args: &HashMap<String, Value>| -> tera::Result<Value> {
            let value = args.get("value").and_then(Value::as_f64).ok_or_else(|| {
                tera::Error::msg("percent() needs a number `value`, e.g. percent(value=33)")
            })?;
            Ok(Value::String(percent_locale.percent(value)))
        },
    );
    tera
}

/// A number a template passes to a message: a percentage under the name `percent`.
fn number_arg(name: &str, value: f64) -> Arg<'static> {
    if name == crate::i18n::PERCENT_VARIABLE {
        Arg::Percent(value)
    } else {
        Arg::Number(value)
    }
}

fn error_chain(error: &tera::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// `page`, finished unless `checking` (see [`Renderer::checking`]), taken from the build
/// cache when an earlier build made it from the same inputs: under the key `known` makes,
/// when what the page is made from is known before its view is made ([`EntryKeys`]), else
/// under its view.
fn render_page(
    lists: &cards::Lists<'_>,
    page: PageId,
    attachments: &Attachments<'_>,
    checking: bool,
    known: Option<impl FnOnce() -> Key>,
) -> Result<Marked, Diagnostic> {
    let (tera, lens) = (lists.tera, lists.lens);
    let site = lens.site;
    let render = |view: &PageContext<'_>| -> Result<Vec<u8>, tera::Error> {
        let context = Context::from_serialize(view)?;
        let html = tera.render(template(page), &context)?;
        Ok(match checking {
            true => html,
            false => finish(html, site),
        }
        .into_bytes())
    };
    let view_key = |view: &PageContext<'_>| {
        Key::of("page")
            .part(&lists.templates.bytes())
            .part(template(page).as_bytes())
            .part(&[u8::from(site.config.minify_html)])
            .serialized(view)
            .key()
    };
    // A page whose interface strings failed is not kept: the next build must fail on it too.
    // Nor is one left unfinished by a check.
    let keep = || !checking && !lens.locale.has_failed();
    let memo = attachments.memo;
    let html = match known {
        Some(key) => memo.get_or_make(
            key,
            || render(&page_context(lists, page, attachments)?),
            keep,
        ),
        None => page_context(lists, page, attachments)
            .and_then(|view| memo.get_or_make(|| view_key(&view), || render(&view), keep)),
    }
    .map_err(|e| template_error(page, lens, &e))?;
    let html = String::from_utf8(html).expect("a kept page is the UTF-8 it was made as");
    Ok(Marked::new(
        format!("{}/{}index.html", lens.code(), page.path(site)),
        html,
    ))
}

/// Everything the template of `page` is given.
fn page_context<'a>(
    lists: &cards::Lists<'a>,
    page: PageId,
    attachments: &Attachments<'a>,
) -> tera::Result<PageContext<'a>> {
    let lens = lists.lens;
    let site = lens.site;
    let (title, crumbs, data) = page_view(lists, page, attachments)?;
    let path = page.path(site);
    let site_title = lens.locale.text("site-title");
    let mut breadcrumbs = vec![Crumb {
        title: lens.locale.text("nav-home"),
        href: lens.url(""),
        current: page == PageId::Home,
    }];
    breadcrumbs.extend(crumbs.into_iter().map(|link| Crumb {
        title: link.title.marked(),
        href: link.href,
        current: false,
    }));
    if page != PageId::Home {
        breadcrumbs.push(Crumb {
            title: title.clone(),
            href: lens.url(&path),
            current: true,
        });
    }
    let published = lens.links == LinkStyle::Rooted;
    let common = Common {
        description: page_description(lens, page),
        share: share(lens, page),
        manifest: published.then(|| lens.url(crate::addresses::MANIFEST)),
        touch_icon: (published && attachments.assets.bytes(crate::share::FAVICON).is_some()).then(
            || {
                let largest = crate::share::ICON_SIZES
                    .iter()
                    .max()
                    .copied()
                    .unwrap_or(192);
                mark(&crate::addresses::app_icon(largest))
            },
        ),
        lang: lens.code(),
        dir: lens.locale.dir(),
        title: if page == PageId::Home {
            site_title.clone()
        } else {
            title
        },
        site_title,
        brand: site.config.brand.name.as_deref(),
        logo: logo(&site.config, attachments.assets).map(|logo| lens.href(logo)),
        stylesheet: lens.href(attachments.assets.href("style.css")),
        favicon: lens.href(attachments.assets.href("favicon.svg")),
        script: (lens.links == LinkStyle::Rooted)
            .then(|| lens.href(attachments.assets.href(crate::addresses::PAGE_SCRIPT))),
        assets: asset_links(attachments.assets),
        home: lens.url(""),
        canonical: absolute(site, lens.code(), &path),
        alternates: site
            .config
            .languages
            .iter()
            .map(|l| Alternate {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: crate::i18n::text_direction(&l.code),
                href: lens.href(&format!("{}/{path}", l.code)),
                absolute: absolute(site, &l.code, &path),
                current: l.code == lens.code(),
            })
            .collect(),
        feeds: feed_links(lens, page),
        breadcrumbs,
        nav: nav(lens, page),
        pages: free_pages(site)
            .take(FOOTER_PAGES)
            .map(|p| Crumb {
                title: lens.title(p).marked(),
                href: lens.entry_url(Section::Pages, &p.slug),
                current: false,
            })
            .collect(),
        more_pages: has_pages_index(site).then(|| lens.url(&format!("{}/", Section::Pages))),
        organisations: has_index(site, Section::Organisations)
            .then(|| lens.url(&format!("{}/", Section::Organisations))),
        data: (lens.links == LinkStyle::Rooted).then(|| lens.url(&PageId::Data.path(site))),
        all_feeds: (lens.links == LinkStyle::Rooted).then(|| lens.url(&PageId::Feeds.path(site))),
        downloads: (site.config.offline_copy && lens.links == LinkStyle::Rooted)
            .then(|| lens.url(&PageId::Downloads.path(site))),
        translations: (site.config.languages.len() > 1 && lens.links == LinkStyle::Rooted)
            .then(|| lens.url(&PageId::Translations.path(site))),
        changes: (!site.record.is_empty()).then(|| lens.url(&PageId::Changes.path(site))),
        search: (site.config.search && lens.links == LinkStyle::Rooted).then(|| Crumb {
            title: lens.locale.text("search-title"),
            href: lens.url(&PageId::Search.path(site)),
            current: page == PageId::Search,
        }),
        x_default: site.config.base_url.clone(),
        pager: pager(lens, page),
    };
    Ok(PageContext { common, page: data })
}

/// The Open Graph properties of `page`.
fn share(lens: &Lens<'_>, page: PageId) -> Share {
    let site = lens.site;
    let shown = page.share_image_page(site);
    let title = match shown {
        PageId::Entry(key) => page_title(lens, key),
        _ => lens.locale.text("site-title"),
    };
    Share {
        kind: match page {
            PageId::Entry(_) => "article",
            _ => "website",
        },
        locale: crate::i18n::open_graph_locale(lens.language),
        alternate_locales: site
            .config
            .languages
            .iter()
            .filter(|l| l.code != lens.code())
            .map(crate::i18n::open_graph_locale)
            .collect(),
        image: absolute(site, lens.code(), &shown.share_image(site)),
        image_width: crate::share::WIDTH,
        image_height: crate::share::HEIGHT,
        image_alt: lens
            .locale
            .format("share-image-alt", &[("title", Arg::Text(&title))])
            .unwrap_or(title),
    }
}

fn template_error(page: PageId, lens: &Lens<'_>, error: &tera::Error) -> Diagnostic {
    Diagnostic::error(format!(
        "cannot render /{}/{} with `{}`: {}",
        lens.code(),
        page.path(lens.site),
        template(page),
        error_chain(error)
    ))
    .help("fix the template, or add the message it asks for to the i18n files")
}

/// The published path of the site's logo: `[brand] logo`, or `logo.svg` when the site has
/// one (a logo `site.toml` names but the site lacks is an error before any page is made).
pub(crate) fn logo<'a>(config: &'a Config, assets: &'a Assets) -> Option<&'a str> {
    let name = config
        .brand
        .logo
        .as_ref()
        .map_or("logo.svg", |(name, _)| name);
    assets.loaded_by_pages().get(name).copied()
}

fn nav(lens: &Lens<'_>, page: PageId) -> Vec<NavItem> {
    let current_section = match page {
        PageId::Index(s) => Some(s),
        PageId::Entry(key) => Some(key.section()),
        PageId::Report(_) => Some(Section::Countries),
        PageId::StatusList(_) | PageId::Overdue => Some(Section::Commitments),
        PageId::More(listing, _) => return nav(lens, listing.first()),
        PageId::CellList(..) | PageId::Matrix(_) | PageId::Embed(_) => None,
        PageId::Home
        | PageId::Offline
        | PageId::NotFound
        | PageId::Downloads
        | PageId::Search
        | PageId::Data
        | PageId::Feeds
        | PageId::Translations
        | PageId::Changes => None,
    };
    let section = |section: Section| NavItem {
        id: section.name(),
        title: lens.locale.text(&format!("nav-{section}")),
        href: lens.url(&format!("{section}/")),
        current: current_section == Some(section),
    };
    // The matrix is where a reader compares countries; it belongs beside the sections.
    let matrix = NavItem {
        id: "matrix",
        title: lens.locale.text("matrix-title"),
        href: lens.url(&PageId::Matrix(MatrixOrder::ByName).path(lens.site)),
        current: matches!(page, PageId::Matrix(_) | PageId::CellList(..)),
    };
    vec![
        section(Section::Countries),
        section(Section::Pillars),
        section(Section::Commitments),
        matrix,
        section(Section::Meetings),
        section(Section::Recommendations),
    ]
}

/// The feeds a page offers: the site's, and its own when it has one.
fn feed_links(lens: &Lens<'_>, page: PageId) -> Vec<FeedLink> {
    let mut feeds = vec![FeedLink {
        title: lens.locale.text("feed-site"),
        href: lens.url(&PageId::Home.feed(lens.site)),
    }];
    if page.has_feed() && page != PageId::Home {
        let title = match page {
            PageId::Entry(key) => page_title(lens, key),
            PageId::Changes => lens.locale.text("changes-title"),
            _ => String::new(),
        };
        feeds.push(FeedLink {
            title: lens
                .locale
                .format("feed-of", &[("title", Arg::Text(&title))])
                .unwrap_or(title),
            href: lens.url(&page.feed(lens.site)),
        });
    }
    feeds
}

/// The link to each static file a page may load, by its name in `static/`.
fn asset_links(assets: &crate::assets::Assets) -> BTreeMap<&str, String> {
    assets
        .loaded_by_pages()
        .into_iter()
        .map(|(name, published)| (name, mark(published)))
        .collect()
}

/// What a shared link to the site's root shows: the default language's home page's image.
fn root_share(site: &Site, default: &crate::config::Language, locale: &Locale) -> Share {
    let title = locale.text("site-title");
    Share {
        kind: "website",
        locale: crate::i18n::open_graph_locale(default),
        alternate_locales: site
            .config
            .languages
            .iter()
            .filter(|l| l.code != default.code)
            .map(crate::i18n::open_graph_locale)
            .collect(),
        image: absolute(site, &default.code, &PageId::Home.share_image(site)),
        image_width: crate::share::WIDTH,
        image_height: crate::share::HEIGHT,
        image_alt: locale
            .format("share-image-alt", &[("title", Arg::Text(&title))])
            .unwrap_or(title),
    }
}

/// A page at the root: a language chooser that works without JavaScript.
fn render_root(
    base: &Tera,
    site: &Site,
    locales: &Locales,
    assets: &crate::assets::Assets,
    page: Root,
    links: LinkStyle,
) -> Result<Marked, Diagnostic> {
    let config = &site.config;
    let default = locales.for_pages(&config.default_language);
    let default_language = config
        .language(&config.default_language)
        .expect("the default language is one of the site's");
    let languages = config
        .languages
        .iter()
        .map(|l| {
            let locale = locales.for_pages(&l.code);
            ChooserLanguage {
                code: &l.code,
                name: &l.name,
                dir: locale.dir(),
                href: mark(&format!("{}/", l.code)),
                absolute: absolute(site, &l.code, ""),
                site_title: locale.text("site-title"),
                choose: locale.text("choose-language"),
                not_found: (page == Root::NotFound).then(|| locale.text("not-found-title")),
            }
        })
        .collect();
    let context = ChooserContext {
        lang: &config.default_language,
        dir: default.dir(),
        stylesheet: mark(assets.href("style.css")),
        favicon: mark(assets.href("favicon.svg")),
        assets: asset_links(assets),
        title: default.text("site-title"),
        description: default.text("site-description"),
        canonical: &config.base_url,
        share: root_share(site, default_language, default),
        manifest: (links == LinkStyle::Rooted).then(|| {
            mark(&format!(
                "{}/{}",
                config.default_language,
                crate::addresses::MANIFEST
            ))
        }),
        languages,
        not_found: page == Root::NotFound,
    };
    let path = page.path();
    let render =
        |context: ChooserContext| base.render("chooser.html", &Context::from_serialize(context)?);
    let html = render(context).map_err(|e| {
        Diagnostic::error(format!(
            "cannot render /{} with `chooser.html`: {}",
            path.trim_end_matches("index.html"),
            error_chain(&e)
        ))
        .help("fix the template named above")
    })?;
    Ok(Marked::new(path.to_owned(), finish(html, site)))
}

#[cfg(test)]
mod contract;
