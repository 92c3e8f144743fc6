//! The links of the bodies, beyond the slug of an `@/` link (which [`super::resolve`] checks):
//! the anchor an `@/` link names, and every other address a body links to or loads.
//!
//! An address is read as a browser reads it on the page the body is shown on (its language's
//! page of the entry, under the site's `base_url`): a relative link, an absolute path and the
//! site's own full address all lead to a path of the site ([`SiteLink`]), which is checked
//! against the site's list of addresses once it is known ([`check_site_links`]); when the
//! site's model cannot be made, against what the content files and static files alone say
//! ([`check_links_without_site`]), so that a broken link is reported with the other errors,
//! not in the run after they are fixed. A file that a page would load from another host is an
//! error here: the site's Content-Security-Policy blocks it, and the site promises its readers
//! that nothing is fetched from elsewhere.

use std::sync::Arc;

use percent_encoding::percent_decode_str;
use url::Url;

use super::site::{EntryKey, Site, SiteLink};
use crate::config::Config;
use crate::content::Section;
use crate::content::markdown::{Address, InternalLink};
use crate::diag::{Diagnostic, Diagnostics, SourceFile, suggest};

/// An address a body links to or loads, with the page it is read on.
#[derive(Debug, Clone)]
pub(super) struct Written {
    pub(super) file: Arc<SourceFile>,
    /// The path of the page the body is shown on (`es/commitments/gt-x/`).
    pub(super) page: String,
    /// The language of the text.
    pub(super) lang: String,
    /// With its span in the file.
    pub(super) address: Address,
}

/// The links of some bodies, with where they are written.
#[derive(Debug, Clone, Default)]
pub(super) struct BodyLinks {
    pub(super) internal: Vec<(Arc<SourceFile>, InternalLink)>,
    pub(super) addresses: Vec<Written>,
}

impl BodyLinks {
    pub(super) fn extend(&mut self, other: BodyLinks) {
        self.internal.extend(other.internal);
        self.addresses.extend(other.addresses);
    }
}

/// The addresses of `written` that lead to the site, to check once its list of addresses is
/// known; an address that a page would load from another host is an error.
pub(super) fn site_links(
    config: &Config,
    written: &[Written],
    diags: &mut Diagnostics,
) -> Vec<SiteLink> {
    let Ok(root) = Url::parse(&config.base_url) else {
        return Vec::new();
    };
    let base_path = config.base_path();
    let mut links = Vec::new();
    for Written {
        file,
        page,
        lang,
        address,
    } in written
    {
        // A link within its own page (`#fn-1`) names what the page itself shows.
        if address.url.starts_with('#') {
            continue;
        }
        let Some(url) = root
            .join(page)
            .and_then(|page| page.join(&address.url))
            .ok()
        else {
            continue;
        };
        if !matches!(url.scheme(), "http" | "https") {
            continue;
        }
        if url.host_str() == root.host_str() && url.port() == root.port() {
            let (path, outside) = match url.path().strip_prefix(base_path) {
                Some(path) => (path, false),
                None => (&url.path()[1..], true),
            };
            links.push(SiteLink {
                file: Arc::clone(file),
                span: address.span.clone(),
                written: address.url.clone(),
                path: decoded(path),
                fragment: url.fragment().map(decoded),
                loads: address.loads,
                outside,
                lang: lang.clone(),
            });
        } else if let Some(element) = address.loads {
            diags.push(from_elsewhere(file, address, element, &url));
        }
    }
    links
}

