//! `site.toml`: the raw serde struct that mirrors the file, and the validated [`Config`].
//!
//! Invariants of a [`Config`]: the default language is one of the languages; every fallback
//! chain names known languages, never the language itself, and ends with the default language;
//! status ids are unique and the default status is one of them; the base URL ends with `/`.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use crate::colour::{AA_TEXT, Colour, PAPER};
use crate::diag::{Diagnostic, Diagnostics, SourceFile, did_you_mean};
use crate::ids::{List, ids};
use crate::model::slug::is_slug;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Spanned<String>,
    default_language: Spanned<String>,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    default_status: Option<Spanned<String>>,
    languages: Vec<RawLanguage>,
    #[serde(default)]
    statuses: Option<Vec<RawStatus>>,
    #[serde(default)]
    feeds: Option<RawFeeds>,
    #[serde(default)]
    downloads: Option<RawDownloads>,
    #[serde(default)]
    stale_after_months: Option<u32>,
    #[serde(default)]
    minify_html: bool,
    #[serde(default)]
    search: Option<bool>,
    #[serde(default)]
    dates_from_git: Option<bool>,
    #[serde(default)]
    repository: Option<Spanned<String>>,
    #[serde(default)]
    admin: Option<RawAdmin>,
    #[serde(default)]
    html: Option<RawHtml>,
    #[serde(default)]
    brand: Option<RawBrand>,
    #[serde(default)]
    lists: Option<RawLists>,
}

/// `[lists]`: how long lists of commitments are cut into pages.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLists {
    #[serde(default)]
    per_page: Option<Spanned<usize>>,
}

/// `[html]`: what raw HTML written in Markdown may keep.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawHtml {
    #[serde(default)]
    tags: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    attributes: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    url_schemes: Option<Vec<Spanned<String>>>,
}

/// `[admin]`: browser editing with Decap CMS; its presence asks for the `/admin/` page.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdmin {
    #[serde(default)]
    backend: Option<Spanned<String>>,
    #[serde(default)]
    repo: Option<String>,
    #[serde(default)]
    branch: Option<String>,
    #[serde(default)]
    media_folder: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDownloads {
    #[serde(default)]
    offline_copy: bool,
    #[serde(default)]
    data_licence: Option<Spanned<String>>,
    #[serde(default)]
    data_licence_url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: Spanned<String>,
    name: String,
    #[serde(default)]
    fallback: Vec<Spanned<String>>,
    #[serde(default)]
    locale: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatus {
    id: Spanned<String>,
    #[serde(default)]
    done: Option<bool>,
    #[serde(default)]
    assessed: Option<bool>,
    #[serde(default)]
    colour: Option<Spanned<String>>,
}

/// `[brand]`: how the site presents itself beside its translated title.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawBrand {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    logo: Option<Spanned<String>>,
    #[serde(default)]
    accent: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeeds {
    #[serde(default)]
    limit: Option<usize>,
    author: String,
}

/// The site's settings, validated.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub(crate) base_url: String,
    pub(crate) default_language: String,
    pub(crate) theme: String,
    /// In the order the language switcher shows them.
    pub(crate) languages: List<LanguageId, Language>,
    /// In the order the site shows them.
    pub(crate) statuses: List<StatusId, Status>,
    pub(crate) default_status: StatusId,
    pub(crate) feeds: Feeds,
    /// Offer each language's site as a zip that works opened from disk.
    pub(crate) offline_copy: bool,
    /// A commitment without an update for longer than this is flagged "not verified since".
    pub(crate) stale_after_months: Option<u32>,
    /// Whether pages go through an HTML minifier.
    pub(crate) minify_html: bool,
    /// Whether each language has a search page and the index it searches (`true` unless
    /// `site.toml` says `search = false`).
    pub(crate) search: bool,
    /// The licence the open data files are published under, as the data page names it.
    pub(crate) data_licence: Option<Licence>,
    /// Whether pages say when they last changed from the site's git history (`true` unless
    /// `site.toml` says `dates_from_git = false`).
    pub(crate) dates_from_git: bool,
    /// The web address of the site's repository on its forge (`https://github.com/org/site`,
    /// without a final `/`), where the record of changes links each commit.
    pub(crate) repository: Option<String>,
    /// Browser editing (`/admin/`), when `[admin]` asks for it.
    pub(crate) admin: Option<Admin>,
    /// What raw HTML in Markdown may keep.
    pub(crate) html: HtmlPolicy,
    pub(crate) brand: Brand,
    /// The most commitments a page of a list shows: a longer list goes on over pages
    /// (`commitments/page/2/`).
    pub(crate) per_page: usize,
}

