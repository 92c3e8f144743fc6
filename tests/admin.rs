//! Editing in a browser: the `/admin/` page a site asks for with `[admin]` in site.toml, the
//! Decap CMS configuration made from its content model, and the files Decap CMS writes, as
//! `swivi check` reads them. (tests/browser/admin.sh drives the page itself.)

mod common;

use common::Fixture;
use serde_json::Value;

const ADMIN: &str = "\n[admin]\n";

fn with_admin() -> Fixture {
    let site = Fixture::base();
    let toml = site.read("site.toml");
    site.write("site.toml", &format!("{toml}{ADMIN}"));
    site
}

fn build(site: &Fixture) {
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// `public/admin/config.yml` as Decap CMS reads it: YAML, here JSON after a comment line.
fn decap_config(site: &Fixture) -> Value {
    let text = site.read("public/admin/config.yml");
    let json: String = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}:\n{text}"))
}

fn collection<'a>(config: &'a Value, name: &str) -> &'a Value {
    config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no collection {name}"))
}

fn field<'a>(fields: &'a Value, name: &str) -> &'a Value {
    fields["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no field {name} in {fields}"))
}

fn values(select: &Value) -> Vec<&str> {
    select["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["value"].as_str().or(o.as_str()).unwrap())
        .collect()
}

#[test]
fn a_site_without_admin_has_no_editor() {
    let site = Fixture::base();
    build(&site);
    assert!(!site.public().join("admin").exists());
    assert!(!site.read("public/_headers").contains("/admin/"));
}

#[test]
fn the_admin_page_loads_decap_cms_from_the_site_itself() {
    let site = with_admin();
    build(&site);
    let page = site.read("public/admin/index.html");
    let scripts: Vec<&str> = page
        .match_indices("<script")
        .map(|(i, _)| &page[i..])
        .collect();
    assert_eq!(scripts.len(), 1, "{page}");
    assert!(
        scripts[0].starts_with("<script src=\"decap-cms.js\"></script>"),
        "{page}"
    );
    // Every address on the page is on the site: no other host, no scheme-relative address.
    for attribute in ["src=\"", "href=\""] {
        for (at, _) in page.match_indices(attribute) {
            let value = &page[at + attribute.len()..];
            assert!(
                !value.starts_with("//") && !value[..value.find('"').unwrap()].contains(':'),
                "{page}"
            );
        }
    }
    assert!(page.contains("<html lang=\"fr\">"), "{page}");
    assert!(page.contains("<meta name=\"robots\" content=\"noindex\">"));
    // The editor's loading message is readable (Decap's own grey is too light).
    assert!(
        page.contains("[class*=\"-LoaderText\"]{color:#555!important}"),
        "{page}"
    );
    let bundle = std::fs::read(site.public().join("admin/decap-cms.js")).unwrap();
    assert!(
        bundle.starts_with(b"/*! For license information please see decap-cms.js.LICENSE.txt */")
    );
    assert!(
        site.read("public/admin/decap-cms.js.LICENSE.txt")
            .contains("@license MIT")
    );
    assert!(
        site.read("public/admin/LICENSE.txt")
            .contains("MIT License")
    );
    // Not a page of the site: not in the sitemaps, not kept for offline reading.
    assert!(!site.read("public/sitemap-fr.xml").contains("admin"));
    assert!(
        site.read("public/sw.js")
            .contains("if (url.pathname.startsWith(BASE + \"admin/\")) return;")
    );
}

#[test]
fn the_editor_has_a_security_policy_of_its_own_and_is_never_kept() {
    let site = with_admin();
    build(&site);
    let headers = site.read("public/_headers");
    let rule = headers
        .split("\n/")
        .find(|rule| rule.starts_with("admin/*\n"))
        .unwrap_or_else(|| panic!("no rule for /admin/*:\n{headers}"));
    assert_eq!(
        rule,
        "admin/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self' blob: http://localhost:8081; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: SAMEORIGIN\n  Cache-Control: no-cache"
    );
    // No other rule matches the editor's files.
    assert_eq!(headers.matches("\n/admin").count(), 1, "{headers}");
}

#[test]
fn the_configuration_follows_the_content_model_and_the_languages() {
    let site = with_admin();
    site.write(
        "site.toml",
        &format!(
            "{}\n[admin]\nbackend = \"github\"\nrepo = \"example/tracker\"\nbranch = \"content\"\n",
            site.read("site.toml").replace(ADMIN, "")
        ),
    );
    build(&site);
    let config = decap_config(&site);
    assert_eq!(
        config["backend"],
        serde_json::json!({"name": "github", "repo": "example/tracker", "branch": "content"})
    );
    assert_eq!(config["local_backend"], true);
    assert_eq!(
        config["i18n"],
        serde_json::json!({"structure": "multiple_files", "locales": ["fr", "es"], "default_locale": "fr"})
    );
    let names: Vec<&str> = config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "countries",
            "pillars",
            "commitments",
            "meetings",
            "recommendations",
            "organisations",
            "pages"
        ]
    );
    let commitments = collection(&config, "commitments");
    assert_eq!(commitments["folder"], "content/commitments");
    assert_eq!(commitments["format"], "toml-frontmatter");
    assert_eq!(commitments["i18n"], true);
    assert_eq!(field(commitments, "title")["i18n"], true);
    assert_eq!(field(commitments, "body")["widget"], "markdown");
    // Facts are in the canonical file only.
    assert!(field(commitments, "country").get("i18n").is_none());
    assert_eq!(values(field(commitments, "country")), ["cl", "co"]);
    // In the site's order: pillars by their number.
    assert_eq!(
        values(field(commitments, "pillars")),
        ["stability-assistance", "emergency-response"]
    );
    let updates = field(commitments, "updates");
    assert_eq!(updates["i18n"], true);
    assert_eq!(field(updates, "note")["i18n"], true);
    assert_eq!(field(updates, "date")["i18n"], true);
    assert_eq!(
        values(field(updates, "status")),
        [
            "not-assessed",
            "not-started",
            "in-progress",
            "completed",
            "stalled"
        ]
    );
    assert!(field(updates, "status").get("i18n").is_none());
    // A country is named by its code, which Decap CMS cannot take from a title.
    assert_eq!(collection(&config, "countries")["create"], false);
    assert_eq!(collection(&config, "meetings")["create"], true);
}

