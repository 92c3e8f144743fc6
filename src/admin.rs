//! Browser editing: the `/admin/` page, for editors who do not use git. It runs Decap CMS
//! (decapcms.org), which commits content files to the site's repository, and its
//! configuration is made here from the content schema ([`schema`]: the fields the serde
//! structs read), so what the editor fills in is what `swivi check` accepts: one collection
//! per section, one field per front-matter field in the schema's order, the site's languages
//! as Decap's i18n sees them (`multiple_files`: `<slug>.<lang>.md` for every language, the
//! default one included, which the content loader takes as the canonical file), select lists
//! of the site's statuses, countries, pillars, meetings, recommendations and pages.
//!
//! A field is translated (`i18n: true`) when a translation file may hold it (title, summary,
//! body, an update's note…), and facts stay in the canonical file only. Lists whose items a
//! translation names (updates by date, indicators by id) are translated lists: in another
//! language an editor sees the date or id and the text, and the facts are hidden.
//!
//! Decap CMS is vendored in `src/admin/` (its licence and third-party notices beside it;
//! `src/admin/update.sh` fetches another version from the npm registry) and published with
//! the page, so the page loads nothing from another host. Deterministic: the same site gives
//! the same files, byte for byte.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::addresses::ADMIN;
use crate::config::Config;

use crate::assets::Assets;
use crate::config::Admin;
use crate::content::Section;
use crate::i18n::Locales;
use crate::model::Site;
use crate::model::schema::{self, Held};
use crate::output::OutputFile;

/// Decap CMS writes "Loading configuration…" in #767676 on its grey background (#eff0f4),
/// 4:1, under the 4.5:1 that text needs (axe says so whenever it looks before the editor has
/// loaded): a darker grey, 6.5:1. Its styles are named after their components, followed by
/// another class (`class="css-<hash>-LoaderText ep2bezb2"`), stable for the vendored
/// version.
const LOADER_STYLE: &str = "[class*=\"-LoaderText\"]{color:#555!important}";

/// Decap CMS as published on npm (see `src/admin/update.sh` for its version and checksum).
const DECAP: &[u8] = include_bytes!("admin/decap-cms.js");
/// The licences of the code bundled in it, which the bundle's first line points to.
const DECAP_NOTICES: &[u8] = include_bytes!("admin/decap-cms.js.LICENSE.txt");
/// Decap CMS's own licence (MIT).
const DECAP_LICENSE: &[u8] = include_bytes!("admin/LICENSE");

/// The local backend of Decap CMS (`npx decap-server`), which `local_backend` lets the editor
/// use when the page is opened on `localhost` or `127.0.0.1`.
pub(crate) const LOCAL_BACKEND: &str = "http://localhost:8081";

/// What the editor's page may load and do, on top of what every page may
/// ([`crate::netlify::CONTENT_SECURITY_POLICY`]): Decap CMS compiles its configuration's
/// schema with `new Function` (`'unsafe-eval'`), styles its components with inline styles,
/// previews uploaded images from `blob:` and `data:` addresses and, on a computer where
/// `decap-server` runs, talks to it.
pub(crate) fn content_security_policy() -> String {
    format!(
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self' blob: {LOCAL_BACKEND}; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
    )
}

/// The names of the editor's files, in `/admin/`.
const FILES: [&str; 5] = [
    "LICENSE.txt",
    "config.yml",
    "decap-cms.js",
    "decap-cms.js.LICENSE.txt",
    "index.html",
];

/// The paths of the files of `/admin/` when `site.toml` asks for browser editing, else none;
/// known without making them (Decap CMS alone is megabytes).
pub(crate) fn paths(site: &Site) -> Vec<String> {
    match site.config.admin {
        Some(_) => FILES.map(|name| format!("{ADMIN}/{name}")).into(),
        None => Vec::new(),
    }
}

/// The editor's file at `path`, one of [`paths`]; `None` for any other path.
pub(crate) fn file(
    site: &Site,
    locales: &Locales,
    assets: &Assets,
    path: &str,
) -> Option<OutputFile> {
    let admin = site.config.admin.as_ref()?;
    let bytes = match path.strip_prefix(ADMIN)?.strip_prefix('/')? {
        "LICENSE.txt" => DECAP_LICENSE.to_vec(),
        "config.yml" => config_file(site, admin).into_bytes(),
        "decap-cms.js" => DECAP.to_vec(),
        "decap-cms.js.LICENSE.txt" => DECAP_NOTICES.to_vec(),
        "index.html" => page(site, locales, assets).into_bytes(),
        _ => return None,
    };
    Some(OutputFile::other(path.to_owned(), bytes))
}

