//! The sitemaps: `sitemap.xml`, an index of one sitemap per language (`sitemap-<lang>.xml`),
//! each page listed with its alternates in the other languages and, for an entry's page, the
//! day its content last changed (`<lastmod>`, from the site's git history or the entry's
//! facts, as the page itself says); and `robots.txt`, pointing to the index.
//!
//! Invariant: no sitemap lists more than [`URLS_PER_FILE`] URLs, the protocol's limit (a
//! language past it is split: `sitemap-<lang>-2.xml`, …), and every sitemap is at the site's
//! root, since a sitemap may only list addresses below its own folder. One language's sitemap
//! is made at a time, so a large site's never are all in memory.

use std::ops::Range;

use crate::addresses::{PageId, ROBOTS, SITEMAP, absolute};
use crate::config::LanguageId;
use crate::ids::List;
use crate::model::Site;
use crate::output::{OutputFile, Sink};

/// The sitemaps protocol's limit of URLs in one file.
const URLS_PER_FILE: usize = 50_000;

/// One sitemap: where it goes, the language whose pages it lists and which of them.
struct Part {
    path: String,
    language: LanguageId,
    /// Whether it lists the language chooser at `/` too.
    chooser: bool,
    pages: Range<usize>,
}

/// The paths of the index, of every sitemap it lists, and of `robots.txt`.
pub(crate) fn paths(site: &Site) -> Vec<String> {
    let parts = parts(&codes(site), PageId::indexable(site).len());
    [SITEMAP.to_owned(), ROBOTS.to_owned()]
        .into_iter()
        .chain(parts.into_iter().map(|part| part.path))
        .collect()
}

/// Hands every sitemap, the index and `robots.txt` to `out`.
pub(crate) fn build(site: &Site, out: &dyn Sink) {
    let pages = PageId::indexable(site);
    let parts = parts(&codes(site), pages.len());
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for part in &parts {
        let loc = format!("{}{}", site.config.base_url, part.path);
        index.push_str(&format!("<sitemap><loc>{}</loc></sitemap>\n", escape(&loc)));
        out.put(sitemap(site, &pages, part));
    }
    index.push_str("</sitemapindex>\n");
    out.put(OutputFile::other(SITEMAP.to_owned(), index.into_bytes()));
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}{SITEMAP}\n",
        site.config.base_url
    );
    out.put(OutputFile::other(ROBOTS.to_owned(), robots.into_bytes()));
}

/// The sitemaps of languages `codes` whose sites have `pages` pages each: each language's in
/// parts of at most [`URLS_PER_FILE`] URLs; the first language's first part also lists the
/// language chooser at `/`.
fn parts(codes: &List<LanguageId, &str>, pages: usize) -> Vec<Part> {
    let mut parts = Vec::new();
    for (l, code) in codes.enumerate() {
        let chooser = usize::from(l == LanguageId::FIRST);
        let urls = chooser + pages;
        for (n, start) in (0..urls).step_by(URLS_PER_FILE).enumerate() {
            let end = urls.min(start + URLS_PER_FILE);
            parts.push(Part {
                path: crate::addresses::sitemap(code, n),
                language: l,
                chooser: start < chooser,
                pages: start.saturating_sub(chooser)..end - chooser,
            });
        }
    }
    parts
}

fn codes(site: &Site) -> List<LanguageId, &str> {
    site.config
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect()
}

fn sitemap(site: &Site, pages: &[PageId], part: &Part) -> OutputFile {
    let languages = &site.config.languages;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    if part.chooser {
        xml.push_str(&format!(
            "<url><loc>{}</loc></url>\n",
            escape(&site.config.base_url)
        ));
    }
    let language = &languages[part.language];
    let code = &language.code;
    for page in &pages[part.pages.clone()] {
        let path = page.path(site);
        xml.push_str(&format!(
            "<url><loc>{}</loc>",
            escape(&absolute(site, code, &path))
        ));
        if let PageId::Entry(key) = *page
            && let Some(day) = site.changed(key, &language.chain)
        {
            xml.push_str(&format!("<lastmod>{day}</lastmod>"));
        }
        for alternate in languages {
            xml.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                escape(&alternate.code),
                escape(&absolute(site, &alternate.code, &path))
            ));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    OutputFile::other(part.path.clone(), xml.into_bytes())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts_of(codes: &[&str], pages: usize) -> Vec<(String, bool, Range<usize>)> {
        parts(&codes.iter().copied().collect(), pages)
            .into_iter()
            .map(|p| (p.path, p.chooser, p.pages))
            .collect()
    }

    #[test]
    fn each_language_has_its_sitemap_and_the_first_lists_the_chooser() {
        assert_eq!(
            parts_of(&["fr", "en"], 10),
            [
                ("sitemap-fr.xml".to_owned(), true, 0..10),
                ("sitemap-en.xml".to_owned(), false, 0..10),
            ]
        );
    }

    #[test]
    fn a_language_past_the_protocols_limit_is_split() {
        assert_eq!(
            parts_of(&["fr", "en"], 100_000),
            [
                ("sitemap-fr.xml".to_owned(), true, 0..49_999),
                ("sitemap-fr-2.xml".to_owned(), false, 49_999..99_999),
                ("sitemap-fr-3.xml".to_owned(), false, 99_999..100_000),
                ("sitemap-en.xml".to_owned(), false, 0..50_000),
                ("sitemap-en-2.xml".to_owned(), false, 50_000..100_000),
            ]
        );
    }
}
