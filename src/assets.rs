//! The files the build copies: the theme's `static/` folder, the site's own `static/` over it,
//! and the page script of a published site.
//!
//! The files pages load (the theme's stylesheets, scripts, images and fonts, and the page
//! script) are published under names that carry a hash of their bytes, `style.css` as
//! `style.1f0c9e3a7b.css`, so a host can let browsers keep them for a year and a new build
//! still reaches every reader at once: a changed file is a new name. Pages, the service worker
//! and the offline copies ask for them by those names ([`Assets::href`]), and a stylesheet's
//! `url(…)`s to other such files are rewritten before it is hashed itself. The site's other
//! static files keep their names, since content and other sites link to them by name.
//!
//! The names are the same for the same bytes on every machine: the hash is XXH3, a fixed
//! algorithm.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::Asset;
use crate::output::OutputFile;

/// The main stylesheet's name, which pages link to and which gets the site's colours.
pub(crate) const STYLESHEET: &str = "style.css";

/// The static files with the site's colours (`site.toml`'s accent and statuses) written at
/// the start of the theme's main stylesheet, as custom properties its rules use: `--accent`
/// on `:root`, and `--status` on `.status-<id>` for each status. The theme's own rules come
/// after them and may use or override them; so do those of a site's own `style.css` in place
/// of the theme's, which is what the theme's templates load.
pub(crate) fn with_site_colours(mut sources: Vec<Asset>, config: &Config) -> Vec<Asset> {
    if let Some(css) = sources.iter_mut().find(|a| a.path == STYLESHEET) {
        let mut bytes = site_colours(config).into_bytes();
        bytes.append(&mut css.bytes);
        css.bytes = bytes;
    }
    sources
}

fn site_colours(config: &Config) -> String {
    let mut css = format!(
        "/* Made by swivi from site.toml: the accent and each status's colour. */\n:root{{--accent:{}}}\n",
        config.brand.accent
    );
    for status in &config.statuses {
        let _ = writeln!(css, ".status-{}{{--status:{}}}", status.id, status.colour);
    }
    css
}

/// The kinds of file a page loads, by extension: these get hashed names.
const LOADED_BY_PAGES: &[&str] = &[
    "css", "js", "mjs", "svg", "png", "jpg", "jpeg", "gif", "webp", "avif", "ico", "woff", "woff2",
];

/// How many hexadecimal digits of the hash a name carries: 40 bits, for a handful of files.
const HASH_DIGITS: usize = 10;

/// The static files as published, and the published name of each hashed one.
#[derive(Debug, Default)]
pub(crate) struct Assets {
    pub(crate) files: Vec<OutputFile>,
    /// The published name of each hashed file, by its name in `static/` (`style.css`).
    names: BTreeMap<String, String>,
    /// The file each static file that keeps its name was copied from, by its published path.
    copied: BTreeMap<String, PathBuf>,
}

impl Assets {
    /// `sources` as read (the site's files already in place of the theme's of the same
    /// name), and the page script when the site has one.
    pub(crate) fn new(sources: Vec<Asset>, page_script: Option<OutputFile>) -> Assets {
        let mut kept = Vec::new();
        let mut hashed = Vec::new();
        let mut copied = BTreeMap::new();
        let script = page_script.map(|f| Asset {
            path: f.path,
            bytes: f.bytes,
            theme: true,
            source: None,
        });
        for asset in sources.into_iter().chain(script) {
            if asset.theme && is_loaded_by_pages(&asset.path) {
                hashed.push(asset);
            } else {
                if let Some(source) = asset.source {
                    copied.insert(asset.path.clone(), source);
                }
                kept.push(OutputFile::other(asset.path, asset.bytes));
            }
        }
        let mut assets = Assets {
            files: kept,
            names: BTreeMap::new(),
            copied,
        };
        // Stylesheets last: their `url(…)`s name the other files by their new names.
        let (stylesheets, others): (Vec<Asset>, Vec<Asset>) =
            hashed.into_iter().partition(|a| a.path.ends_with(".css"));
        for asset in others {
            assets.add_hashed(asset.path, asset.bytes);
        }
        assets.add_stylesheets(stylesheets);
        assets.files.sort_by(|a, b| a.path.cmp(&b.path));
        assets
    }

    /// The published path of the static file `name` (`style.css`): its hashed name, or
    /// `name` itself for a file that keeps its name or that the site does not have.
    pub(crate) fn href<'a>(&'a self, name: &'a str) -> &'a str {
        self.names.get(name).map_or(name, String::as_str)
    }

    /// The bytes of the static file `name` (`style.css`), as published.
    pub(crate) fn bytes(&self, name: &str) -> Option<&[u8]> {
        let published = self.href(name);
        self.files
            .iter()
            .find(|f| f.path == published)
            .map(|f| f.bytes.as_slice())
    }

