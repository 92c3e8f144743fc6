//! Drawing: a share card composed as SVG, its text laid out in lines that fit, rendered to
//! PNG by resvg with the theme's fonts alone, so that an image is the same bytes on any
//! machine, whatever fonts it has.
//!
//! SVG does not wrap text: lines are made here, each word measured with the font's advance
//! widths (skrifa reads them; kerning, which only narrows a line, is left out, so a line
//! measured to fit does). A title too long for its lines is cut at a word with an ellipsis.

use std::fmt::Write as _;
use std::sync::Arc;

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};

use super::palette::Palette;
use crate::cache::{Key, Memo};

/// The size of a share image: what Facebook, LinkedIn, Mastodon and messaging apps show
/// whole, at a ratio of 1.91 to 1.
pub(crate) const WIDTH: u32 = 1200;
pub(crate) const HEIGHT: u32 = 630;

/// Space left around everything.
const MARGIN: f32 = 72.0;

/// The fonts used when the theme has none: the default theme's.
const FALLBACK_FONTS: [&[u8]; 2] = [
    include_bytes!("../../themes/default/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../themes/default/fonts/NotoSans-Bold.ttf"),
];

/// What a share image shows, in the page's language.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Card {
    /// Above everything, small: the site's name (on the home page, its address).
    pub(crate) brand: String,
    /// What the title is: the section, the pillar's number, the commitment's country.
    pub(crate) kicker: Option<String>,
    /// The page's title, large, on up to four lines.
    pub(crate) title: String,
    /// The bar: how many commitments have each status, by status id, in the site's order.
    pub(crate) bar: Vec<(String, usize)>,
    /// Under the bar: the tally, or the status, in words.
    pub(crate) caption: String,
    /// Whether the language is written right to left.
    pub(crate) rtl: bool,
}

/// The theme's fonts, for measuring and for rendering.
pub(crate) struct Fonts {
    db: Arc<fontdb::Database>,
    /// The families, in the theme's order, as SVG's `font-family` names them.
    families: String,
    faces: Vec<Face>,
    /// The hash of the fonts, for the build cache: the images they draw are kept under it.
    key: Key,
}

/// A font file, to measure text with.
struct Face {
    bytes: Arc<Vec<u8>>,
    bold: bool,
}

impl Fonts {
    /// The fonts of `files` (TrueType or OpenType, in name order); the default theme's when
    /// none of them is a font.
    pub(crate) fn new(files: &[&[u8]]) -> Fonts {
        let mut faces: Vec<Face> = files.iter().filter_map(|bytes| face(bytes)).collect();
        if faces.is_empty() {
            faces = FALLBACK_FONTS
                .iter()
                .filter_map(|bytes| face(bytes))
                .collect();
        }
        let mut db = fontdb::Database::new();
        for face in &faces {
            db.load_font_data(face.bytes.as_ref().clone());
        }
        let mut families: Vec<String> = Vec::new();
        for info in db.faces() {
            if let Some((family, _)) = info.families.first()
                && !families.contains(family)
            {
                families.push(family.clone());
            }
        }
        let families = families
            .iter()
            .map(|f| format!("'{}'", f.replace(['\'', '"', '<', '&'], "")))
            .collect::<Vec<_>>()
            .join(", ");
        let key = faces
            .iter()
            .fold(Key::of("fonts"), |key, face| {
                key.part(&face.bytes).part(&[u8::from(face.bold)])
            })
            .key();
        Fonts {
            db: Arc::new(db),
            families,
            faces,
            key,
        }
    }

    /// The families, as SVG's `font-family` names them.
    pub(super) fn families(&self) -> &str {
        &self.families
    }

