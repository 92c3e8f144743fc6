//! Every address of the site, and what makes the file there, known without making it: what
//! `swivi serve` answers (any other path is "not found" at once), and what the links of the
//! bodies are checked against. The same files `swivi build` writes, but the service worker
//! and the search index, whose files Pagefind names by their content. Also, for a site whose
//! model could not be made, the addresses it has whatever its entries ([`without_entries`]),
//! made by the same code from a site without entries.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::assets::Assets;
use crate::build::Prepared;
use crate::config::Config;
use crate::i18n::Locales;
use crate::model::{Date, Site};
use crate::offline::WORKER;
use crate::render::{PageId, Root};
use crate::{admin, calendar, copies, data, netlify, sitemap, translations};

/// What makes the file at a path.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Output {
    Page(usize, PageId),
    Root(Root),
    Feed(usize, PageId),
    TranslationsFeed(usize),
    Calendar(usize),
    Redirects,
    Asset(usize),
    /// A static file at the address of a file the build makes: an error, as in `swivi build`.
    Clash,
    /// A file of the browser editor, `admin/`.
    Admin,
    /// A file that needs the whole site built.
    Whole,
}

/// Each path of the site, and what makes the file there.
pub(crate) type Outputs = HashMap<String, Output>;

/// Every path of the site, and what makes it; the same files `swivi build` writes, but the
/// service worker.
pub(crate) fn outputs(prepared: &Prepared) -> Outputs {
    outputs_of(&Parts {
        site: &prepared.site,
        locales: &prepared.locales,
        assets: &prepared.assets,
        translations: &prepared.translations,
    })
}

/// What a site's list of addresses is made from: all but its templates, so that the list is
/// known, and the bodies' links checked against it, even when they have errors.
pub(crate) struct Parts<'a> {
    pub(crate) site: &'a Site,
    pub(crate) locales: &'a Locales,
    pub(crate) assets: &'a Assets,
    pub(crate) translations: &'a translations::Report,
}

/// [`outputs`], from the site's [`Parts`].
pub(crate) fn outputs_of(parts: &Parts) -> Outputs {
    let site = parts.site;
    let pages = PageId::all(site);
    // Each language's paths in parallel: `swivi serve` lists them on every save.
    let languages: Vec<Vec<(String, Output)>> = (0..site.config.languages.len())
        .into_par_iter()
        .map(|l| language_outputs(parts, l, &pages))
        .collect();
    let mut outputs = HashMap::with_capacity(languages.iter().map(Vec::len).sum::<usize>() + 64);
    for root in [Root::Chooser, Root::NotFound] {
        outputs.insert(root.path().to_owned(), Output::Root(root));
    }
    outputs.insert(netlify::REDIRECTS.to_owned(), Output::Redirects);
    outputs.extend(languages.into_iter().flatten());
    let headers = netlify::HEADERS.to_owned();
    for path in data::paths(site)
        .into_iter()
        .chain(sitemap::paths(site))
        .chain([headers])
    {
        outputs.insert(path, Output::Whole);
    }
    for file in admin::files(site, parts.locales, parts.assets) {
        outputs.insert(file.path, Output::Admin);
    }
    // A static file at the address of a generated one is an error of `swivi build`: here, the
    // error is what that address shows.
    for (i, asset) in parts.assets.files.iter().enumerate() {
        let output = if outputs.contains_key(&asset.path) {
            Output::Clash
        } else {
            Output::Asset(i)
        };
        outputs.insert(asset.path.clone(), output);
    }
    outputs.remove(WORKER);
    outputs
}

/// The paths of a site whose entries are not known (its model could not be made): those it
/// has whatever its entries, its static files among them. A site has these and, besides,
/// its entries' pages and what is made from its entries' facts
/// ([`crate::model::links::check_links_without_site`] says where those are).
pub(crate) fn without_entries(
    config: &Config,
    today: Date,
    locales: &Locales,
    assets: &Assets,
) -> HashSet<String> {
    let site = Site::without_entries(config.clone(), today);
    let translations = translations::report(&site, locales);
    outputs_of(&Parts {
        site: &site,
        locales,
        assets,
        translations: &translations,
    })
    .into_keys()
    .collect()
}

/// The paths of the language at `l`: its `pages` and their feeds, its translation feed, its
/// calendar and its offline copy.
fn language_outputs(parts: &Parts, l: usize, pages: &[PageId]) -> Vec<(String, Output)> {
    let site = parts.site;
    let lang = &site.config.languages[l].code;
    let mut outputs = Vec::with_capacity(2 * pages.len() + 2);
    for &page in pages {
        let path = format!("{lang}/{}", page.path(site));
        let made = match page {
            // They list the data files and the copies, with their sizes.
            PageId::Data | PageId::Downloads => Output::Whole,
            _ => Output::Page(l, page),
        };
        if page.has_feed() {
            outputs.push((format!("{path}feed.xml"), Output::Feed(l, page)));
        }
        outputs.push((path + "index.html", made));
    }
    if parts.translations.languages.iter().any(|r| &r.code == lang) {
        let path = format!("{lang}/{}feed.xml", PageId::Translations.path(site));
        outputs.push((path, Output::TranslationsFeed(l)));
    }
    outputs.push((format!("{lang}/{}", calendar::PATH), Output::Calendar(l)));
    if site.config.offline_copy {
        outputs.push((copies::path(lang), Output::Whole));
    }
    outputs
}
