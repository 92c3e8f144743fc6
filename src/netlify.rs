//! The files Netlify reads from the published folder. `_redirects` sends a reader who opens
//! the site's root to the language their browser asks for (its `Accept-Language`), one rule
//! per language of `site.toml` in its order, forced (`302!`) since the root has a page of its
//! own; a reader whose languages the site lacks stays on that page, the language chooser,
//! which works without JavaScript. It then answers an address the site lacks with the
//! not-found page of the language whose folder it is in (Netlify applies such a rule only
//! where no file exists); elsewhere Netlify serves the root's `404.html` by itself.
//!
//! `_headers` gives every response its headers ([`headers_of`]: its Content-Security-Policy,
//! no guessing of content types, what other sites learn of where a reader came from, and that
//! no other site may put it in a frame, which `swivi serve` sends too) and how long browsers may keep it: a year for the files whose names carry a hash of their bytes (see [`crate::assets`]),
//! no time at all without asking again for the service worker, a check on every request for
//! everything else. Netlify adds up the headers of every rule that matches a path, and what it
//! does with one header given twice is not documented: so no two rules match the same path,
//! but one. There is one for each folder and file at the top of the site, and one for each
//! hashed file. The exception is the cards other sites may frame ([`crate::addresses::is_embed`]),
//! inside the languages' folders: their rule adds a policy whose `frame-ancestors *` makes
//! browsers ignore the folder's `X-Frame-Options` (CSP level 3), and which keeps every other
//! restriction of the folder's, so that they are framed, and nothing else, whether Netlify
//! sends both policies (each is enforced) or only the later rule's.
//! The browser editor's folder, `admin/`, has a policy of its own (see
//! [`admin::content_security_policy`]) and is never kept.
//!
//! Other hosts ignore both files.

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::addresses::{EMBED, HEADERS, REDIRECTS, WORKER, is_embed, not_found_page};
use crate::admin;
use crate::assets::Assets;
use crate::model::Site;
use crate::output::{OutputFile, Written};

/// The pages' policy, written once for [`CONTENT_SECURITY_POLICY`] and [`EMBED_POLICY`].
macro_rules! pages_policy {
    () => {
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'"
    };
}

/// What every page and file may load: everything from the site itself, and no inline script
/// or style, which the theme never needs; nothing from other hosts; no plugins; no `<base>`,
/// forms or frames that lead elsewhere. WebAssembly is compiled from the site's own files
/// only: the search index is searched by Pagefind's, which browsers refuse without
/// `'wasm-unsafe-eval'` (which allows no `eval` of script). Who may frame a page is
/// [`NO_FRAMING`]'s, but for the cards, whose policy is [`EMBED_POLICY`].
pub(crate) const CONTENT_SECURITY_POLICY: &str = pages_policy!();

/// The policy of the cards other sites may frame: the same, and any site may frame them.
const EMBED_POLICY: &str = concat!(pages_policy!(), "; frame-ancestors *");

/// No other site may put a page in a frame: `X-Frame-Options`, which a policy's
/// `frame-ancestors` overrides where a page has one (the cards).
const NO_FRAMING: &str = "SAMEORIGIN";

/// No guessing of a content type other than the one a response says.
const NO_SNIFFING: &str = "nosniff";
/// Other sites learn only the origin a reader came from, not the page.
const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";

/// Pages and other files whose names stay: kept, but checked with the host before each use.
const REVALIDATE: &str = "public, max-age=0, must-revalidate";
/// Files whose names carry the hash of their bytes.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The service worker: browsers check it themselves, and a kept copy would delay a new build.
const NO_CACHE: &str = "no-cache";

pub(crate) fn redirects(site: &Site) -> OutputFile {
    let root = site.config.base_path();
    let mut text = String::from(
        "# Made by swivi from site.toml: the root sends each reader to their browser's language;\n# without a match, the root's language chooser.\n",
    );
    for language in &site.config.languages {
        let code = &language.code;
        text.push_str(&format!("{root}  {root}{code}/  302!  Language={code}\n"));
    }
    text.push_str("# An address the site lacks: the not-found page of its language.\n");
    for language in &site.config.languages {
        let code = &language.code;
        let page = not_found_page(code);
        text.push_str(&format!("{root}{code}/*  {root}{page}  404\n"));
    }
    OutputFile::other(REDIRECTS.to_owned(), text.into_bytes())
}

