//! What an editor sees for each kind of mistake: the exact message, with file, line and
//! column, and how to fix it. Each test breaks one thing in the base fixture site.

mod common;

use common::Fixture;

/// Runs `swivi check` and returns its standard error, asserting it failed.
fn check_fails(site: &Fixture) -> String {
    let run = site.swivi(&["check"]);
    assert_eq!(
        run.code, 1,
        "check should fail:\n{}{}",
        run.stdout, run.stderr
    );
    run.stderr
}

#[test]
fn malformed_toml() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\ncountry = 1\n+++\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: invalid basic string, expected `"`
  ┌─ content/countries/co.md:2:18
  │
2 │ title = "Colombie
  │                  ^
  │
  = help: see docs/content.md for the fields of each kind of file

error: 1 problem found
"#
    );
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let site = Fixture::base();
    site.write(
        "content/meetings/cam-2023-05-09.md",
        "+++\ntitle = \"Réunion\"\nstart = \"2023-05-09\"\ncontries = [\"cl\"]\n+++\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: unknown field `contries`
  ┌─ content/meetings/cam-2023-05-09.md:4:1
  │
4 │ contries = ["cl"]
  │ ^^^^^^^^
  │
  = help: did you mean `countries`?

error: 1 problem found
"#
    );
}

#[test]
fn unknown_country_with_suggestion() {
    let site = Fixture::base();
    let text = site
        .read("content/commitments/cl-integration.md")
        .replace("country = \"cl\"", "country = \"cll\"");
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: unknown country `cll`
  ┌─ content/commitments/cl-integration.md:3:11
  │
3 │ country = "cll"
  │           ^^^^^ there is no content/countries/cll.md
  │
  = help: did you mean `cl`?

error: 1 problem found
"#
    );
}

#[test]
fn fact_in_a_translation_file() {
    let site = Fixture::base();
    site.write(
        "content/commitments/cl-integration.es.md",
        "+++\ntitle = \"Dirigir el grupo\"\nstatus = \"completed\"\n+++\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: `status` is a fact, and a translation file holds only text
  ┌─ content/commitments/cl-integration.es.md:3:1
  │
3 │ status = "completed"
  │ ^^^^^^ facts are written once, in the canonical file
  │
  = help: remove `status` from this file; it belongs in content/commitments/cl-integration.md, which states it for every language

error: 1 problem found
"#
    );
}

#[test]
fn broken_cross_reference() {
    let site = Fixture::base();
    site.write(
        "content/recommendations/cso-2024-11.md",
        "+++\ntitle = \"Un système de suivi public\"\ndocument = \"cso-recommendation-2024\"\ndate = \"2024-06\"\n+++\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: unknown page `cso-recommendation-2024`
  ┌─ content/recommendations/cso-2024-11.md:3:12
  │
3 │ document = "cso-recommendation-2024"
  │            ^^^^^^^^^^^^^^^^^^^^^^^^^ there is no content/pages/cso-recommendation-2024.md
  │
  = help: did you mean `cso-recommendations-2024`?

error: 1 problem found
"#
    );
}

#[test]
fn broken_link_in_markdown() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\nVoir aussi le [Chili](@/countries/ch).\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: the link `@/countries/ch` leads to no country
  ┌─ content/countries/co.md:4:15
  │
4 │ Voir aussi le [Chili](@/countries/ch).
  │               ^^^^^^^^^^^^^^^^^^^^^^^ there is no content/countries/ch.md
  │
  = help: did you mean `cl`?

error: 1 problem found
"#
    );
}

#[test]
fn invalid_date() {
    let site = Fixture::base();
    let text = site
        .read("content/commitments/cl-integration.md")
        .replace("date = \"2022-10\"", "date = \"2023-02-29\"");
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: `2023-02-29` is not a date: that month has 28 days
  ┌─ content/commitments/cl-integration.md:5:8
  │
5 │ date = "2023-02-29"
  │        ^^^^^^^^^^^^
  │
  = help: see docs/content.md for the fields of each kind of file

error: 1 problem found
"#
    );
}

