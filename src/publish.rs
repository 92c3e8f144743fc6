//! Publishing the pages: language after language, pages rendered in parallel and handed to the
//! output as they are made, with the language's feeds and, when the site offers one, its
//! offline copy; then the language chooser, and last the download pages, which give the
//! copies' sizes.
//!
//! Each page is rendered and minified once; the published page and the copy's page are two
//! resolutions of its marked links. Nothing of a language is held once it is written but its
//! zip, so memory follows the largest language, not the site.

use rayon::prelude::*;

use crate::copies::Copy;
use crate::diag::{Diagnostic, Diagnostics};
use crate::feeds::Feeds;
use crate::output::{OutputFile, Sink};
use crate::render::links::Resolve;
use crate::render::views::LinkStyle;
use crate::render::{PageId, Renderer};

/// Pages rendered between two hand-overs to the zip: the parallel work in between.
const CHUNK: usize = 512;

/// Every page, feed and offline copy; `assets` are the files copies hold besides pages and
/// feeds (stylesheet, page script). Template errors go to `diags`.
pub(crate) fn publish(
    renderer: &mut Renderer<'_>,
    feeds: &Feeds<'_>,
    assets: &[OutputFile],
    out: &dyn Sink,
    diags: &mut Diagnostics,
) {
    let site = renderer.site;
    let base_path = site.config.base_path();
    let published = match renderer.links {
        LinkStyle::Rooted => Resolve::Rooted { base_path },
        LinkStyle::Relative => Resolve::Relative,
    };
    let offline_copies = renderer.links == LinkStyle::Rooted && site.config.offline_copy;
    let (pages, last): (Vec<PageId>, Vec<PageId>) = renderer
        .pages()
        .into_iter()
        .partition(|&page| page != PageId::Downloads);
    let in_copies = PageId::content(site);
    let asset_paths: Vec<String> = assets.iter().map(|a| a.path.clone()).collect();
    let chooser = renderer.chooser();
    let mut downloads = Vec::new();
    for l in 0..site.config.languages.len() {
        let mut copy = offline_copies.then(|| Copy::new(site, l, &in_copies, &asset_paths));
        for chunk in pages.chunks(CHUNK) {
            let copied = collect(
                chunk.par_iter().map(|&page| {
                    let marked = renderer.page(l, page)?;
                    let copied = copy
                        .as_ref()
                        .filter(|copy| copy.holds(&marked.path))
                        .map(|copy| copy.page(&marked));
                    out.put(marked.resolve(&published));
                    Ok(copied)
                }),
                diags,
            );
            if let Some(copy) = &mut copy {
                copy.add(&copied);
            }
        }
        let feeds = feeds.of_language(l);
        if let Some(copy) = &mut copy {
            let mut rest: Vec<OutputFile> = feeds
                .iter()
                .chain(assets)
                .filter(|file| copy.holds(&file.path))
                .cloned()
                .collect();
            if let Ok(chooser) = &chooser {
                rest.push(copy.page(chooser));
            }
            copy.add(&rest);
        }
        // Written before the zip is assembled, so that the two are never held together.
        feeds.into_iter().for_each(|feed| out.put(feed));
        if let Some(copy) = copy {
            let (zip, download) = copy.finish();
            out.put(zip);
            downloads.push(download);
        }
    }
    match chooser {
        Ok(chooser) => out.put(chooser.resolve(&published)),
        Err(error) => diags.push(error),
    }
    renderer.attachments.downloads = downloads;
    for l in 0..site.config.languages.len() {
        let pages = last.iter().map(|&page| renderer.page(l, page));
        for page in pages {
            match page {
                Ok(page) => out.put(page.resolve(&published)),
                Err(error) => diags.push(error),
            }
        }
    }
}

/// What rendered, in order; the errors go to `diags`.
fn collect(
    results: impl IndexedParallelIterator<Item = Result<Option<OutputFile>, Diagnostic>>,
    diags: &mut Diagnostics,
) -> Vec<OutputFile> {
    let results: Vec<_> = results.collect();
    let mut files = Vec::new();
    for result in results {
        match result {
            Ok(file) => files.extend(file),
            Err(error) => diags.push(error),
        }
    }
    files
}
