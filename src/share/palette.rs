//! The colours of the share images and of the installed app, each read where the pages read
//! it: a status's from `site.toml` (its pill, its bar segments, its swatches), the others from
//! custom properties of `:root` in the stylesheets pages load (`--share-background`, …, see
//! the end of the default theme's `style.css`), which may name others (`var(--paper)`, and
//! `var(--accent)`, which swivi writes there from `site.toml`'s `[brand]`).
//!
//! Only rules at the top level count, the last of each winning, as in a browser with no
//! preference: a dark scheme inside `@media` is the pages' alone.

use std::collections::HashMap;

/// The colours an image or the manifest needs, as CSS colours SVG reads (`#1a6b34`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Palette {
    /// Each status's colour, by its id.
    statuses: HashMap<String, String>,
    /// The image's ground.
    pub(crate) background: String,
    /// Its titles.
    pub(crate) ink: String,
    /// The site's name and what a title is (the section, the country).
    pub(crate) muted: String,
    /// The band along its top.
    pub(crate) accent: String,
    /// The bar of a tally without commitments.
    pub(crate) empty: String,
    /// The colour of the installed app's title bar (the manifest's `theme_color`).
    pub(crate) app: String,
}

/// A status without a colour: grey, which says nothing (`site.toml` gives each one).
const NO_STATUS_COLOUR: &str = "#8a94a3";

impl Palette {
    /// The palette of the `statuses` (id and colour) and of `stylesheets`, in the order
    /// pages load them (a later one wins).
    pub(crate) fn of(
        statuses: impl IntoIterator<Item = (String, String)>,
        stylesheets: &[&str],
    ) -> Palette {
        let mut sheet = Sheet::default();
        for css in stylesheets {
            sheet.read(css);
        }
        let colour = |name: &str, fallback: &str| {
            sheet.property(name).unwrap_or_else(|| fallback.to_owned())
        };
        Palette {
            statuses: statuses.into_iter().collect(),
            background: colour("--share-background", "#ffffff"),
            ink: colour("--share-ink", "#1b1f24"),
            muted: colour("--share-muted", "#4a5361"),
            accent: colour("--share-accent", "#0b57a4"),
            empty: colour("--share-empty", "#f3f5f8"),
            app: colour("--app-theme", "#0b57a4"),
        }
    }

    /// The colour of the status `id`.
    pub(crate) fn status(&self, id: &str) -> &str {
        self.statuses
            .get(id)
            .map_or(NO_STATUS_COLOUR, String::as_str)
    }
}

/// What the stylesheets say: the custom properties of `:root`, as written.
#[derive(Default)]
struct Sheet {
    properties: HashMap<String, String>,
}

impl Sheet {
    fn read(&mut self, css: &str) {
        let css = without_comments(css);
        let mut rest = css.as_str();
        while let Some(open) = rest.find('{') {
            // What follows the last `;` before the block (an `@import`'s) is its selectors.
            let selectors = rest[..open].rsplit(';').next().unwrap_or_default().trim();
            let after = &rest[open + 1..];
            let close = block_end(after);
            let block = &after[..close];
            if !selectors.starts_with('@') {
                self.rule(selectors, block);
            }
            // An at-rule's block (`@media`) is skipped whole.
            rest = after.get(close + 1..).unwrap_or_default();
            rest = rest.trim_start_matches(|c: char| c == '}' || c.is_whitespace());
        }
    }

    fn rule(&mut self, selectors: &str, block: &str) {
        if selectors
            .split(',')
            .any(|selector| selector.trim() == ":root")
        {
            for (name, value) in declarations(block) {
                if name.starts_with("--") {
                    self.properties.insert(name.to_owned(), value.to_owned());
                }
            }
        }
    }

    /// The custom property `name`, its `var()`s resolved, when it is a colour.
    fn property(&self, name: &str) -> Option<String> {
        self.resolve(self.properties.get(name)?, 0)
    }

    /// `value` with `var(--x)` and `var(--x, fallback)` replaced, when it comes to a colour
    /// an SVG renderer reads (a name, `#…`, `rgb(…)`); `None` for anything else (a `calc`, a
    /// circle of properties).
    fn resolve(&self, value: &str, depth: usize) -> Option<String> {
        let value = value.trim().trim_end_matches("!important").trim();
        if depth > 8 {
            return None;
        }
        if let Some(inner) = value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
            let (name, fallback) = match inner.split_once(',') {
                Some((name, fallback)) => (name.trim(), Some(fallback)),
                None => (inner.trim(), None),
            };
            return match self.properties.get(name) {
                Some(found) => self.resolve(found, depth + 1),
                None => self.resolve(fallback?, depth + 1),
            };
        }
        is_colour(value).then(|| value.to_owned())
    }
}

/// Whether `value` is a colour as SVG writes one: a hex colour, a name, or `rgb()`/`hsl()`
/// of plain numbers. Anything else (`oklch()`, `color-mix()`) is left out, since the renderer
/// would draw it black.
fn is_colour(value: &str) -> bool {
    let hex = value.strip_prefix('#').is_some_and(|h| {
        matches!(h.len(), 3 | 4 | 6 | 8) && h.chars().all(|c| c.is_ascii_hexdigit())
    });
    let name = !value.is_empty() && value.chars().all(|c| c.is_ascii_alphabetic());
    let function = ["rgb(", "rgba(", "hsl(", "hsla("]
        .iter()
        .any(|f| value.starts_with(f))
        && value.ends_with(')')
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " (),.%/".contains(c));
    hex || name || function
}

/// Each `name: value` of a block.
fn declarations(block: &str) -> impl Iterator<Item = (&str, &str)> {
    block.split(';').filter_map(|d| {
        let (name, value) = d.split_once(':')?;
        Some((name.trim(), value.trim()))
    })
}

/// Where the block that starts at `text` ends (its `}`), nested blocks included.
fn block_end(text: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return i,
            '}' => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_image_takes_the_properties_of_root_and_the_statuses_their_colours() {
        let css = "/* :root { --share-ink: red } */\n:root{--accent:#7a1f5c}\n:root { --paper: #fefefe; --share-background: var(--paper); --link: var(--accent, #0b57a4); --share-accent: var(--link); }\n\
                   .x { --share-ink: #123456; }\n\
                   @media (prefers-color-scheme: dark) { :root { --paper: #000; } }\n\
                   :root { --share-muted: oklch(50% 0.1 30); }";
        let statuses = [("completed".to_owned(), "#1a6b34".to_owned())];
        let palette = Palette::of(statuses, &[css]);
        assert_eq!(palette.status("completed"), "#1a6b34");
        assert_eq!(palette.status("unknown"), NO_STATUS_COLOUR);
        assert_eq!(palette.background, "#fefefe");
        assert_eq!(palette.accent, "#7a1f5c");
        assert_eq!(palette.ink, "#1b1f24", "only :root counts");
        assert_eq!(
            palette.muted, "#4a5361",
            "a colour SVG does not know is left"
        );
    }

    #[test]
    fn a_later_stylesheet_wins() {
        let palette = Palette::of(
            [],
            &[":root { --app-theme: #111 }", ":root { --app-theme: #222 }"],
        );
        assert_eq!(palette.app, "#222");
    }
}
