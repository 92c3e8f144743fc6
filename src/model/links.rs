//! The links of the bodies, beyond the slug of an `@/` link (which [`super::resolve`] checks):
//! the anchor an `@/` link names, and every other address a body links to or loads.
//!
//! An address is read as a browser reads it on the page the body is shown on (its language's
//! page of the entry, under the site's `base_url`): a relative link, an absolute path and the
//! site's own full address all lead to a path of the site ([`SiteLink`]), which is checked
//! against the site's list of addresses once it is known ([`check_site_links`]). A file that a
//! page would load from another host is an error here: the site's Content-Security-Policy
//! blocks it, and the site promises its readers that nothing is fetched from elsewhere.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use percent_encoding::percent_decode_str;
use url::Url;

use super::Site;
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

/// A link of a body to a path of the site, written in any form but `@/`.
#[derive(Debug, Clone)]
pub(crate) struct SiteLink {
    file: Arc<SourceFile>,
    span: Range<usize>,
    /// As written.
    written: String,
    /// The path under the site's root it leads to (`fr/countries/gt/`), decoded.
    path: String,
    fragment: Option<String>,
    /// The element that loads it (`img`, …); `None` for a link.
    loads: Option<&'static str>,
    /// Whether the address is on the site's host but outside its base path (`/fr/…` for a
    /// site at `https://example.org/tracker/`): `path` is then the address's path from the
    /// host's root, an error only if it names a path of the site.
    outside: bool,
    /// The language of the text it is written in.
    lang: String,
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
        let Some(i) = site.position(section, &link.slug) else {
            continue;
        };
        let written = format!("@/{}/{}#{anchor}", link.section, link.slug);
        if let Some(problem) = unknown_anchor(site, section, i, anchor, &written) {
            diags.push(problem.at(file, link.span.clone()));
        }
    }
}

/// The error for a link to `#anchor` on the page of the entry at `i` of `section`, if its
/// page has no such anchor; without its place.
fn unknown_anchor(
    site: &Site,
    section: Section,
    i: usize,
    anchor: &str,
    written: &str,
) -> Option<Diagnostic> {
    let anchors = site.anchors(section, i);
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

/// Checks each link of the site's bodies to one of its own paths against `addresses`, every
/// path the site has (`fr/countries/gt/index.html`, `downloads/report.pdf`, `data/…`).
pub(crate) fn check_site_links(site: &Site, addresses: &HashSet<&str>) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for link in &site.links {
        let path = link.path.as_str();
        let page = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            format!("{path}/index.html")
        };
        let exists = addresses.contains(page.as_str()) || addresses.contains(path);
        match (exists, link.outside) {
            (true, false) => {}
            (true, true) => {
                diags.push(outside_base_path(site, link));
                continue;
            }
            // Another part of the site's host.
            (false, true) => continue,
            (false, false) => {
                diags.push(no_such_address(site, link, addresses));
                continue;
            }
        }
        let Some((section, i)) = entry_at(site, path) else {
            continue;
        };
        if let Some(fragment) = &link.fragment
            && let Some(problem) = unknown_anchor(site, section, i, fragment, &link.written)
        {
            diags.push(problem.at(&link.file, link.span.clone()));
        } else if !path.starts_with(&format!("{}/", link.lang)) {
            diags.push(other_language(site, link, section, i));
        }
    }
    diags
}

/// The warning for a link of a text to an entry's page in another language: its readers
/// are sent to a language they may not read (a link copied from the original, most often).
fn other_language(site: &Site, link: &SiteLink, section: Section, i: usize) -> Diagnostic {
    let name = |code: &str| {
        site.config
            .languages
            .iter()
            .find(|l| l.code == code)
            .map_or(code.to_owned(), |l| l.name.clone())
    };
    let target = link.path.split('/').next().unwrap_or_default();
    Diagnostic::warning(format!(
        "the link `{}` leads readers of this text in {} to the page in {}",
        link.written,
        name(&link.lang),
        name(target)
    ))
    .at(&link.file, link.span.clone())
    .help(format!(
        "write `{}`: it leads each reader to the page in their language",
        entry_link(site, section, i, link.fragment.as_deref())
    ))
}

/// The error for a link to a path of the site written without the site's base path: it
/// works only where the site is published at the root of its host.
fn outside_base_path(site: &Site, link: &SiteLink) -> Diagnostic {
    let base_path = site.config.base_path();
    Diagnostic::error(format!(
        "the link `{}` leaves out the site's base path, `{base_path}`",
        link.written
    ))
    .at(&link.file, link.span.clone())
    .label(format!("the site is published at {}", site.config.base_url))
    .help(match entry_at(site, &link.path) {
        Some((section, i)) => format!(
            "write `{}`: it leads each reader to the page in their language, whatever the site's address",
            entry_link(site, section, i, link.fragment.as_deref())
        ),
        None => format!("write `{base_path}{}`", link.path),
    })
}

