//! Links between the site's files, written once and resolved for each place a page is read.
//!
//! A page is rendered and minified once, with every link to a file of the site written as a
//! marked site path (`\u{E000}fr/countries/cl/\u{E001}`). Resolving the marks then gives, by a
//! linear scan, the published page (`/fr/countries/cl/`), a page of the portable copy
//! (`../../countries/cl/index.html`, since a folder read from disk does not open its index),
//! or a page of one language's offline copy, whose links to files it does not hold lead to the
//! published site. So the copies cost a scan of each page, not a second render and minify.
//!
//! The marks are private-use characters: templates and Tera's escaping leave them alone, and
//! minifying keeps them in place. A resolved link is escaped for HTML text and attributes,
//! quoted or not.

use super::escape_into;

const START: char = '\u{E000}';
const END: char = '\u{E001}';

/// The link to `target`, a path under the site's root (`fr/countries/cl/`, `style.css`),
/// marked for resolving.
pub(crate) fn mark(target: &str) -> String {
    format!("{START}{target}{END}")
}

/// How a page's marked links become links.
pub(crate) enum Resolve<'a> {
    /// From the site's base path, for the published site.
    Rooted { base_path: &'a str },
    /// Relative to the page, to `index.html` files.
    Relative,
    /// Relative where the copy `holds` the target; to the published site (`base_url`) where
    /// it does not.
    Copy {
        base_url: &'a str,
        holds: &'a (dyn Fn(&str) -> bool + Sync),
    },
}

/// `html` with each marked link resolved from the page at `path` (`fr/countries/cl/index.html`).
pub(crate) fn resolve(html: &str, path: &str, how: &Resolve<'_>) -> String {
    let folder_depth = path.matches('/').count();
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(start) = rest.find(START) {
        let after = &rest[start + START.len_utf8()..];
        let Some(end) = after.find(END) else {
            break;
        };
        out.push_str(&rest[..start]);
        link(&mut out, &after[..end], folder_depth, how);
        rest = &after[end + END.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// Appends the link to `target`, escaped: a page has dozens of links, and a large site
/// millions, so none of them is built as a string of its own.
fn link(out: &mut String, target: &str, folder_depth: usize, how: &Resolve<'_>) {
    match how {
        Resolve::Rooted { base_path } => {
            escape_into(out, base_path);
            escape_into(out, target);
        }
        Resolve::Copy { base_url, holds } if !holds(file_part(target).0) => {
            escape_into(out, base_url);
            escape_into(out, target);
        }
        Resolve::Relative | Resolve::Copy { .. } => {
            let (file, suffix) = file_part(target);
            for _ in 0..folder_depth {
                out.push_str("../");
            }
            escape_into(out, file);
            if file.is_empty() || file.ends_with('/') {
                out.push_str("index.html");
            }
            escape_into(out, suffix);
        }
    }
}

/// The target split into the file's path and what follows it (`#update-2024-05-01`).
fn file_part(target: &str) -> (&str, &str) {
    target.split_at(target.find(['#', '?']).unwrap_or(target.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> String {
        format!(
            "<a href={}>CL</a> <a href=\"{}#update-2024\">x</a> <link href={}>",
            mark("fr/countries/cl/"),
            mark("fr/commitments/a/"),
            mark("style.css")
        )
    }

    #[test]
    fn published_links_start_at_the_base_path() {
        let html = resolve(
            &page(),
            "fr/index.html",
            &Resolve::Rooted { base_path: "/lad/" },
        );
        assert_eq!(
            html,
            "<a href=/lad/fr/countries/cl/>CL</a> <a href=\"/lad/fr/commitments/a/#update-2024\">x</a> <link href=/lad/style.css>"
        );
    }

    #[test]
    fn relative_links_climb_to_the_root_and_name_the_index() {
        let html = resolve(&page(), "fr/pillars/p/index.html", &Resolve::Relative);
        assert_eq!(
            html,
            "<a href=../../../fr/countries/cl/index.html>CL</a> <a href=\"../../../fr/commitments/a/index.html#update-2024\">x</a> <link href=../../../style.css>"
        );
        assert_eq!(
            resolve(&mark(""), "index.html", &Resolve::Relative),
            "index.html"
        );
    }

    #[test]
    fn a_copy_sends_what_it_does_not_hold_to_the_published_site() {
        let holds = |path: &str| path != "fr/commitments/a/";
        let how = Resolve::Copy {
            base_url: "https://example.org/?a=1&b=2/",
            holds: &holds,
        };
        let html = resolve(&page(), "fr/index.html", &how);
        assert_eq!(
            html,
            "<a href=../fr/countries/cl/index.html>CL</a> <a href=\"https://example.org/?a=1&amp;b=2/fr/commitments/a/#update-2024\">x</a> <link href=../style.css>"
        );
    }

    #[test]
    fn text_without_marks_or_with_a_stray_one_is_kept() {
        let how = Resolve::Relative;
        assert_eq!(resolve("<p>plain</p>", "index.html", &how), "<p>plain</p>");
        let stray = format!("<p>{START}alone</p>");
        assert_eq!(resolve(&stray, "index.html", &how), stray);
    }
}
