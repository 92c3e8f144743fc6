//! `sitemap.xml`, listing every page with its alternates in the other languages, and
//! `robots.txt`, pointing to it.

use crate::model::Site;
use crate::output::OutputFile;
use crate::render::{PageId, absolute};

pub(crate) const SITEMAP: &str = "sitemap.xml";
pub(crate) const ROBOTS: &str = "robots.txt";

pub(crate) fn build(site: &Site) -> Vec<OutputFile> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let languages = &site.config.languages;
    xml.push_str(&format!(
        "<url><loc>{}</loc></url>\n",
        escape(&site.config.base_url)
    ));
    for page in PageId::indexable(site) {
        let path = page.path(site);
        for language in languages {
            xml.push_str(&format!(
                "<url><loc>{}</loc>",
                escape(&absolute(site, &language.code, &path))
            ));
            for alternate in languages {
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    escape(&alternate.code),
                    escape(&absolute(site, &alternate.code, &path))
                ));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.config.base_url
    );
    vec![
        OutputFile::other(SITEMAP.to_owned(), xml.into_bytes()),
        OutputFile::other(ROBOTS.to_owned(), robots.into_bytes()),
    ]
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