/// The error for a link to a path of the site that is no page or file of it.
fn no_such_address(site: &Site, link: &SiteLink, addresses: &HashSet<&str>) -> Diagnostic {
    let base_path = site.config.base_path();
    let message = match link.loads {
        Some("img") => format!("the image `{}` is no file of the site", link.written),
        Some(element) => format!(
            "the `<{element}>` file `{}` is no file of the site",
            link.written
        ),
        None => format!(
            "the link `{}` leads to no page or file of the site",
            link.written
        ),
    };
    let error = Diagnostic::error(message)
        .at(&link.file, link.span.clone())
        .label(format!("there is no {base_path}{}", link.path));
    let close = closest_address(&link.path, addresses);
    let help = match (close, link.loads) {
        (Some(close), _) => {
            let better = entry_at(site, close)
                .map(|(section, i)| {
                    format!(
                        " Better still, write `{}`: it leads each reader to the page in their language, whatever the site's address",
                        entry_link(site, section, i, link.fragment.as_deref())
                    )
                })
                .unwrap_or_default();
            format!("did you mean `{base_path}{close}`?{better}")
        }
        (None, Some(_)) => "put the file under static/, and write its path there: static/images/map.png is `/images/map.png`".to_owned(),
        (None, None) => "link an entry as `@/<section>/<slug>` (`@/countries/gt`): it leads each reader to the page in their language, whatever the site's address; a file under static/ is `/<its path there>`".to_owned(),
    };
    error.help(help)
}

/// The address of the site closest to `path` in the same folder, by the last part of its
/// path: a page (`fr/countries/gt/`) or a file (`downloads/report.pdf`).
fn closest_address<'a>(path: &str, addresses: &HashSet<&'a str>) -> Option<&'a str> {
    let trimmed = path.trim_end_matches('/');
    let folder = trimmed.rfind('/').map_or("", |i| &trimmed[..=i]);
    let wanted = &trimmed[folder.len()..];
    let mut siblings: Vec<(&str, &str)> = addresses
        .iter()
        .filter_map(|address| {
            let rest = address.strip_prefix(folder)?;
            match rest.strip_suffix("/index.html") {
                Some(name) if !name.contains('/') => {
                    Some((name, &address[..address.len() - "index.html".len()]))
                }
                _ if !rest.contains('/') && rest != "index.html" => Some((rest, *address)),
                _ => None,
            }
        })
        .collect();
    siblings.sort_unstable();
    let name = suggest(wanted, siblings.iter().map(|(name, _)| *name))?;
    siblings
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, address)| *address)
}

/// The `@/` link to the entry at `i` of `section`, with `fragment` if its page has that
/// anchor.
fn entry_link(site: &Site, section: Section, i: usize, fragment: Option<&str>) -> String {
    let anchor = fragment
        .filter(|f| site.anchors(section, i).iter().any(|a| a == f))
        .map_or(String::new(), |f| format!("#{f}"));
    format!("@/{section}/{}{anchor}", site.slug(section, i))
}

/// The entry whose page is at `path` (`fr/countries/gt/`, `es/methodology/`), as its section
/// and index.
fn entry_at(site: &Site, path: &str) -> Option<(Section, usize)> {
    let folder = path.strip_suffix("index.html").unwrap_or(path);
    let segments: Vec<&str> = folder.trim_end_matches('/').split('/').collect();
    let lang = segments.first()?;
    if !site.config.languages.iter().any(|l| l.code == *lang) {
        return None;
    }
    match segments[1..] {
        [section, slug] => {
            let section = Section::from_name(section).filter(|s| *s != Section::Pages)?;
            Some((section, site.position(section, slug)?))
        }
        [slug] => Some((Section::Pages, site.position(Section::Pages, slug)?)),
        _ => None,
    }
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

    #[test]
    fn the_closest_address_is_in_the_same_folder() {
        let addresses: HashSet<&str> = [
            "fr/countries/cl/index.html",
            "fr/countries/co/index.html",
            "fr/countries/index.html",
            "fr/commitments/clo/index.html",
            "downloads/report.pdf",
        ]
        .into();
        assert_eq!(
            closest_address("fr/countries/cll/", &addresses),
            Some("fr/countries/cl/")
        );
        assert_eq!(
            closest_address("downloads/report.pfd", &addresses),
            Some("downloads/report.pdf")
        );
        assert_eq!(closest_address("fr/pillars/cl/", &addresses), None);
    }
}