/// The most commitments a page of a list shows when `site.toml` does not say: a page of 50
/// cards is about 12 KiB gzipped.
pub(crate) const PER_PAGE: usize = 50;

/// The allowlist of the HTML sanitiser, beyond the HTML that Markdown itself writes (which is
/// always kept). Invariant: nothing in it can run script or load active content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HtmlPolicy {
    /// Tags raw HTML may use.
    pub(crate) tags: BTreeSet<String>,
    /// Attributes any kept tag may carry.
    pub(crate) attributes: BTreeSet<String>,
    /// The schemes a link or image address may have; addresses without one always pass.
    pub(crate) url_schemes: BTreeSet<String>,
}

impl Default for HtmlPolicy {
    fn default() -> Self {
        let set = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect();
        HtmlPolicy {
            tags: set(&DEFAULT_HTML_TAGS),
            attributes: set(&DEFAULT_HTML_ATTRIBUTES),
            url_schemes: set(&DEFAULT_URL_SCHEMES),
        }
    }
}

/// The tags raw HTML may use unless `[html] tags` says otherwise: text-level and structural
/// markup that Markdown has no syntax for.
const DEFAULT_HTML_TAGS: [&str; 24] = [
    "abbr",
    "b",
    "bdi",
    "bdo",
    "caption",
    "cite",
    "dd",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "i",
    "kbd",
    "mark",
    "q",
    "s",
    "small",
    "span",
    "sub",
    "summary",
    "time",
];
/// The attributes any kept tag may carry unless `[html] attributes` says otherwise.
const DEFAULT_HTML_ATTRIBUTES: [&str; 3] = ["dir", "lang", "title"];
/// The link schemes kept unless `[html] url_schemes` says otherwise.
const DEFAULT_URL_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// Tags that run script, load other documents or take input: never allowed.
const FORBIDDEN_TAGS: [&str; 23] = [
    "applet", "base", "button", "embed", "form", "frame", "frameset", "iframe", "input", "link",
    "math", "meta", "noscript", "object", "option", "portal", "script", "select", "slot", "style",
    "svg", "template", "textarea",
];
/// Attributes that run script, carry an address, name an element the page's own script
/// may look up (`id`) or dress text as one of the page's own elements (`class`): never
/// allowed on every tag.
const FORBIDDEN_ATTRIBUTES: [&str; 15] = [
    "action",
    "background",
    "class",
    "data",
    "formaction",
    "href",
    "id",
    "ping",
    "poster",
    "src",
    "srcdoc",
    "srcset",
    "style",
    "xlink:href",
    "xmlns",
];
/// Schemes that run script or smuggle a document: never allowed.
const FORBIDDEN_SCHEMES: [&str; 5] = ["blob", "data", "file", "javascript", "vbscript"];

/// Whether `[html] tags` may never allow the tag `name` (lower case).
pub(crate) fn is_forbidden_tag(name: &str) -> bool {
    FORBIDDEN_TAGS.contains(&name)
}

/// Whether `[html] attributes` may never allow the attribute `name` (lower case) on every tag.
pub(crate) fn is_forbidden_attribute(name: &str) -> bool {
    name.starts_with("on") || FORBIDDEN_ATTRIBUTES.contains(&name)
}

/// Whether `[html] url_schemes` may never allow the scheme `name` (lower case, with or
/// without its `:`).
pub(crate) fn is_forbidden_scheme(name: &str) -> bool {
    FORBIDDEN_SCHEMES.contains(&name.trim_end_matches(':'))
}

/// How the `/admin/` page reaches the site's repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Admin {
    /// Decap CMS's backend: `git-gateway` (Netlify Identity), `github`, `gitlab`, ….
    pub(crate) backend: String,
    /// `owner/name`, for the backends that talk to a forge directly.
    pub(crate) repo: Option<String>,
    pub(crate) branch: String,
    /// Where uploaded images go, under `static/`.
    pub(crate) media_folder: String,
}

/// The backends of Decap CMS that need no code of their own on the page.
pub(crate) const ADMIN_BACKENDS: [&str; 6] = [
    "git-gateway",
    "github",
    "gitlab",
    "gitea",
    "bitbucket",
    "azure",
];

