//! Every file a build makes, as one list, and the making of them.
//!
//! Every address of the site, and what makes the file there, is one list ([`outputs_of`]),
//! known without making the files: what `swivi serve` answers (any other path is "not
//! found" at once), what the links of the bodies are checked against, and what [`publish`]
//! writes: the same files, but the service worker and the search index, whose files
//! Pagefind names by their content (a test holds the two together). A file of the list that
//! is made alone ([`Output::made_alone`]: a feed, a calendar, a static file) is made by
//! [`Makers`], for `swivi build` and `swivi serve` alike, so a new kind of file is one
//! variant of [`Output`], listed in [`outputs_of`] and made in [`Makers::make`]. Also, for a
//! site whose model could not be made, the addresses it has whatever its entries
//! ([`without_entries`]), made by the same code from a site without entries.
//!
//! The pages are published language after language with, when the site offers one, the
//! language's offline copy, and then its files made alone (its feeds and calendar, in
//! parallel), while the open data is made beside them; then the language chooser and the
//! root's not-found page, the download and data pages, which give the sizes of the copies and
//! of the data files, and last the other files made alone. Making each language's feeds
//! after its pages, rather than all at the end, keeps the peak memory of a large site where
//! it was.
//!
//! A language's pages are made in parts, in parallel: one thread renders a part's pages, hands
//! them to the output and deflates the copy's pages among them, so neither core waits for the
//! other until the language is done. A page that lists a growing part of the site (the 4 MB
//! list of all commitments, a pillar's, a meeting's) takes as long as hundreds of others: each
//! is a part of its own, made first, and the other parts hold [`PART`] pages. Each page is
//! rendered once; the published page and the copy's page are two resolutions of its marked
//! links. Nothing of a language is held once it is written but its copy's deflated parts, so
//! memory follows the largest language, not the site.
//!
//! The open data is made on a thread of its own, outside the pool that makes the pages: its
//! tables, the largest of which takes seconds, would otherwise be taken up by a worker waiting
//! for a part of the pages, and the pages would wait for the table.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::addresses::{LinkStyle, Marked, PageId, Resolve, Root};
use crate::assets::Assets;
use crate::cache::Memo;
use crate::cite::Citation;
use crate::config::{Config, LanguageId};
use crate::copies::{Copy, Download, PART, Part};
use crate::data::DataFile;
use crate::diag::{Diagnostic, Diagnostics};
use crate::feeds::Feeds;
use crate::i18n::Locales;
use crate::ids::List;
use crate::model::{Date, EntryKey, Site};
use crate::output::{OutputFile, Sink, Written};
use crate::render::Renderer;
use crate::{admin, calendar, data, netlify, share, sitemap, translations};

/// The files of `listed`, the site's list ([`outputs_of`]): the pages with their offline
/// copies, language by language, each language followed by the files of its own the list says
/// are made alone (feeds, calendar), and the open data that `open_data` makes and lists,
/// beside them; then the other files made alone (static files, the editor's, `_redirects`).
/// What is made alone ([`Output::made_alone`]) is made by the [`Makers`] `swivi serve` makes
/// it with. `assets` are the files copies hold besides pages (stylesheet, page script).
/// Template errors go to `diags`. The files that need all these are the caller's to make.
pub(crate) fn publish<'a>(
    renderer: &mut Renderer<'_>,
    open_data: impl FnOnce() -> Vec<DataFile> + Send,
    feeds: &Feeds<'_>,
    listed: Cow<'a, Outputs>,
    assets: &[OutputFile],
    out: &dyn Sink,
    diags: &mut Diagnostics,
) {
    let published = match renderer.links {
        LinkStyle::Rooted => Resolve::Rooted {
            base_path: renderer.site.config.base_path(),
        },
        LinkStyle::Relative => Resolve::Relative,
    };
    let (last, pages): (Vec<PageId>, Vec<PageId>) = renderer.pages().into_iter().partition(is_last);
    let (by_language, rest) = made_alone(listed, renderer.site.config.languages.len());
    let (data, downloads) = std::thread::scope(|scope| {
        let data = scope.spawn(open_data);
        let alone = Alone {
            feeds,
            by_language: &by_language,
        };
        let downloads = languages(renderer, &pages, &published, &alone, assets, out, diags);
        let data = data
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (data, downloads)
    });
    renderer.attachments.data = data;
    renderer.attachments.downloads = downloads;
    for l in renderer.site.config.languages.ids() {
        for &page in &last {
            match renderer.page(l, page) {
                Ok(page) => out.put(page.resolve(&published)),
                Err(error) => diags.push(error),
            }
        }
    }
    let makers = Makers { renderer, feeds };
    make_alone(&makers, &rest, &published, out, diags);
}