/// Whether `path` (relative to the site's root) is one of the editor's files.
pub(crate) fn is_admin(path: &str) -> bool {
    path.strip_prefix(ADMIN)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The page that starts Decap CMS, in the default language, with the site's icon.
fn page(site: &Site, locales: &Locales, assets: &Assets) -> String {
    let config = &site.config;
    let title = locales.get(&config.default_language).text("site-title");
    let icon = assets
        .loaded_by_pages()
        .get("favicon.svg")
        .map(|published| {
            format!(
                "<link rel=\"icon\" href=\"{}{}\" type=\"image/svg+xml\">\n",
                config.base_path(),
                crate::html::escape(published)
            )
        })
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>{title} · Decap CMS</title>\n{icon}<style>{LOADER_STYLE}</style>\n</head>\n<body>\n<script src=\"decap-cms.js\"></script>\n</body>\n</html>\n",
        lang = config.default_language,
        title = crate::html::escape(&title),
    )
}

/// `config.yml`: JSON, which YAML reads as it is, after a comment that says where it comes
/// from.
fn config_file(site: &Site, admin: &Admin) -> String {
    let config = config(&site.config, admin, &entries_of(site));
    let json = serde_json::to_string_pretty(&config).expect("JSON values serialise");
    format!(
        "# Made by swivi from site.toml and the content: change [admin] in site.toml, not this file.\n{json}\n"
    )
}

/// Decap CMS's configuration for a site of `config` whose entries are `entries`.
fn config(config: &Config, admin: &Admin, entries: &Entries) -> Value {
    let mut backend = json!({ "name": admin.backend, "branch": admin.branch });
    if let Some(repo) = &admin.repo {
        backend["repo"] = json!(repo);
    }
    // The default language first: Decap CMS shows the languages in this order.
    let locales: Vec<&str> = std::iter::once(config.default_language.as_str())
        .chain(
            config
                .languages
                .iter()
                .map(|l| l.code.as_str())
                .filter(|code| *code != config.default_language),
        )
        .collect();
    let media = &admin.media_folder;
    json!({
        "backend": backend,
        "local_backend": true,
        "media_folder": format!("static/{media}"),
        "public_folder": format!("{}{media}", config.base_path()),
        // Slugs as swivi wants them: lower-case ASCII letters, digits and hyphens.
        "slug": { "encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-" },
        "i18n": {
            "structure": "multiple_files",
            "locales": locales,
            "default_locale": config.default_language,
        },
        "collections": Section::ALL
            .iter()
            .map(|&s| collection(config, entries, s))
            .collect::<Vec<_>>(),
    })
}

/// The collection of a section: its folder, its files' format and its fields.
fn collection(config: &Config, entries: &Entries, section: Section) -> Value {
    let name = section.name();
    let choices = Choices {
        statuses: config
            .statuses
            .iter()
            .map(|s| Value::from(s.id.as_str()))
            .collect(),
        entries,
    };
    let fields: Vec<Value> = schema::of(section)
        .fields
        .iter()
        .map(|f| field(f, &choices, false).0)
        .collect();
    let mut collection = json!({
        "name": name,
        "label": label(section),
        "folder": format!("content/{name}"),
        "extension": "md",
        "format": "toml-frontmatter",
        // A country's file is named by its ISO code, which a title does not give.
        "create": section != Section::Countries,
        "slug": "{{slug}}",
        "identifier_field": "title",
        "summary": "{{title}} ({{slug}})",
        "sortable_fields": ["title"],
        "i18n": true,
        "fields": fields,
    });
    without_empty_selects(&mut collection);
    collection
}

fn label(section: Section) -> &'static str {
    match section {
        Section::Countries => "Countries",
        Section::Pillars => "Pillars",
        Section::Commitments => "Commitments",
        Section::Meetings => "Meetings",
        Section::Recommendations => "Recommendations",
        Section::Organisations => "Organisations",
        Section::Pages => "Pages",
    }
}

/// What the select lists of a collection offer.
struct Choices<'a> {
    /// The site's statuses, by id.
    statuses: Vec<Value>,
    entries: &'a Entries,
}

