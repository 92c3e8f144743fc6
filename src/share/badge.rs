//! Status badges: an entry's standing as a small SVG image (`badge.svg` beside its page, in
//! each language) that other sites show with an `<img>`. Two parts, as shields.io draws them:
//! a label (the tracker's short name; a country's or a pillar's title) and a message (a
//! commitment's status on its colour; a country's or a pillar's figures over a bar of its
//! commitments by status, in the statuses' colours). Its `<title>` and `aria-label` say all of
//! it in words, for screen readers.
//!
//! Invariant: a badge loads nothing. Its text is measured with the theme's fonts and drawn with
//! `textLength`, so it fits its part in whatever font the reader's browser has.

use std::fmt::Write as _;

use super::draw::Fonts;
use super::palette::Palette;
use crate::html::escape;
use crate::i18n::Arg;
use crate::model::EntryKey;
use crate::present::{Lens, TallyView};

/// The badge's height, in pixels.
const HEIGHT: f32 = 20.0;
/// The size of its text.
const TEXT_SIZE: f32 = 11.0;
/// Space on each side of a part's text.
const PADDING: f32 = 6.0;
/// The height of the bar of statuses along the bottom of a tally's message.
const BAR: f32 = 3.0;
/// The colour of its text, on the label's ink, a status's colour (whose contrast with white
/// `site.toml`'s check ensures) or the muted ground of a tally.
const TEXT: &str = "#ffffff";

/// What a badge says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Badge {
    pub(crate) label: String,
    pub(crate) message: String,
    /// The message's ground: its status's colour, or the palette's muted one for a tally.
    pub(crate) ground: String,
    /// For a tally, each status's colour and count, in the site's order.
    pub(crate) bar: Vec<(String, usize)>,
    /// All of it in words.
    pub(crate) alt: String,
    /// Whether the page's language is written right to left: the label is then on the right.
    pub(crate) rtl: bool,
}

/// The badge of the entry `key` (a commitment, a country or a pillar) in the language of
/// `lens`, its colours from `palette`.
pub(crate) fn badge_of(lens: &Lens<'_>, key: EntryKey, palette: &Palette) -> Badge {
    let site = lens.site;
    let locale = lens.locale;
    let rtl = locale.dir() == "rtl";
    let alt = alt_of(lens, key);
    if let EntryKey::Commitment(i) = key {
        let status = lens.status(site.commitments[i].facts.status(&site.config));
        return Badge {
            label: locale.text("app-short-name"),
            alt,
            ground: palette.status(&status.id).to_owned(),
            message: status.label,
            bar: Vec::new(),
            rtl,
        };
    }
    let (title, tally) = tally_of(lens, key);
    let message = match &tally.done_text {
        Some(done) => format!("{} · {done}", tally.total_text),
        None => tally.total_text.clone(),
    };
    Badge {
        alt,
        label: title,
        message,
        ground: palette.muted.clone(),
        bar: tally
            .statuses
            .iter()
            .map(|s| (palette.status(&s.status.id).to_owned(), s.count))
            .collect(),
        rtl,
    }
}

/// What the badge of the entry `key` says, in words: its `alt` where a page shows it, its
/// `aria-label` and title. "Chile: 2 commitments · 1 of 2 assessed …"; "Lead the integration
/// group: Not assessed".
pub(crate) fn alt_of(lens: &Lens<'_>, key: EntryKey) -> String {
    let site = lens.site;
    let (title, what) = match key {
        EntryKey::Commitment(i) => {
            let commitment = &site.commitments[i];
            let status = lens.status(commitment.facts.status(&site.config));
            (lens.title(commitment).text, status.label)
        }
        _ => {
            let (title, tally) = tally_of(lens, key);
            let figures = [
                Some(&tally.total_text),
                tally.assessed_text.as_ref(),
                tally.done_text.as_ref(),
            ];
            (
                title,
                figures
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(" · "),
            )
        }
    };
    lens.locale
        .format(
            "badge-alt",
            &[("title", Arg::Text(&title)), ("status", Arg::Text(&what))],
        )
        .unwrap_or_else(|_| format!("{title}: {what}"))
}

/// The title of the country or pillar `key`, and its commitments counted by status.
fn tally_of(lens: &Lens<'_>, key: EntryKey) -> (String, TallyView) {
    let title = lens.entry_title(key).text;
    (title, lens.tally_of(&lens.site.commitments_of(key)))
}