/// What `swivi check` makes: every page of every language (language after language, in
/// parallel) and the roots' pages, then the files `alone` ([`checked_alone`]); each is let go
/// of once made, its links left unresolved. How many pages, and the errors, in the order
/// `publish` finds them.
pub(crate) fn check(
    renderer: &mut Renderer<'_>,
    feeds: &Feeds<'_>,
    alone: Vec<(String, Output)>,
) -> (usize, Diagnostics) {
    let site = renderer.site;
    let pages = renderer.pages();
    let mut diags = Diagnostics::default();
    for l in site.config.languages.ids() {
        let rendering: &Renderer<'_> = renderer;
        let errors: Vec<Diagnostic> = pages
            .par_iter()
            .filter_map(|&page| rendering.page(l, page).err())
            .collect();
        errors.into_iter().for_each(|error| diags.push(error));
        renderer.cards.forget(l);
    }
    let roots = [Root::Chooser, Root::NotFound];
    for &root in &roots {
        if let Err(error) = renderer.root(root) {
            diags.push(error);
        }
    }
    let makers = Makers { renderer, feeds };
    let published = Resolve::Rooted {
        base_path: site.config.base_path(),
    };
    for (path, output) in alone {
        if let Some(Err(error)) = makers.make(&path, output, &published) {
            diags.push(error);
        }
    }
    let made = pages.len() * site.config.languages.len() + roots.len();
    (made, diags)
}

/// The files of the list made alone: each language's (its feeds, its calendar), and the
/// others. Paths are copied out so that the list, which names every page, is let go of
/// before the pages are made.
fn made_alone(listed: Cow<'_, Outputs>, languages: usize) -> (ByLanguage, Vec<(String, Output)>) {
    let mut by_language: ByLanguage = (0..languages).map(|_| Vec::new()).collect();
    let mut rest = Vec::new();
    for (path, &output) in listed.iter().filter(|(_, output)| output.made_alone()) {
        match output.language() {
            Some(l) => by_language[l].push((path.clone(), output)),
            None => rest.push((path.clone(), output)),
        }
    }
    (by_language, rest)
}

/// Each language's files made alone, with their paths.
type ByLanguage = List<LanguageId, Vec<(String, Output)>>;

/// What makes each language's files made alone, after its pages.
struct Alone<'a> {
    feeds: &'a Feeds<'a>,
    by_language: &'a ByLanguage,
}

/// Makes `outputs` with `makers`, in parallel, handing each file to `out`.
fn make_alone(
    makers: &Makers<'_>,
    outputs: &[(String, Output)],
    published: &Resolve<'_>,
    out: &dyn Sink,
    diags: &mut Diagnostics,
) {
    let errors: Vec<Diagnostic> = outputs
        .par_iter()
        .filter_map(
            |(path, output)| match makers.make(path, *output, published)? {
                Ok(file) => {
                    out.put(file);
                    None
                }
                Err(error) => Some(error),
            },
        )
        .collect();
    errors.into_iter().for_each(|error| diags.push(error));
}

/// What makes each file of the list on its own, as `swivi build` and `swivi serve` both
/// make it: every file but those that need the whole site ([`Output::Whole`]).
pub(crate) struct Makers<'a> {
    pub(crate) renderer: &'a Renderer<'a>,
    pub(crate) feeds: &'a Feeds<'a>,
}

