//! The links of the bodies to the site's own paths ([`SiteLink`]: written as relative links,
//! absolute paths or the site's full address, rather than `@/`), checked against the site's
//! list of addresses once it is known ([`check_site_links`]); when the site's model cannot be
//! made, against what the content files and static files alone say
//! ([`check_links_without_site`]), so that a broken link is reported with the other errors,
//! not in the run after they are fixed. Above the model and the address book: it reads both.

use std::collections::{BTreeSet, HashSet};

use crate::addresses::{made_from_facts, own_folders};
use crate::config::Config;
use crate::content::Section;
use crate::diag::{Diagnostic, Diagnostics, suggest};
use crate::model::links::unknown_anchor;
use crate::model::{EntryKey, Site, SiteLink};

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
                        .map(|key| entry_link(site, key, link.fragment.as_deref()));
                    (close, entry)
                });
                diags.push(no_such_address(&site.config, link, close));
                continue;
            }
        }
        let Some(key) = entry_at(site, path) else {
            continue;
        };
        if let Some(fragment) = &link.fragment
            && let Some(problem) = unknown_anchor(site, key, fragment, &link.written)
        {
            diags.push(problem.at(&link.file, link.span.clone()));
        } else if !path.starts_with(&format!("{}/", link.lang)) {
            diags.push(other_language(site, link, key));
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
fn other_language(site: &Site, link: &SiteLink, key: EntryKey) -> Diagnostic {
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
        entry_link(site, key, link.fragment.as_deref())
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
        Some(key) => format!(
            "write `{}`: it leads each reader to the page in their language, whatever the site's address",
            entry_link(site, key, link.fragment.as_deref())
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

/// The `@/` link to the entry `key`, with `fragment` if its page has that anchor.
fn entry_link(site: &Site, key: EntryKey, fragment: Option<&str>) -> String {
    let anchor = fragment
        .filter(|f| site.anchors(key).iter().any(|a| a == f))
        .map_or(String::new(), |f| format!("#{f}"));
    format!("@/{}/{}{anchor}", key.section(), site.slug(key))
}

/// The entry whose page is at `path` (`fr/countries/gt/`, `es/methodology/`).
fn entry_at(site: &Site, path: &str) -> Option<EntryKey> {
    let folder = path.strip_suffix("index.html").unwrap_or(path);
    let folder = format!("{}/", folder.trim_end_matches('/'));
    match entry_folder(&site.config, &folder)? {
        (section, slug, "") => site.position(section, slug),
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
        None if own_folders().contains(&first) => None,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;

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
        let prepared = crate::build::example();
        let site = &prepared.site;
        let mut addresses: Vec<String> = prepared.outputs().into_keys().collect();
        addresses.sort_unstable();
        let links: Vec<SiteLink> = addresses.iter().map(|a| link_to(a)).collect();
        let entries: Vec<(Section, String)> = site
            .entries()
            .map(|e| (e.section, e.slug.to_owned()))
            .collect();
        let mut known: BTreeSet<(Section, &str)> = entries
            .iter()
            .map(|(s, slug)| (*s, slug.as_str()))
            .collect();
        let without_entries = crate::publish::without_entries(
            &site.config,
            site.today,
            &prepared.locales,
            &prepared.assets,
        );
        let without_entries: HashSet<&str> = without_entries.iter().map(String::as_str).collect();
        let diags = check_links_without_site(&site.config, &links, &known, &without_entries);
        assert_eq!(diags.render_plain(), "");
        // Not for want of looking: without its file, a country's page, feed, share image,
        // report, two citation files, badge and card are errors.
        known.remove(&(Section::Countries, "cl"));
        let diags = check_links_without_site(&site.config, &links, &known, &without_entries);
        let languages = site.config.languages.len();
        assert_eq!(
            diags.error_count(),
            8 * languages,
            "{}",
            diags.render_plain()
        );
    }
}
