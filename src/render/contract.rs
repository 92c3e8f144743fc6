//! The theme contract, kept true: the reference part of `docs/theming.md` (which template
//! receives which view, and every field of every view with what it holds) is made here from
//! the view structs themselves, their fields and their doc comments, and the test fails when
//! the file says anything else. `SWIVI_UPDATE_DOCS=1 cargo test --lib theming` writes it.
//!
//! Which view each page template receives is read from the example site's own pages, so a
//! new kind of page, or a template given another view, shows in the reference at once.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use super::pages::{Attachments, PageView, page_view};
use super::{cards, template};
use crate::addresses::{LinkStyle, PageId};
use crate::config::LanguageId;
use crate::content::Section;

/// Where the made part of `docs/theming.md` starts; everything after it is made.
const MARKER: &str = "<!-- Everything below is made from the code by `cargo test` (src/render/contract.rs): edit the views' doc comments, then run `SWIVI_UPDATE_DOCS=1 cargo test --lib theming`. -->\n";

/// The files that define the views templates receive.
const SOURCES: [&str; 5] = [
    "src/render/mod.rs",
    "src/render/pages.rs",
    "src/render/cards.rs",
    "src/render/changes.rs",
    "src/present.rs",
];

/// A view struct as its source declares it.
struct View {
    doc: String,
    fields: Vec<Field>,
}

struct Field {
    name: String,
    ty: String,
    doc: String,
    /// `#[serde(flatten)]`: its fields are the view's own.
    flatten: bool,
}

#[test]
fn theming_doc_says_what_each_template_receives() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut views = BTreeMap::new();
    for source in SOURCES {
        let text = std::fs::read_to_string(root.join(source)).expect("the source reads");
        views.extend(serialised_structs(&text));
    }
    let undocumented: Vec<String> = views
        .iter()
        .flat_map(|(name, view)| {
            let struct_doc = view.doc.is_empty().then(|| name.clone());
            let fields = view
                .fields
                .iter()
                .filter(|f| f.doc.is_empty() && !f.flatten)
                .map(move |f| format!("{name}.{}", f.name));
            struct_doc.into_iter().chain(fields)
        })
        .collect();
    assert!(
        undocumented.is_empty(),
        "say what each of these holds, in a `///` comment: {undocumented:#?}"
    );
    let pages = page_templates();
    let theme = root.join("themes/default/templates");
    let unlisted: Vec<String> = std::fs::read_dir(&theme)
        .expect("the default theme's templates")
        .map(|entry| {
            entry
                .expect("a template")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| !pages.contains_key(name.as_str()))
        .filter(|name| {
            !["base.html", "macros.html", "card.html", "chooser.html"].contains(&name.as_str())
        })
        .collect();
    assert!(
        unlisted.is_empty(),
        "templates no page is rendered with: {unlisted:?}"
    );
    let made = reference(&views, &pages);
    let path = root.join("docs/theming.md");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let written = text.split_once(MARKER).map(|(_, made)| made);
    if written != Some(made.as_str()) {
        if std::env::var_os("SWIVI_UPDATE_DOCS").is_some() {
            let intro = text
                .split_once(MARKER)
                .map_or(text.as_str(), |(intro, _)| intro);
            std::fs::write(&path, format!("{intro}{MARKER}{made}")).expect("docs/ writes");
            return;
        }
        panic!(
            "docs/theming.md does not say what the templates receive: run `SWIVI_UPDATE_DOCS=1 cargo test --lib theming` and read the difference"
        );
    }
}

/// Each page template of the example site, with the view its `page` is (`None` for none).
fn page_templates() -> BTreeMap<&'static str, Option<String>> {
    let prepared = crate::build::example();
    let site = &prepared.site;
    let renderer = prepared.renderer();
    let language = &site.config.languages[LanguageId::FIRST];
    let lens = crate::present::Lens {
        site,
        language,
        locale: prepared.locales.for_pages(&language.code),
        links: LinkStyle::Rooted,
    };
    let lists = cards::Lists {
        tera: &renderer.templates.teras[LanguageId::FIRST],
        templates: renderer.templates.key,
        lens: &lens,
        cards: renderer.cards.of(LanguageId::FIRST),
    };
    let attachments = Attachments {
        downloads: Vec::new(),
        data: Vec::new(),
        ..renderer.attachments
    };
    let mut templates = BTreeMap::new();
    // The pages a site has only past a size, or with an option, are views all the same.
    let sometimes = [
        PageId::Index(Section::Pages),
        PageId::Downloads,
        PageId::Translations,
        PageId::Changes,
    ];
    for page in PageId::all(site).into_iter().chain(sometimes) {
        let (_, _, view) = page_view(&lists, page, &attachments).expect("the view is made");
        templates.insert(template(page), view_name(&view));
    }
    templates
}