impl Makers<'_> {
    /// The file at `path`, which the list says `output` makes, its links resolved as
    /// `published`; `None` for a file that needs the whole site.
    pub(crate) fn make(
        &self,
        path: &str,
        output: Output,
        published: &Resolve<'_>,
    ) -> Option<Result<OutputFile, Diagnostic>> {
        let renderer = self.renderer;
        let site = renderer.site;
        let assets = renderer.attachments.assets;
        let file = match output {
            Output::Page(l, page) => renderer.page(l, page).map(|p| p.resolve(published)),
            Output::Root(root) => renderer.root(root).map(|p| p.resolve(published)),
            Output::Feed(l, page) => Ok(self.feeds.page(l, page)),
            Output::TranslationsFeed(l) => Ok(self
                .feeds
                .translations(l)
                .expect("listed only for a translated language")),
            Output::Calendar(l) => Ok(calendar::meetings(site, renderer.locales, l)),
            Output::FeedStylesheet(l) => {
                Ok(crate::feeds::stylesheet(site, renderer.locales, assets, l))
            }
            Output::ShareImage(l, page) => {
                let lens = renderer.plain_lens(l);
                renderer
                    .attachments
                    .painter
                    .image(&lens, page, path, renderer.attachments.memo)
                    .ok_or_else(|| bug(path))
            }
            Output::Citation(l, entry, format) => {
                Ok(Citation::of(&renderer.plain_lens(l), entry).file(format, path))
            }
            Output::Badge(l, entry) => {
                let lens = renderer.plain_lens(l);
                Ok(renderer.attachments.painter.badge(&lens, entry, path))
            }
            Output::Manifest(l) => Ok(share::manifest(
                &renderer.plain_lens(l),
                &renderer.attachments.painter.palette,
                &icon_sizes(assets),
                path,
            )),
            Output::ListIndex(l) => Ok(renderer.list_index(l, path)),
            Output::AppIcon(size) => renderer
                .attachments
                .painter
                .icon(assets, size, path)
                .ok_or_else(|| unreadable_favicon(assets, path)),
            Output::Redirects => Ok(netlify::redirects(site)),
            Output::Asset(i) => Ok(assets.files[i].clone()),
            Output::Admin => {
                admin::file(site, renderer.locales, assets, path).ok_or_else(|| bug(path))
            }
            Output::Clash => Err(clash(path, assets)),
            Output::Whole => return None,
        };
        Some(file)
    }
}

/// Two files of a build at one address: a static file in the place of one the build makes
/// (`static/fr/index.html`, `static/sitemap.xml`), which would replace it without a word, or
/// else a bug of swivi's.
pub(crate) fn clashes(written: &[Written], assets: &Assets) -> Diagnostics {
    let mut seen = std::collections::HashSet::with_capacity(written.len());
    let mut twice: Vec<&str> = written
        .iter()
        .filter(|w| !seen.insert(w.path.as_str()))
        .map(|w| w.path.as_str())
        .collect();
    twice.sort_unstable();
    twice.dedup();
    let mut diags = Diagnostics::default();
    for path in twice {
        diags.push(clash(path, assets));
    }
    diags
}

/// The problem of two files at `path`: a static file there, or a bug.
pub(crate) fn clash(path: &str, assets: &Assets) -> Diagnostic {
    match assets.copied_from(path) {
        Some(source) => Diagnostic::error(format!(
            "{} would replace the file the site makes at /{path}",
            crate::diag::display_path(source)
        ))
        .about(source)
        .help("rename or move it: swivi makes this file itself"),
        None => Diagnostic::error(format!("two files of the build have the address /{path}"))
            .help("this is a bug of swivi: please report it, with the site that shows it"),
    }
}

/// The error for a file the list names that its maker does not make: a bug of swivi's.
fn bug(path: &str) -> Diagnostic {
    Diagnostic::error(format!(
        "the file /{path} that the site's list names was not made"
    ))
    .help("this is a bug of swivi: please report it, with the site that shows it")
}

/// The error for an app icon that cannot be drawn from the site's `favicon.svg`.
fn unreadable_favicon(assets: &Assets, path: &str) -> Diagnostic {
    let mut error = Diagnostic::error(format!(
        "the icon /{path} of the installed app cannot be drawn from `{}`",
        share::FAVICON
    ))
    .help("make the favicon a valid SVG image, or remove it: the manifest then has no icons");
    if let Some(source) = assets.copied_from(share::FAVICON) {
        error = error.about(source);
    }
    error
}

/// The sizes of the app's icons: none for a site without a favicon to draw them from.
fn icon_sizes(assets: &Assets) -> Vec<u32> {
    match assets.bytes(share::FAVICON) {
        Some(_) => share::ICON_SIZES.to_vec(),
        None => Vec::new(),
    }
}

