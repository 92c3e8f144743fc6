//! The pipeline, one line per stage, in two halves. [`prepare`]: read (through a cache, for
//! `swivi serve`) → settings → interface strings → model → templates → translation report →
//! the bodies' links to the site's own paths, against its list of addresses (whatever errors
//! the templates and interface strings have; when the model fails, those that are certainly
//! broken without it), so that they are reported with the other errors.
//! [`Prepared::publish`]: pages with their feeds and offline copies, and the open data beside
//! them → sitemap and Netlify's redirects → assets → the browser editor, when the site has
//! one → service worker (versioned by all of the above). Pages, share images, the offline
//! copies' parts and the search indexes are taken from the build cache ([`Memo`]) when an
//! earlier build made them from the same inputs. Files go to the
//! caller's sink as they are made, so the site is never held in memory whole; `swivi serve`
//! keeps the prepared site and makes each file when it is asked for. [`Prepared::check`], what
//! `swivi check` runs instead of publishing, makes only what can fail on the content (the
//! pages, a few icons) and lets each go: it finds the build's errors for a part of its work.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::addresses::LinkStyle;
use crate::assets::{self, Assets};
use crate::cache::{Key, Memo};
use crate::diag::Diagnostics;
use crate::model::{Date, Site};
use crate::output::{Ledger, Sink, Written};
use crate::{
    addresses, config, content, data, feeds, i18n, linkcheck, map, model, netlify, offline,
    publish, render, search, share, sitemap, translations,
};

/// What a build made.
pub(crate) struct Built {
    /// Every file handed to the sink, in path order (none when the site was only checked).
    pub(crate) files: Vec<Written>,
    /// How many pages were made (and, for a check, let go of).
    pub(crate) pages: usize,
    pub(crate) languages: usize,
    /// Warnings (missing translations of interface strings, …); the build still succeeded.
    pub(crate) warnings: Diagnostics,
    /// What each language still needs from its translators.
    pub(crate) translations: translations::Report,
    /// What the build cache saved.
    pub(crate) reused: crate::cache::Reuse,
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

/// Builds the site under `root` into `sink`, taking from `memo` what earlier builds made with
/// the same inputs; on any error, every problem found.
pub(crate) fn build(
    root: &Path,
    base_url: Option<&str>,
    links: LinkStyle,
    today: Date,
    sink: &dyn Sink,
    memo: Memo,
) -> Result<Built, Diagnostics> {
    let mut prepared = prepare(root, base_url, links, today, &mut Cache::none())?;
    prepared.memo = memo;
    let published = prepared.publish(sink);
    prepared.built(published)
}

/// Finds every error [`build`] would find in the site under `root`, making only what can fail
/// ([`Prepared::check`]) and reading what the site's cache has of it; what it found, or every
/// problem.
pub(crate) fn check(root: &Path, today: Date) -> Result<Built, Diagnostics> {
    let mut prepared = prepare(root, None, LinkStyle::Rooted, today, &mut Cache::none())?;
    // The bodies' links are checked: the check lists again only the few files it makes alone.
    prepared.addresses = None;
    prepared.memo = Memo::reading(root);
    let checked = prepared.check();
    prepared.built(checked)
}

/// What was made: the files written, how many pages, and how long each stage took.
pub(crate) struct Published {
    pub(crate) files: Vec<Written>,
    pub(crate) pages: usize,
    pub(crate) laps: Vec<(&'static str, Duration)>,
}

/// A site read, checked and modelled, with its templates loaded: everything but its files,
/// which [`Prepared::publish`] makes all at once and `swivi serve` one at a time.
pub(crate) struct Prepared {
    pub(crate) site: Site,
    pub(crate) locales: i18n::Locales,
    pub(crate) templates: Arc<render::Templates>,
    pub(crate) map: map::Layout,
    /// What draws the share images and the app's icons: the theme's fonts and colours.
    pub(crate) painter: share::Painter,
    /// The theme's and the site's static files, and the page script of a published site.
    pub(crate) assets: Assets,
    pub(crate) translations: translations::Report,
    pub(crate) links: LinkStyle,
    /// Every address of the site, when checking the bodies' links made the list already.
    pub(crate) addresses: Option<publish::Outputs>,
    /// Warnings so far; the build goes on.
    pub(crate) warnings: Diagnostics,
    /// What earlier builds made, which this one may take instead of making it again: none
    /// unless the caller says ([`build`], [`check`]).
    pub(crate) memo: Memo,
    laps: Laps,
}

/// What a rebuild can take from the previous one: the content files as read and parsed, and
/// the templates as loaded, for as long as they, the interface strings and the languages are the
/// same.
#[derive(Default)]
pub(crate) struct Cache {
    content: content::Cache,
    model: model::Cache,
    templates: Option<(Key, Arc<render::Templates>)>,
}

impl Cache {
    /// The cache of a build no other follows (`swivi build`, `swivi check`): the model keeps
    /// no copy of the entries it parsed.
    pub(crate) fn none() -> Cache {
        Cache {
            model: model::Cache::none(),
            ..Cache::default()
        }
    }

