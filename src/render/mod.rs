//! HTML pages: the site × languages, through the theme's Tera templates, in parallel.
//!
//! One `Tera` per language is cloned from the loaded templates and given functions bound to
//! that language (`t()` for interface strings, `percent()` for a share, `url()` for links),
//! so templates never pass a language around. Each page gets the common context (language,
//! switcher, alternates, feeds, breadcrumbs) and a `page` view built
//! with [`crate::present::Lens`]. Template errors become diagnostics.

pub(crate) mod cards;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;
use tera::{Context, Tera, Value};

use crate::addresses::{
    FOOTER_PAGES, LinkStyle, Marked, MatrixOrder, PageId, Root, absolute, free_pages,
    has_pages_index, mark,
};
use crate::content::Section;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::i18n::{Arg, Locale, Locales};
use crate::model::{ContentDate, Entry, Origin, Site};
use crate::present::{Lens, Link, sort_key};

/// The theme's template that renders `page`.
fn template(page: PageId) -> &'static str {
    match page {
        PageId::Home => "home.html",
        PageId::Index(Section::Countries) => "countries.html",
        PageId::Index(Section::Pillars) => "pillars.html",
        PageId::Index(Section::Commitments) => "commitments.html",
        PageId::Index(Section::Meetings) => "meetings.html",
        PageId::Index(Section::Recommendations) => "recommendations.html",
        PageId::Index(Section::Pages) => "pages.html",
        PageId::Entry(Section::Countries, _) => "country.html",
        PageId::Entry(Section::Pillars, _) => "pillar.html",
        PageId::Entry(Section::Commitments, _) => "commitment.html",
        PageId::Entry(Section::Meetings, _) => "meeting.html",
        PageId::Entry(Section::Recommendations, _) => "recommendation.html",
        PageId::Entry(Section::Pages, _) => "page.html",
        PageId::Offline => "offline.html",
        PageId::NotFound => "not-found.html",
        PageId::Downloads => "downloads.html",
        PageId::Search => "search.html",
        PageId::Data => "data.html",
        PageId::Translations => "translations.html",
        PageId::Matrix(_) => "matrix.html",
        PageId::StatusList(_) | PageId::CellList(..) => "list.html",
    }
}

/// What pages show besides the content: the offline copies and open data files the build
/// made, and the theme's map layout.
#[derive(Debug)]
pub(crate) struct Attachments<'a> {
    /// Known once the copies are made: the download pages are rendered last.
    pub(crate) downloads: Vec<crate::copies::Download>,
    /// Known once the data files are made; only the data page lists them.
    pub(crate) data: Vec<crate::data::DataFile>,
    pub(crate) map: &'a crate::map::Layout,
    pub(crate) translations: &'a crate::translations::Report,
    /// The static files' published names.
    pub(crate) assets: &'a crate::assets::Assets,
}

#[derive(Serialize)]
struct Common<'a> {
    lang: &'a str,
    dir: &'static str,
    site_title: String,
    title: String,
    stylesheet: String,
    favicon: String,
    /// The page script that registers the service worker; none in a copy read from disk.
    script: Option<String>,
    /// The link to each of the theme's static files that pages load, by its name in
    /// `static/` (`assets["img/logo.svg"]`): they are published under hashed names.
    assets: BTreeMap<&'a str, String>,
    home: String,
    canonical: String,
    alternates: Vec<Alternate>,
    feeds: Vec<FeedLink>,
    breadcrumbs: Vec<Crumb>,
    nav: Vec<NavItem>,
    /// Free pages that are not source documents (about, methodology), for the footer; at
    /// most [`FOOTER_PAGES`].
    pages: Vec<Crumb>,
    /// The index of every free page, when there are more than the footer lists.
    more_pages: Option<String>,
    /// The download page, when the site has one.
    downloads: Option<String>,
    /// The open data page, when the build made data files.
    data: Option<String>,
    /// The translation status page, when the site has several languages.
    translations: Option<String>,
    /// The search page, in a published site (a copy read from disk cannot load the index).
    search: Option<Crumb>,
    x_default: String,
}

#[derive(Serialize)]
struct Alternate {
    code: String,
    name: String,
    dir: &'static str,
    href: String,
    absolute: String,
    current: bool,
}