impl Badge {
    /// The SVG image, its text measured with `fonts`, its label on `palette`'s ink.
    pub(crate) fn svg(&self, fonts: &Fonts, palette: &Palette) -> String {
        let measure = |text: &str| fonts.width(text, TEXT_SIZE, false).ceil();
        let (label_text, message_text) = (measure(&self.label), measure(&self.message));
        let (label_width, message_width) =
            (label_text + 2.0 * PADDING, message_text + 2.0 * PADDING);
        let width = label_width + message_width;
        // Left to right: the label, then the message; right to left, the other way round.
        let (label_x, message_x) = if self.rtl {
            (message_width, 0.0)
        } else {
            (0.0, label_width)
        };
        let alt = escape(&self.alt);
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{HEIGHT}\" viewBox=\"0 0 {width} {HEIGHT}\" role=\"img\" aria-label=\"{alt}\"><title>{alt}</title>"
        );
        let _ = write!(
            svg,
            "<rect x=\"{label_x}\" width=\"{label_width}\" height=\"{HEIGHT}\" fill=\"{}\"/><rect x=\"{message_x}\" width=\"{message_width}\" height=\"{HEIGHT}\" fill=\"{}\"/>",
            escape(&palette.ink),
            escape(&self.ground)
        );
        let total: usize = self.bar.iter().map(|(_, count)| count).sum();
        let mut segments: Vec<&(String, usize)> =
            self.bar.iter().filter(|(_, count)| *count > 0).collect();
        // The first status from where the text starts.
        if self.rtl {
            segments.reverse();
        }
        let mut x = message_x;
        for (colour, count) in segments {
            let part = message_width * *count as f32 / total as f32;
            let _ = write!(
                svg,
                "<rect x=\"{x:.2}\" y=\"{}\" width=\"{part:.2}\" height=\"{BAR}\" fill=\"{}\"/>",
                HEIGHT - BAR,
                escape(colour)
            );
            x += part;
        }
        let _ = write!(
            svg,
            "<g fill=\"{TEXT}\" font-family=\"{}, sans-serif\" font-size=\"{TEXT_SIZE}\" text-anchor=\"middle\" aria-hidden=\"true\">",
            escape(fonts.families())
        );
        let baseline = if self.bar.is_empty() { 14.0 } else { 13.0 };
        for (text, x, width, length) in [
            (&self.label, label_x, label_width, label_text),
            (&self.message, message_x, message_width, message_text),
        ] {
            let _ = write!(
                svg,
                "<text x=\"{}\" y=\"{baseline}\" textLength=\"{length}\" lengthAdjust=\"spacingAndGlyphs\" direction=\"{}\">{}</text>",
                x + width / 2.0,
                direction_of(text),
                escape(text)
            );
        }
        svg.push_str("</g></svg>");
        svg
    }
}

/// The direction `text` reads in, by its first letter: a text in the language of the page
/// or in the one it falls back to, whichever way that is written.
fn direction_of(text: &str) -> &'static str {
    let right_to_left = |c: char| {
        matches!(
            c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF
        )
    };
    match text.chars().find(|c| c.is_alphabetic()) {
        Some(c) if right_to_left(c) => "rtl",
        _ => "ltr",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn badge(rtl: bool, bar: Vec<(String, usize)>) -> Badge {
        Badge {
            label: "Chile".into(),
            message: "2 commitments · 1 completed (50 %)".into(),
            ground: "#4a5361".into(),
            bar,
            alt: "Chile: 2 commitments & <more>".into(),
            rtl,
        }
    }

    fn palette() -> Palette {
        Palette::of([("completed".to_owned(), "#1a6b34".to_owned())], &[])
    }

    /// A badge is an SVG image a browser and resvg read, which says all it shows in words.
    #[test]
    fn a_badge_is_an_image_that_says_what_it_shows() {
        let fonts = Fonts::new(&[]);
        let svg = badge(false, vec![("#1a6b34".into(), 1), ("#8a94a3".into(), 1)])
            .svg(&fonts, &palette());
        let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
            .expect("the badge parses");
        assert_eq!(tree.size().height(), HEIGHT);
        assert!(svg.contains(
            "role=\"img\" aria-label=\"Chile: 2 commitments &amp; &lt;more&gt;\"><title>Chile: 2 commitments &amp; &lt;more&gt;</title>"
        ));
        // The bar's two halves, under the message.
        assert_eq!(svg.matches(&format!("height=\"{BAR}\"")).count(), 2);
        assert!(!svg.contains("href"), "a badge loads nothing: {svg}");
    }

    /// Right to left, the label is on the right and the text reads right to left.
    #[test]
    fn right_to_left_the_label_is_on_the_right() {
        let fonts = Fonts::new(&[]);
        let ltr = badge(false, Vec::new()).svg(&fonts, &palette());
        let rtl = badge(true, Vec::new()).svg(&fonts, &palette());
        let first_rect = |svg: &str| {
            svg.split("<rect x=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_owned()
        };
        assert_eq!(first_rect(&ltr), "0");
        assert_ne!(first_rect(&rtl), "0");
        // Its text in the language it is in: here, a fallback written left to right.
        assert!(!rtl.contains("direction=\"rtl\""), "{rtl}");
        assert_eq!(direction_of("٢ التزامان"), "rtl");
        assert_eq!(direction_of("2 commitments"), "ltr");
    }
}
