//! The pipeline, one line per stage: read → settings → load → interface strings → model →
//! translation report → open data → pages with their feeds and offline copies → sitemap →
//! assets → service worker (versioned by all of the above). Files go to the caller's sink as
//! they are made, so the site is never held in memory whole; `check` passes a sink that
//! keeps nothing.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::content::Asset;
use crate::diag::Diagnostics;
use crate::model::Date;
use crate::output::{Ledger, OutputFile, Sink, Written};
use crate::render::views::LinkStyle;
use crate::{
    config, content, data, feeds, i18n, map, model, offline, publish, render, sitemap, translations,
};

/// What a build made.
pub(crate) struct Built {
    /// Every file handed to the sink, in path order.
    pub(crate) files: Vec<Written>,
    pub(crate) languages: usize,
    /// Warnings (missing translations of interface strings, …); the build still succeeded.
    pub(crate) warnings: Diagnostics,
    /// What each language still needs from its translators.
    pub(crate) translations: translations::Report,
    /// How long each stage took, in order, for `swivi build --timings`.
    pub(crate) timings: Vec<(&'static str, Duration)>,
}

impl Built {
    pub(crate) fn pages(&self) -> usize {
        self.files.iter().filter(|f| f.html).count()
    }
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
    sink: &dyn Sink,
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
    let out = Ledger::new(sink);
    let data = match links {
        LinkStyle::Rooted => data::build(&site, &locales, &out),
        LinkStyle::Relative => Vec::new(),
    };
    laps.lap("open data");
    let attachments = render::Attachments {
        downloads: Vec::new(),
        data,
        map: map::layout(sources.map.as_ref(), &mut diags),
        translations: &translations,
    };
    let assets = assets(sources.assets, links);
    let Some(mut renderer) = render::Renderer::new(
        &site,
        &locales,
        &sources.templates,
        links,
        attachments,
        &mut diags,
    ) else {
        return Err(diags);
    };
    let feeds = feeds::Feeds::new(&site, &locales, &translations);
    publish::publish(&mut renderer, &feeds, &assets, &out, &mut diags);
    laps.lap("pages, feeds, copies");
    if diags.has_errors() {
        return Err(diags);
    }
    sitemap::build(&site).into_iter().for_each(|f| out.put(f));
    assets.into_iter().for_each(|f| out.put(f));
    if links == LinkStyle::Rooted {
        out.put(offline::worker(&site, &out.written()));
    }
    laps.lap("sitemap, assets, worker");
    Ok(Built {
        files: out.written(),
        languages: config.languages.len(),
        warnings: diags,
        translations,
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

/// The theme's and the site's static files, and the page script of a published site.
fn assets(assets: Vec<Asset>, links: LinkStyle) -> Vec<OutputFile> {
    let script = (links == LinkStyle::Rooted).then(offline::page_script);
    assets
        .into_iter()
        .map(|a| OutputFile::other(a.path, a.bytes))
        .chain(script)
        .collect()
}
