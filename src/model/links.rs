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

use std::collections::{BTreeSet, HashSet};
use std::ops::Range;
use std::sync::Arc;

use percent_encoding::percent_decode_str;
use url::Url;

use super::Site;
use crate::config::Config;
use crate::content::markdown::{Address, InternalLink};
use crate::content::{RESERVED_FOLDERS, Section};
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
        let page = page_at(path);
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
                let close = closest_address(path, addresses).map(|close| {
                    let entry = entry_at(site, close)
                        .map(|(section, i)| entry_link(site, section, i, link.fragment.as_deref()));
                    (close, entry)
                });
                diags.push(no_such_address(&site.config, link, close));
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

/// The file a browser is given for `path` when it is a folder: its `index.html`.
fn page_at(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        format!("{path}/index.html")
    }
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

/// The error for a link to a path of the site that is no page or file of it; `close`, the
/// address it may have meant, with the `@/` link to it when it is an entry's page.
fn no_such_address(
    config: &Config,
    link: &SiteLink,
    close: Option<(&str, Option<String>)>,
) -> Diagnostic {
    let base_path = config.base_path();
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
    let help = match (close, link.loads) {
        (Some((close, entry)), _) => {
            let better = entry
                .map(|entry| {
                    format!(
                        " Better still, write `{entry}`: it leads each reader to the page in their language, whatever the site's address"
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
    let folder = format!("{}/", folder.trim_end_matches('/'));
    match entry_folder(&site.config, &folder)? {
        (section, slug, "") => Some((section, site.position(section, slug)?)),
        _ => None,
    }
}

/// The entry whose folder `path` leads into, by the shape of the path alone: its section,
/// its slug and the rest of the path in its folder (`fr/countries/gt/feed.xml` is `gt` of
/// the countries, then `feed.xml`; `es/methodology/` is the page `methodology`, then
/// nothing). Every file the site makes under such a folder belongs to that entry's page.
fn entry_folder<'a>(config: &Config, path: &'a str) -> Option<(Section, &'a str, &'a str)> {
    let (lang, rest) = path.split_once('/')?;
    if !config.languages.iter().any(|l| l.code == lang) {
        return None;
    }
    let (first, rest) = rest.split_once('/')?;
    match Section::from_name(first) {
        // The list of the pages, when the site has one.
        Some(Section::Pages) => None,
        None if RESERVED_FOLDERS.contains(&first) => None,
        None => Some((Section::Pages, first, rest)),
        Some(section) => {
            let (slug, rest) = rest.split_once('/')?;
            Some((section, slug, rest))
        }
    }
}

/// The links of `links` that certainly lead to nothing, for a site whose model could not be
/// made, and so whose list of addresses is not known. What is known: `addresses`, those the
/// site has whatever its entries (static files among them), and `entries`, the section and
/// slug of each content file, read or not. A link leads to nothing when it is to none of
/// `addresses` and either leads into the folder of an entry's page ([`entry_folder`]) that
/// no file of `entries` is, or leads to none of the places made from the entries' facts
/// ([`made_from_facts`]). Whatever else a link may lead to needs the whole site:
/// [`check_site_links`] checks it once the model is made. The errors are those it gives.
pub(crate) fn check_links_without_site(
    config: &Config,
    links: &[SiteLink],
    entries: &BTreeSet<(Section, &str)>,
    addresses: &HashSet<&str>,
) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for link in links.iter().filter(|link| !link.outside) {
        let path = link.path.as_str();
        if addresses.contains(path) || addresses.contains(page_at(path).as_str()) {
            continue;
        }
        let close = match entry_folder(config, path) {
            Some((section, slug, _)) if entries.contains(&(section, slug)) => continue,
            Some((section, slug, rest)) => {
                let slugs = entries
                    .range((section, "")..)
                    .take_while(|(s, _)| *s == section)
                    .map(|(_, slug)| *slug);
                let lang = &path[..path.find('/').unwrap_or_default()];
                suggest(slug, slugs)
                    .filter(|_| rest.is_empty())
                    .map(|slug| {
                        let address = format!("{lang}/{}", section.entry_path(slug));
                        (address, Some(format!("@/{section}/{slug}")))
                    })
            }
            None if made_from_facts(config, path) => continue,
            None => closest_address(path, addresses).map(|close| (close.to_owned(), None)),
        };
        let close = close
            .as_ref()
            .map(|(address, entry)| (address.as_str(), entry.clone()));
        diags.push(no_such_address(config, link, close));
    }
    diags
}

/// Whether `path` is where the site puts what it makes from its entries' facts, besides their
/// own pages: the lists of a country's commitments under a pillar (`fr/lists/cl/…/`), the list
/// of the free pages (`fr/pages/`, when there are enough of them), the later parts of a
/// language's sitemap (`sitemap-fr-2.xml`).
fn made_from_facts(config: &Config, path: &str) -> bool {
    match path.split_once('/') {
        Some((lang, rest)) if config.languages.iter().any(|l| l.code == lang) => {
            let folder = format!("{rest}/");
            folder.starts_with("lists/") || folder.starts_with(&format!("{}/", Section::Pages))
        }
        Some(_) => false,
        None => path.starts_with("sitemap-"),
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

    /// A link from a body to `path` of the site.
    fn link_to(path: &str) -> SiteLink {
        SiteLink {
            file: SourceFile::new("content/pages/about.md", ""),
            span: 0..1,
            written: format!("/{path}"),
            path: path.to_owned(),
            fragment: None,
            loads: None,
            outside: false,
            lang: "fr".to_owned(),
        }
    }

    /// The check made without the whole site never says an address of the site is missing:
    /// here, every address of the example site, made the way `swivi serve` and the full check
    /// list them. A new kind of page made from the entries' facts, outside their folders and
    /// the places [`made_from_facts`] names, fails here.
    #[test]
    fn without_the_whole_site_no_address_of_the_site_is_an_error() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let prepared = crate::build::prepare(
            root,
            None,
            crate::render::views::LinkStyle::Rooted,
            crate::build::today(),
            &mut crate::build::Cache::default(),
        )
        .expect("the example site builds");
        let site = &prepared.site;
        let mut addresses: Vec<String> = crate::addresses::outputs(&prepared).into_keys().collect();
        addresses.sort_unstable();
        let links: Vec<SiteLink> = addresses.iter().map(|a| link_to(a)).collect();
        let entries: Vec<(Section, String)> = site
            .entries()
            .iter()
            .map(|e| (e.section, e.slug.to_owned()))
            .collect();
        let mut known: BTreeSet<(Section, &str)> = entries
            .iter()
            .map(|(s, slug)| (*s, slug.as_str()))
            .collect();
        let without_entries = crate::addresses::without_entries(
            &site.config,
            site.today,
            &prepared.locales,
            &prepared.assets,
        );
        let without_entries: HashSet<&str> = without_entries.iter().map(String::as_str).collect();
        let diags = check_links_without_site(&site.config, &links, &known, &without_entries);
        assert_eq!(diags.render_plain(), "");
        // Not for want of looking: without its file, an entry's page and feed are errors.
        known.remove(&(Section::Countries, "cl"));
        let diags = check_links_without_site(&site.config, &links, &known, &without_entries);
        let languages = site.config.languages.len();
        assert_eq!(
            diags.error_count(),
            2 * languages,
            "{}",
            diags.render_plain()
        );
    }
}