#[test]
fn unknown_status() {
    let site = Fixture::base();
    let text = site
        .read("content/commitments/cl-integration.md")
        .replace("status = \"not-assessed\"", "status = \"in progress\"");
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: unknown status `in progress`
  ┌─ content/commitments/cl-integration.md:9:10
  │
9 │ status = "in progress"
  │          ^^^^^^^^^^^^^ not one of the statuses in site.toml
  │
  = help: did you mean `in-progress`?

error: 1 problem found
"#
    );
}

#[test]
fn translation_in_an_unknown_language() {
    let site = Fixture::base();
    site.write(
        "content/countries/cl.pt.md",
        "+++\ntitle = \"Chile\"\n+++\n",
    );
    assert_eq!(
        check_fails(&site),
        "error: `content/countries/cl.pt.md`: `pt` is not a language of this site
 = help: a translation is named <slug>.<lang>.md, with <lang> one of fr, es; add the language to site.toml or rename the file

error: 1 problem found
"
    );
}

#[test]
fn every_problem_of_a_run_is_reported() {
    let site = Fixture::base();
    let text = site
        .read("content/commitments/cl-integration.md")
        .replace("country = \"cl\"", "country = \"xx\"")
        .replace("status = \"not-assessed\"", "status = \"done\"");
    site.write("content/commitments/cl-integration.md", &text);
    site.write(
        "content/pillars/emergency-response.md",
        "+++\ntitle = \"Urgence\"\n+++\n",
    );
    let stderr = check_fails(&site);
    assert!(stderr.contains("error: unknown country `xx`"), "{stderr}");
    assert!(stderr.contains("error: unknown status `done`"), "{stderr}");
    assert!(stderr.contains("error: `number` is missing"), "{stderr}");
    assert!(stderr.ends_with("error: 3 problems found\n"), "{stderr}");
}