    /// How wide `text` is at `size` pixels, in the bold faces or the others, each character
    /// in the first face that has it.
    pub(super) fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let fonts: Vec<skrifa::FontRef<'_>> = self
            .faces
            .iter()
            .filter(|f| f.bold == bold)
            .chain(self.faces.iter().filter(|f| f.bold != bold))
            .filter_map(|f| skrifa::FontRef::new(&f.bytes).ok())
            .collect();
        let measures: Vec<_> = fonts
            .iter()
            .map(|font| {
                (
                    font.charmap(),
                    font.glyph_metrics(Size::new(size), LocationRef::default()),
                )
            })
            .collect();
        text.chars()
            .map(|c| {
                measures
                    .iter()
                    .find_map(|(charmap, metrics)| metrics.advance_width(charmap.map(c)?))
                    // A character no font has: about the width of a letter.
                    .unwrap_or(size * 0.6)
            })
            .sum()
    }

    /// `text` on at most `lines` lines no wider than `width`, the last cut with an ellipsis
    /// when the text does not fit; and whether it was cut.
    fn wrap(
        &self,
        text: &str,
        size: f32,
        bold: bool,
        width: f32,
        lines: usize,
    ) -> (Vec<String>, bool) {
        let fits = |line: &str| self.width(line, size, bold) <= width;
        let mut out: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let joined = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if fits(&joined) {
                line = joined;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            line = word.to_owned();
            // A word wider than a line is broken where it must be.
            while !fits(&line) {
                let cut = longest_fitting_prefix(&line, &fits);
                out.push(line[..cut].to_owned());
                line = line[cut..].to_owned();
            }
        }
        if !line.is_empty() {
            out.push(line);
        }
        if out.len() <= lines {
            return (out, false);
        }
        out.truncate(lines);
        let last = out.last_mut().expect("at least one line");
        while !fits(&format!("{last}…")) {
            match last.rfind(' ') {
                Some(space) if space > 0 => last.truncate(space),
                _ => {
                    last.pop();
                }
            }
        }
        let trimmed = last
            .trim_end_matches([' ', ',', ';', ':', '.', '·', '-', '–', '—'])
            .len();
        last.truncate(trimmed);
        last.push('…');
        (out, true)
    }

    /// The card drawn as an SVG document, `WIDTH` × `HEIGHT`.
    fn svg(&self, card: &Card, palette: &Palette) -> String {
        let width = WIDTH as f32 - 2.0 * MARGIN;
        let (x, anchor) = if card.rtl {
            (WIDTH as f32 - MARGIN, "end")
        } else {
            (MARGIN, "start")
        };
        let direction = if card.rtl { "rtl" } else { "ltr" };
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{}\" direction=\"{direction}\" text-anchor=\"{anchor}\">",
            self.families
        );
        let _ = write!(
            svg,
            "<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{}\"/><rect width=\"{WIDTH}\" height=\"14\" fill=\"{}\"/>",
            palette.background, palette.accent
        );
        let text = |svg: &mut String, line: &str, y: f32, size: f32, bold: bool, fill: &str| {
            let weight = if bold { 700 } else { 400 };
            let _ = write!(
                svg,
                "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>",
                escape(line)
            );
        };
        let one_line = |line: &str, size: f32, bold: bool| {
            self.wrap(line, size, bold, width, 1)
                .0
                .into_iter()
                .next()
                .unwrap_or_default()
        };
        text(
            &mut svg,
            &one_line(&card.brand, 34.0, true),
            96.0,
            34.0,
            true,
            &palette.muted,
        );
        let mut y = 170.0;
        if let Some(kicker) = &card.kicker {
            text(
                &mut svg,
                &one_line(kicker, 32.0, false),
                y,
                32.0,
                false,
                &palette.muted,
            );
            y += 78.0;
        } else {
            y += 30.0;
        }
        let room = if card.kicker.is_some() { 3 } else { 4 };
        let (size, lines) = self.title_lines(&card.title, width, room);
        for line in lines {
            text(&mut svg, &line, y, size, true, &palette.ink);
            y += size * 1.2;
        }
        self.bar(&mut svg, card, palette, width);
        text(
            &mut svg,
            &one_line(&card.caption, 32.0, false),
            568.0,
            32.0,
            false,
            &palette.ink,
        );
        svg.push_str("</svg>");
        svg
    }

    /// The title's size and lines: large on up to three lines, smaller on up to `room`,
    /// cut with an ellipsis when even those do not hold it.
    fn title_lines(&self, title: &str, width: f32, room: usize) -> (f32, Vec<String>) {
        let (lines, cut) = self.wrap(title, 64.0, true, width, room.min(3));
        if !cut {
            return (64.0, lines);
        }
        let smaller = if room > 3 { 48.0 } else { 52.0 };
        (smaller, self.wrap(title, smaller, true, width, room).0)
    }

    /// The bar of the tally, each status's share of it in its colour, in the language's
    /// direction.
    fn bar(&self, svg: &mut String, card: &Card, palette: &Palette, width: f32) {
        let (top, height) = (470.0, 44.0);
        let total: usize = card.bar.iter().map(|(_, n)| n).sum();
        let _ = write!(
            svg,
            "<rect x=\"{MARGIN}\" y=\"{top}\" width=\"{width}\" height=\"{height}\" fill=\"{}\"/>",
            palette.empty
        );
        if total == 0 {
            return;
        }
        let mut before = 0usize;
        for (status, count) in card.bar.iter().filter(|(_, n)| *n > 0) {
            // Edges at whole pixels of the running total: the shares fill the bar exactly.
            let start = (width * before as f32 / total as f32).round();
            before += count;
            let end = (width * before as f32 / total as f32).round();
            let x = if card.rtl {
                MARGIN + width - end
            } else {
                MARGIN + start
            };
            let _ = write!(
                svg,
                "<rect x=\"{x}\" y=\"{top}\" width=\"{}\" height=\"{height}\" fill=\"{}\"/>",
                end - start,
                palette.status(status)
            );
        }
    }

    /// The card drawn as PNG: opaque, so without an alpha channel, and compressed fast
    /// (4 ms an image rather than 9, for a file of about 80 KB rather than 40: a site of
    /// 200 countries has a thousand of them).
    pub(crate) fn card_png(&self, card: &Card, palette: &Palette, memo: &Memo) -> Option<Vec<u8>> {
        let svg = self.svg(card, palette);
        let key = || {
            Key::of("share image")
                .part(&self.key.bytes())
                .part(svg.as_bytes())
                .key()
        };
        let draw = || match self.pixmap(&svg, WIDTH, HEIGHT) {
            Some(pixmap) => Ok(rgb_png(&pixmap)),
            None => Err(()),
        };
        memo.get_or_make(key, draw, || true).ok()
    }

    /// `svg` (an icon) rendered as PNG, `size` pixels square, its transparency kept.
    pub(crate) fn icon_png(&self, svg: &str, size: u32) -> Option<Vec<u8>> {
        self.pixmap(svg, size, size)?.encode_png().ok()
    }

    /// `svg` rendered `width` × `height`, scaled to fit.
    fn pixmap(&self, svg: &str, width: u32, height: u32) -> Option<tiny_skia::Pixmap> {
        let options = usvg::Options {
            fontdb: Arc::clone(&self.db),
            // Nothing outside the SVG itself is read: no file, whatever an `<image>` names.
            image_href_resolver: usvg::ImageHrefResolver {
                resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
                resolve_string: Box::new(|_, _| None),
            },
            ..usvg::Options::default()
        };
        let tree = usvg::Tree::from_str(svg, &options).ok()?;
        let mut pixmap = tiny_skia::Pixmap::new(width, height)?;
        let size = tree.size();
        let scale = (width as f32 / size.width()).min(height as f32 / size.height());
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        Some(pixmap)
    }
}

