//! Publishing the pages: language after language, with the language's feeds and, when the
//! site offers one, its offline copy, while the open data is made beside them; then the
//! language chooser and the root's not-found page, and last the download and data pages, which give the sizes of the copies
//! and of the data files.
//!
//! A language's pages are made in parts, in parallel: one thread renders a part's pages, hands
//! them to the output and deflates the copy's pages among them, so neither core waits for the
//! other until the language is done. A page that lists a growing part of the site (the 4 MB
//! list of all commitments, a pillar's, a meeting's) takes as long as hundreds of others: each
//! is a part of its own, made first, and the other parts hold [`PART`] pages. Each page is
//! rendered once; the published page and the copy's page are two resolutions of its marked
//! links. Then the language's feeds, in parallel, and its calendar of meetings. Nothing of a language is held once it is
//! written but its copy's deflated parts, so memory follows the largest language, not the
//! site.
//!
//! The open data is made on a thread of its own, outside the pool that makes the pages: its
//! tables, the largest of which takes seconds, would otherwise be taken up by a worker waiting
//! for a part of the pages, and the pages would wait for the table.

use rayon::prelude::*;

use crate::calendar;
use crate::copies::{Copy, PART, Part};
use crate::data::DataFile;
use crate::diag::{Diagnostic, Diagnostics};
use crate::feeds::Feeds;
use crate::output::{OutputFile, Sink};
use crate::render::links::Resolve;
use crate::render::views::LinkStyle;
use crate::render::{Download, Marked, PageId, Renderer, Root};

/// Every page, feed and offline copy, and the open data that `open_data` makes and lists,
/// beside the pages. `assets` are the files copies hold besides pages and feeds (stylesheet,
/// page script). Template errors go to `diags`.
pub(crate) fn publish(
    renderer: &mut Renderer<'_>,
    open_data: impl FnOnce() -> Vec<DataFile> + Send,
    feeds: &Feeds<'_>,
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
    let (data, downloads) = std::thread::scope(|scope| {
        let data = scope.spawn(open_data);
        let downloads = languages(renderer, &pages, &published, feeds, assets, out, diags);
        let data = data
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (data, downloads)
    });
    renderer.attachments.data = data;
    renderer.attachments.downloads = downloads;
    for l in 0..renderer.site.config.languages.len() {
        for &page in &last {
            match renderer.page(l, page) {
                Ok(page) => out.put(page.resolve(&published)),
                Err(error) => diags.push(error),
            }
        }
    }
}

/// Whether `page` lists what is made beside or after the other pages (the open data, the
/// offline copies), and so is made last.
fn is_last(page: &PageId) -> bool {
    matches!(page, PageId::Downloads | PageId::Data)
}

/// Every language's `pages` (resolved as `published`), its feeds and its offline copy, then
/// the language chooser; what the download page says of each copy.
fn languages(
    renderer: &mut Renderer<'_>,
    pages: &[PageId],
    published: &Resolve<'_>,
    feeds: &Feeds<'_>,
    assets: &[OutputFile],
    out: &dyn Sink,
    diags: &mut Diagnostics,
) -> Vec<Download> {
    let site = renderer.site;
    let offline_copies = renderer.links == LinkStyle::Rooted && site.config.offline_copy;
    let with_feeds: Vec<PageId> = pages.iter().copied().filter(|p| p.has_feed()).collect();
    let in_copies = PageId::content(site);
    let asset_paths: Vec<String> = assets.iter().map(|a| a.path.clone()).collect();
    let chooser = renderer.root(Root::Chooser);
    let mut downloads = Vec::new();
    for l in 0..site.config.languages.len() {
        let copy = offline_copies.then(|| Copy::new(site, l, &in_copies, &asset_paths));
        let page_parts = in_parts(pages, copy.as_ref(), published, out, diags, |page| {
            renderer.page(l, page)
        });
        renderer.cards.forget(l);
        feeds
            .translations(l)
            .into_iter()
            .for_each(|feed| out.put(feed));
        out.put(calendar::meetings(site, renderer.locales, l));
        with_feeds
            .par_iter()
            .for_each(|&page| out.put(feeds.page(l, page)));
        if let Some(mut copy) = copy {
            let mut rest: Vec<OutputFile> = assets
                .iter()
                .filter(|asset| copy.holds(&asset.path))
                .cloned()
                .collect();
            if let Ok(chooser) = &chooser {
                rest.push(copy.page(chooser));
            }
            let rest = copy.deflate(&rest);
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
                            copied.push(copy.page(&marked));
                        }
                        out.put(marked.resolve(published));
                    }
                    Err(error) => errors.push(error),
                }
            }
            (copy.map(|copy| copy.deflate(&copied)), errors)
        })
        .collect();
    let mut deflated = Vec::new();
    for (part, errors) in parts {
        deflated.extend(part);
        errors.into_iter().for_each(|error| diags.push(error));
    }
    deflated
}