/// Whether `page` lists what is made beside or after the other pages (the open data, the
/// offline copies), and so is made last.
fn is_last(page: &PageId) -> bool {
    matches!(page, PageId::Downloads | PageId::Data)
}

/// Every language's `pages` (resolved as `published`) and its offline copy, then the
/// language chooser; what the download page says of each copy.
fn languages(
    renderer: &mut Renderer<'_>,
    pages: &[PageId],
    published: &Resolve<'_>,
    alone: &Alone<'_>,
    assets: &[OutputFile],
    out: &dyn Sink,
    diags: &mut Diagnostics,
) -> Vec<Download> {
    let site = renderer.site;
    let offline_copies = renderer.links == LinkStyle::Rooted && site.config.offline_copy;
    let in_copies = PageId::content(site);
    let asset_paths: Vec<String> = assets.iter().map(|a| a.path.clone()).collect();
    let chooser = renderer.root(Root::Chooser);
    let mut downloads = Vec::new();
    for l in site.config.languages.ids() {
        let copy = offline_copies.then(|| Copy::new(site, l, &in_copies, &asset_paths));
        let memo = renderer.attachments.memo;
        let page_parts = in_parts(pages, copy.as_ref(), published, out, diags, memo, |page| {
            renderer.page(l, page)
        });
        renderer.cards.forget(l);
        let makers = Makers {
            renderer,
            feeds: alone.feeds,
        };
        make_alone(&makers, &alone.by_language[l], published, out, diags);
        if let Some(mut copy) = copy {
            let rest: Vec<OutputFile> = assets
                .iter()
                .filter(|asset| copy.holds(&asset.path))
                .cloned()
                .collect();
            let rest = copy.deflate(&rest, renderer.attachments.memo);
            copy.add(page_parts.into_iter().chain([rest]));
            let (zip, download) = copy.finish();
            out.put(zip);
            downloads.push(download);
        }
    }
    // A portable copy is read from disk, where no host serves a page for a missing file.
    let not_found = (renderer.links == LinkStyle::Rooted).then(|| renderer.root(Root::NotFound));
    for root in [Some(chooser), not_found].into_iter().flatten() {
        match root {
            Ok(root) => out.put(root.resolve(published)),
            Err(error) => diags.push(error),
        }
    }
    downloads
}

/// Renders each of `pages` in parts of [`PART`], in parallel, each page resolved as
/// `published` and handed to `out` as it is made; returns the copy's pages of each part,
/// deflated, in the order of the parts (none without a copy). The errors go to `diags`, in
/// the same order.
fn in_parts(
    pages: &[PageId],
    copy: Option<&Copy<'_>>,
    published: &Resolve<'_>,
    out: &dyn Sink,
    diags: &mut Diagnostics,
    memo: &Memo,
    render: impl Fn(PageId) -> Result<Marked, Diagnostic> + Sync,
) -> Vec<Part> {
    // The pages that list the site each make a part of their own, first: in a part with
    // others, or last, one of them leaves a core idle while the other finishes it.
    let (large, small): (Vec<PageId>, Vec<PageId>) =
        pages.iter().partition(|page| page.lists_the_site());
    let parts: Vec<&[PageId]> = large.chunks(1).chain(small.chunks(PART)).collect();
    let parts: Vec<(Option<Part>, Vec<Diagnostic>)> = parts
        .into_par_iter()
        .map(|chunk| {
            let mut copied = Vec::new();
            let mut errors = Vec::new();
            for &page in chunk {
                match render(page) {
                    Ok(marked) => {
                        if let Some(copy) = copy.filter(|copy| copy.holds(&marked.path)) {
                            copied.extend(copy.pages(&marked));
                        }
                        out.put(marked.resolve(published));
                    }
                    Err(error) => errors.push(error),
                }
            }
            (copy.map(|copy| copy.deflate(&copied, memo)), errors)
        })
        .collect();
    let mut deflated = Vec::new();
    for (part, errors) in parts {
        deflated.extend(part);
        errors.into_iter().for_each(|error| diags.push(error));
    }
    deflated
}