/// `pixmap`, opaque, as an RGB PNG, compressed fast.
fn rgb_png(pixmap: &tiny_skia::Pixmap) -> Vec<u8> {
    let rgb: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue()]
        })
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().expect("a PNG header into memory");
    writer.write_image_data(&rgb).expect("a PNG into memory");
    writer.finish().expect("a PNG into memory");
    out
}

/// The font in `bytes`, when it is one.
fn face(bytes: &[u8]) -> Option<Face> {
    let font = skrifa::FontRef::new(bytes).ok()?;
    Some(Face {
        bold: font.attributes().weight.value() >= 600.0,
        bytes: Arc::new(bytes.to_vec()),
    })
}

/// The length of the longest prefix of `word` (a character at least) that `fits`.
fn longest_fitting_prefix(word: &str, fits: &dyn Fn(&str) -> bool) -> usize {
    let mut ends = word.char_indices().map(|(i, c)| i + c.len_utf8());
    let first = ends.next().unwrap_or(word.len());
    ends.take_while(|&end| fits(&word[..end]))
        .last()
        .unwrap_or(first)
}

/// `text` as SVG text: escaped, without the control characters XML refuses.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::new(&FALLBACK_FONTS)
    }

    fn palette() -> Palette {
        let statuses = [("completed", "#1a6b34"), ("stalled", "#a3262a")]
            .map(|(id, colour)| (id.to_owned(), colour.to_owned()));
        Palette::of(
            statuses,
            &[include_str!("../../themes/default/static/style.css")],
        )
    }

    #[test]
    fn a_title_too_long_is_cut_at_a_word_with_an_ellipsis_and_no_line_overflows() {
        let fonts = fonts();
        let title = "Renforcer les voies d'accès régulières et la protection internationale des personnes réfugiées et migrantes dans toute la région, avec les communautés d'accueil";
        let (lines, cut) = fonts.wrap(title, 64.0, true, 1056.0, 3);
        assert!(cut);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'), "{lines:?}");
        for line in &lines {
            assert!(fonts.width(line, 64.0, true) <= 1056.0, "{line}");
        }
        let words: Vec<&str> = title.split_whitespace().collect();
        let shown = lines.join(" ");
        let shown_words: Vec<&str> = shown.trim_end_matches('…').split_whitespace().collect();
        assert_eq!(shown_words, words[..shown_words.len()], "cut at a word");
    }

    #[test]
    fn a_word_wider_than_a_line_is_broken_and_short_text_is_kept_whole() {
        let fonts = fonts();
        let (lines, cut) = fonts.wrap(&"M".repeat(30), 64.0, true, 1056.0, 3);
        assert!(!cut && lines.len() > 1);
        assert!(lines.iter().all(|l| fonts.width(l, 64.0, true) <= 1056.0));
        assert_eq!(lines.concat(), "M".repeat(30));
        let (lines, cut) = fonts.wrap("Chili", 64.0, true, 1056.0, 3);
        assert_eq!((lines, cut), (vec!["Chili".to_owned()], false));
    }

    #[test]
    fn haitian_creole_and_portuguese_letters_are_in_the_font() {
        let fonts = fonts();
        for c in "èòàÈÒÀãõçÃÕÇâêôáéíóúüñ«»“”’…·–—€".chars() {
            let has = fonts.faces.iter().all(|face| {
                let font = skrifa::FontRef::new(&face.bytes).unwrap();
                font.charmap().map(c).is_some()
            });
            assert!(has, "{c} is missing");
        }
    }

    fn pixel(png: &[u8], x: u32, y: u32) -> [u8; 3] {
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        assert_eq!((info.width, info.height), (WIDTH, HEIGHT));
        assert_eq!(info.color_type, png::ColorType::Rgb);
        let at = ((y * info.width + x) * 3) as usize;
        [buffer[at], buffer[at + 1], buffer[at + 2]]
    }

    fn card(bar: Vec<(String, usize)>, rtl: bool) -> Card {
        Card {
            brand: "Suivi".into(),
            kicker: Some("Pays".into()),
            title: "Chili".into(),
            bar,
            caption: "2 engagements".into(),
            rtl,
        }
    }

    /// The bar is drawn in the statuses' colours, in proportion, from the side the language
    /// is read from.
    #[test]
    fn the_bar_has_the_status_colours_in_proportion() {
        let (fonts, palette) = (fonts(), palette());
        let bar = vec![("completed".to_owned(), 1), ("stalled".to_owned(), 3)];
        let png = fonts
            .card_png(&card(bar.clone(), false), &palette, &Memo::off())
            .unwrap();
        let (completed, stalled) = ([0x1a, 0x6b, 0x34], [0xa3, 0x26, 0x2a]);
        assert_eq!(pixel(&png, 80, 490), completed);
        assert_eq!(pixel(&png, 1100, 490), stalled);
        let png = fonts
            .card_png(&card(bar, true), &palette, &Memo::off())
            .unwrap();
        assert_eq!(pixel(&png, 1100, 490), completed);
        assert_eq!(pixel(&png, 80, 490), stalled);
    }

    #[test]
    fn the_same_card_gives_the_same_bytes() {
        let (fonts, palette) = (fonts(), palette());
        let card = card(vec![("in-progress".to_owned(), 2)], false);
        assert_eq!(
            fonts.card_png(&card, &palette, &Memo::off()),
            Fonts::new(&FALLBACK_FONTS).card_png(&card, &palette, &Memo::off())
        );
    }
}