/// The name of the struct a page's view is.
fn view_name(view: &PageView) -> Option<String> {
    let full = match view {
        PageView::None => return None,
        PageView::Home(v) => std::any::type_name_of_val(v),
        PageView::Search(v) => std::any::type_name_of_val(v),
        PageView::Matrix(v) => std::any::type_name_of_val(v),
        PageView::List(v) => std::any::type_name_of_val(v),
        PageView::Data(v) => std::any::type_name_of_val(v),
        PageView::Feeds(v) => std::any::type_name_of_val(v),
        PageView::Translations(v) => std::any::type_name_of_val(v),
        PageView::Changes(v) => std::any::type_name_of_val(v),
        PageView::Downloads(v) => std::any::type_name_of_val(v),
        PageView::Countries(v) => std::any::type_name_of_val(v),
        PageView::Pillars(v) => std::any::type_name_of_val(v),
        PageView::Commitments(v) => std::any::type_name_of_val(v),
        PageView::Report(v) => std::any::type_name_of_val(v),
        PageView::Embed(v) => std::any::type_name_of_val(v),
        PageView::Meetings(v) => std::any::type_name_of_val(v),
        PageView::Recommendations(v) => std::any::type_name_of_val(v),
        PageView::Organisations(v) => std::any::type_name_of_val(v),
        PageView::Pages(v) => std::any::type_name_of_val(v),
        PageView::Country(v) => std::any::type_name_of_val(v),
        PageView::Pillar(v) => std::any::type_name_of_val(v),
        PageView::Commitment(v) => std::any::type_name_of_val(&**v),
        PageView::Meeting(v) => std::any::type_name_of_val(v),
        PageView::Recommendation(v) => std::any::type_name_of_val(v),
        PageView::Organisation(v) => std::any::type_name_of_val(v),
        PageView::Page(v) => std::any::type_name_of_val(v),
    };
    Some(short_type(full))
}

/// `swivi::render::pages::EntryView<swivi::render::pages::CountryView>` → `EntryView<CountryView>`.
fn short_type(full: &str) -> String {
    let mut short = String::new();
    let mut path = String::new();
    for c in full.chars().chain([' ']) {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            path.push(c);
            continue;
        }
        short.push_str(path.rsplit("::").next().unwrap_or_default());
        path.clear();
        if c != ' ' {
            short.push(c);
        }
    }
    short
}

/// Every struct of `source` that derives `Serialize`, by name.
fn serialised_structs(source: &str) -> Vec<(String, View)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line
            .strip_prefix("pub(crate) struct ")
            .or_else(|| line.strip_prefix("struct "))
        else {
            continue;
        };
        let attributes: Vec<&str> = lines[..i]
            .iter()
            .rev()
            .take_while(|l| l.starts_with("#["))
            .copied()
            .collect();
        if !attributes.iter().any(|a| a.contains("Serialize")) {
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let doc = doc_above(&lines[..i - attributes.len()]);
        let mut fields = Vec::new();
        let mut field_doc = Vec::new();
        let mut flatten = false;
        for line in &lines[i + 1..] {
            let line = line.trim();
            if line == "}" {
                break;
            }
            if let Some(doc) = line.strip_prefix("///") {
                field_doc.push(doc.trim().to_owned());
            } else if line.starts_with("#[serde(flatten)]") {
                flatten = true;
            } else if let Some((field, ty)) =
                line.trim_start_matches("pub(crate) ").split_once(": ")
            {
                fields.push(Field {
                    name: field.to_owned(),
                    ty: ty.trim_end_matches(',').to_owned(),
                    doc: field_doc.join(" "),
                    flatten,
                });
                field_doc.clear();
                flatten = false;
            }
        }
        found.push((name, View { doc, fields }));
    }
    found
}

/// The `///` comment just above a line.
fn doc_above(lines: &[&str]) -> String {
    let mut doc: Vec<&str> = lines
        .iter()
        .rev()
        .map_while(|l| l.trim().strip_prefix("///"))
        .map(str::trim)
        .collect();
    doc.reverse();
    doc.join(" ")
}

