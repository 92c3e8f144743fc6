//! The map of countries: a tile grid, one square per country, coloured by progress.
//!
//! The theme's `map.toml` places each country at a column and a row; a country it does not
//! place is drawn in a row below the grid, so no country is ever left off. Each tile is a link
//! to the country's page with its name and progress in words; the legend says what each
//! colour means, and the countries index beside it lists the same figures in text.

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
pub(crate) struct Tile {
    pub(crate) code: String,
    pub(crate) href: String,
    /// Class suffix of its colour (`none`, `zero`, `some`, `most`, `all`).
    pub(crate) level: &'static str,
    /// Its name and progress in words.
    pub(crate) label: String,
}

const SIZE: u32 = 44;
const GAP: u32 = 4;

impl Layout {
    /// The map as SVG: placed tiles first, the others in rows of ten below them.
    pub(crate) fn svg(&self, title: &str, tiles: &[Tile]) -> String {
        let columns = self
            .tiles
            .values()
            .map(|p| p.0 + 1)
            .max()
            .unwrap_or(0)
            .max(10);
        let grid_rows = self.tiles.values().map(|p| p.1 + 1).max().unwrap_or(0);
        let unplaced: Vec<&Tile> = tiles
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
                "<a href=\"{}\" aria-label=\"{label}\"><title>{label}</title><rect class=\"tile level-{}\" x=\"{x}\" y=\"{y}\" width=\"{SIZE}\" height=\"{SIZE}\" rx=\"4\"/>\
                 <text class=\"tile-code\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{code}</text></a>",
                escape(&tile.href),
                tile.level,
                x + SIZE / 2,
                y + SIZE / 2 + 5,
                code = escape(&tile.code.to_uppercase()),
                // The name starts with the code the tile shows, so speech input can say it.
                label = escape(&format!("{} · {}", tile.code.to_uppercase(), tile.label)),
            );
        }
        out.push_str("</svg>");
        out
    }
}

/// Every colour level, from no commitments to all completed; each has a Fluent message
/// `map-level-<level>` for the legend.
pub(crate) const LEVELS: [&str; 5] = ["none", "zero", "some", "most", "all"];

/// The colour level of a share of commitments completed; `None` without commitments.
pub(crate) fn level(percent_done: Option<u32>) -> &'static str {
    match percent_done {
        None => "none",
        Some(0) => "zero",
        Some(1..=49) => "some",
        Some(50..=99) => "most",
        Some(_) => "all",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tile(code: &str) -> Tile {
        Tile {
            code: code.into(),
            href: format!("/en/countries/{code}/"),
            level: "zero",
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
            svg.contains("class=\"tile level-zero\" x=\"144\" y=\"432\""),
            "cl at [3, 9]: {svg}"
        );
        assert!(
            svg.contains("class=\"tile level-zero\" x=\"0\" y=\"528\""),
            "gh below, after a gap row: {svg}"
        );
        assert_eq!(level(None), "none");
        assert_eq!(level(Some(100)), "all");
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