fn decoded(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// The error for a file that a page would load from another host.
fn from_elsewhere(
    file: &Arc<SourceFile>,
    address: &Address,
    element: &str,
    url: &Url,
) -> Diagnostic {
    let name = url
        .path_segments()
        .and_then(|mut segments| segments.next_back())
        .filter(|name| !name.is_empty())
        .unwrap_or("file");
    let (what, help) = match element {
        "iframe" | "frame" | "embed" | "object" => (
            format!("this `<{element}>`"),
            "a page of another site cannot be shown inside this one: link to it instead, as `[its title](https://…)`".to_owned(),
        ),
        _ => {
            let (what, folder) = if element == "img" {
                ("this image".to_owned(), "images")
            } else {
                (format!("this `<{element}>`"), "media")
            };
            (
                what,
                format!("put the file under static/ (static/{folder}/{name}, say) and write its address as `/{folder}/{name}`; or link to it instead of showing it"),
            )
        }
    };
    Diagnostic::error(format!(
        "{what} loads `{}` from another host ({})",
        address.url,
        url.host_str().unwrap_or_default()
    ))
    .at(file, address.span.clone())
    .label("pages load nothing from other hosts: the site's Content-Security-Policy blocks it")
    .help(help)
}

/// Checks the anchor of each `@/` link to an entry that exists against the anchors of its
/// page.
pub(super) fn check_anchors(
    site: &Site,
    links: &[(Arc<SourceFile>, InternalLink)],
    diags: &mut Diagnostics,
) {
    for (file, link) in links {
        let (Some(anchor), Some(section)) = (&link.anchor, Section::from_name(&link.section))
        else {
            continue;
        };
        let Some(key) = site.position(section, &link.slug) else {
            continue;
        };
        let written = format!("@/{}/{}#{anchor}", link.section, link.slug);
        if let Some(problem) = unknown_anchor(site, key, anchor, &written) {
            diags.push(problem.at(file, link.span.clone()));
        }
    }
}

/// The error for a link to `#anchor` on the page of the entry `key`, if its page has no such
/// anchor; without its place.
pub(crate) fn unknown_anchor(
    site: &Site,
    key: EntryKey,
    anchor: &str,
    written: &str,
) -> Option<Diagnostic> {
    let anchors = site.anchors(key);
    if anchors.iter().any(|a| a == anchor) {
        return None;
    }
    let error = Diagnostic::error(format!("the link `{written}` names no anchor of its page"))
        .label(format!("the page has no element with the id `{anchor}`"));
    let candidates: Vec<&str> = anchors.iter().map(String::as_str).collect();
    Some(if candidates.is_empty() {
        error.help("only updates (`#update-<id>` or `#update-<date>`) and indicators (`#indicator-<id>`) have anchors, and this page has none: link the page itself")
    } else {
        error.help(match suggest(anchor, candidates.iter().copied()) {
            Some(close) => format!("did you mean `{close}`?"),
            None => format!("this page's anchors are `{}`", candidates.join("`, `")),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(base_url: &str) -> Config {
        let file = SourceFile::new(
            "site.toml",
            format!(
                "base_url = \"{base_url}\"\ndefault_language = \"fr\"\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n[[languages]]\ncode = \"es\"\nname = \"Español\"\n"
            ),
        );
        crate::config::parse(&file, None, &mut Diagnostics::default()).unwrap()
    }

    /// A path of the site, its anchor, and whether it is outside the base path.
    type Read = (String, Option<String>, bool);

    /// What each address written on the Spanish page of `co` leads to, or `None` when it is
    /// not the site's.
    fn read(base_url: &str, urls: &[&str]) -> (Vec<Option<Read>>, Diagnostics) {
        let file = SourceFile::new("content/countries/co.es.md", "");
        let mut diags = Diagnostics::default();
        let results = urls
            .iter()
            .map(|url| {
                let written = Written {
                    file: Arc::clone(&file),
                    page: "es/countries/co/".to_owned(),
                    lang: "es".to_owned(),
                    address: Address {
                        url: (*url).to_owned(),
                        loads: Some("img"),
                        span: 0..1,
                    },
                };
                site_links(&config(base_url), &[written], &mut diags)
                    .pop()
                    .map(|l| (l.path, l.fragment, l.outside))
            })
            .collect();
        (results, diags)
    }

    #[test]
    fn reads_every_form_of_address_as_a_browser_on_the_page() {
        let (read, diags) = read(
            "https://example.org/lad/",
            &[
                "../cl/",
                "/lad/fr/countries/cl/#update-2024-05-01",
                "https://example.org/lad/data/all.zip",
                "http://example.org/lad/images/a%20b.png",
                "/fr/countries/cl/",
                "#fn-1",
                "mailto:a@example.org",
                "https://other.example/x.png",
                "//cdn.example/y.png",
            ],
        );
        let some = |path: &str, fragment: Option<&str>, outside| {
            Some((path.to_owned(), fragment.map(str::to_owned), outside))
        };
        assert_eq!(
            read,
            [
                some("es/countries/cl/", None, false),
                some("fr/countries/cl/", Some("update-2024-05-01"), false),
                some("data/all.zip", None, false),
                some("images/a b.png", None, false),
                some("fr/countries/cl/", None, true),
                None,
                None,
                None,
                None,
            ]
        );
        // The last two load images from other hosts.
        assert_eq!(diags.error_count(), 2);
    }
}