    /// The file of the site or the theme copied to `published`, when it is a static file
    /// that keeps its name.
    pub(crate) fn copied_from(&self, published: &str) -> Option<&Path> {
        self.copied.get(published).map(PathBuf::as_path)
    }

    /// The published paths of the hashed files, which never change their bytes.
    pub(crate) fn immutable(&self) -> impl Iterator<Item = &str> {
        self.names.values().map(String::as_str)
    }

    /// Each file a page may load (a stylesheet, an image, a font…) by its name in `static/`,
    /// with its published path: the theme's under their hashed names, the site's own under
    /// theirs.
    pub(crate) fn loaded_by_pages(&self) -> BTreeMap<&str, &str> {
        let kept = self
            .copied
            .keys()
            .filter(|path| is_loaded_by_pages(path))
            .map(|path| (path.as_str(), path.as_str()));
        let hashed = self.names.iter().map(|(n, p)| (n.as_str(), p.as_str()));
        kept.chain(hashed).collect()
    }

    fn add_hashed(&mut self, path: String, bytes: Vec<u8>) {
        let published = hashed_name(&path, &bytes);
        self.files.push(OutputFile::other(published.clone(), bytes));
        self.names.insert(path, published);
    }

    /// Hashes each stylesheet once the stylesheets it names are hashed, so an `@import` of
    /// another one follows its new name too; a cycle is hashed as it stands.
    fn add_stylesheets(&mut self, mut waiting: Vec<Asset>) {
        while !waiting.is_empty() {
            let names_waiting = |css: &Asset, waiting: &[Asset]| {
                let text = String::from_utf8_lossy(&css.bytes);
                urls(&text).any(|(_, url)| {
                    let target = resolve(&css.path, url);
                    waiting
                        .iter()
                        .any(|w| w.path != css.path && Some(&w.path) == target.as_ref())
                })
            };
            let ready = (0..waiting.len())
                .find(|&i| !names_waiting(&waiting[i], &waiting))
                .unwrap_or(0);
            let css = waiting.remove(ready);
            let bytes = self.rewrite_urls(&css.path, css.bytes);
            self.add_hashed(css.path, bytes);
        }
    }

    /// The stylesheet at `path` with each `url(…)` to a hashed file by its new name; its
    /// bytes as they are if it is not UTF-8.
    fn rewrite_urls(&self, path: &str, bytes: Vec<u8>) -> Vec<u8> {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            return bytes;
        };
        let mut out = String::with_capacity(text.len());
        let mut rest = 0;
        for (span, url) in urls(text) {
            let Some(published) = resolve(path, url).and_then(|target| self.names.get(&target))
            else {
                continue;
            };
            out.push_str(&text[rest..span.start]);
            out.push_str(&relative_to(path, published));
            out.push_str(&url[file_part(url).len()..]);
            rest = span.end;
        }
        out.push_str(&text[rest..]);
        out.into_bytes()
    }
}

fn is_loaded_by_pages(path: &str) -> bool {
    extension(path).is_some_and(|e| LOADED_BY_PAGES.contains(&e.to_ascii_lowercase().as_str()))
}

fn extension(path: &str) -> Option<&str> {
    let file = path.rsplit('/').next().unwrap_or(path);
    file.rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|_| !file.starts_with('.'))
}

/// `css/style.css` → `css/style.1f0c9e3a7b.css`.
fn hashed_name(path: &str, bytes: &[u8]) -> String {
    let hash = format!("{:016x}", crate::fingerprint::of_bytes(bytes));
    let hash = &hash[..HASH_DIGITS];
    match extension(path) {
        Some(ext) => format!("{}.{hash}.{ext}", &path[..path.len() - ext.len() - 1]),
        None => format!("{path}.{hash}"),
    }
}

/// Each `url(…)` and `@import "…"` of a stylesheet, in order, with the byte range of the
/// address inside it; quotes and spaces are not part of the address.
fn urls(css: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> {
    let mut all: Vec<_> = url_functions(css).chain(imports(css)).collect();
    all.sort_by_key(|(span, _)| span.start);
    all.into_iter()
}

fn url_functions(css: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let from = at;
            let start = css[from..].find("url(").map(|i| from + i + 4)?;
            let end = css[start..].find(')').map(|i| start + i)?;
            at = end;
            let inner = &css[start..end];
            let trimmed = inner.trim().trim_matches(['"', '\'']);
            if trimmed.is_empty() {
                continue;
            }
            let offset = start + inner.find(trimmed).unwrap_or(0);
            return Some((offset..offset + trimmed.len(), trimmed));
        }
    })
}