    /// Notes the files that changed since the last build (relative to the root), as a watcher
    /// saw them: only those of `content/` are read again. `None` when unknown: every content
    /// file is listed and looked at again.
    pub(crate) fn changed(&mut self, paths: Option<Vec<PathBuf>>) {
        match paths {
            Some(paths) => self.content.changed(paths),
            None => self.content.rescan(),
        }
    }

    /// Takes `text` as the content file `path` in the next [`prepare`], whatever the disk
    /// holds (see [`content::Cache::overlay`]).
    pub(crate) fn overlay(&mut self, path: &Path, text: &str) {
        self.content.overlay(path, text);
    }
}

/// Reads the site under `root` (only what changed since `cache` saw it) and checks it; on any
/// error, every problem found.
pub(crate) fn prepare(
    root: &Path,
    base_url: Option<&str>,
    links: LinkStyle,
    today: Date,
    cache: &mut Cache,
) -> Result<Prepared, Diagnostics> {
    let mut diags = Diagnostics::default();
    let mut laps = Laps::start();
    let site_toml =
        content::read_site_toml(root, &mut diags).ok_or_else(|| std::mem::take(&mut diags))?;
    let Some(config) = config::parse(&site_toml, base_url, &mut diags) else {
        return Err(diags);
    };
    let sources = content::load(root, &config, &mut cache.content, &mut diags);
    diags.extend(addresses::pages_in_own_folders(&config, &sources.entries));
    laps.lap("read files");
    let locales = i18n::load(&config, &sources.locales, &mut diags);
    diags.extend(i18n::checks::check(
        &config,
        &sources.locales,
        &sources.templates,
    ));
    laps.lap("interface strings");
    let site = match model::build(
        &config,
        &sources.entries,
        sources.history.as_ref(),
        today,
        &mut cache.model,
        &mut diags,
    ) {
        Ok(site) => site,
        Err(site_links) if site_links.is_empty() => return Err(diags),
        Err(site_links) => {
            let assets = site_assets(sources.assets, &config, links);
            let addresses = publish::without_entries(&config, today, &locales, &assets);
            diags.extend(links_without_site(
                &config,
                &addresses,
                &sources.entries,
                &site_links,
            ));
            return Err(diags);
        }
    };
    diags.extend(i18n::checks::unit_variants(
        &config,
        &sources.locales,
        &site,
    ));
    laps.lap("model");
    let map = map::layout(sources.map.as_ref(), &mut diags);
    let templates = templates(&site, &locales, &sources, cache, &mut diags);
    laps.lap("templates");
    let translations = translations::report(&site, &locales);
    laps.lap("translation report");
    let assets = site_assets(sources.assets, &config, links);
    diags.extend(missing_logo(&site_toml, &config, &assets));
    let painter = share::Painter::new(&sources.fonts, &assets, &config);
    // Checked whatever errors the templates and interface strings have: all in one run.
    let (link_problems, addresses) = site_links(&publish::Parts {
        site: &site,
        assets: &assets,
        translations: &translations,
        links,
    });
    diags.extend(link_problems);
    laps.lap("links");
    // Rendering broken interface strings or files would only repeat these errors, page by page.
    let (Some(templates), false) = (templates, diags.has_errors()) else {
        return Err(diags);
    };
    Ok(Prepared {
        site,
        locales,
        templates,
        map,
        painter,
        assets,
        translations,
        links,
        addresses,
        warnings: diags,
        memo: Memo::off(),
        laps,
    })
}

/// The problems of the bodies' links to the site's own paths, checked against every address
/// the site has (pages, static files, feeds, data files); the list is made only for a site
/// whose bodies have such links, and given back for `swivi serve` to answer from.
fn site_links(parts: &publish::Parts) -> (Diagnostics, Option<publish::Outputs>) {
    if parts.site.links.is_empty() {
        return (Diagnostics::default(), None);
    }
    let outputs = publish::outputs_of(parts);
    let addresses = outputs.keys().map(String::as_str).collect();
    let problems = linkcheck::check_site_links(parts.site, &addresses);
    (problems, Some(outputs))
}

/// The logo `site.toml` names, when `static/` does not have it.
fn missing_logo(
    site_toml: &Arc<crate::diag::SourceFile>,
    config: &config::Config,
    assets: &Assets,
) -> Option<crate::diag::Diagnostic> {
    let (name, at) = config.brand.logo.as_ref()?;
    render::logo(config, assets).is_none().then(|| {
        crate::diag::Diagnostic::error(format!("the logo `{name}` is not in static/"))
            .at(site_toml, at.clone())
            .help(format!(
                "put the SVG file at static/{name} (in the site or its theme), or correct the path"
            ))
    })
}

/// The static files of the site, with the page script of a published site.
fn site_assets(files: Vec<content::Asset>, config: &config::Config, links: LinkStyle) -> Assets {
    Assets::new(
        assets::with_site_colours(files, config),
        (links == LinkStyle::Rooted).then(offline::page_script),
    )
}

/// The problems of the bodies' `links` to the site's own paths that are certain without the
/// whole site, for a site whose model could not be made: reported with its errors, not in the
/// next run. `addresses`: those the site has whatever its entries; `entries`: every content
/// file, read or not.
fn links_without_site(
    config: &config::Config,
    addresses: &std::collections::HashSet<String>,
    entries: &[content::EntryFile],
    links: &[model::SiteLink],
) -> Diagnostics {
    let entries = entries
        .iter()
        .map(|e| (e.section, e.slug.as_str()))
        .collect();
    let addresses = addresses.iter().map(String::as_str).collect();
    linkcheck::check_links_without_site(config, links, &entries, &addresses)
}

impl Prepared {
    /// What renders this site's pages; the open data and the offline copies, which the data
    /// and download pages list, are attached by whoever makes them.
    pub(crate) fn renderer(&self) -> render::Renderer<'_> {
        render::Renderer {
            site: &self.site,
            locales: &self.locales,
            templates: &self.templates,
            links: self.links,
            attachments: render::Attachments {
                downloads: Vec::new(),
                data: Vec::new(),
                map: &self.map,
                painter: &self.painter,
                translations: &self.translations,
                assets: &self.assets,
                memo: &self.memo,
            },
            cards: render::cards::Cards::new(&self.site),
            checking: false,
            keys: render::EntryKeys::new(&self.site),
        }
    }