/// What makes the file at a path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Output {
    Page(LanguageId, PageId),
    Root(Root),
    Feed(LanguageId, PageId),
    TranslationsFeed(LanguageId),
    /// What shows a language's feeds in a browser.
    FeedStylesheet(LanguageId),
    Calendar(LanguageId),
    /// A page's share image (PNG), in one language.
    ShareImage(LanguageId, PageId),
    /// An entry's citation in one language, as a reference manager imports it.
    Citation(LanguageId, EntryKey, crate::cite::Format),
    /// The status badge (SVG) of a commitment, a country or a pillar, in one language.
    Badge(LanguageId, EntryKey),
    /// A language's web app manifest.
    Manifest(LanguageId),
    /// The index of a language's commitments, for the commitments' filter.
    ListIndex(LanguageId),
    /// The installed app's icon of this size (PNG).
    AppIcon(u32),
    Redirects,
    Asset(usize),
    /// A static file at the address of a file the build makes: an error, as in `swivi build`.
    Clash,
    /// A file of the browser editor, `admin/`.
    Admin,
    /// A file that needs the whole site built.
    Whole,
}

impl Output {
    /// The language whose file it is, for a file of one language.
    fn language(self) -> Option<LanguageId> {
        match self {
            Output::Page(l, _)
            | Output::Feed(l, _)
            | Output::TranslationsFeed(l)
            | Output::FeedStylesheet(l)
            | Output::Calendar(l)
            | Output::ShareImage(l, _)
            | Output::Citation(l, ..)
            | Output::Badge(l, _)
            | Output::Manifest(l)
            | Output::ListIndex(l) => Some(l),
            Output::Root(_)
            | Output::AppIcon(_)
            | Output::Redirects
            | Output::Asset(_)
            | Output::Clash
            | Output::Admin
            | Output::Whole => None,
        }
    }

    /// Whether making the file can fail on the site's content (its templates, its static
    /// files), not only on a bug of swivi's: what `swivi check` makes.
    fn can_fail(self) -> bool {
        match self {
            Output::Page(..) | Output::Root(_) | Output::AppIcon(_) | Output::Clash => true,
            Output::Feed(..)
            | Output::TranslationsFeed(_)
            | Output::FeedStylesheet(_)
            | Output::Calendar(_)
            | Output::ListIndex(_)
            | Output::ShareImage(..)
            | Output::Citation(..)
            | Output::Badge(..)
            | Output::Manifest(_)
            | Output::Redirects
            | Output::Asset(_)
            | Output::Admin
            | Output::Whole => false,
        }
    }

    /// Whether the file is made on its own when the site is published, rather than with the
    /// pages and offline copies (pages, the roots' pages) or from the whole site.
    pub(crate) fn made_alone(self) -> bool {
        match self {
            Output::Feed(..)
            | Output::TranslationsFeed(_)
            | Output::FeedStylesheet(_)
            | Output::Calendar(_)
            | Output::ShareImage(..)
            | Output::Citation(..)
            | Output::Badge(..)
            | Output::Manifest(_)
            | Output::ListIndex(_)
            | Output::AppIcon(_)
            | Output::Redirects
            | Output::Asset(_)
            | Output::Admin => true,
            // What is made of a static file in the place of a file the site makes is its
            // error, which fails the build.
            Output::Clash => true,
            Output::Page(..) | Output::Root(_) | Output::Whole => false,
        }
    }
}

/// Each path of the site, and what makes the file there.
pub(crate) type Outputs = HashMap<String, Output>;

/// What a site's list of addresses is made from: all but its templates, so that the list is
/// known, and the bodies' links checked against it, even when they have errors.
pub(crate) struct Parts<'a> {
    pub(crate) site: &'a Site,
    pub(crate) assets: &'a Assets,
    pub(crate) translations: &'a translations::Report,
    /// Whether it is the published site or a copy to read from disk, which has fewer files.
    pub(crate) links: LinkStyle,
}

/// Every path of the site, and what makes the file there, from the site's [`Parts`]: the
/// same files `swivi build` writes, but the service worker and the search index.
pub(crate) fn outputs_of(parts: &Parts) -> Outputs {
    let mut outputs = HashMap::new();
    made_paths(parts, Listing::AllLanguagesAtOnce, |made| {
        outputs.reserve(made.len());
        outputs.extend(made);
    });
    let reserved = reserved_paths(parts);
    for (i, asset) in parts.assets.files.iter().enumerate() {
        let output = if outputs.contains_key(&asset.path) || reserved(&asset.path) {
            Output::Clash
        } else {
            Output::Asset(i)
        };
        outputs.insert(asset.path.clone(), output);
    }
    outputs
}

