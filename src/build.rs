//! The pipeline, one line per stage: read → settings → load → interface strings → model →
//! translation report → feeds → offline copies (which include them), open data → pages, sitemap → minify → service
//! worker (versioned by all of the above). Writing is left to the caller, so `check` runs
//! every stage and writes nothing.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::content::Asset;
use crate::diag::Diagnostics;
use crate::model::Date;
use crate::output::OutputFile;
use crate::render::views::LinkStyle;
use crate::{
    config, content, copies, data, feeds, i18n, map, model, offline, output, render, sitemap,
    translations,
};

/// A site built in memory, ready to write.
pub(crate) struct Built {
    pub(crate) files: Vec<OutputFile>,
    pub(crate) languages: usize,
    /// Warnings (missing translations of interface strings, …); the build still succeeded.
    pub(crate) warnings: Diagnostics,
    /// What each language still needs from its translators.
    pub(crate) translations: translations::Report,
    /// How long each stage took, in order, for `swivi build --timings`.
    pub(crate) timings: Vec<(&'static str, Duration)>,
}

/// The time since the previous lap, stage by stage.
struct Laps {
    last: Instant,
    laps: Vec<(&'static str, Duration)>,
}

impl Laps {
    fn start() -> Laps {
        Laps {
            last: Instant::now(),
            laps: Vec::new(),
        }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.laps.push((stage, now - self.last));
        self.last = now;
    }
}

/// Builds the site under `root`; on any error, every problem found.
pub(crate) fn build(
    root: &Path,
    base_url: Option<&str>,
    links: LinkStyle,
    today: Date,
) -> Result<Built, Diagnostics> {
    let mut diags = Diagnostics::default();
    let mut laps = Laps::start();
    let site_toml =
        content::read_site_toml(root, &mut diags).ok_or_else(|| std::mem::take(&mut diags))?;
    let Some(config) = config::parse(&site_toml, base_url, &mut diags) else {
        return Err(diags);
    };
    let sources = content::load(root, &config, &mut diags);
    laps.lap("read files");
    let locales = i18n::load(&config, &sources.locales, &mut diags);
    diags.extend(i18n::checks::check(
        &config,
        &sources.locales,
        &sources.templates,
    ));
    laps.lap("interface strings");
    let Some(site) = model::build(&config, &sources.entries, today, &mut diags) else {
        return Err(diags);
    };
    laps.lap("model");
    // Rendering broken interface strings or files would only repeat these errors, page by page.
    if diags.has_errors() {
        return Err(diags);
    }
    let translations = translations::report(&site, &locales);
    let feeds = feeds::build(&site, &locales, &translations);
    laps.lap("feeds");
    let (copies, downloads) = match links {
        LinkStyle::Rooted => {
            copies::build(&site, &locales, &sources.templates, &sources.assets, &feeds)
        }
        _ => (Vec::new(), Vec::new()),
    };
    laps.lap("offline copies");
    let (data, data_files) = match links {
        LinkStyle::Rooted => data::build(&site, &locales),
        _ => (Vec::new(), Vec::new()),
    };
    laps.lap("open data");
    let map = map::layout(sources.map.as_ref(), &mut diags);
    let attachments = render::Attachments {
        downloads,
        data: data_files,
        map,
        translations,
    };
    let pages = render::render(
        &site,
        &locales,
        &sources.templates,
        links,
        &attachments,
        &mut diags,
    );
    let sitemap = sitemap::build(&site);
    laps.lap("pages");
    if diags.has_errors() {
        return Err(diags);
    }
    let mut files =
        output::minify([pages, feeds, sitemap, copies, data, assets(sources.assets)].concat());
    laps.lap("minify");
    if links == LinkStyle::Rooted {
        files.extend(offline::files(&site, &files));
    }
    laps.lap("service worker");
    Ok(Built {
        files,
        languages: config.languages.len(),
        warnings: diags,
        translations: attachments.translations,
        timings: laps.laps,
    })
}

/// The day to build for: `SOURCE_DATE_EPOCH` when set (reproducible builds, tests), else today
/// (UTC). Two builds of the same content on the same day give the same bytes.
pub(crate) fn today() -> Date {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    Date::from_days(seconds.div_euclid(86_400))
}

fn assets(assets: Vec<Asset>) -> Vec<OutputFile> {
    assets
        .into_iter()
        .map(|a| OutputFile::other(a.path, a.bytes))
        .collect()
}