    /// Every path of this site, and what makes the file there ([`publish::outputs_of`]).
    pub(crate) fn outputs(&self) -> publish::Outputs {
        publish::outputs_of(&self.parts())
    }

    /// What this site's list of addresses is made from.
    pub(crate) fn parts(&self) -> publish::Parts<'_> {
        publish::Parts {
            site: &self.site,
            assets: &self.assets,
            translations: &self.translations,
            links: self.links,
        }
    }

    /// Every path of this site, as checking the bodies' links listed them, or listed now.
    fn listed(&self) -> std::borrow::Cow<'_, publish::Outputs> {
        match &self.addresses {
            Some(listed) => std::borrow::Cow::Borrowed(listed),
            None => std::borrow::Cow::Owned(self.outputs()),
        }
    }

    /// What makes this site's feeds, from its `events`.
    pub(crate) fn feeds<'a>(&'a self, events: &'a feeds::Events) -> feeds::Feeds<'a> {
        feeds::Feeds {
            site: &self.site,
            locales: &self.locales,
            translations: &self.translations,
            events,
        }
    }

    /// Every file of the site, handed to `sink` as it is made: pages with their feeds and
    /// offline copies, and the open data beside them; sitemap, assets, service worker. What
    /// was written and how long each stage took, or the template errors.
    pub(crate) fn publish(&self, sink: &dyn Sink) -> Result<Published, Diagnostics> {
        let mut laps = Laps::start();
        let mut diags = Diagnostics::default();
        let out = Ledger::new(sink);
        let open_data = || match self.links {
            LinkStyle::Rooted => data::build(&self.site, &self.locales, &self.memo, &out),
            LinkStyle::Relative => Vec::new(),
        };
        let mut renderer = self.renderer();
        let events = feeds::Events::of(&self.site);
        let feeds = self.feeds(&events);
        let listed = self.listed();
        publish::publish(
            &mut renderer,
            open_data,
            &feeds,
            listed,
            &self.assets.files,
            &out,
            &mut diags,
        );
        laps.lap("pages, feeds, copies, open data");
        diags.extend(self.locales.failures());
        if diags.has_errors() {
            return Err(diags);
        }
        if self.links == LinkStyle::Rooted && self.site.config.search {
            search::bundles(&self.site, &self.memo)
                .into_iter()
                .for_each(|f| out.put(f));
            laps.lap("search index");
        }
        sitemap::build(&self.site, &out);
        if self.links == LinkStyle::Rooted {
            out.put(netlify::headers(&self.site, &self.assets, &out.written()));
            out.put(offline::worker(&self.site, &self.assets, &out.written()));
        }
        laps.lap("sitemap, assets, worker");
        let written = out.written();
        let clashes = publish::clashes(&written, &self.assets);
        if clashes.has_errors() {
            return Err(clashes);
        }
        Ok(Published {
            pages: written.iter().filter(|f| f.html).count(),
            files: written,
            laps: laps.laps,
        })
    }

    /// What `swivi check` makes: every file whose making can fail on the site's content (the
    /// pages, the roots' pages, the app's icons, a static file in the place of a made file),
    /// made and let go, with nothing resolved, written, deflated or indexed. The feeds,
    /// calendars, open data, offline copies, share images, sitemaps and search index are made
    /// from the same checked model by code that cannot fail on it, so they are left out; the
    /// data and download pages are rendered with those files listed and no sizes.
    pub(crate) fn check(&self) -> Result<Published, Diagnostics> {
        let mut laps = Laps::start();
        let mut renderer = self.renderer();
        renderer.checking = true;
        renderer.attachments.data = data::unmade(&self.site);
        renderer.attachments.downloads = crate::copies::unmade(&self.site);
        let events = feeds::Events::of(&self.site);
        let feeds = self.feeds(&events);
        let alone = publish::checked_alone(&self.parts());
        let (pages, mut diags) = publish::check(&mut renderer, &feeds, alone);
        laps.lap("pages, icons");
        diags.extend(self.locales.failures());
        if diags.has_errors() {
            return Err(diags);
        }
        Ok(Published {
            files: Vec::new(),
            pages,
            laps: laps.laps,
        })
    }

    /// What a build of this site made, from what [`Prepared::publish`] or
    /// [`Prepared::check`] said; or its errors, with the warnings found before.
    fn built(self, made: Result<Published, Diagnostics>) -> Result<Built, Diagnostics> {
        let Prepared {
            site,
            mut warnings,
            translations,
            memo,
            mut laps,
            ..
        } = self;
        let made = match made {
            Ok(made) => made,
            Err(errors) => {
                warnings.extend(errors);
                return Err(warnings);
            }
        };
        let reused = memo.prune();
        laps.laps.extend(made.laps);
        Ok(Built {
            files: made.files,
            pages: made.pages,
            languages: site.config.languages.len(),
            warnings,
            translations,
            reused,
            timings: laps.laps,
        })
    }
}