/// The editor's field for the schema's `f`, an item's field if `in_translated_list` (a list
/// whose items translations hold, such as a commitment's updates).
///
/// Translated (`i18n: true`) when a translation file may hold the field, except an item's
/// id: translations made in the editor name the item by its date. A fact of a translated
/// list's item is hidden in translations, where it stays empty, so the editor does not
/// require it (it would in every language): `swivi check` says when the canonical file
/// lacks it.
fn field(f: &schema::Field, choices: &Choices, in_translated_list: bool) -> Field {
    let (name, label) = (f.name, f.label);
    let translated = matches!(f.held, Held::Text | Held::Name);
    let items = |kind: &schema::Kind| -> Vec<Field> {
        let translated_list = translated && matches!(f.value, schema::Value::List(_));
        kind.fields
            .iter()
            .map(|item| field(item, choices, translated_list))
            .collect()
    };
    let field = match f.value {
        schema::Value::Line
        | schema::Value::Id
        | schema::Value::Url
        | schema::Value::Fingerprint => string(name, label),
        schema::Value::Paragraph => text(name, label),
        schema::Value::Body => Field(json!({ "label": label, "name": name, "widget": "markdown" })),
        schema::Value::Date => date(name, label),
        schema::Value::Integer => number(name, label, "int"),
        schema::Value::Figure => number(name, label, "float"),
        schema::Value::Flag => Field(json!({ "label": label, "name": name, "widget": "boolean" })),
        schema::Value::Status => select(name, label, choices.statuses.clone()),
        schema::Value::Choice(words) => {
            select(name, label, words.iter().map(|&w| Value::from(w)).collect())
        }
        schema::Value::Ref(section) => select(name, label, options(choices.entries, section)),
        schema::Value::Refs(section) => {
            select(name, label, options(choices.entries, section)).multiple()
        }
        schema::Value::Table(kind) => Field(json!({
            "label": label, "name": name, "widget": "object",
            "fields": items(kind).into_iter().map(|f| f.0).collect::<Vec<_>>(),
        })),
        schema::Value::List(kind) => list(name, label, items(kind)),
        schema::Value::Lines => lines(name, label),
    };
    let required = f.required && !(in_translated_list && f.held == Held::Fact);
    let field = if required { field } else { field.optional() };
    if translated {
        field.translated()
    } else {
        field
    }
}

/// Each section's entries, `(slug, title in the default language)`, in the site's order:
/// what the select lists offer.
type Entries = BTreeMap<Section, Vec<(String, String)>>;

fn entries_of(site: &Site) -> Entries {
    let chain = [site.config.default_language.clone()];
    let mut entries = Entries::new();
    for section in Section::ALL {
        let list = site
            .keys(section)
            .map(|key| {
                let entry = site.entry(key);
                (entry.slug.to_owned(), entry.title(&chain).0.to_owned())
            })
            .collect();
        entries.insert(section, list);
    }
    entries
}

/// The entries of `section` as select options: the title and the slug, which is what the
/// file holds.
fn options(entries: &Entries, section: Section) -> Vec<Value> {
    entries
        .get(&section)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|(slug, title)| json!({ "label": format!("{title} ({slug})"), "value": slug }))
        .collect()
}

/// `value` without the select fields that have nothing to offer (a site without meetings
/// has no meeting to choose), which Decap CMS would refuse.
fn without_empty_selects(value: &mut Value) {
    if let Some(fields) = value.get_mut("fields").and_then(Value::as_array_mut) {
        fields.retain(|field| {
            !(field["widget"] == "select" && field["options"].as_array().is_some_and(Vec::is_empty))
        });
        fields.iter_mut().for_each(without_empty_selects);
    }
}

/// A field of a collection, as Decap CMS's configuration writes it.
struct Field(Value);

impl Field {
    /// A translation file may hold it.
    fn translated(mut self) -> Field {
        self.0["i18n"] = json!(true);
        self
    }

    fn optional(mut self) -> Field {
        self.0["required"] = json!(false);
        self
    }

    fn multiple(mut self) -> Field {
        self.0["multiple"] = json!(true);
        self
    }
}

fn string(name: &str, label: &str) -> Field {
    Field(json!({ "label": label, "name": name, "widget": "string" }))
}

fn text(name: &str, label: &str) -> Field {
    Field(json!({ "label": label, "name": name, "widget": "text" }))
}

fn number(name: &str, label: &str, kind: &str) -> Field {
    Field(json!({ "label": label, "name": name, "widget": "number", "value_type": kind }))
}