ids! {
    /// A language of the site, by its place in [`Config::languages`].
    LanguageId;
    /// A status, by its place in [`Config::statuses`].
    StatusId;
}

#[derive(Debug, Clone)]
pub(crate) struct Language {
    pub(crate) code: String,
    pub(crate) name: String,
    /// The language itself, its fallbacks, then the default language: where to look for a text.
    pub(crate) chain: Vec<String>,
    /// The CLDR locale whose dates, numbers and plural rules the language uses (`en-001` for
    /// English written as international organisations write it); the code when not given.
    pub(crate) locale: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Status {
    pub(crate) id: String,
    /// Counts as completed in progress figures.
    pub(crate) done: bool,
    /// Says where a commitment stands; `false` for the status of one nobody has assessed,
    /// which summaries count apart ("0 of 11 assessed") rather than as no progress.
    pub(crate) assessed: bool,
    /// Its pill's text, its segment in every bar, its swatch in every legend.
    pub(crate) colour: Colour,
}

/// `[brand]`, with the defaults of a site that has none.
#[derive(Debug, Clone)]
pub(crate) struct Brand {
    /// A name the header shows the same in every language (an organisation's), instead of
    /// the translated `site-title`.
    pub(crate) name: Option<String>,
    /// The logo's file in `static/`, an SVG, and where `site.toml` names it; without it,
    /// `logo.svg` when the site has one.
    pub(crate) logo: Option<(String, std::ops::Range<usize>)>,
    /// Links, buttons and the header's rule.
    pub(crate) accent: Colour,
}

/// The default theme's accent: its link blue.
const DEFAULT_ACCENT: Colour = Colour::rgb(0x0b, 0x57, 0xa4);

#[derive(Debug, Clone)]
pub(crate) struct Feeds {
    pub(crate) limit: usize,
    pub(crate) author: String,
}

/// A status swivi knows by its id: the default set, and what a status of that id in
/// `site.toml` takes for what it leaves out.
struct KnownStatus {
    id: &'static str,
    done: bool,
    assessed: bool,
    colour: Colour,
}

const KNOWN_STATUSES: [KnownStatus; 5] = [
    KnownStatus {
        id: "not-assessed",
        done: false,
        assessed: false,
        colour: Colour::rgb(0x5b, 0x64, 0x72),
    },
    KnownStatus {
        id: "not-started",
        done: false,
        assessed: true,
        colour: Colour::rgb(0x8a, 0x5a, 0x00),
    },
    KnownStatus {
        id: "in-progress",
        done: false,
        assessed: true,
        colour: Colour::rgb(0x0b, 0x57, 0xa4),
    },
    KnownStatus {
        id: "completed",
        done: true,
        assessed: true,
        colour: Colour::rgb(0x1a, 0x6b, 0x34),
    },
    KnownStatus {
        id: "stalled",
        done: false,
        assessed: true,
        colour: Colour::rgb(0xa3, 0x26, 0x2a),
    },
];

/// Colours for statuses swivi does not know and `site.toml` gives none, in turn: each
/// distinct from the known ones and readable as text on white (AA).
const MORE_COLOURS: [Colour; 4] = [
    Colour::rgb(0x6b, 0x3f, 0xa0),
    Colour::rgb(0x00, 0x70, 0x7a),
    Colour::rgb(0x8c, 0x3b, 0x5e),
    Colour::rgb(0x44, 0x55, 0x66),
];

impl Config {
    /// The page of the commit `id` on the site's forge, when `site.toml` names the
    /// repository: `<repository>/commit/<id>` as GitHub, GitLab, Gitea, Forgejo and Codeberg
    /// write it; Bitbucket writes `commits`.
    pub(crate) fn commit_url(&self, id: &str) -> Option<String> {
        let repository = self.repository.as_deref()?;
        let commit = match repository.contains("://bitbucket.org/") {
            true => "commits",
            false => "commit",
        };
        Some(format!("{repository}/{commit}/{id}"))
    }

    pub(crate) fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub(crate) fn language_codes(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.code.as_str()).collect()
    }

    pub(crate) fn status_id(&self, id: &str) -> Option<StatusId> {
        self.statuses.position(|s| s.id == id)
    }

    /// The path part of the base URL (`/` or `/tracker/`), which every link starts with.
    pub(crate) fn base_path(&self) -> &str {
        let after_scheme = self.base_url.find("://").map_or(0, |i| i + 3);
        self.base_url[after_scheme..]
            .find('/')
            .map_or("/", |i| &self.base_url[after_scheme + i..])
    }
}