/// The example site of the repository, prepared as `swivi build` prepares it: what unit
/// tests of the later stages read.
#[cfg(test)]
pub(crate) fn example() -> Prepared {
    example_with(LinkStyle::Rooted)
}

/// [`example`], linked as `links` says.
#[cfg(test)]
pub(crate) fn example_with(links: LinkStyle) -> Prepared {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cache = Cache::default();
    prepare(root, None, links, today(), &mut cache).expect("the example site builds")
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

/// The templates loaded for these languages and interface strings, or as `cache` has them.
fn templates(
    site: &Site,
    locales: &i18n::Locales,
    sources: &content::Sources,
    cache: &mut Cache,
    diags: &mut Diagnostics,
) -> Option<Arc<render::Templates>> {
    // `t()` speaks each language with its fallbacks: all of it goes in the key.
    let mut key = Key::of("templates");
    for language in &site.config.languages {
        key = key
            .part(language.code.as_bytes())
            .part(language.locale.as_bytes());
        for fallback in &language.chain {
            key = key.part(fallback.as_bytes());
        }
    }
    for (name, file) in sources.locales.iter().chain(&sources.templates) {
        key = key.part(name.as_bytes()).part(file.text.as_bytes());
    }
    let key = key.key();
    if let Some((cached, templates)) = &cache.templates
        && *cached == key
    {
        return Some(Arc::clone(templates));
    }
    let templates = Arc::new(render::Templates::load(
        site,
        locales,
        &sources.templates,
        key,
        diags,
    )?);
    cache.templates = Some((key, Arc::clone(&templates)));
    Some(templates)
}