/// The reference: which template receives what, then every view, field by field.
fn reference(
    views: &BTreeMap<String, View>,
    pages: &BTreeMap<&'static str, Option<String>>,
) -> String {
    let mut out = String::new();
    out.push_str("\n## What each template receives\n\n");
    out.push_str("Every page template extends `base.html` and receives [`PageContext`](#pagecontext): what every page shows, and `page`, the view of its own kind below. `card.html` and `chooser.html` are rendered on their own.\n\n");
    out.push_str("| Template | Receives | `page` is |\n|---|---|---|\n");
    for (template, view) in pages {
        let page = view
            .as_deref()
            .map_or("nothing".to_owned(), |v| type_link(v, views));
        let _ = writeln!(
            out,
            "| `{template}` | [`PageContext`](#pagecontext) | {page} |"
        );
    }
    let _ = writeln!(out, "| `card.html` | [`CardContext`](#cardcontext) | |");
    let _ = writeln!(
        out,
        "| `chooser.html` | [`ChooserContext`](#choosercontext) | |"
    );
    out.push_str("\n## The views\n\nText is final: in the page's language, or in a fallback language and marked as such ([`Txt`](#txt)). A link is a path for `href` as it is; HTML is said where a field holds it (print it with `| safe`); everything else is escaped when printed.\n");
    for (name, view) in views {
        let _ = write!(out, "\n### `{name}`\n\n{}\n\n", markdown(&view.doc, views));
        out.push_str("| Field | Value | What it holds |\n|---|---|---|\n");
        for field in &view.fields {
            if field.flatten {
                let _ = writeln!(
                    out,
                    "| *(the fields of {})* | | |",
                    type_words(&field.ty, views)
                );
                continue;
            }
            let _ = writeln!(
                out,
                "| `{}` | {} | {} |",
                field.name,
                type_words(&field.ty, views),
                markdown(&field.doc, views).replace('|', "\\|")
            );
        }
    }
    out
}

/// A Rust type in a theme author's words: text, a number, a list of …, a link to a view.
fn type_words(ty: &str, views: &BTreeMap<String, View>) -> String {
    let ty = ty.trim();
    if let Some(inner) = generic(ty, "Option") {
        return format!("{}, or nothing", type_words(inner, views));
    }
    if let Some(inner) = generic(ty, "Vec") {
        return format!("a list of {}", type_words(inner, views));
    }
    if let Some(inner) = generic(ty, "Box") {
        return type_words(inner, views);
    }
    if ty.starts_with("BTreeMap<") {
        return "a map of text to text".to_owned();
    }
    match ty {
        "String" | "&'a str" | "&'static str" | "&str" => "text".to_owned(),
        "usize" | "u32" | "u64" | "i64" | "f64" => "a number".to_owned(),
        "bool" => "true or false".to_owned(),
        "K" => "the kind's view".to_owned(),
        "PageView" => "the view of the page's kind, or nothing".to_owned(),
        other => type_link(other, views),
    }
}

/// A doc comment as Markdown: its links to other items (``[`TextView`]``) lead to their
/// section when they are views, and are plain names when not.
fn markdown(doc: &str, views: &BTreeMap<String, View>) -> String {
    let mut out = String::with_capacity(doc.len());
    let mut rest = doc;
    while let Some(start) = rest.find("[`") {
        let Some(end) = rest[start..].find("`]").map(|e| start + e) else {
            break;
        };
        out.push_str(&rest[..start]);
        let name = &rest[start + 2..end];
        let after = &rest[end + 2..];
        if after.starts_with('(') {
            out.push_str(&rest[start..end + 2]);
        } else {
            out.push_str(&type_link(name, views));
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The inner type of `outer<inner>`.
fn generic<'a>(ty: &'a str, outer: &str) -> Option<&'a str> {
    ty.strip_prefix(outer)?.strip_prefix('<')?.strip_suffix('>')
}

/// A link to a view's section; `EntryView<CountryView>` links both.
fn type_link(ty: &str, views: &BTreeMap<String, View>) -> String {
    let base: String = ty
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let link = |name: &str| {
        if views.contains_key(name) {
            format!("[`{name}`](#{})", name.to_lowercase())
        } else {
            format!("`{name}`")
        }
    };
    match ty[base.len()..]
        .strip_prefix('<')
        .and_then(|r| r.strip_suffix('>'))
    {
        Some(inner) if !inner.starts_with('\'') => format!("{} of {}", link(&base), link(inner)),
        _ => link(&base),
    }
}