/// Parses and validates `site.toml`; `base_url` replaces the file's when given.
pub(crate) fn parse(
    file: &Arc<SourceFile>,
    base_url: Option<&str>,
    diags: &mut Diagnostics,
) -> Option<Config> {
    let mut raw: RawConfig = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(error) => {
            diags.push(crate::diag::toml::toml_error(file, 0, &error));
            return None;
        }
    };
    let errors_before = diags.error_count();
    let languages = languages(file, &raw, diags);
    let statuses = statuses(file, raw.statuses.as_deref(), diags);
    let default_status = default_status(file, raw.default_status.as_ref(), &statuses, diags);
    let base_url = match base_url {
        Some(url) => normalize_base_url(url),
        None => check_base_url(file, &raw.base_url, diags),
    };
    let feeds = raw.feeds.map_or(
        Feeds {
            limit: 50,
            author: "swivi".to_owned(),
        },
        |f| Feeds {
            limit: f.limit.unwrap_or(50),
            author: f.author,
        },
    );
    let admin = raw.admin.map(|a| admin(file, a, diags));
    let data_licence = raw.downloads.as_mut().and_then(|d| {
        licence(
            file,
            d.data_licence.take(),
            d.data_licence_url.take(),
            diags,
        )
    });
    let html = html_policy(file, raw.html.unwrap_or_default(), diags);
    let brand = brand(file, raw.brand.unwrap_or_default(), diags);
    let per_page = per_page(file, raw.lists.unwrap_or_default(), diags);
    let repository = raw.repository.map(|url| repository(file, url, diags));
    if diags.error_count() > errors_before {
        return None;
    }
    Some(Config {
        base_url,
        default_language: raw.default_language.into_inner(),
        theme: raw.theme.unwrap_or_else(|| "default".to_owned()),
        languages,
        statuses,
        default_status,
        feeds,
        offline_copy: raw.downloads.as_ref().is_some_and(|d| d.offline_copy),
        data_licence,
        stale_after_months: raw.stale_after_months,
        minify_html: raw.minify_html,
        search: raw.search.unwrap_or(true),
        dates_from_git: raw.dates_from_git.unwrap_or(true),
        repository,
        admin,
        html,
        brand,
        per_page,
    })
}

/// `[lists] per_page`: at least one commitment a page.
fn per_page(file: &Arc<SourceFile>, lists: RawLists, diags: &mut Diagnostics) -> usize {
    match lists.per_page {
        None => PER_PAGE,
        Some(n) if *n.get_ref() >= 1 => n.into_inner(),
        Some(n) => {
            diags.push(
                Diagnostic::error("`per_page` must be at least 1")
                    .at(file, n.span())
                    .help(format!(
                        "write a number of commitments a page, e.g. `per_page = {PER_PAGE}`"
                    )),
            );
            PER_PAGE
        }
    }
}

/// The licence of the open data: its name, and the address of its text, which the data page
/// links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Licence {
    pub(crate) name: String,
    pub(crate) url: Option<String>,
}