#[test]
fn a_misspelt_backend_is_named_with_a_suggestion() {
    let site = Fixture::base();
    site.write(
        "site.toml",
        &format!(
            "{}\n[admin]\nbackend = \"git-gatway\"\n",
            site.read("site.toml")
        ),
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: `git-gatway` is not a backend of Decap CMS"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("= help: did you mean `git-gateway`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_canonical_file_may_be_named_with_the_default_language() {
    let site = with_admin();
    site.remove("content/countries/cl.md");
    site.write(
        "content/countries/cl.fr.md",
        "+++\ntitle = \"Chili\"\n+++\n",
    );
    build(&site);
    let page = site.read("public/fr/countries/cl/index.html");
    assert!(page.contains("<h1>Chili</h1>"), "{page}");
    let spanish = site.read("public/es/countries/cl/index.html");
    assert!(spanish.contains("<h1>Chile</h1>"), "{spanish}");
}

#[test]
fn both_names_of_the_canonical_file_are_an_error() {
    let site = Fixture::base();
    site.write(
        "content/countries/cl.fr.md",
        "+++\ntitle = \"Chili\"\n+++\n",
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        run.stderr,
        "error: content/countries/cl.md and content/countries/cl.fr.md are both the canonical file of this entry
  ┌─ content/countries/cl.fr.md:1:1
  │
1 │ +++
  │ ^^^
  │
  = help: `fr` is the default language, so both hold its text: keep one (browser editing writes `cl.fr.md`), move what the other has into it, and delete the other

error: 1 problem found
"
    );
}

#[test]
fn an_empty_translation_is_no_translation() {
    let site = Fixture::base();
    build(&site);
    let untranslated = site.read("public/es/countries/co/index.html");
    assert!(
        untranslated.contains("Este texto todavía no está disponible en"),
        "{untranslated}"
    );
    // What Decap CMS writes for a language nobody has translated yet.
    site.write("content/countries/co.es.md", "+++\n\n+++\n");
    build(&site);
    assert_eq!(site.read("public/es/countries/co/index.html"), untranslated);
}

#[test]
fn swivi_new_names_files_as_the_browser_editor_does() {
    let site = with_admin();
    let run = site.swivi(&[
        "new",
        "commitment",
        "cl-data",
        "--title",
        "Publier les données",
        "--country",
        "cl",
        "--date",
        "2024-06",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.root()
            .join("content/commitments/cl-data.fr.md")
            .is_file()
    );
    assert!(!site.root().join("content/commitments/cl-data.md").exists());
    let run = site.swivi(&[
        "new",
        "update",
        "cl-data",
        "--status",
        "in-progress",
        "--note",
        "Un premier jeu de données est publié.",
        "--date",
        "2024-09",
        "--source",
        "Rapport national",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("content/commitments/cl-data.fr.md")
            .contains("status = \"in-progress\""),
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The other name of a file that exists is taken.
    let run = site.swivi(&[
        "new",
        "commitment",
        "cl-data",
        "--title",
        "X",
        "--country",
        "cl",
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("content/commitments/cl-data.fr.md already exists; nothing was written"),
        "{}",
        run.stderr
    );
}