#[derive(Serialize)]
pub(crate) struct FeedLink {
    pub(crate) title: String,
    pub(crate) href: String,
}

#[derive(Serialize)]
struct Crumb {
    title: String,
    href: String,
    current: bool,
}

/// A section in the main navigation.
#[derive(Serialize)]
struct NavItem {
    /// The section's name, for templates to match on (`countries`, …).
    id: &'static str,
    title: String,
    href: String,
    current: bool,
}

/// The theme's templates, loaded: one `Tera` per language, whose `t()` speaks it.
pub(crate) struct Templates {
    base: Tera,
    teras: Vec<Tera>,
}

impl Templates {
    /// `None` when the templates do not parse (reported in `diags`).
    pub(crate) fn load(
        site: &Site,
        locales: &Locales,
        templates: &[(String, Arc<SourceFile>)],
        diags: &mut Diagnostics,
    ) -> Option<Templates> {
        let base = load_templates(templates, diags)?;
        let teras = site
            .config
            .languages
            .iter()
            .map(|language| tera_for(&base, locales.for_pages(&language.code)))
            .collect();
        Some(Templates { base, teras })
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
}

impl<'a> Renderer<'a> {
    /// The pages of each language, in a stable order. A portable copy read from disk has no
    /// service worker, so no offline page, and no downloads, data or translation pages.
    pub(crate) fn pages(&self) -> Vec<PageId> {
        match self.links {
            LinkStyle::Rooted => PageId::all(self.site),
            LinkStyle::Relative => PageId::content(self.site),
        }
    }

    /// `page` in the language at `l` of the site's languages.
    pub(crate) fn page(&self, l: usize, page: PageId) -> Result<Marked, Diagnostic> {
        let language = &self.site.config.languages[l];
        let lens = Lens {
            site: self.site,
            language,
            locale: self.locales.for_pages(&language.code),
            links: self.links,
        };
        let lists = cards::Lists {
            tera: &self.templates.teras[l],
            lens: &lens,
            cards: self.cards.of(l),
        };
        render_page(&lists, page, &self.attachments)
    }