/// The files of [`outputs_of`] that are made alone and can fail on the site's content
/// ([`Output::can_fail`]), what `swivi check` makes after the pages: the app's icons, and the
/// static files at an address the site makes; in path order. Found a language at a time,
/// without holding the list of every path.
pub(crate) fn checked_alone(parts: &Parts) -> Vec<(String, Output)> {
    // Each static file's path, and whether the site makes a file there too.
    let mut made_too: HashMap<&str, bool> = parts
        .assets
        .files
        .iter()
        .map(|asset| (asset.path.as_str(), false))
        .collect();
    let mut alone = Vec::new();
    made_paths(parts, Listing::OneLanguageAtATime, |made| {
        for (path, output) in made {
            match made_too.get_mut(path.as_str()) {
                Some(clash) => *clash = true,
                None if output.made_alone() && output.can_fail() => alone.push((path, output)),
                None => {}
            }
        }
    });
    let reserved = reserved_paths(parts);
    alone.extend(
        made_too
            .into_iter()
            .filter(|&(path, clash)| clash || reserved(path))
            .map(|(path, _)| (path.to_owned(), Output::Clash)),
    );
    alone.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    alone
}

/// How [`made_paths`] lists the languages' paths.
#[derive(Clone, Copy)]
enum Listing {
    /// In parallel: `swivi serve` lists them on every save.
    AllLanguagesAtOnce,
    /// One after the other, so that only one language's paths are held at a time.
    OneLanguageAtATime,
}

/// Every path the site makes, but those of its static files, with what makes the file there:
/// handed to `each` a language at a time, then the paths of the whole site.
fn made_paths(parts: &Parts, listing: Listing, mut each: impl FnMut(Vec<(String, Output)>)) {
    let site = parts.site;
    let published = parts.links == LinkStyle::Rooted;
    let pages = PageId::made(site, parts.links);
    let languages: Vec<LanguageId> = site.config.languages.ids().collect();
    match listing {
        Listing::AllLanguagesAtOnce => languages
            .into_par_iter()
            .map(|l| language_outputs(parts, l, &pages))
            .collect::<Vec<_>>()
            .into_iter()
            .for_each(&mut each),
        Listing::OneLanguageAtATime => languages
            .into_iter()
            .for_each(|l| each(language_outputs(parts, l, &pages))),
    }
    let mut whole = vec![(Root::Chooser.path().to_owned(), Output::Root(Root::Chooser))];
    whole.extend(
        sitemap::paths(site)
            .into_iter()
            .map(|path| (path, Output::Whole)),
    );
    // A copy read from disk has no host: nothing answers for a missing file, redirects or
    // sends headers, and no editor can save.
    if published {
        whole.push((
            Root::NotFound.path().to_owned(),
            Output::Root(Root::NotFound),
        ));
        whole.push((crate::addresses::REDIRECTS.to_owned(), Output::Redirects));
        let made_whole = data::paths(site)
            .into_iter()
            .chain([crate::addresses::HEADERS.to_owned()]);
        whole.extend(made_whole.map(|path| (path, Output::Whole)));
        whole.extend(
            admin::paths(site)
                .into_iter()
                .map(|path| (path, Output::Admin)),
        );
        for size in icon_sizes(parts.assets) {
            whole.push((crate::addresses::app_icon(size), Output::AppIcon(size)));
        }
    }
    each(whole);
}

/// Whether a static file at `path` is at an address of the build's own that no list names.
/// A static file at the address of a generated one is an error of `swivi build`: here, the
/// error is what that address shows. The service worker's address and the search index's
/// folders are the build's too, though their files are not listed (Pagefind names them by
/// their content), so that `swivi check`, which makes neither, finds the same errors.
fn reserved_paths(parts: &Parts) -> impl Fn(&str) -> bool {
    let published = parts.links == LinkStyle::Rooted;
    let search_folders: Vec<String> = parts
        .site
        .config
        .languages
        .iter()
        .map(|language| crate::search::bundle_path(&language.code))
        .collect();
    move |path: &str| {
        published
            && (path == crate::addresses::WORKER
                || search_folders.iter().any(|folder| path.starts_with(folder)))
    }
}