/// The addresses of `@import "…"` written without `url(`.
fn imports(css: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> {
    css.match_indices("@import").filter_map(move |(i, _)| {
        let after = &css[i + "@import".len()..];
        let quoted = after.trim_start();
        let quote = quoted.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let start = css.len() - quoted.len() + 1;
        let end = start + css[start..].find(quote)?;
        Some((start..end, &css[start..end]))
    })
}

/// The site path a stylesheet at `from` means by `url`: relative to its folder, or from the
/// root when it starts with `/`; `None` for another site, a `data:` address or a fragment.
fn resolve(from: &str, url: &str) -> Option<String> {
    let file = file_part(url);
    if file.is_empty() || file.contains(':') || file.starts_with("//") {
        return None;
    }
    let mut parts: Vec<&str> = if let Some(rooted) = file.strip_prefix('/') {
        return Some(rooted.to_owned());
    } else {
        from.split('/').collect()
    };
    parts.pop();
    for part in file.split('/') {
        match part {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            _ => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

/// `url` without what follows the file (`#…`, `?…`).
fn file_part(url: &str) -> &str {
    &url[..url.find(['#', '?']).unwrap_or(url.len())]
}

/// The address of `target` (a site path) from a file at `from`.
fn relative_to(from: &str, target: &str) -> String {
    let depth = from.matches('/').count();
    let mut out = "../".repeat(depth);
    out.push_str(target);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(path: &str, text: &str) -> Asset {
        Asset {
            path: path.to_owned(),
            bytes: text.as_bytes().to_vec(),
            theme: true,
            source: Some(PathBuf::from("themes/default/static").join(path)),
        }
    }

    fn published(assets: &Assets, path: &str) -> String {
        let file = assets.files.iter().find(|f| f.path == path).unwrap();
        String::from_utf8(file.bytes.clone()).unwrap()
    }

    #[test]
    fn the_files_pages_load_carry_the_hash_of_their_bytes() {
        let assets = Assets::new(
            vec![
                theme("style.css", "body{margin:0}"),
                theme("favicon.svg", "<svg/>"),
                theme("robots.txt", "User-agent: *"),
            ],
            None,
        );
        let css = assets.href("style.css");
        assert!(
            css.starts_with("style.") && css.ends_with(".css") && css.len() == 20,
            "{css}"
        );
        assert_eq!(published(&assets, css), "body{margin:0}");
        assert_ne!(assets.href("favicon.svg"), "favicon.svg");
        assert_eq!(assets.href("robots.txt"), "robots.txt");
        assert_eq!(assets.href("missing.png"), "missing.png");
        // Other bytes, another name; the same bytes, the same name.
        let changed = Assets::new(vec![theme("style.css", "body{margin:1px}")], None);
        assert_ne!(changed.href("style.css"), css);
        let again = Assets::new(vec![theme("style.css", "body{margin:0}")], None);
        assert_eq!(again.href("style.css"), css);
    }

    #[test]
    fn the_site_s_own_files_keep_their_names_unless_they_replace_the_theme_s() {
        let mut own = theme("images/map.png", "png");
        own.theme = false;
        let assets = Assets::new(vec![own], None);
        assert_eq!(assets.href("images/map.png"), "images/map.png");
        assert_eq!(assets.files[0].path, "images/map.png");
        assert_eq!(assets.immutable().count(), 0);
    }

    #[test]
    fn a_stylesheet_names_the_files_it_loads_by_their_new_names() {
        let assets = Assets::new(
            vec![
                theme(
                    "css/style.css",
                    "@import \"base.css\";\nh1{background:url( '../img/logo.svg#a' )}\n@font-face{src:url(/fonts/a.woff2) format(\"woff2\")}\na{background:url(data:image/png;base64,AA)}b{background:url(https://example.org/x.png)}",
                ),
                theme("css/base.css", "body{background:url(\"../img/logo.svg\")}"),
                theme("img/logo.svg", "<svg/>"),
                theme("fonts/a.woff2", "font"),
            ],
            None,
        );
        let logo = assets.href("img/logo.svg");
        let base = published(&assets, assets.href("css/base.css"));
        assert_eq!(base, format!("body{{background:url(\"../{logo}\")}}"));
        let style = published(&assets, assets.href("css/style.css"));
        let base_name = assets.href("css/base.css");
        let font = assets.href("fonts/a.woff2");
        assert_eq!(
            style,
            format!(
                "@import \"../{base_name}\";\nh1{{background:url( '../{logo}#a' )}}\n@font-face{{src:url(../{font}) format(\"woff2\")}}\na{{background:url(data:image/png;base64,AA)}}b{{background:url(https://example.org/x.png)}}"
            )
        );
    }

    #[test]
    fn the_page_script_is_hashed_and_files_come_in_path_order() {
        let script = OutputFile::other("swivi.js".to_owned(), b"1".to_vec());
        let assets = Assets::new(vec![theme("style.css", "a{}")], Some(script));
        assert!(assets.href("swivi.js").starts_with("swivi."));
        let paths: Vec<&str> = assets.files.iter().map(|f| f.path.as_str()).collect();
        let mut sorted = paths.clone();
        sorted.sort_unstable();
        assert_eq!(paths, sorted);
    }
}
