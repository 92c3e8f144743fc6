//! Sharing and installing: what a link to the site shows when it is sent by a messaging app or
//! posted on a social network, and what a phone needs to add the site to its home screen.
//!
//! A share image is a PNG of 1200 × 630 (social networks do not show SVG) drawn at build time
//! ([`draw`]): the site's name, the page's title and a bar of its commitments by status, in the
//! statuses' colours of `site.toml` ([`palette`]), with the theme's fonts. The home
//! page, each country and each pillar have one in each language
//! ([`crate::addresses::PageId::has_share_image`]); every other page shows the image of the
//! page it belongs to ([`crate::addresses::PageId::share_image_page`]). An image for each
//! commitment would take about five times the CPU of the rest of a build of 10,000
//! commitments: see `benches/results-2026-12-07.md`.
//!
//! A status badge ([`badge`]) is an SVG image of a commitment's status, or of a country's or a
//! pillar's figures, beside its page in each language, which other sites show; it is drawn
//! with the same fonts and colours.
//!
//! The installed app is each language's web app manifest ([`manifest`]) and two PNG icons
//! drawn from the theme's `favicon.svg`.

mod badge;
mod draw;
mod manifest;
mod palette;

pub(crate) use badge::alt_of as badge_alt;
pub(crate) use draw::{HEIGHT, WIDTH};
pub(crate) use manifest::manifest;

use crate::addresses::PageId;
use crate::assets::Assets;
use crate::cache::Memo;
use crate::config::Config;
use crate::content::Font;
use crate::model::EntryKey;
use crate::output::OutputFile;
use crate::present::Lens;
use draw::{Card, Fonts};
use palette::Palette;

/// The sizes of the app's icons, in pixels: what Android asks for the home screen and for
/// the splash screen.
pub(crate) const ICON_SIZES: [u32; 2] = [192, 512];

/// The stylesheets pages load, in their order: the colours are read from them.
const STYLESHEETS: [&str; 2] = ["style.css", "colours.css"];

/// What draws a site's images: the theme's fonts and colours.
pub(crate) struct Painter {
    fonts: Fonts,
    pub(crate) palette: Palette,
}

impl std::fmt::Debug for Painter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Painter")
            .field("palette", &self.palette)
            .finish_non_exhaustive()
    }
}

impl Painter {
    /// The painter of a theme with `fonts`, whose stylesheets are among `assets`, for a site
    /// whose statuses `config` gives the colours of.
    pub(crate) fn new(fonts: &[Font], assets: &Assets, config: &Config) -> Painter {
        let files: Vec<&[u8]> = fonts.iter().map(|f| f.bytes.as_slice()).collect();
        let sheets: Vec<&str> = STYLESHEETS
            .iter()
            .filter_map(|name| assets.bytes(name))
            .filter_map(|bytes| std::str::from_utf8(bytes).ok())
            .collect();
        let statuses = config
            .statuses
            .iter()
            .map(|s| (s.id.clone(), s.colour.to_string()));
        Painter {
            fonts: Fonts::new(&files),
            palette: Palette::of(statuses, &sheets),
        }
    }

    /// The share image of `page` in the language of `lens`, at `path`, or the one `memo`
    /// kept of the same drawing with the same fonts.
    pub(crate) fn image(
        &self,
        lens: &Lens<'_>,
        page: PageId,
        path: &str,
        memo: &Memo,
    ) -> Option<OutputFile> {
        let png = self
            .fonts
            .card_png(&card(lens, page), &self.palette, memo)?;
        Some(OutputFile::other(path.to_owned(), png))
    }

    /// The status badge of the entry `key` (a commitment, a country or a pillar) in the
    /// language of `lens`, at `path`.
    pub(crate) fn badge(&self, lens: &Lens<'_>, key: EntryKey, path: &str) -> OutputFile {
        let svg = badge::badge_of(lens, key, &self.palette).svg(&self.fonts, &self.palette);
        OutputFile::other(path.to_owned(), svg.into_bytes())
    }

    /// The app's icon of `size` pixels, drawn from the site's `favicon.svg`, at `path`; `None`
    /// when the site has none, or one that is not an SVG image.
    pub(crate) fn icon(&self, assets: &Assets, size: u32, path: &str) -> Option<OutputFile> {
        let svg = std::str::from_utf8(assets.bytes(FAVICON)?).ok()?;
        let png = self.fonts.icon_png(svg, size)?;
        Some(OutputFile::other(path.to_owned(), png))
    }
}

/// The static file the app's icons are drawn from.
pub(crate) const FAVICON: &str = "favicon.svg";

/// What the image of `page` shows, in the language of `lens`.
fn card(lens: &Lens<'_>, page: PageId) -> Card {
    let site = lens.site;
    let locale = lens.locale;
    // The name the header shows: `[brand]`'s, the same in every language, or the title.
    let site_title = (site.config.brand.name.clone()).unwrap_or_else(|| locale.text("site-title"));
    let (brand, kicker, title, mine) = match page {
        PageId::Entry(key @ EntryKey::Country(i)) => (
            site_title,
            Some(locale.text("nav-countries")),
            lens.title(&site.countries[i]).text,
            site.commitments_of(key),
        ),
        PageId::Entry(key @ EntryKey::Pillar(i)) => (
            site_title,
            Some(lens.pillar_number(i)),
            lens.title(&site.pillars[i]).text,
            site.commitments_of(key),
        ),
        PageId::Entry(EntryKey::Commitment(i)) => {
            let facts = &site.commitments[i].facts;
            let status = facts.status(&site.config);
            let id = site.config.statuses[status].id.clone();
            return Card {
                brand: site_title,
                kicker: Some(lens.title(&site.countries[facts.country]).text),
                title: lens.title(&site.commitments[i]).text,
                bar: vec![(id, 1)],
                caption: lens.status(status).label,
                rtl: locale.dir() == "rtl",
            };
        }
        _ => (
            host(&site.config.base_url),
            None,
            locale.text("site-title"),
            site.commitments.ids().collect(),
        ),
    };
    let tally = lens.tally_of(&mine);
    // The figures as the pages write them in one line: "11 commitments · 0 of 11 assessed".
    let caption = tally.summary.clone();
    Card {
        brand,
        kicker,
        title,
        bar: tally
            .statuses
            .iter()
            .map(|s| (s.status.id.clone(), s.count))
            .collect(),
        caption,
        rtl: locale.dir() == "rtl",
    }
}

/// The host and path of `url`, as a reader would type it (`swivi.netlify.app`).
fn host(url: &str) -> String {
    let after_scheme = url.find("://").map_or(url, |i| &url[i + 3..]);
    after_scheme.trim_end_matches('/').to_owned()
}
