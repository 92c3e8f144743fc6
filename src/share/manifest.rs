//! Each language's web app manifest: what a phone needs to add the tracker to its home screen
//! and open it as an app, in that language (its name, where it starts, its icons and colours).
//! The app is the whole site (its `scope`), so a reader who changes language stays in it.

use serde::Serialize;

use super::palette::Palette;
use crate::addresses::app_icon;
use crate::output::OutputFile;
use crate::present::Lens;

#[derive(Serialize)]
struct Manifest<'a> {
    /// The language's own address: each language installs as an app of its own.
    id: String,
    name: String,
    short_name: String,
    description: String,
    lang: &'a str,
    dir: &'static str,
    start_url: String,
    scope: &'a str,
    display: &'static str,
    background_color: &'a str,
    theme_color: &'a str,
    icons: Vec<Icon>,
}

#[derive(Serialize)]
struct Icon {
    src: String,
    sizes: String,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// The manifest of the language of `lens`, at `path`, naming the icons of `icon_sizes`.
pub(crate) fn manifest(
    lens: &Lens<'_>,
    palette: &Palette,
    icon_sizes: &[u32],
    path: &str,
) -> OutputFile {
    let base = lens.site.config.base_path();
    let start = format!("{base}{}/", lens.code());
    let manifest = Manifest {
        id: start.clone(),
        name: lens.locale.text("site-title"),
        short_name: lens.locale.text("app-short-name"),
        description: lens.locale.text("site-description"),
        lang: lens.code(),
        dir: lens.locale.dir(),
        start_url: start,
        scope: base,
        display: "standalone",
        background_color: &palette.background,
        theme_color: &palette.app,
        icons: icon_sizes
            .iter()
            .map(|&size| Icon {
                src: format!("{base}{}", app_icon(size)),
                sizes: format!("{size}x{size}"),
                kind: "image/png",
            })
            .collect(),
    };
    let json = serde_json::to_vec_pretty(&manifest).expect("a manifest serialises");
    OutputFile::other(path.to_owned(), json)
}