/// The paths of a site whose entries are not known (its model could not be made): those it
/// has whatever its entries, its static files among them. A site has these and, besides,
/// its entries' pages and what is made from its entries' facts
/// ([`crate::linkcheck::check_links_without_site`] says where those are).
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
        assets,
        translations: &translations,
        links: LinkStyle::Rooted,
    })
    .into_keys()
    .collect()
}

/// The paths of the language at `l`: its `pages` and their feeds, its translation feed, the
/// feeds' stylesheet, its calendar and its offline copy.
fn language_outputs(parts: &Parts, l: LanguageId, pages: &[PageId]) -> Vec<(String, Output)> {
    let site = parts.site;
    let lang = &site.config.languages[l].code;
    let published = parts.links == LinkStyle::Rooted;
    let mut outputs = Vec::with_capacity(2 * pages.len() + 2);
    for &page in pages {
        let path = format!("{lang}/{}", page.path(site));
        let made = match page {
            // They list the data files and the copies, with their sizes.
            PageId::Data | PageId::Downloads => Output::Whole,
            _ => Output::Page(l, page),
        };
        if page.has_feed() {
            outputs.push((format!("{lang}/{}", page.feed(site)), Output::Feed(l, page)));
        }
        if let PageId::Entry(entry) = page {
            for format in crate::cite::Format::ALL {
                let path = format!("{lang}/{}", format.path(site, entry));
                outputs.push((path, Output::Citation(l, entry, format)));
            }
        }
        // Other sites show the published site's: a copy read from disk has no badges.
        if let PageId::Entry(entry) = page
            && published
            && crate::addresses::embeddable(entry)
        {
            let path = format!("{lang}/{}", PageId::badge(entry, site));
            outputs.push((path, Output::Badge(l, entry)));
        }
        // Shared links lead to the published site: a copy read from disk has no images.
        if published && page.has_share_image() {
            let path = format!("{lang}/{}", page.share_image(site));
            outputs.push((path, Output::ShareImage(l, page)));
        }
        outputs.push((path + "index.html", made));
    }
    if parts.translations.languages.iter().any(|r| &r.code == lang) {
        let path = format!("{lang}/{}", PageId::Translations.feed(site));
        outputs.push((path, Output::TranslationsFeed(l)));
    }
    outputs.push((
        format!("{lang}/{}", crate::addresses::CALENDAR),
        Output::Calendar(l),
    ));
    outputs.push((
        format!("{lang}/{}", crate::addresses::FEED_STYLESHEET),
        Output::FeedStylesheet(l),
    ));
    if site.config.offline_copy && published {
        outputs.push((crate::addresses::offline_copy(lang), Output::Whole));
    }
    if published {
        let path = format!("{lang}/{}", crate::addresses::MANIFEST);
        outputs.push((path, Output::Manifest(l)));
        // Only the published site has the page script that reads it.
        let path = format!("{lang}/{}", crate::addresses::list_index());
        outputs.push((path, Output::ListIndex(l)));
    }
    outputs
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a build of the example writes is what the list says, and all of it: but the
    /// service worker and the search index, which the list leaves out. The published site
    /// and the copy to read from disk alike.
    #[test]
    fn a_build_writes_every_listed_file_and_no_other() {
        for links in [LinkStyle::Rooted, LinkStyle::Relative] {
            let prepared = crate::build::example_with(links);
            let written = prepared
                .publish(&crate::output::Discard)
                .expect("the example site publishes")
                .files;
            let listed = prepared.outputs();
            let indexes: Vec<String> = prepared
                .site
                .config
                .languages
                .iter()
                .map(|l| crate::search::bundle_path(&l.code))
                .collect();
            let written: HashSet<&str> = written.iter().map(|w| w.path.as_str()).collect();
            let mut unlisted: Vec<&str> = written
                .iter()
                .copied()
                .filter(|path| !listed.contains_key(*path) && *path != crate::addresses::WORKER)
                .filter(|path| !indexes.iter().any(|index| path.starts_with(index.as_str())))
                .collect();
            unlisted.sort_unstable();
            assert!(
                unlisted.is_empty(),
                "{links:?}: written, not listed: {unlisted:?}"
            );
            let mut unwritten: Vec<&str> = listed
                .keys()
                .map(String::as_str)
                .filter(|path| !written.contains(path))
                .collect();
            unwritten.sort_unstable();
            assert!(
                unwritten.is_empty(),
                "{links:?}: listed, not written: {unwritten:?}"
            );
            assert!(written.len() > 500, "the example has its pages");
        }
    }

    /// What a build takes from the cache is what it would have made: the same files, the
    /// same bytes; and it takes all of it when nothing changed.
    #[test]
    fn a_build_from_the_cache_writes_the_same_files() {
        let mut prepared = crate::build::example();
        prepared.memo = Memo::in_memory();
        // Threads of its own, which this test starts: a panic in one of them then says its
        // message here, where the global pool's would say it in the output of whichever test
        // started that pool (this test once failed under load with no message at all).
        let pool = rayon::ThreadPoolBuilder::new()
            .build()
            .expect("threads start");
        let publish = |prepared: &crate::build::Prepared| {
            pool.install(|| prepared.publish(&crate::output::Discard))
                .expect("the example site publishes")
                .files
        };
        let made = publish(&prepared);
        let taken = publish(&prepared);
        assert_eq!(made, taken);
        let reuse = std::mem::replace(&mut prepared.memo, Memo::off()).prune();
        assert!(reuse.found > 600, "{reuse:?}");
        assert_eq!(reuse.found * 2, reuse.looked_for, "{reuse:?}");
    }

    /// What `swivi check` makes after the pages is what the list says is made alone and can
    /// fail: static files at a made address or a reserved one clash, and an icon a static file
    /// replaces is not made.
    #[test]
    fn check_makes_alone_the_files_of_the_list_that_can_fail() {
        let mut prepared = crate::build::example();
        let icon = prepared
            .outputs()
            .into_iter()
            .find(|(_, output)| matches!(output, Output::AppIcon(_)))
            .map(|(path, _)| path)
            .expect("the example has app icons");
        let search = crate::search::bundle_path("fr");
        let clashing = [
            "fr/index.html".to_owned(),
            crate::addresses::WORKER.to_owned(),
            format!("{search}mine.js"),
            icon.clone(),
            "notes/mine.txt".to_owned(),
        ];
        for path in clashing {
            prepared
                .assets
                .files
                .push(crate::output::OutputFile::other(path, b"mine".to_vec()));
        }
        let mut listed: Vec<(String, Output)> = prepared
            .outputs()
            .into_iter()
            .filter(|(_, output)| output.made_alone() && output.can_fail())
            .collect();
        listed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let alone = checked_alone(&prepared.parts());
        assert_eq!(alone, listed);
        let clashes: Vec<&str> = alone
            .iter()
            .filter(|(_, output)| *output == Output::Clash)
            .map(|(path, _)| path.as_str())
            .collect();
        assert_eq!(clashes.len(), 4, "{clashes:?}");
        assert!(clashes.contains(&icon.as_str()), "{clashes:?}");
        assert!(
            alone
                .iter()
                .any(|(_, output)| matches!(output, Output::AppIcon(_))),
            "the other icons are made"
        );
    }

    /// With lists of three commitments a page, the later pages of every list are listed and
    /// written, and each of them is a page of its list.
    #[test]
    fn the_later_pages_of_long_lists_are_listed_and_written() {
        let mut prepared = crate::build::example();
        prepared.site.config.per_page = 3;
        prepared.addresses = None;
        let listed = prepared.outputs();
        let written = prepared
            .publish(&crate::output::Discard)
            .expect("the example site publishes")
            .files;
        let written: HashSet<&str> = written.iter().map(|w| w.path.as_str()).collect();
        let later: Vec<&String> = listed
            .keys()
            .filter(|path| path.contains("/page/"))
            .collect();
        let commitments = prepared.site.commitments.len();
        assert!(
            commitments > 6,
            "the example's list takes three pages or more"
        );
        for n in 2..=commitments.div_ceil(3) {
            let path = format!("fr/commitments/page/{n}/index.html");
            assert!(listed.contains_key(&path), "{path} listed");
        }
        let beyond = format!(
            "fr/commitments/page/{}/index.html",
            commitments.div_ceil(3) + 1
        );
        assert!(!listed.contains_key(&beyond), "{beyond}");
        for path in later {
            assert!(written.contains(path.as_str()), "{path} written");
        }
        assert!(written.contains("fr/commitments/index.json"));
    }
}
