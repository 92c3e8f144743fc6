//! Colours as `site.toml` writes them (`#0b57a4`), and the contrast between two of them as
//! WCAG 2 measures it.
//!
//! A status's colour is its pill's text, its segment in every bar and its legend's swatch; the
//! brand's accent colours links and buttons. Both are read as text on the page's white, so
//! `site.toml` is checked against the contrast WCAG's level AA asks of text (4.5:1) when it is
//! read, not by a reader who cannot make out a status.

use std::fmt;

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Colour {
    red: u8,
    green: u8,
    blue: u8,
}

/// The page's background in the default theme.
pub(crate) const PAPER: Colour = Colour::rgb(0xff, 0xff, 0xff);

/// The contrast WCAG 2's level AA asks of body text against its background.
pub(crate) const AA_TEXT: f64 = 4.5;

impl Colour {
    pub(crate) const fn rgb(red: u8, green: u8, blue: u8) -> Colour {
        Colour { red, green, blue }
    }

    /// `#rrggbb` or `#rgb`, in either case; nothing else (names and functions would need a
    /// CSS parser to check, and a theme is free to use them in its own stylesheet).
    pub(crate) fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        match hex.len() {
            3 => Some(Colour::rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Colour::rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// WCAG 2's relative luminance: 0 for black, 1 for white.
    fn luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.red) + 0.7152 * linear(self.green) + 0.0722 * linear(self.blue)
    }

    /// WCAG 2's contrast ratio, from 1 (the same) to 21 (black on white).
    pub(crate) fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// `#rrggbb`, lower case: the same colour is always written the same way.
impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_lengths_and_writes_one() {
        assert_eq!(Colour::parse("#0B57a4").unwrap().to_string(), "#0b57a4");
        assert_eq!(Colour::parse("#fa0").unwrap().to_string(), "#ffaa00");
        for bad in ["0b57a4", "#0b57a", "#ggg", "blue", "#", "#0b57a4ff"] {
            assert_eq!(Colour::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_is_wcag_s() {
        let black = Colour::rgb(0, 0, 0);
        assert!((black.contrast(PAPER) - 21.0).abs() < 1e-9);
        assert!((PAPER.contrast(PAPER) - 1.0).abs() < 1e-9);
        // #767676 is the lightest grey that passes AA on white (4.54:1).
        let grey = Colour::parse("#767676").unwrap();
        assert!(grey.contrast(PAPER) >= AA_TEXT);
        assert!(Colour::parse("#777777").unwrap().contrast(PAPER) < AA_TEXT);
    }
}