/// The headers the published site gives the file at `path` (relative to the site's root, as a
/// rule of `_headers` names it), but for how long it may be kept: `_headers` writes them and
/// `swivi serve` sends them, so the preview loads what readers' browsers load. The browser
/// editor's folder has a policy of its own.
pub(crate) fn headers_of(path: &str) -> Vec<(&'static str, Cow<'static, str>)> {
    let policy = if admin::is_admin(path) {
        Cow::Owned(admin::content_security_policy())
    } else if is_embed(path) {
        Cow::Borrowed(EMBED_POLICY)
    } else {
        Cow::Borrowed(CONTENT_SECURITY_POLICY)
    };
    let mut headers = vec![
        ("Content-Security-Policy", policy),
        ("X-Content-Type-Options", Cow::Borrowed(NO_SNIFFING)),
        ("Referrer-Policy", Cow::Borrowed(REFERRER_POLICY)),
    ];
    if !is_embed(path) {
        headers.push(("X-Frame-Options", Cow::Borrowed(NO_FRAMING)));
    }
    headers
}

/// `_headers` for a build whose other files are `written`.
pub(crate) fn headers(site: &Site, assets: &Assets, written: &[Written]) -> OutputFile {
    let root = site.config.base_path();
    let immutable: BTreeSet<&str> = assets.immutable().collect();
    let mut text = String::from(
        "# Made by swivi: the headers and cache lifetime of every file, one rule\n# for each, since Netlify adds up the rules that match a path.\n",
    );
    let mut rule = |path: &str, cache: &str| {
        // The editor (Decap CMS) is never kept.
        let cache = if admin::is_admin(path) {
            NO_CACHE
        } else {
            cache
        };
        text.push_str(&format!("{root}{path}\n"));
        for (name, value) in headers_of(path) {
            text.push_str(&format!("  {name}: {value}\n"));
        }
        text.push_str(&format!("  Cache-Control: {cache}\n"));
    };
    rule("", REVALIDATE);
    // A folder's rule would match the hashed files in it too: its other files get one each.
    let top_folder = |path: &str| path.split_once('/').map(|(folder, _)| folder.to_owned());
    let holding_hashed: BTreeSet<String> = immutable.iter().filter_map(|p| top_folder(p)).collect();
    let others: BTreeSet<String> = written
        .iter()
        .map(|file| file.path.as_str())
        .filter(|path| !immutable.contains(path) && ![REDIRECTS, WORKER].contains(path))
        .map(|path| match top_folder(path) {
            Some(folder) if !holding_hashed.contains(&folder) => format!("{folder}/*"),
            _ => path.to_owned(),
        })
        .collect();
    for path in &others {
        rule(path, REVALIDATE);
    }
    rule(WORKER, NO_CACHE);
    for path in &immutable {
        rule(path, IMMUTABLE);
    }
    // The cards other sites may frame, in the languages' folders (see the module's doc).
    for language in &site.config.languages {
        for end in ["", "index.html"] {
            let path = format!("{}/:section/:slug/{EMBED}/{end}", language.code);
            text.push_str(&format!(
                "{root}{path}\n  Content-Security-Policy: {EMBED_POLICY}\n"
            ));
        }
    }
    OutputFile::other(HEADERS.to_owned(), text.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_has_its_own_policy_and_every_file_the_same_other_headers() {
        let site = headers_of("fr/countries/cl/index.html");
        let editor = headers_of("admin/index.html");
        assert_eq!(
            site[0],
            ("Content-Security-Policy", CONTENT_SECURITY_POLICY.into())
        );
        assert_eq!(
            editor[0],
            (
                "Content-Security-Policy",
                admin::content_security_policy().into()
            )
        );
        assert_eq!(site[1..], editor[1..]);
        assert_eq!(headers_of("admin/*")[0], editor[0]);
    }

    /// The cards, and only they, may be framed by other sites; they keep every other
    /// restriction of the pages' policy.
    #[test]
    fn only_the_cards_may_be_framed_elsewhere() {
        let framing = |path: &str| {
            let headers = headers_of(path);
            let policy = headers[0].1.to_string();
            let options = headers.iter().find(|(name, _)| *name == "X-Frame-Options");
            (policy, options.map(|(_, value)| value.to_string()))
        };
        for card in [
            "fr/commitments/cl-integration/embed/",
            "ht/countries/cl/embed/index.html",
        ] {
            let (policy, options) = framing(card);
            assert!(policy.starts_with(CONTENT_SECURITY_POLICY), "{policy}");
            assert!(policy.ends_with("; frame-ancestors *"), "{policy}");
            assert_eq!(options, None, "{card}");
        }
        for page in [
            "fr/commitments/cl-integration/",
            "fr/commitments/embed/",
            "fr/countries/cl/report/index.html",
            "embed/index.html",
        ] {
            let (policy, options) = framing(page);
            assert!(!policy.contains("frame-ancestors *"), "{page}");
            assert_eq!(options.as_deref(), Some("SAMEORIGIN"), "{page}");
        }
    }
}