/// A date as swivi reads it: a year, a month or a day.
fn date(name: &str, label: &str) -> Field {
    Field(json!({
        "label": label, "name": name, "widget": "string",
        "hint": "YYYY-MM-DD, YYYY-MM or YYYY",
        "pattern": ["^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "a date: YYYY-MM-DD, YYYY-MM or YYYY"],
    }))
}

fn select(name: &str, label: &str, options: Vec<Value>) -> Field {
    Field(json!({ "label": label, "name": name, "widget": "select", "options": options }))
}

fn list(name: &str, label: &str, fields: Vec<Field>) -> Field {
    Field(json!({
        "label": label, "name": name, "widget": "list",
        "fields": fields.into_iter().map(|f| f.0).collect::<Vec<_>>(),
    }))
}

/// A list of lines of text: Decap CMS's list of single values, one string field each.
fn lines(name: &str, label: &str) -> Field {
    Field(json!({
        "label": label, "name": name, "widget": "list",
        "field": { "label": label, "name": name, "widget": "string" },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Diagnostics, SourceFile};

    fn parsed(toml: &str) -> Config {
        let file = SourceFile::new("site.toml", toml);
        let mut diags = Diagnostics::default();
        let config = crate::config::parse(&file, None, &mut diags);
        config.unwrap_or_else(|| panic!("{}", diags.render_plain()))
    }

    const SITE: &str = "base_url = \"https://example.org/tracker/\"\ndefault_language = \"pt\"\n[[languages]]\ncode = \"es\"\nname = \"Español\"\n[[languages]]\ncode = \"pt\"\nname = \"Português\"\n[admin]\n";

    fn entries(meetings: &[(&str, &str)]) -> Entries {
        let mut entries = Entries::new();
        entries.insert(Section::Countries, vec![("br".into(), "Brasil".into())]);
        let meetings = meetings.iter().map(|(s, t)| ((*s).into(), (*t).into()));
        entries.insert(Section::Meetings, meetings.collect());
        entries
    }

    fn generated(entries: &Entries) -> Value {
        let config = parsed(SITE);
        config_of(&config, entries)
    }

    fn config_of(config: &Config, entries: &Entries) -> Value {
        super::config(config, config.admin.as_ref().unwrap(), entries)
    }

    fn commitments(config: &Value) -> &Value {
        &config["collections"][2]
    }

    fn field<'a>(fields: &'a Value, name: &str) -> Option<&'a Value> {
        fields["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
    }

    #[test]
    fn the_default_language_comes_first_and_media_go_under_static() {
        let config = generated(&entries(&[]));
        assert_eq!(config["i18n"]["locales"], json!(["pt", "es"]));
        assert_eq!(config["i18n"]["default_locale"], "pt");
        assert_eq!(
            config["backend"],
            json!({"name": "git-gateway", "branch": "main"})
        );
        assert_eq!(config["media_folder"], "static/images");
        assert_eq!(config["public_folder"], "/tracker/images");
    }

    #[test]
    fn a_select_offers_the_entries_by_title_and_stores_the_slug() {
        let config = generated(&entries(&[("lima-2022", "Reunião de Lima")]));
        let meeting = field(commitments(&config), "meeting").unwrap();
        assert_eq!(
            meeting["options"],
            json!([{"label": "Reunião de Lima (lima-2022)", "value": "lima-2022"}])
        );
        assert_eq!(meeting["required"], false);
        let country = field(commitments(&config), "country").unwrap();
        assert_eq!(
            country["options"],
            json!([{"label": "Brasil (br)", "value": "br"}])
        );
        assert!(country.get("required").is_none(), "required by default");
    }

    #[test]
    fn a_select_with_nothing_to_offer_is_left_out_even_in_a_list() {
        let config = generated(&entries(&[]));
        let commitments = commitments(&config);
        assert!(field(commitments, "meeting").is_none());
        assert!(field(commitments, "pillars").is_none());
        let updates = field(commitments, "updates").unwrap();
        assert!(field(updates, "meeting").is_none());
        assert!(field(updates, "note").is_some());
    }

    #[test]
    fn an_update_s_id_is_a_fact_and_its_date_names_it_in_translations() {
        let config = generated(&entries(&[]));
        let updates = field(commitments(&config), "updates").unwrap();
        let id = field(updates, "id").unwrap();
        assert!(
            id.get("i18n").is_none(),
            "edited in the default language only"
        );
        assert_eq!(id["required"], false);
        assert_eq!(field(updates, "date").unwrap()["i18n"], true);
    }

    #[test]
    fn admin_paths_are_the_folder_and_what_is_in_it() {
        assert!(is_admin("admin/index.html"));
        assert!(is_admin("admin"));
        assert!(!is_admin("administration/index.html"));
        assert!(!is_admin("fr/admin/index.html"));
    }
}