#[test]
fn a_template_asks_for_a_message_no_language_defines() {
    let site = Fixture::base();
    let template = site.read("themes/default/templates/page.html").replace(
        "t(id=\"page-recommendations\")",
        "t(id=\"page-recomendations\")",
    );
    site.write("themes/default/templates/page.html", &template);
    // One error, where the template asks: pages are not rendered to repeat it.
    assert_eq!(
        check_fails(&site),
        r#"error: no language defines the message `page-recomendations`
  ┌─ themes/default/templates/page.html:7:35
  │
7 │ <h2 id="recommendations">{{ t(id="page-recomendations") }}</h2>
  │                                   ^^^^^^^^^^^^^^^^^^^ not in any i18n/*.ftl file
  │
  = help: did you mean `page-recommendations`?

warning: the message `page-recommendations` is never used
    ┌─ i18n/es.ftl:178:1
    │
178 │ page-recommendations = Recomendaciones de este documento
    │ ^^^^^^^^^^^^^^^^^^^^ no template and no part of swivi asks for it
    │
    = help: delete it from every i18n/*.ftl file, or show it in a template with `t(id="page-recommendations")`

warning: the message `page-recommendations` is never used
    ┌─ i18n/fr.ftl:178:1
    │
178 │ page-recommendations = Recommandations de ce document
    │ ^^^^^^^^^^^^^^^^^^^^ no template and no part of swivi asks for it
    │
    = help: delete it from every i18n/*.ftl file, or show it in a template with `t(id="page-recommendations")`

error: 1 problem found
"#
    );
}

#[test]
fn a_translation_refers_to_what_its_file_does_not_define() {
    let site = Fixture::base();
    let es = site.read("i18n/es.ftl").replace(
        "unofficial-notice = Traducción no oficial,",
        "unofficial-notice = { -marca }: traducción no oficial de { $idioma },",
    );
    site.write("i18n/es.ftl", &es);
    assert_eq!(
        check_fails(&site),
        r#"error: the term `-marca` is not defined in i18n/es.ftl
   ┌─ i18n/es.ftl:31:23
   │
31 │ unofficial-notice = { -marca }: traducción no oficial de { $idioma }, hecha para este seguimiento; el original está en { $original }.
   │                       ^^^^^^ not in this file
   │
   = help: define `-marca` in i18n/es.ftl
   = help: a reference finds only the terms of its own file, never those of the fallback languages

error: the message `unofficial-notice` uses `$idioma`, which swivi does not pass to it, so it cannot be shown
   ┌─ i18n/es.ftl:31:60
   │
31 │ unofficial-notice = { -marca }: traducción no oficial de { $idioma }, hecha para este seguimiento; el original está en { $original }.
   │                                                            ^^^^^^^ not passed to `unofficial-notice`
   │
   = help: the variables of `unofficial-notice`: `$original`

error: 2 problems found
"#
    );
}

#[test]
fn under_github_actions_each_problem_is_also_an_annotation_on_its_line() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\ncountry = 1\n+++\n",
    );
    site.write("content/countries/pe.txt", "notes");
    let actions = [("GITHUB_ACTIONS", "true")];
    let run = common::run_with(site.root(), &["check"], &actions);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "::error file=content/countries/co.md,line=2,col=18::invalid basic string, expected `\"`%0Ahelp: see docs/content.md for the fields of each kind of file\n\
         ::warning file=content/countries/pe.txt::`content/countries/pe.txt` is not a Markdown file, so it is ignored%0Ahelp: content entries are `.md` files; put other files in `static/`\n"
    );
    assert!(
        run.stderr.contains("┌─ content/countries/co.md:2:18"),
        "the report is still written for people: {}",
        run.stderr
    );

    // A site in a folder of the repository: files are named from the repository's root.
    let folder = site.root().file_name().unwrap().to_str().unwrap();
    let parent = site.root().parent().unwrap();
    let run = common::run_with(parent, &["check", "--root", folder], &actions);
    assert!(
        run.stdout.starts_with(&format!(
            "::error file={folder}/content/countries/co.md,line=2,col=18::"
        )),
        "{}",
        run.stdout
    );

    // Outside GitHub Actions, nothing on standard output but the summary.
    let run = site.swivi(&["check"]);
    assert_eq!(run.stdout, "");
}

#[test]
fn a_page_named_like_one_of_the_sites_own_pages() {
    let site = Fixture::base();
    site.write(
        "content/pages/search.md",
        "+++\ntitle = \"Chercher\"\n+++\n",
    );
    assert_eq!(
        check_fails(&site),
        "error: content/pages/search.md: the page `search` would take the address of the site's own `search/`
 = help: rename the file, e.g. `about-search.md`

error: 1 problem found
"
    );
}

#[test]
fn a_static_file_in_the_place_of_one_the_site_makes() {
    let site = Fixture::base();
    site.write("static/fr/index.html", "<p>Bienvenue</p>");
    site.write("static/sitemap.xml", "<urlset/>");
    site.write("static/fr/notes.txt", "kept");
    assert_eq!(
        check_fails(&site),
        "error: static/fr/index.html would replace the file the site makes at /fr/index.html
 = help: rename or move it: swivi makes this file itself

error: static/sitemap.xml would replace the file the site makes at /sitemap.xml
 = help: rename or move it: swivi makes this file itself

error: 2 problems found
"
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 1);
    assert!(!site.public().exists(), "nothing was written");
}

#[test]
fn a_source_document_that_nothing_links_to_is_a_warning() {
    let site = Fixture::base();
    site.write(
        "content/pages/report-2024.md",
        "+++\ntitle = \"Rapport 2024\"\ndate = 2024-06-01\n+++\n",
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning: content/pages/report-2024.md: the page `report-2024` has a `date`, so it is a source document, and no recommendation names it as its `document`: no page links to it
 = help: name it as the `document` of the recommendations it made, or remove its `date` to list it with the pages in the footer
"
        ),
        "{}",
        run.stderr
    );
}