/// The texts of the licences open data is most often published under, by their usual names
/// (SPDX's, written with spaces): a site that names one needs no `data_licence_url`.
const LICENCES: [(&str, &str); 10] = [
    ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    (
        "CC BY-SA 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    (
        "CC BY-ND 4.0",
        "https://creativecommons.org/licenses/by-nd/4.0/",
    ),
    (
        "CC BY-NC 4.0",
        "https://creativecommons.org/licenses/by-nc/4.0/",
    ),
    (
        "CC BY-NC-SA 4.0",
        "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    ),
    (
        "CC BY-NC-ND 4.0",
        "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    ),
    (
        "CC0 1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    ("ODbL 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
    ("ODC-By 1.0", "https://opendatacommons.org/licenses/by/1-0/"),
    ("PDDL 1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
];

/// The address of the text of the licence called `name` in [`LICENCES`], however its spaces,
/// hyphens and capitals are written (`CC-BY-4.0`, `cc by 4.0`).
fn known_licence(name: &str) -> Option<&'static str> {
    let normal = |text: &str| {
        text.to_lowercase()
            .split([' ', '-', '_'])
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let name = normal(name);
    LICENCES
        .iter()
        .find(|(known, _)| normal(known) == name)
        .map(|(_, url)| *url)
}

/// The data's licence from `[downloads]`: a link to its text from `data_licence_url`, or
/// from [`LICENCES`]; a warning when neither gives one, since readers would see a name they
/// cannot look up.
fn licence(
    file: &Arc<SourceFile>,
    name: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    diags: &mut Diagnostics,
) -> Option<Licence> {
    let Some(name) = name else {
        if let Some(url) = url {
            diags.push(
                Diagnostic::error("`data_licence_url` gives the address of no licence")
                    .at(file, url.span())
                    .help("name the licence too: `data_licence = \"CC BY 4.0\"`"),
            );
        }
        return None;
    };
    let url = match url {
        Some(url)
            if !url.get_ref().starts_with("https://") && !url.get_ref().starts_with("http://") =>
        {
            diags.push(
                Diagnostic::error(format!(
                    "`{}` is not the address of a web page",
                    url.get_ref()
                ))
                .at(file, url.span())
                .help("write the full address of the licence's text, starting with https://"),
            );
            None
        }
        Some(url) => Some(url.into_inner()),
        None => {
            let known = known_licence(name.get_ref());
            if known.is_none() {
                diags.push(
                    Diagnostic::warning(format!(
                        "the data page cannot link the licence `{}` to its text",
                        name.get_ref()
                    ))
                    .at(file, name.span())
                    .help("add `data_licence_url = \"https://…\"` under [downloads], the address of the licence's text"),
                );
            }
            known.map(str::to_owned)
        }
    };
    Some(Licence {
        name: name.into_inner(),
        url,
    })
}

/// The sanitiser's allowlist: the defaults, or what `[html]` names instead, refusing what could
/// run script in a reader's browser.
fn html_policy(file: &Arc<SourceFile>, raw: RawHtml, diags: &mut Diagnostics) -> HtmlPolicy {
    let defaults = HtmlPolicy::default();
    let mut list = |given: Option<Vec<Spanned<String>>>,
                    defaults: BTreeSet<String>,
                    forbidden: &dyn Fn(&str) -> bool,
                    what: &str| {
        let Some(given) = given else {
            return defaults;
        };
        let mut kept = BTreeSet::new();
        for item in given {
            let name = item.get_ref().trim().to_ascii_lowercase();
            if forbidden(&name) {
                diags.push(
                    Diagnostic::error(format!(
                        "`{name}` cannot be allowed in `[html] {what}`: with it, content could run script, load content from elsewhere or stand in for the page's own elements"
                    ))
                    .at(file, item.span())
                    .help(format!("remove `{name}` from the list; docs/content.md lists what raw HTML may use")),
                );
            } else {
                kept.insert(name);
            }
        }
        kept
    };
    let tags = list(raw.tags, defaults.tags, &|t| is_forbidden_tag(t), "tags");
    let attributes = list(
        raw.attributes,
        defaults.attributes,
        &|a| is_forbidden_attribute(a),
        "attributes",
    );
    let url_schemes = list(
        raw.url_schemes,
        defaults.url_schemes,
        &|s| is_forbidden_scheme(s),
        "url_schemes",
    );
    HtmlPolicy {
        tags,
        attributes,
        url_schemes,
    }
}

fn admin(file: &Arc<SourceFile>, raw: RawAdmin, diags: &mut Diagnostics) -> Admin {
    let backend = raw.backend.as_ref().map_or("git-gateway", |b| b.get_ref());
    if let Some(spanned) = &raw.backend
        && !ADMIN_BACKENDS.contains(&backend)
    {
        diags.push(
            Diagnostic::error(format!("`{backend}` is not a backend of Decap CMS"))
                .at(file, spanned.span())
                .help(match crate::diag::suggest(backend, ADMIN_BACKENDS) {
                    Some(close) => format!("did you mean `{close}`?"),
                    None => format!(
                        "write one of {}; `git-gateway` (Netlify Identity) needs nothing more",
                        ADMIN_BACKENDS.map(|b| format!("`{b}`")).join(", ")
                    ),
                }),
        );
    }
    if backend != "git-gateway" && raw.repo.is_none() {
        let at = raw.backend.as_ref().map_or(0..0, |b| b.span());
        diags.push(
            Diagnostic::error(format!("the `{backend}` backend needs the repository"))
                .at(file, at)
                .help("add `repo = \"owner/name\"` to `[admin]`"),
        );
    }
    let media_folder = match &raw.media_folder {
        None => "images".to_owned(),
        Some(folder) => {
            let trimmed = folder.get_ref().trim_matches('/');
            // A folder of static/: the editor writes uploads there, and pages link to it.
            if trimmed.is_empty() || !trimmed.split('/').all(is_slug) {
                diags.push(
                    Diagnostic::error(format!(
                        "`{}` is not a folder inside static/",
                        folder.get_ref()
                    ))
                    .at(file, folder.span())
                    .help("name a folder of lower-case letters, digits and hyphens, such as `images` or `images/uploads`"),
                );
            }
            trimmed.to_owned()
        }
    };
    Admin {
        backend: backend.to_owned(),
        repo: raw.repo,
        branch: raw.branch.unwrap_or_else(|| "main".to_owned()),
        media_folder,
    }
}

/// `repository`: the web address of the site's repository, which commit links start with.
fn repository(file: &Arc<SourceFile>, url: Spanned<String>, diags: &mut Diagnostics) -> String {
    let value = url.get_ref();
    if !(value.starts_with("https://") || value.starts_with("http://")) {
        diags.push(
            Diagnostic::error(format!(
                "`repository` must be the web address of the site's repository, not `{value}`"
            ))
            .at(file, url.span())
            .help("write the address a browser opens, e.g. \"https://github.com/org/tracker\""),
        );
    }
    value
        .trim_end_matches('/')
        .trim_end_matches(".git")
        .to_owned()
}

fn normalize_base_url(url: &str) -> String {
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}

fn check_base_url(
    file: &Arc<SourceFile>,
    url: &Spanned<String>,
    diags: &mut Diagnostics,
) -> String {
    let value = url.get_ref();
    if !(value.starts_with("https://") || value.starts_with("http://")) {
        diags.push(
            Diagnostic::error(format!(
                "`base_url` must be an absolute http(s) URL, not `{value}`"
            ))
            .at(file, url.span())
            .help("write the address where the site is published, e.g. \"https://example.org/\""),
        );
    }
    normalize_base_url(value)
}

fn languages(
    file: &Arc<SourceFile>,
    raw: &RawConfig,
    diags: &mut Diagnostics,
) -> List<LanguageId, Language> {
    let codes: Vec<&str> = raw
        .languages
        .iter()
        .map(|l| l.code.get_ref().as_str())
        .collect();
    let default = raw.default_language.get_ref();
    if !codes.contains(&default.as_str()) {
        diags.push(
            Diagnostic::error(format!(
                "the default language `{default}` is not in `[[languages]]`"
            ))
            .at(file, raw.default_language.span())
            .help(did_you_mean(default, &codes, "languages")),
        );
    }
    for (i, language) in raw.languages.iter().enumerate() {
        let code = language.code.get_ref();
        if let Some(locale) = &language.locale {
            check_locale(file, locale, diags);
        }
        if !is_language_code(code) {
            diags.push(
                Diagnostic::error(format!("`{code}` is not a language code"))
                    .at(file, language.code.span())
                    .help("use a lower-case BCP 47 code such as \"en\", \"pt\" or \"ht\""),
            );
        }
        if codes[..i].contains(&code.as_str()) {
            diags.push(
                Diagnostic::error(format!("the language `{code}` is listed twice"))
                    .at(file, language.code.span())
                    .help("remove one of the two `[[languages]]` tables"),
            );
        }
    }
    raw.languages
        .iter()
        .map(|language| {
            let code = language.code.get_ref().clone();
            let mut chain = vec![code.clone()];
            for fallback in &language.fallback {
                let name = fallback.get_ref();
                if !codes.contains(&name.as_str()) {
                    diags.push(
                        Diagnostic::error(format!(
                            "the fallback language `{name}` is not in `[[languages]]`"
                        ))
                        .at(file, fallback.span())
                        .help(did_you_mean(name, &codes, "languages")),
                    );
                } else if chain.contains(name) {
                    diags.push(
                        Diagnostic::error(format!(
                            "`{name}` appears twice in the fallback chain of `{code}`"
                        ))
                        .at(file, fallback.span())
                        .help("a language is looked up once; remove the repetition"),
                    );
                } else {
                    chain.push(name.clone());
                }
            }
            if !chain.contains(default) {
                chain.push(default.clone());
            }
            Language {
                locale: language
                    .locale
                    .as_ref()
                    .map_or_else(|| code.clone(), |l| l.get_ref().clone()),
                code,
                name: language.name.clone(),
                chain,
            }
        })
        .collect()
}

fn check_locale(file: &Arc<SourceFile>, locale: &Spanned<String>, diags: &mut Diagnostics) {
    if icu_locale_core::Locale::try_from_str(locale.get_ref()).is_err() {
        diags.push(
            Diagnostic::error(format!("`{}` is not a locale", locale.get_ref()))
                .at(file, locale.span())
                .help("use a BCP 47 locale such as \"en-001\", \"pt-PT\" or \"fr-CA\""),
        );
    }
}

fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn statuses(
    file: &Arc<SourceFile>,
    raw: Option<&[RawStatus]>,
    diags: &mut Diagnostics,
) -> List<StatusId, Status> {
    let Some(raw) = raw else {
        return KNOWN_STATUSES
            .iter()
            .map(|known| Status {
                id: known.id.to_owned(),
                done: known.done,
                assessed: known.assessed,
                colour: known.colour,
            })
            .collect();
    };
    if raw.is_empty() {
        diags.push(
            Diagnostic::error("`statuses` is empty")
                .in_file(file)
                .help("list at least one status, or remove `statuses` to use the default set"),
        );
    }
    let mut seen: Vec<&str> = Vec::new();
    for status in raw {
        let id = status.id.get_ref();
        if !is_slug(id) {
            diags.push(
                Diagnostic::error(format!("the status id `{id}` is not a slug"))
                    .at(file, status.id.span())
                    .help("use lower-case letters, digits and hyphens, e.g. \"in-progress\""),
            );
        }
        if seen.contains(&id.as_str()) {
            diags.push(
                Diagnostic::error(format!("the status `{id}` is listed twice"))
                    .at(file, status.id.span())
                    .help("remove one of the two `[[statuses]]` tables"),
            );
        }
        seen.push(id);
    }
    let mut more_colours = MORE_COLOURS.iter().cycle();
    raw.iter()
        .map(|s| {
            let id = s.id.get_ref();
            let known = KNOWN_STATUSES.iter().find(|k| k.id == id);
            let colour = match &s.colour {
                Some(given) => {
                    text_colour(file, given, &format!("colour of the status `{id}`"), diags)
                }
                None => known.map_or_else(|| *more_colours.next().unwrap(), |k| k.colour),
            };
            Status {
                id: id.clone(),
                done: s.done.unwrap_or(known.is_some_and(|k| k.done)),
                assessed: s.assessed.unwrap_or(known.is_none_or(|k| k.assessed)),
                colour,
            }
        })
        .collect()
}

/// `[brand]`: the accent checked as the statuses' colours are; the logo an SVG in `static/`
/// (whether it is there is known once the static files are read).
fn brand(file: &Arc<SourceFile>, raw: RawBrand, diags: &mut Diagnostics) -> Brand {
    let accent = raw.accent.as_ref().map_or(DEFAULT_ACCENT, |accent| {
        text_colour(file, accent, "accent colour", diags)
    });
    let logo = raw.logo.map(|logo| {
        let path = logo.get_ref().trim_start_matches('/');
        let path = path.strip_prefix("static/").unwrap_or(path);
        if !path.to_ascii_lowercase().ends_with(".svg") {
            diags.push(
                Diagnostic::error(format!("the logo `{}` is not an SVG file", logo.get_ref()))
                    .at(file, logo.span())
                    .help("give the path of an `.svg` file in static/, e.g. \"logo.svg\": a logo drawn as SVG stays sharp on every screen and weighs little"),
            );
        }
        (path.to_owned(), logo.span())
    });
    Brand {
        name: raw.name.filter(|n| !n.trim().is_empty()),
        logo,
        accent,
    }
}

/// A colour written in `site.toml` that pages show as text on white: `#rrggbb`, with the
/// contrast WCAG's level AA asks of text.
fn text_colour(
    file: &Arc<SourceFile>,
    given: &Spanned<String>,
    what: &str,
    diags: &mut Diagnostics,
) -> Colour {
    let Some(colour) = Colour::parse(given.get_ref().trim()) else {
        diags.push(
            Diagnostic::error(format!(
                "`{}` is not a colour swivi can check; the {what} must be written `#rrggbb`",
                given.get_ref()
            ))
            .at(file, given.span())
            .help("write the colour in hexadecimal, e.g. \"#0b57a4\""),
        );
        return PAPER;
    };
    let contrast = colour.contrast(PAPER);
    if contrast < AA_TEXT {
        diags.push(
            Diagnostic::error(format!(
                "the {what}, {colour}, has a contrast of {contrast:.2}:1 with the white page; text in it needs {AA_TEXT}:1 (WCAG AA)"
            ))
            .at(file, given.span())
            .help("choose a darker colour; a contrast checker such as https://webaim.org/resources/contrastchecker/ shows how much darker"),
        );
    }
    colour
}

fn default_status(
    file: &Arc<SourceFile>,
    raw: Option<&Spanned<String>>,
    statuses: &List<StatusId, Status>,
    diags: &mut Diagnostics,
) -> StatusId {
    let first = StatusId::FIRST;
    let Some(raw) = raw else { return first };
    let id = raw.get_ref();
    statuses.position(|s| &s.id == id).unwrap_or_else(|| {
        let ids: Vec<&str> = statuses.iter().map(|s| s.id.as_str()).collect();
        diags.push(
            Diagnostic::error(format!(
                "the default status `{id}` is not one of the statuses"
            ))
            .at(file, raw.span())
            .help(did_you_mean(id, &ids, "statuses")),
        );
        first
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> (Option<Config>, Diagnostics) {
        let file = SourceFile::new("site.toml", text);
        let mut diags = Diagnostics::default();
        let config = parse(&file, None, &mut diags);
        (config, diags)
    }

    const MINIMAL: &str = r#"
base_url = "https://example.org/tracker"
default_language = "fr"
[[languages]]
code = "fr"
name = "Français"
[[languages]]
code = "ht"
name = "Kreyòl ayisyen"
"#;

    #[test]
    fn chains_end_with_the_default_language() {
        let (config, diags) = parse_str(MINIMAL);
        assert!(!diags.has_errors(), "{diags}");
        let config = config.unwrap();
        assert_eq!(config.language("ht").unwrap().chain, ["ht", "fr"]);
        assert_eq!(config.language("fr").unwrap().chain, ["fr"]);
        assert_eq!(config.base_url, "https://example.org/tracker/");
        assert_eq!(config.base_path(), "/tracker/");
        assert_eq!(config.statuses.len(), 5);
        assert!(config.statuses[config.status_id("completed").unwrap()].done);
    }

    #[test]
    fn the_locale_defaults_to_the_code_and_must_be_a_locale() {
        let (config, _) = parse_str(&MINIMAL.replace(
            "name = \"Français\"",
            "name = \"Français\"\nlocale = \"fr-CA\"",
        ));
        let config = config.unwrap();
        assert_eq!(config.language("fr").unwrap().locale, "fr-CA");
        assert_eq!(config.language("ht").unwrap().locale, "ht");
        let (config, diags) = parse_str(&MINIMAL.replace(
            "name = \"Français\"",
            "name = \"Français\"\nlocale = \"fr_CA!\"",
        ));
        assert!(config.is_none());
        assert!(
            diags.render_plain().contains("`fr_CA!` is not a locale"),
            "{diags}"
        );
    }

    #[test]
    fn unknown_fallback_is_named_with_a_suggestion() {
        let text = MINIMAL.replace(
            "name = \"Kreyòl ayisyen\"",
            "name = \"Kreyòl\"\nfallback = [\"fe\"]",
        );
        let (config, diags) = parse_str(&text);
        assert!(config.is_none());
        let out = diags.render_plain();
        assert!(
            out.contains("the fallback language `fe` is not in `[[languages]]`"),
            "{out}"
        );
        assert!(out.contains("did you mean `fr`?"), "{out}");
    }

    #[test]
    fn the_editor_s_media_folder_stays_inside_static() {
        for folder in ["../../etc", "/", "images/../../x", "a b"] {
            let (config, diags) = parse_str(&format!(
                "{MINIMAL}\n[admin]\nmedia_folder = \"{folder}\"\n"
            ));
            assert!(config.is_none(), "{folder}");
            let out = diags.render_plain();
            assert!(
                out.contains(&format!("`{folder}` is not a folder inside static/")),
                "{out}"
            );
        }
        let (config, _) = parse_str(&format!(
            "{MINIMAL}\n[admin]\nmedia_folder = \"/images/uploads/\"\n"
        ));
        assert_eq!(
            config.unwrap().admin.unwrap().media_folder,
            "images/uploads"
        );
    }
}