    /// A page at the root, in every language.
    pub(crate) fn root(&self, page: Root) -> Result<Marked, Diagnostic> {
        render_root(
            &self.templates.base,
            self.site,
            self.locales,
            self.attachments.assets,
            page,
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

fn render_page(
    lists: &cards::Lists<'_>,
    page: PageId,
    attachments: &Attachments<'_>,
) -> Result<Marked, Diagnostic> {
    let (tera, lens) = (lists.tera, lists.lens);
    let site = lens.site;
    let (title, crumbs, data) =
        page_view(lists, page, attachments).map_err(|e| template_error(page, lens, &e))?;
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
    let common = Common {
        lang: lens.code(),
        dir: lens.locale.dir(),
        title: if page == PageId::Home {
            site_title.clone()
        } else {
            title
        },
        site_title,
        stylesheet: lens.href(attachments.assets.href("style.css")),
        favicon: lens.href(attachments.assets.href("favicon.svg")),
        script: (lens.links == LinkStyle::Rooted)
            .then(|| lens.href(attachments.assets.href(crate::offline::PAGE_SCRIPT))),
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
        data: (lens.links == LinkStyle::Rooted).then(|| lens.url(&PageId::Data.path(site))),
        downloads: (site.config.offline_copy && lens.links == LinkStyle::Rooted)
            .then(|| lens.url(&PageId::Downloads.path(site))),
        translations: (site.config.languages.len() > 1 && lens.links == LinkStyle::Rooted)
            .then(|| lens.url(&PageId::Translations.path(site))),
        search: (lens.links == LinkStyle::Rooted).then(|| Crumb {
            title: lens.locale.text("search-title"),
            href: lens.url(&PageId::Search.path(site)),
            current: page == PageId::Search,
        }),
        x_default: site.config.base_url.clone(),
    };
    // Moved in whole: `Context::insert` would copy the page's view, value by value.
    let mut common = serde_json::to_value(&common).expect("views serialise");
    common["page"] = data;
    let context = Context::from_value(common).map_err(|e| template_error(page, lens, &e))?;
    let html = tera
        .render(template(page), &context)
        .map_err(|e| template_error(page, lens, &e))?;
    Ok(Marked::new(
        format!("{}/{}index.html", lens.code(), path),
        finish(html, site),
    ))
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

fn nav(lens: &Lens<'_>, page: PageId) -> Vec<NavItem> {
    let current_section = match page {
        PageId::Index(s) | PageId::Entry(s, _) => Some(s),
        PageId::StatusList(_) | PageId::CellList(..) | PageId::Matrix(_) => {
            Some(Section::Commitments)
        }
        PageId::Home
        | PageId::Offline
        | PageId::NotFound
        | PageId::Downloads
        | PageId::Search
        | PageId::Data
        | PageId::Translations => None,
    };
    [
        Section::Countries,
        Section::Pillars,
        Section::Commitments,
        Section::Meetings,
        Section::Recommendations,
    ]
    .into_iter()
    .map(|section| NavItem {
        id: section.name(),
        title: lens.locale.text(&format!("nav-{section}")),
        href: lens.url(&format!("{section}/")),
        current: current_section == Some(section),
    })
    .collect()
}

/// The feeds a page offers: the site's, and its own when it has one.
fn feed_links(lens: &Lens<'_>, page: PageId) -> Vec<FeedLink> {
    let mut feeds = vec![FeedLink {
        title: lens.locale.text("feed-site"),
        href: lens.url(&PageId::Home.feed(lens.site)),
    }];
    if page.has_feed() && page != PageId::Home {
        let title = match page {
            PageId::Entry(section, i) => page_title(lens, section, i),
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

fn page_title(lens: &Lens<'_>, section: Section, i: usize) -> String {
    let site = lens.site;
    match section {
        Section::Countries => lens.title(&site.countries[i]).marked(),
        Section::Pillars => lens.title(&site.pillars[i]).marked(),
        Section::Commitments => lens.title(&site.commitments[i]).marked(),
        Section::Meetings => lens.title(&site.meetings[i]).marked(),
        Section::Recommendations => lens.title(&site.recommendations[i]).marked(),
        Section::Pages => lens.title(&site.pages[i]).marked(),
    }
}

/// The page's title, its parent crumbs, and the `page` value templates read.
fn page_view(
    lists: &cards::Lists<'_>,
    page: PageId,
    attachments: &Attachments<'_>,
) -> tera::Result<(String, Vec<Link>, Value)> {
    let lens = lists.lens;
    let site = lens.site;
    // Made only for the two pages that show every commitment: at 10,000 commitments it is
    // 80 KB, and the other 60,000 pages would each make it for nothing.
    let all = || -> Vec<usize> { (0..site.commitments.len()).collect() };
    Ok(match page {
        PageId::Home => {
            let all = all();
            let view = serde_json::json!({
                "tally": lens.tally_chart_of(&all, "chart-site"),
                "latest": lens.latest_updates(&all, 10),
                "counts": {
                    "countries": lens.count("country-count", site.countries.len()),
                    "pillars": lens.count("pillar-count", site.pillars.len()),
                    "commitments": lens.count("commitment-count", site.commitments.len()),
                    "meetings": lens.count("meeting-count", site.meetings.len()),
                    "recommendations": lens.count("recommendation-count", site.recommendations.len()),
                },
            });
            (lens.locale.text("site-title"), vec![], view)
        }
        PageId::Offline => (lens.locale.text("offline-title"), vec![], Value::Null),
        PageId::NotFound => (lens.locale.text("not-found-title"), vec![], Value::Null),
        PageId::Search => (lens.locale.text("search-title"), vec![], search_view(lens)),
        PageId::Matrix(order) => {
            let title = lens.locale.text("matrix-title");
            (
                title,
                vec![index_link(lens, Section::Commitments)],
                matrix_view(lens, order),
            )
        }
        PageId::StatusList(status) => {
            let label = lens.status(status).label;
            let title = lens
                .locale
                .format("list-status-title", &[("status", Arg::Text(&label))])
                .unwrap_or(label);
            let mine = site.commitments_where(|c| c.status(&site.config) == status);
            (
                title,
                vec![index_link(lens, Section::Commitments)],
                serde_json::json!({ "cards": lists.list(&mine, true)? }),
            )
        }
        PageId::CellList(country, pillar) => {
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
            let mine =
                site.commitments_where(|c| c.country == country && c.pillars.contains(&pillar));
            let parents = vec![
                index_link(lens, Section::Commitments),
                lens.link(Section::Countries, &site.countries[country]),
            ];
            (
                title,
                parents,
                serde_json::json!({ "cards": lists.list(&mine, true)? }),
            )
        }
        PageId::Data => (
            lens.locale.text("data-title"),
            vec![],
            data_view(lens, &attachments.data),
        ),
        PageId::Translations => (
            lens.locale.text("translations-title"),
            vec![],
            translations_view(lens, attachments.translations),
        ),
        PageId::Downloads => {
            let copies: Vec<Value> = attachments
                .downloads
                .iter()
                .filter_map(|d| {
                    let language = site.config.language(&d.lang)?;
                    let kb = (d.bytes as f64 / 1024.0).ceil();
                    Some(serde_json::json!({
                        "lang": language.code,
                        "name": language.name,
                        "dir": crate::i18n::text_direction(&language.code),
                        "href": lens.href(&d.path),
                        "size": lens.locale.format("downloads-size", &[("size", Arg::Number(kb))]).unwrap_or_else(|_| lens.locale.number(kb)),
                    }))
                })
                .collect();
            (
                lens.locale.text("downloads-title"),
                vec![],
                serde_json::json!({ "copies": copies }),
            )
        }
        PageId::Index(section) => {
            let title = lens.locale.text(&format!("nav-{section}"));
            let view = match section {
                Section::Countries => {
                    let mut rows: Vec<(String, Value)> = (0..site.countries.len())
                        .map(|i| {
                            let link = lens.link(Section::Countries, &site.countries[i]);
                            let tally = lens.tally_of(&site.commitments_where(|c| c.country == i));
                            (
                                sort_key(&link.title.text),
                                serde_json::json!({ "link": link, "tally": tally }),
                            )
                        })
                        .collect();
                    rows.sort_by(|a, b| a.0.cmp(&b.0));
                    serde_json::json!({
                        "map": map_view(lens, attachments.map),
                        "countries": rows.into_iter().map(|(_, row)| row).collect::<Vec<_>>(),
                    })
                }
                Section::Pillars => {
                    let rows: Vec<Value> = (0..site.pillars.len())
                        .map(|i| {
                            let pillar = &site.pillars[i];
                            serde_json::json!({
                                "link": lens.link(Section::Pillars, pillar),
                                "number": roman(pillar.facts.number),
                                "summary": lens.summary(pillar),
                                "tally": lens.tally_of(&site.commitments_where(|c| c.pillars.contains(&i))),
                            })
                        })
                        .collect();
                    serde_json::json!({ "pillars": rows })
                }
                Section::Commitments => {
                    let all = all();
                    serde_json::json!({
                    "filter": filter_view(lens),
                    "matrix": lens.url(&PageId::Matrix(MatrixOrder::ByName).path(site)),
                    "statuses": (0..site.config.statuses.len()).map(|i| serde_json::json!({
                        "status": lens.status(i),
                        "href": lens.url(&PageId::StatusList(i).path(site)),
                        "count": site.commitments_where(|c| c.status(&site.config) == i).len(),
                    })).collect::<Vec<_>>(),
                    "tally": lens.tally_chart_of(&all, "chart-all"),
                    "groups": lists.by_status(&all, true)?,
                    })
                }
                Section::Meetings => serde_json::json!({
                    "meetings": lens.meeting_cards(0..site.meetings.len()),
                    "calendar": lens.url(crate::calendar::PATH),
                }),
                Section::Recommendations => {
                    let every: Vec<usize> = (0..site.recommendations.len()).collect();
                    serde_json::json!({ "groups": lens.recommendation_groups(&every) })
                }
                Section::Pages => {
                    let mut rows: Vec<(String, Value)> = free_pages(site)
                        .map(|page| {
                            let link = lens.link(Section::Pages, page);
                            (
                                sort_key(&link.title.text),
                                serde_json::json!({ "link": link, "summary": lens.summary(page) }),
                            )
                        })
                        .collect();
                    rows.sort_by(|a, b| a.0.cmp(&b.0));
                    serde_json::json!({ "pages": rows.into_iter().map(|(_, row)| row).collect::<Vec<_>>() })
                }
            };
            (title, vec![], view)
        }
        PageId::Entry(section, i) => {
            let title = page_title(lens, section, i);
            let has_index = section != Section::Pages
                || (has_pages_index(site) && site.pages[i].facts.date.is_none());
            let parents = if has_index {
                vec![index_link(lens, section)]
            } else {
                vec![]
            };
            let view = entry_view(lists, section, i)?;
            (title, parents, view)
        }
    })
}

/// The data page: each table with its files in this language (size), its schema and what
/// each column holds; then the zip of everything.
fn data_view(lens: &Lens<'_>, files: &[crate::data::DataFile]) -> Value {
    let size = |bytes: usize| {
        let kb = (bytes as f64 / 1024.0).ceil();
        lens.locale
            .format("downloads-size", &[("size", Arg::Number(kb))])
            .unwrap_or_else(|_| lens.locale.number(kb))
    };
    let tables: Vec<Value> = crate::data::TABLES
        .iter()
        .map(|table| {
            let mine: Vec<Value> = files
                .iter()
                .filter(|f| f.lang == lens.code() && f.table == table.name)
                .map(|f| serde_json::json!({ "format": f.format.to_uppercase(), "href": lens.href(&f.path), "size": size(f.bytes) }))
                .collect();
            let columns: Vec<Value> = table
                .columns
                .iter()
                .map(|c| serde_json::json!({ "name": c.name, "description": lens.locale.text(c.message) }))
                .collect();
            serde_json::json!({
                "name": table.name,
                "title": lens.locale.text(&format!("data-table-{}", table.name)),
                "files": mine,
                "schema": lens.href(&crate::data::schema_path(table)),
                "columns": columns,
            })
        })
        .collect();
    let all = files
        .iter()
        .find(|f| f.format == "zip")
        .map(|f| serde_json::json!({ "href": lens.href(&f.path), "size": size(f.bytes) }));
    serde_json::json!({ "tables": tables, "all": all, "licence": lens.site.config.data_licence })
}

/// The translation status page: every language's coverage, then what the reader's language
/// still needs, entry by entry, with the files to edit.
fn translations_view(lens: &Lens<'_>, report: &crate::translations::Report) -> Value {
    let site = lens.site;
    // Rounded down, so that 100 % means nothing is left to do.
    let percent = |part: usize, whole: usize| (part * 100).checked_div(whole).unwrap_or(100);
    let rows: Vec<Value> = report
        .languages
        .iter()
        .map(|l| {
            let (m, e) = (&l.messages, &l.entries);
            serde_json::json!({
                "code": l.code,
                "name": l.name,
                "dir": crate::i18n::text_direction(&l.code),
                "href": lens.href(&format!("{}/{}", l.code, PageId::Translations.path(site))),
                "feed": lens.href(&format!("{}/{}", l.code, PageId::Translations.feed(site))),
                "messages": percent(m.translated(), m.total),
                "translated": percent(e.translated(), e.total),
                "up_to_date": percent(e.up_to_date(), e.total),
                "outdated": e.outdated.len(),
            })
        })
        .collect();
    let source = &report.source_language;
    let item = |item: &crate::translations::Item| {
        serde_json::json!({
            "title": lens.txt(source, item.title.clone()),
            "href": lens.href(&format!("{source}/{}", Lens::entry_path(item.section, &item.slug))),
            "file": item.file.display().to_string(),
            "source": item.source.display().to_string(),
            "fingerprint": item.fingerprint,
        })
    };
    let mine = report
        .languages
        .iter()
        .find(|l| l.code == lens.code())
        .map(|l| {
            serde_json::json!({
                "name": l.name,
                "feed": lens.url(&PageId::Translations.feed(site)),
                "messages_file": l.messages.file.display().to_string(),
                "messages": l.messages.missing,
                "outdated": l.entries.outdated.iter().map(item).collect::<Vec<_>>(),
                "missing": l.entries.missing.iter().map(item).collect::<Vec<_>>(),
                "unrecorded": l.entries.unrecorded.iter().map(item).collect::<Vec<_>>(),
            })
        });
    serde_json::json!({
        "source": lens.language_name(&report.source_language),
        "languages": rows,
        "mine": mine,
    })
}

/// The tile-grid map of the countries, coloured by the share of commitments completed, with
/// its legend.
fn map_view(lens: &Lens<'_>, layout: &crate::map::Layout) -> Value {
    let site = lens.site;
    let tiles: Vec<crate::map::Tile> = (0..site.countries.len())
        .map(|i| {
            let country = &site.countries[i];
            let tally = lens.tally_of(&site.commitments_where(|c| c.country == i));
            let name = lens.title(country).text;
            let label = match &tally.done_text {
                Some(done) => format!("{name}: {}, {done}", tally.total_text),
                None => format!("{name}: {}", tally.total_text),
            };
            crate::map::Tile {
                code: country.slug.clone(),
                href: lens.entry_url(Section::Countries, &country.slug),
                level: crate::map::level(tally.percent_done),
                label,
            }
        })
        .collect();
    let legend: Vec<Value> = crate::map::LEVELS
        .into_iter()
        .map(|level| serde_json::json!({ "level": level, "label": lens.locale.text(&format!("map-level-{level}")) }))
        .collect();
    serde_json::json!({ "svg": layout.svg(&lens.locale.text("map-title"), &tiles), "legend": legend })
}

/// The link to a section's index, named as the navigation names it.
fn index_link(lens: &Lens<'_>, section: Section) -> Link {
    Link {
        title: lens.txt(lens.code(), lens.locale.text(&format!("nav-{section}"))),
        href: lens.url(&format!("{section}/")),
    }
}

/// The search page: its index (in a published site), the choices of its filters, and the
/// indexes that lead to every entry without it.
fn search_view(lens: &Lens<'_>) -> Value {
    let site = lens.site;
    let statuses: Vec<Value> = (0..site.config.statuses.len())
        .map(|i| {
            let status = lens.status(i);
            serde_json::json!({ "value": status.id, "label": status.label })
        })
        .collect();
    let indexes: Vec<Link> = [Section::Countries, Section::Pillars, Section::Commitments]
        .into_iter()
        .map(|section| index_link(lens, section))
        .collect();
    serde_json::json!({
        "bundle": (lens.links == LinkStyle::Rooted).then(|| lens.url(crate::addresses::SEARCH_BUNDLE)),
        "files": lens.url(&crate::search::file_list()),
        "filter": filter_view(lens),
        "statuses": statuses,
        "indexes": indexes,
    })
}

/// The choices of the commitments list's filter: countries that have commitments, by name,
/// and pillars in order.
fn filter_view(lens: &Lens<'_>) -> Value {
    let site = lens.site;
    let mut countries: Vec<(String, Value)> = (0..site.countries.len())
        .filter(|&i| site.commitments.iter().any(|c| c.facts.country == i))
        .map(|i| {
            let name = lens.title(&site.countries[i]);
            (
                sort_key(&name.text),
                serde_json::json!({ "value": site.countries[i].slug, "label": name.marked() }),
            )
        })
        .collect();
    countries.sort_by(|a, b| a.0.cmp(&b.0));
    let pillars: Vec<Value> = site
        .pillars
        .iter()
        .map(|p| {
            let label = format!("{} · {}", roman(p.facts.number), lens.title(p).marked());
            serde_json::json!({ "value": p.slug, "label": label })
        })
        .collect();
    serde_json::json!({
        "countries": countries.into_iter().map(|c| c.1).collect::<Vec<_>>(),
        "pillars": pillars,
    })
}

/// Countries (rows) × pillars (columns): in each cell the commitments of that country under
/// that pillar, counted by status, linked to their list.
fn matrix_view(lens: &Lens<'_>, order: MatrixOrder) -> Value {
    let site = lens.site;
    let config = &site.config;
    let mut rows: Vec<(usize, String, Value)> = (0..site.countries.len())
        .map(|country| {
            let cells: Vec<Value> = (0..site.pillars.len())
                .map(|pillar| {
                    let mine = site.commitments_where(|c| c.country == country && c.pillars.contains(&pillar));
                    let statuses: Vec<Value> = (0..config.statuses.len())
                        .filter_map(|status| {
                            let count = mine.iter().filter(|&&c| site.commitments[c].facts.status(config) == status).count();
                            (count > 0).then(|| serde_json::json!({ "status": lens.status(status), "count": count }))
                        })
                        .collect();
                    serde_json::json!({
                        "total": mine.len(),
                        "href": (!mine.is_empty()).then(|| lens.url(&PageId::CellList(country, pillar).path(site))),
                        "statuses": statuses,
                    })
                })
                .collect();
            let total = site.commitments_where(|c| c.country == country).len();
            let link = lens.link(Section::Countries, &site.countries[country]);
            let key = sort_key(&link.title.text);
            (total, key, serde_json::json!({ "country": link, "total": total, "cells": cells }))
        })
        .collect();
    match order {
        MatrixOrder::ByName => rows.sort_by(|a, b| a.1.cmp(&b.1)),
        MatrixOrder::ByCount => rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1))),
    }
    let pillars: Vec<Value> = site
        .pillars
        .iter()
        .map(|p| serde_json::json!({ "number": roman(p.facts.number), "link": lens.link(Section::Pillars, p) }))
        .collect();
    let orders: Vec<Value> = [(MatrixOrder::ByName, "matrix-order-name"), (MatrixOrder::ByCount, "matrix-order-count")]
        .into_iter()
        .map(|(o, id)| {
            serde_json::json!({ "title": lens.locale.text(id), "href": lens.url(&PageId::Matrix(o).path(site)), "current": o == order })
        })
        .collect();
    serde_json::json!({
        "pillars": pillars,
        "rows": rows.into_iter().map(|r| r.2).collect::<Vec<_>>(),
        "orders": orders,
    })
}

/// The view of one entry's page: its text, then what its kind adds.
fn entry_view(lists: &cards::Lists<'_>, section: Section, i: usize) -> tera::Result<Value> {
    let lens = lists.lens;
    let site = lens.site;
    let config = &site.config;
    let mut view = match section {
        Section::Countries => text_view(lens, section, &site.countries[i]),
        Section::Pillars => text_view(lens, section, &site.pillars[i]),
        Section::Commitments => text_view(lens, section, &site.commitments[i]),
        Section::Meetings => text_view(lens, section, &site.meetings[i]),
        Section::Recommendations => text_view(lens, section, &site.recommendations[i]),
        Section::Pages => text_view(lens, section, &site.pages[i]),
    };
    match section {
        Section::Countries => {
            let mine = site.commitments_where(|c| c.country == i);
            let addressed: Vec<usize> = (0..site.recommendations.len())
                .filter(|&r| site.recommendations[r].facts.addressed_to.contains(&i))
                .collect();
            let meetings =
                (0..site.meetings.len()).filter(|&m| site.meetings[m].facts.countries.contains(&i));
            view["tally"] = json(lens.tally_chart_of(&mine, "chart-country"));
            // The country is the page's own: its cards do not repeat it.
            view["groups"] = json(lists.by_status(&mine, false)?);
            view["meetings"] = json(lens.meeting_cards(meetings));
            view["recommendations"] = json(lens.recommendation_groups(&addressed));
        }
        Section::Pillars => {
            let mine = site.commitments_where(|c| c.pillars.contains(&i));
            view["number"] = json(roman(site.pillars[i].facts.number));
            view["tally"] = json(lens.tally_chart_of(&mine, "chart-pillar"));
            view["groups"] = json(lists.by_status(&mine, true)?);
        }
        Section::Commitments => {
            let facts = &site.commitments[i].facts;
            let newest_first: Vec<_> = (0..facts.updates.len())
                .rev()
                .map(|u| lens.update(facts, u))
                .collect();
            view["status"] = json(lens.status(facts.status(config)));
            view["stale"] = json(lens.stale(facts));
            view["date"] = json(lens.date(facts.date));
            view["country"] = json(lens.link(Section::Countries, &site.countries[facts.country]));
            view["pillars"] = json(lens.links(Section::Pillars, &site.pillars, &facts.pillars));
            view["meeting"] = json(
                facts
                    .meeting
                    .map(|m| lens.link(Section::Meetings, &site.meetings[m])),
            );
            view["recommendations"] = json(lens.recommendation_cards(&facts.recommendations));
            view["updates"] = json(newest_first);
            view["timeline_chart"] = json(lens.timeline_chart(facts));
            view["indicators"] = json(lens.indicators(&facts.indicators));
        }
        Section::Meetings => {
            let facts = &site.meetings[i].facts;
            let made_here = site.commitments_where(|c| c.meeting == Some(i));
            view["dates"] = json(lens.date_range(facts.start, facts.end));
            view["start_iso"] = json(facts.start.to_string());
            view["place"] = json(lens.localized(&facts.place));
            view["organisers"] = json(lens.localized(&facts.organisers));
            view["countries"] =
                json(lens.links(Section::Countries, &site.countries, &facts.countries));
            view["documents"] = json(
                facts
                    .documents
                    .iter()
                    .map(|d| serde_json::json!({ "title": d.title, "url": d.url }))
                    .collect::<Vec<_>>(),
            );
            view["commitments"] = json(lists.by_status(&made_here, true)?);
            view["recommendations"] =
                json(lens.recommendation_cards(&made_by(site, Origin::Meeting(i))));
            view["indicators"] = json(lens.indicators(&facts.indicators));
            view["calendar"] = json(lens.url(crate::calendar::PATH));
        }
        Section::Recommendations => {
            let facts = &site.recommendations[i].facts;
            let answers = site.commitments_where(|c| c.recommendations.contains(&i));
            view["number"] = json(facts.number);
            view["theme"] = json(lens.localized(&facts.theme));
            view["source"] = json(lens.origin_link(facts.origin));
            view["date"] = json(lens.date(facts.date));
            view["addressed_to"] =
                json(lens.links(Section::Countries, &site.countries, &facts.addressed_to));
            view["cards"] = json(lists.list(&answers, true)?);
        }
        Section::Pages => {
            view["date"] = json(site.pages[i].facts.date.map(|d| lens.date(d)));
            view["recommendations"] =
                json(lens.recommendation_cards(&made_by(site, Origin::Document(i))));
        }
    }
    Ok(view)
}

/// What every entry page shows: title, summary, body, the notices about its translation, the
/// day it last changed.
fn text_view<F: ContentDate>(lens: &Lens<'_>, section: Section, entry: &Entry<F>) -> Value {
    serde_json::json!({
        "section": section.name(),
        "title": lens.title(entry),
        "summary": lens.summary(entry),
        "body": lens.body(entry),
        "unofficial": lens.unofficial(entry, section),
        "outdated": lens.outdated(entry, section),
        "changed": lens.changed(entry),
    })
}

/// The recommendations a meeting or a document made.
fn made_by(site: &Site, origin: Origin) -> Vec<usize> {
    (0..site.recommendations.len())
        .filter(|&r| site.recommendations[r].facts.origin == origin)
        .collect()
}

/// A view as a template value; views are plain data, so this cannot fail.
fn json(view: impl Serialize) -> Value {
    serde_json::to_value(view).expect("views serialise to JSON")
}

/// Roman numerals for pillar numbers, as declarations number them.
pub(crate) fn roman(mut n: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// The link to each hashed static file, by its name in `static/`.
fn asset_links(assets: &crate::assets::Assets) -> BTreeMap<&str, String> {
    assets
        .names()
        .iter()
        .map(|(name, published)| (name.as_str(), mark(published)))
        .collect()
}

/// A page at the root: a language chooser that works without JavaScript.
fn render_root(
    base: &Tera,
    site: &Site,
    locales: &Locales,
    assets: &crate::assets::Assets,
    page: Root,
) -> Result<Marked, Diagnostic> {
    let config = &site.config;
    let default = locales.for_pages(&config.default_language);
    let languages: Vec<Value> = config
        .languages
        .iter()
        .map(|l| {
            let locale = locales.for_pages(&l.code);
            serde_json::json!({
                "code": l.code,
                "name": l.name,
                "dir": locale.dir(),
                "href": mark(&format!("{}/", l.code)),
                "absolute": absolute(site, &l.code, ""),
                "site_title": locale.text("site-title"),
                "choose": locale.text("choose-language"),
                "not_found": (page == Root::NotFound).then(|| locale.text("not-found-title")),
            })
        })
        .collect();
    let mut context = Context::new();
    context.insert("lang", &config.default_language);
    context.insert("dir", default.dir());
    context.insert("stylesheet", &mark(assets.href("style.css")));
    context.insert("favicon", &mark(assets.href("favicon.svg")));
    context.insert("assets", &asset_links(assets));
    context.insert("title", &default.text("site-title"));
    context.insert("description", &default.text("site-description"));
    context.insert("canonical", &config.base_url);
    context.insert("languages", &languages);
    context.insert("not_found", &(page == Root::NotFound));
    let path = page.path();
    let html = base.render("chooser.html", &context).map_err(|e| {
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
mod tests {
    use super::roman;

    #[test]
    fn roman_numerals() {
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(12), "XII");
    }
}
