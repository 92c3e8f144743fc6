//! The map of countries: a tile grid, one square per country, each with a bar of its
//! commitments by status in the statuses' own colours.
//!
//! The theme's `map.toml` places each country at a column and a row; a country it does not
//! place is drawn in a row below the grid, so no country is ever left off. Each tile is a link
//! to the country's page with its name and its figures in words; the legend says what each
//! colour means, and the countries index beside it lists the same figures in text. A tile
//! without a bar is a country without commitments: "not assessed" is a status with its own
//! colour, never an empty tile read as "nothing done".

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Arc;

use serde::Deserialize;

use crate::diag::toml::toml_error;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::html::escape;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLayout {
    tiles: BTreeMap<String, [u32; 2]>,
}

/// Where the theme puts each country: code → (column, row).
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout {
    tiles: BTreeMap<String, (u32, u32)>,
}

pub(crate) fn layout(file: Option<&Arc<SourceFile>>, diags: &mut Diagnostics) -> Layout {
    let Some(file) = file else {
        return Layout::default();
    };
    match toml::from_str::<RawLayout>(&file.text) {
        Ok(raw) => {
            let mut seen: BTreeMap<(u32, u32), &str> = BTreeMap::new();
            for (code, [column, row]) in &raw.tiles {
                if let Some(other) = seen.insert((*column, *row), code) {
                    diags.push(
                        Diagnostic::error(format!(
                            "`{code}` and `{other}` share the tile [{column}, {row}]"
                        ))
                        .in_file(file)
                        .help("give each country its own [column, row]"),
                    );
                }
            }
            Layout {
                tiles: raw
                    .tiles
                    .into_iter()
                    .map(|(code, [c, r])| (code, (c, r)))
                    .collect(),
            }
        }
        Err(error) => {
            diags.push(toml_error(file, 0, &error));
            Layout::default()
        }
    }
}

/// A country's tile.
pub(crate) struct Tile<'a> {
    pub(crate) code: String,
    pub(crate) href: String,
    /// Its commitments by status (the status id, how many), in the site's order.
    pub(crate) statuses: Vec<(&'a str, usize)>,
    /// Its name and figures in words.
    pub(crate) label: String,
}

const SIZE: u32 = 44;
const GAP: u32 = 4;
/// The status bar's inset from the tile's sides and its height, in the tile's units.
const BAR_INSET: u32 = 5;
const BAR_HEIGHT: u32 = 9;

impl Layout {
    /// The map as SVG: placed tiles first, the others in rows of ten below them.
    pub(crate) fn svg(&self, title: &str, tiles: &[Tile<'_>]) -> String {
        let columns = self
            .tiles
            .values()
            .map(|p| p.0 + 1)
            .max()
            .unwrap_or(0)
            .max(10);
        let grid_rows = self.tiles.values().map(|p| p.1 + 1).max().unwrap_or(0);
        let unplaced: Vec<&Tile<'_>> = tiles
            .iter()
            .filter(|t| !self.tiles.contains_key(&t.code))
            .collect();
        let extra_rows = unplaced.len().div_ceil(columns as usize) as u32;
        let gap_row = u32::from(extra_rows > 0 && grid_rows > 0);
        let rows = grid_rows + gap_row + extra_rows;
        let step = SIZE + GAP;
        let mut out = String::new();
        let _ = write!(
            out,
            "<svg class=\"chart tile-map\" viewBox=\"0 0 {} {}\" role=\"group\" aria-labelledby=\"map-title\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"map-title\">{}</title>",
            columns * step,
            rows * step,
            escape(title)
        );
        let mut extra = 0u32;
        for tile in tiles {
            let (column, row) = match self.tiles.get(&tile.code) {
                Some(&place) => place,
                None => {
                    let place = (extra % columns, grid_rows + gap_row + extra / columns);
                    extra += 1;
                    place
                }
            };
            let (x, y) = (column * step, row * step);
            let _ = write!(
                out,
                "<a href=\"{}\" aria-label=\"{label}\"><title>{label}</title><rect class=\"tile\" x=\"{x}\" y=\"{y}\" width=\"{SIZE}\" height=\"{SIZE}\" rx=\"4\"/>\
                 <text class=\"tile-code\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{code}</text>",
                escape(&tile.href),
                x + SIZE / 2,
                y + 20,
                code = escape(&tile.code.to_uppercase()),
                // The name starts with the code the tile shows, so speech input can say it.
                label = escape(&format!("{} · {}", tile.code.to_uppercase(), tile.label)),
            );
            status_bar(
                &mut out,
                x + BAR_INSET,
                y + SIZE - BAR_INSET - BAR_HEIGHT,
                &tile.statuses,
            );
            out.push_str("</a>");
        }
        out.push_str("</svg>");
        out
    }
}

/// A tile's bar, from `(x, y)`: a segment per status in proportion to its count.
fn status_bar(out: &mut String, x: u32, y: u32, statuses: &[(&str, usize)]) {
    let total: usize = statuses.iter().map(|(_, count)| count).sum();
    let width = f64::from(SIZE - 2 * BAR_INSET);
    let mut at = f64::from(x);
    for &(id, count) in statuses.iter().filter(|(_, count)| *count > 0) {
        let w = width * count as f64 / total as f64;
        let _ = write!(
            out,
            "<rect class=\"seg status-{}\" x=\"{at:.2}\" y=\"{y}\" width=\"{w:.2}\" height=\"{BAR_HEIGHT}\"/>",
            escape(id)
        );
        at += w;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tile(code: &str) -> Tile<'static> {
        Tile {
            code: code.into(),
            href: format!("/en/countries/{code}/"),
            statuses: vec![("in-progress", 1), ("stalled", 0), ("completed", 3)],
            label: format!("{code} <1>"),
        }
    }

    #[test]
    fn places_tiles_and_puts_the_others_below() {
        let file = SourceFile::new("themes/t/map.toml", "[tiles]\ncl = [3, 9]\nus = [2, 1]\n");
        let mut diags = Diagnostics::default();
        let layout = layout(Some(&file), &mut diags);
        assert!(!diags.has_errors());
        let svg = layout.svg("Map", &[tile("cl"), tile("gh"), tile("us")]);
        assert!(svg.contains("aria-label=\"CL · cl &lt;1&gt;\""), "{svg}");
        assert!(
            svg.contains("class=\"tile\" x=\"144\" y=\"432\""),
            "cl at [3, 9]: {svg}"
        );
        assert!(
            svg.contains("class=\"tile\" x=\"0\" y=\"528\""),
            "gh below, after a gap row: {svg}"
        );
        // Its bar: a quarter in progress, three quarters completed, nothing for the status
        // no commitment has.
        assert!(
            svg.contains("<rect class=\"seg status-in-progress\" x=\"149.00\" y=\"462\" width=\"8.50\" height=\"9\"/><rect class=\"seg status-completed\" x=\"157.50\" y=\"462\" width=\"25.50\""),
            "{svg}"
        );
        assert!(!svg.contains("stalled"), "{svg}");
    }

    #[test]
    fn two_countries_on_one_tile_is_an_error() {
        let file = SourceFile::new("themes/t/map.toml", "[tiles]\ncl = [3, 9]\nar = [3, 9]\n");
        let mut diags = Diagnostics::default();
        layout(Some(&file), &mut diags);
        assert!(
            diags
                .render_plain()
                .contains("`cl` and `ar` share the tile [3, 9]"),
            "{}",
            diags.render_plain()
        );
    }
}
