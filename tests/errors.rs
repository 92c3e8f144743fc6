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
        r#"error: this text in quotes is never closed
  ┌─ content/countries/co.md:2:18
  │
2 │ title = "Colombie
  │                  ^ the line ends before the closing quote
  │
  = help: end the text with the same quote it starts with, on the same line; text over several lines goes between `"""` and `"""`

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

/// A free page is an entry too, under `pages`: a link that leaves out the section is told
/// which one has the slug, with the anchor kept.
#[test]
fn link_without_its_section() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\nVoir les [recommandations](@/cso-recommendations-2024#suivi).\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: the link `@/cso-recommendations-2024#suivi` names no section
  ┌─ content/countries/co.md:4:10
  │
4 │ Voir les [recommandations](@/cso-recommendations-2024#suivi).
  │          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ an entry is linked with its section: `@/<section>/<slug>`
  │
  = help: write `@/pages/cso-recommendations-2024#suivi`

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
    ┌─ i18n/es.ftl:214:1
    │
214 │ page-recommendations = Recomendaciones de este documento
    │ ^^^^^^^^^^^^^^^^^^^^ no template and no part of swivi asks for it
    │
    = help: delete it from every i18n/*.ftl file, or show it in a template with `t(id="page-recommendations")`

warning: the message `page-recommendations` is never used
    ┌─ i18n/fr.ftl:212:1
    │
212 │ page-recommendations = Recommandations de ce document
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
   ┌─ i18n/es.ftl:33:23
   │
33 │ unofficial-notice = { -marca }: traducción no oficial de { $idioma }, hecha para este seguimiento; el original está en { $original }.
   │                       ^^^^^^ not in this file
   │
   = help: define `-marca` in i18n/es.ftl
   = help: a reference finds only the terms of its own file, never those of the fallback languages

error: the message `unofficial-notice` uses `$idioma`, which swivi does not pass to it, so it cannot be shown
   ┌─ i18n/es.ftl:33:60
   │
33 │ unofficial-notice = { -marca }: traducción no oficial de { $idioma }, hecha para este seguimiento; el original está en { $original }.
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
        "::error file=content/countries/co.md,line=2,col=18::this text in quotes is never closed: the line ends before the closing quote%0Ahelp: end the text with the same quote it starts with, on the same line; text over several lines goes between `\"\"\"` and `\"\"\"`\n\
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

/// `swivi check` makes neither the open data, the offline copies, the service worker nor the
/// search index, yet finds the errors of the page that lists the data files, and of static
/// files in the places those take, word for word as `swivi build` does.
#[test]
fn check_finds_the_errors_of_what_it_does_not_make() {
    let site = Fixture::base();
    let data = site.read("themes/default/templates/data.html");
    assert!(data.contains("{{ f.size }}"), "{data}");
    site.write(
        "templates/data.html",
        &data.replace("{{ f.size }}", "{{ f.weight }}"),
    );
    site.write("static/sw.js", "self.addEventListener('fetch', () => {});");
    site.write("static/es/pagefind/pagefind.js", "export {};");
    let checked = check_fails(&site);
    assert_eq!(
        checked,
        "error: cannot render /es/data/ with `data.html`: Failed to render 'data.html': Variable `f.weight` not found in context while rendering 'data.html'
 = help: fix the template, or add the message it asks for to the i18n files

error: cannot render /fr/data/ with `data.html`: Failed to render 'data.html': Variable `f.weight` not found in context while rendering 'data.html'
 = help: fix the template, or add the message it asks for to the i18n files

error: static/es/pagefind/pagefind.js would replace the file the site makes at /es/pagefind/pagefind.js
 = help: rename or move it: swivi makes this file itself

error: static/sw.js would replace the file the site makes at /sw.js
 = help: rename or move it: swivi makes this file itself

error: 4 problems found
"
    );
    let built = site.swivi(&["build"]);
    assert_eq!(built.code, 1);
    assert_eq!(
        built.stderr,
        checked.replace(
            "4 problems found\n",
            "4 problems found; nothing was written, ./public is as it was\n"
        )
    );
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

#[test]
fn a_link_to_no_page_or_file_of_the_site_in_any_form() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\nVoir le [Chili](/fr/countries/cll/) et [son voisin](../cx/).\n\n![Carte](/images/carte.png)\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: the link `/fr/countries/cll/` leads to no page or file of the site
  ┌─ content/countries/co.md:4:9
  │
4 │ Voir le [Chili](/fr/countries/cll/) et [son voisin](../cx/).
  │         ^^^^^^^^^^^^^^^^^^^^^^^^^^^ there is no /fr/countries/cll/
  │
  = help: did you mean `/fr/countries/cl/`? Better still, write `@/countries/cl`: it leads each reader to the page in their language, whatever the site's address

error: the link `../cx/` leads to no page or file of the site
  ┌─ content/countries/co.md:4:40
  │
4 │ Voir le [Chili](/fr/countries/cll/) et [son voisin](../cx/).
  │                                        ^^^^^^^^^^^^^^^^^^^^ there is no /fr/countries/cx/
  │
  = help: did you mean `/fr/countries/cl/`? Better still, write `@/countries/cl`: it leads each reader to the page in their language, whatever the site's address

error: the image `/images/carte.png` is no file of the site
  ┌─ content/countries/co.md:6:1
  │
6 │ ![Carte](/images/carte.png)
  │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^ there is no /images/carte.png
  │
  = help: put the file under static/, and write its path there: static/images/map.png is `/images/map.png`

error: 3 problems found
"#
    );
}

#[test]
fn a_link_that_leaves_out_the_site_s_base_path() {
    let site = Fixture::base();
    let toml = site
        .read("site.toml")
        .replace("https://example.org/", "https://example.org/lad/");
    site.write("site.toml", &toml);
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\nVoir le [Chili](/es/countries/cl/).\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: the link `/es/countries/cl/` leaves out the site's base path, `/lad/`
  ┌─ content/countries/co.md:4:9
  │
4 │ Voir le [Chili](/es/countries/cl/).
  │         ^^^^^^^^^^^^^^^^^^^^^^^^^^ the site is published at https://example.org/lad/
  │
  = help: write `@/countries/cl`: it leads each reader to the page in their language, whatever the site's address

error: 1 problem found
"#
    );
}

#[test]
fn links_to_the_site_s_pages_and_files_are_accepted_in_any_form() {
    let site = Fixture::base();
    site.write("static/downloads/rapport.pdf", "%PDF-1.4\n");
    site.write(
        "content/countries/co.es.md",
        "+++\ntitle = \"Colombia\"\n+++\n[Chile](../cl/), [Chile](/es/countries/cl/), \
         [el compromiso](https://example.org/es/commitments/cl-integration/#update-2023-05-09), \
         [el informe](/downloads/rapport.pdf), [los datos](/es/data/commitments.csv), \
         [el feed](/es/feed.xml), [la matriz](/es/matrix/), [nota](#fn-1).\n",
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("link"), "{}", run.stderr);
}

#[test]
fn a_link_to_an_entry_s_page_in_another_language_is_a_warning() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.es.md",
        "+++\ntitle = \"Colombia\"\n+++\nVéase [Chile](/fr/countries/cl/).\n",
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(
            r#"warning: the link `/fr/countries/cl/` leads readers of this text in Español to the page in Français
  ┌─ content/countries/co.es.md:4:7
  │
4 │ Véase [Chile](/fr/countries/cl/).
  │       ^^^^^^^^^^^^^^^^^^^^^^^^^^
  │
  = help: write `@/countries/cl`: it leads each reader to the page in their language
"#
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_link_to_an_anchor_its_page_does_not_have() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\nVoir [la mise à jour](@/commitments/cl-integration#update-2023-05-10) et [le Chili](@/countries/cl#plan).\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: the link `@/commitments/cl-integration#update-2023-05-10` names no anchor of its page
  ┌─ content/countries/co.md:4:6
  │
4 │ Voir [la mise à jour](@/commitments/cl-integration#update-2023-05-10) et [le Chili](@/countries/cl#plan).
  │      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the page has no element with the id `update-2023-05-10`
  │
  = help: did you mean `update-2023-05-09`?

error: the link `@/countries/cl#plan` names no anchor of its page
  ┌─ content/countries/co.md:4:74
  │
4 │ Voir [la mise à jour](@/commitments/cl-integration#update-2023-05-10) et [le Chili](@/countries/cl#plan).
  │                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the page has no element with the id `plan`
  │
  = help: only updates (`#update-<id>` or `#update-<date>`) and indicators (`#indicator-<id>`) have anchors, and this page has none: link the page itself

error: 2 problems found
"#
    );
}

#[test]
fn an_image_or_a_frame_from_another_host() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\n![Carte](https://tiles.example.com/carte.png)\n\n<iframe src=\"//www.youtube.com/embed/x\"></iframe>\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: this image loads `https://tiles.example.com/carte.png` from another host (tiles.example.com)
  ┌─ content/countries/co.md:4:1
  │
4 │ ![Carte](https://tiles.example.com/carte.png)
  │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pages load nothing from other hosts: the site's Content-Security-Policy blocks it
  │
  = help: put the file under static/ (static/images/carte.png, say) and write its address as `/images/carte.png`; or link to it instead of showing it

error: this `<iframe>` loads `//www.youtube.com/embed/x` from another host (www.youtube.com)
  ┌─ content/countries/co.md:6:9
  │
6 │ <iframe src="//www.youtube.com/embed/x"></iframe>
  │         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pages load nothing from other hosts: the site's Content-Security-Policy blocks it
  │
  = help: a page of another site cannot be shown inside this one: link to it instead, as `[its title](https://…)`

error: 2 problems found
"#
    );
}

#[test]
fn raw_html_the_sanitiser_removes_is_a_warning_that_says_why() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\n<marquee>Nouveau</marquee> <span style=\"color: red\">rouge</span>\n",
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(
            r#"warning: this `<marquee>` is removed from the page (its text is kept)
  ┌─ content/countries/co.md:4:1
  │
4 │ <marquee>Nouveau</marquee> <span style="color: red">rouge</span>
  │ ^^^^^^^^^
  │
  = help: `marquee` is not among the tags of `[html] tags` in site.toml: add it there to keep it, or write the text in Markdown

warning: `style` is removed from this `<span>`
  ┌─ content/countries/co.md:4:34
  │
4 │ <marquee>Nouveau</marquee> <span style="color: red">rouge</span>
  │                                  ^^^^^^^^^^^^^^^^^^
  │
  = help: `style` is never allowed here: it could run script, load content from elsewhere or stand in for the page's own elements; remove it
"#
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn update_dated_before_its_commitment() {
    let site = Fixture::base();
    let text = site
        .read("content/commitments/cl-integration.md")
        .replace("date = \"2022-10\"", "date = \"2024-10\"");
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: an update dated 2023-05-09 comes before the commitment (2024-10)
  ┌─ content/commitments/cl-integration.md:8:8
  │
8 │ date = "2023-05-09"
  │        ^^^^^^^^^^^^
  │
  = help: the commitment is dated 2024-10; an update cannot come before it: check the year

error: 1 problem found
"#
    );
}

#[test]
fn update_dated_after_the_day_of_the_build() {
    let site = Fixture::base();
    const MAY_2023: u64 = 1_682_899_200; // 2023-05-01, before the fixture's update
    let run = site.swivi_on(MAY_2023, &["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        r#"error: an update dated 2023-05-09 comes after the day of the build (2023-05-01)
  ┌─ content/commitments/cl-integration.md:8:8
  │
8 │ date = "2023-05-09"
  │        ^^^^^^^^^^^^
  │
  = help: the site is built for 2023-05-01 (today in UTC, or the day `SOURCE_DATE_EPOCH` gives); an update cannot come after it: check the day

error: 1 problem found
"#
    );
}

#[test]
fn indicator_value_dated_before_its_baseline() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "meeting = \"cam-2023-05-09\"\n+++",
        "meeting = \"cam-2023-05-09\"\n\n[[indicators]]\nid = \"hosted\"\ntitle = \"Personnes accueillies\"\nkind = \"quantitative\"\nunit = \"people\"\nbaseline = { date = \"2022-10\", value = 1000 }\n[[indicators.values]]\ndate = \"2020-10-01\"\nvalue = 1200\n+++",
    );
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: a value of `hosted` dated 2020-10-01 comes before the baseline (2022-10)
   ┌─ content/commitments/cl-integration.md:20:8
   │
20 │ date = "2020-10-01"
   │        ^^^^^^^^^^^^
   │
   = help: the baseline is dated 2022-10; a value of `hosted` cannot come before it: check the year

error: 1 problem found
"#
    );
}

#[test]
fn meeting_that_ends_before_it_starts() {
    let site = Fixture::base();
    let text = site.read("content/meetings/cam-2023-05-09.md").replace(
        "start = \"2023-05-09\"",
        "start = \"2023-05-09\"\nend = \"2023-04-10\"",
    );
    site.write("content/meetings/cam-2023-05-09.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: the meeting ends (2023-04-10) before it starts (2023-05-09)
  ┌─ content/meetings/cam-2023-05-09.md:4:7
  │
4 │ end = "2023-04-10"
  │       ^^^^^^^^^^^^
  │
  = help: the meeting starts on 2023-05-09; its end cannot come before it: check the month

error: 1 problem found
"#
    );
}

#[test]
fn translation_names_an_update_by_a_date_since_corrected() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "[[updates]]\ndate = \"2023-05-09\"",
        "[[updates]]\nid = \"cam-2023-05\"\ndate = \"2023-05-10\"",
    );
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: this translation names no update dated 2023-05-09
  ┌─ content/commitments/cl-integration.es.md:6:8
  │
6 │ date = "2023-05-09"
  │        ^^^^^^^^^^^^ the canonical file has no update with this date
  │
  = help: did you mean `2023-05-10`? That update has the id `cam-2023-05`: write `id = "cam-2023-05"` instead of the date, and this translation stays right when the date is corrected

error: 1 problem found
"#
    );
}

#[test]
fn translation_names_an_update_by_an_unknown_id() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "[[updates]]\ndate = \"2023-05-09\"",
        "[[updates]]\nid = \"cam-2023-05\"\ndate = \"2023-05-09\"",
    );
    site.write("content/commitments/cl-integration.md", &text);
    let translation = site
        .read("content/commitments/cl-integration.es.md")
        .replace("date = \"2023-05-09\"", "id = \"cam-2023-5\"");
    site.write("content/commitments/cl-integration.es.md", &translation);
    assert_eq!(
        check_fails(&site),
        r#"error: this translation names no update with the id `cam-2023-5`
  ┌─ content/commitments/cl-integration.es.md:6:6
  │
6 │ id = "cam-2023-5"
  │      ^^^^^^^^^^^^ the canonical file has no update with this id
  │
  = help: did you mean `cam-2023-05`?

error: 1 problem found
"#
    );
}

#[test]
fn every_fact_in_a_translation_file_is_reported() {
    let site = Fixture::base();
    site.write(
        "content/commitments/cl-integration.es.md",
        "+++\ntitle = \"Dirigir el grupo\"\ncountry = \"cl\"\ndate = \"2022-10\"\n\n[[updates]]\ndate = \"2023-05-09\"\nstatus = \"completed\"\nnote = \"Chile dirige el grupo.\"\n+++\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: `country` is a fact, and a translation file holds only text
  ┌─ content/commitments/cl-integration.es.md:3:1
  │
3 │ country = "cl"
  │ ^^^^^^^ facts are written once, in the canonical file
  │
  = help: remove `country` from this file; it belongs in content/commitments/cl-integration.md, which states it for every language

error: `date` is a fact, and a translation file holds only text
  ┌─ content/commitments/cl-integration.es.md:4:1
  │
4 │ date = "2022-10"
  │ ^^^^ facts are written once, in the canonical file
  │
  = help: remove `date` from this file; it belongs in content/commitments/cl-integration.md, which states it for every language

error: `status` is a fact, and a translation file holds only text
  ┌─ content/commitments/cl-integration.es.md:8:1
  │
8 │ status = "completed"
  │ ^^^^^^ facts are written once, in the canonical file
  │
  = help: remove `status` from this file; it belongs in content/commitments/cl-integration.md, which states it for every language

error: 3 problems found
"#
    );
}

#[test]
fn a_canonical_file_without_front_matter_is_the_only_error() {
    let site = Fixture::base();
    // Its translation cl.es.md and the commitment of `cl` are not reported as well.
    site.write("content/countries/cl.md", "title = \"Chili\"\n\nUn pays.\n");
    assert_eq!(
        check_fails(&site),
        r#"error: this file does not start with front matter
  ┌─ content/countries/cl.md:1:1
  │
1 │ title = "Chili"
  │ ^^^^^^^^^^^^^^^ expected a line `+++` here
  │
  = help: start the file with a line `+++`, then the TOML fields, then another line `+++`, then the text

error: 1 problem found
"#
    );
}

#[test]
fn a_canonical_file_that_does_not_parse_is_the_only_error() {
    let site = Fixture::base();
    // Its translation cl.es.md and the commitment of `cl` are not reported as well.
    site.write("content/countries/cl.md", "+++\ntitle = Chili\n+++\n");
    assert_eq!(
        check_fails(&site),
        r#"error: text must be in quotes
  ┌─ content/countries/cl.md:2:9
  │
2 │ title = Chili
  │         ^^^^^
  │
  = help: write it between double quotes, e.g. `title = "Chili"`

error: 1 problem found
"#
    );
}

#[test]
fn yaml_front_matter_is_one_error_that_shows_toml() {
    let site = Fixture::base();
    site.write(
        "content/countries/co.md",
        "---\ntitle: Colombie\nsummary: Un pays.\n---\nTexte.\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: front matter is TOML between `+++` lines, not YAML between `---` lines
  ┌─ content/countries/co.md:1:1
  │
1 │ ---
  │ ^^^ YAML front matter starts here
  │
  = help: replace both `---` lines with `+++`, and write each field as TOML, with `=` and text in quotes:
    +++
    title = "Chili"
    date = "2023-05-09"
    +++

error: 1 problem found
"#
    );
}

#[test]
fn a_single_bracket_header_where_a_list_of_tables_belongs() {
    let site = Fixture::base();
    let text = site
        .read("content/commitments/cl-integration.md")
        .replace("[[updates]]", "[updates]");
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: `[updates]` opens a single table, and `updates` is a list of tables
  ┌─ content/commitments/cl-integration.md:7:1
  │
7 │ [updates]
  │ ^^^^^^^^^
  │
  = help: write the header with two brackets, `[[updates]]`, once before each of them

error: 1 problem found
"#
    );
}

#[test]
fn a_table_of_the_wrong_kind_is_described_as_an_editor_writes_it() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "+++\nLe Chili",
        "\n[[indicators]]\nid = \"people\"\ntitle = \"Personnes\"\nkind = \"quantitative\"\nunit = \"people\"\nbaseline = 3\n+++\nLe Chili",
    );
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: wrong kind of value: the number `3`, expected a table like `{ date = "2024-01", value = 3 }`
   ┌─ content/commitments/cl-integration.md:18:12
   │
18 │ baseline = 3
   │            ^
   │
   = help: see docs/content.md for the type of each field

error: 1 problem found
"#
    );
}

#[test]
fn a_quantitative_indicator_without_a_unit_is_shown_the_documented_units() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "+++\nLe Chili",
        "\n[[indicators]]\nid = \"people\"\ntitle = \"Personnes\"\nkind = \"quantitative\"\n+++\nLe Chili",
    );
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: the quantitative indicator `people` has no unit
   ┌─ content/commitments/cl-integration.md:14:6
   │
14 │ id = "people"
   │      ^^^^^^^^
   │
   = help: add `unit = "percent"`, a currency code such as `unit = "USD"`, or another unit such as `unit = "people"` (docs/content.md, Indicators)

error: 1 problem found
"#
    );
}

#[test]
fn a_number_out_of_range_names_the_range_not_a_rust_type() {
    let site = Fixture::base();
    let text = site
        .read("content/pillars/emergency-response.md")
        .replace("number = 4", "number = -4");
    site.write("content/pillars/emergency-response.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: value out of range: the number `-4`, expected a whole number from 0 to 4294967295
  ┌─ content/pillars/emergency-response.md:3:10
  │
3 │ number = -4
  │          ^^
  │
  = help: see docs/content.md for the values this field takes

error: 1 problem found
"#
    );
}

#[test]
fn every_unknown_field_of_a_file_is_reported() {
    let site = Fixture::base();
    site.write(
        "content/meetings/cam-2023-05-09.md",
        "+++\ntitle = \"Réunion\"\nstart = \"2023-05-09\"\nplce = \"Lima\"\ncontries = [\"cl\"]\n+++\n",
    );
    assert_eq!(
        check_fails(&site),
        r#"error: unknown field `plce`
  ┌─ content/meetings/cam-2023-05-09.md:4:1
  │
4 │ plce = "Lima"
  │ ^^^^
  │
  = help: did you mean `place`?

error: unknown field `contries`
  ┌─ content/meetings/cam-2023-05-09.md:5:1
  │
5 │ contries = ["cl"]
  │ ^^^^^^^^
  │
  = help: did you mean `countries`?

error: 2 problems found
"#
    );
}

#[test]
fn broken_links_are_reported_with_the_model_s_errors() {
    let site = Fixture::base();
    let commitment = site.read("content/commitments/cl-integration.md");
    site.write(
        "content/commitments/cl-integration.md",
        &commitment.replace("country = \"cl\"", "country = \"cll\""),
    );
    // A page whose file does not parse is still a page: a link to it is no error.
    site.write(
        "content/pages/methodology.md",
        "+++\ntitle = \"Méthode\n+++\n",
    );
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\n[Le Chili](/fr/countries/cll/).\n\n\
         [La méthode](/fr/methodology/), [la liste](../), [la matrice](/fr/matrix/), \
         [le calendrier](/fr/meetings/calendar.ics), [le fil](../cl/feed.xml), \
         [l'engagement](/fr/commitments/cl-integration/), [les données](/data/commitments.schema.json).\n\n\
         [À propos](/fr/a-propos/), [le Chili](/de/countries/cl/).\n\n![Carte](/images/carte.png)\n",
    );
    let broken_links = r#"error: the link `/fr/countries/cll/` leads to no page or file of the site
  ┌─ content/countries/co.md:4:1
  │
4 │ [Le Chili](/fr/countries/cll/).
  │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ there is no /fr/countries/cll/
  │
  = help: did you mean `/fr/countries/cl/`? Better still, write `@/countries/cl`: it leads each reader to the page in their language, whatever the site's address

error: the link `/fr/a-propos/` leads to no page or file of the site
  ┌─ content/countries/co.md:8:1
  │
8 │ [À propos](/fr/a-propos/), [le Chili](/de/countries/cl/).
  │ ^^^^^^^^^^^^^^^^^^^^^^^^^ there is no /fr/a-propos/
  │
  = help: link an entry as `@/<section>/<slug>` (`@/countries/gt`): it leads each reader to the page in their language, whatever the site's address; a file under static/ is `/<its path there>`

error: the link `/de/countries/cl/` leads to no page or file of the site
  ┌─ content/countries/co.md:8:28
  │
8 │ [À propos](/fr/a-propos/), [le Chili](/de/countries/cl/).
  │                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ there is no /de/countries/cl/
  │
  = help: link an entry as `@/<section>/<slug>` (`@/countries/gt`): it leads each reader to the page in their language, whatever the site's address; a file under static/ is `/<its path there>`

error: the image `/images/carte.png` is no file of the site
   ┌─ content/countries/co.md:10:1
   │
10 │ ![Carte](/images/carte.png)
   │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^ there is no /images/carte.png
   │
   = help: put the file under static/, and write its path there: static/images/map.png is `/images/map.png`
"#;
    assert_eq!(
        check_fails(&site),
        format!(
            r#"error: unknown country `cll`
  ┌─ content/commitments/cl-integration.md:3:11
  │
3 │ country = "cll"
  │           ^^^^^ there is no content/countries/cll.md
  │
  = help: did you mean `cl`?

{broken_links}
error: this text in quotes is never closed
  ┌─ content/pages/methodology.md:2:17
  │
2 │ title = "Méthode
  │                 ^ the line ends before the closing quote
  │
  = help: end the text with the same quote it starts with, on the same line; text over several lines goes between `"""` and `"""`

error: 6 problems found
"#
        )
    );
    // Once the model is made, the whole site's check gives the same errors, in their places.
    site.write("content/commitments/cl-integration.md", &commitment);
    site.write(
        "content/pages/methodology.md",
        "+++\ntitle = \"Méthode\"\n+++\n",
    );
    assert_eq!(
        check_fails(&site),
        format!("{broken_links}\nerror: 4 problems found\n")
    );
}

#[test]
fn a_broken_link_is_reported_with_the_templates_errors() {
    let site = Fixture::base();
    let template = site.read("themes/default/templates/page.html").replace(
        "{{ t(id=\"page-recommendations\") }}",
        "{{ t(id=\"page-recommendations\") }",
    );
    site.write("themes/default/templates/page.html", &template);
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\n![Carte](/images/carte.png)\n",
    );
    // The model is made: the link is checked against every address of the site.
    assert_eq!(
        check_fails(&site),
        r#"error: a template does not parse: Failed to parse 'page.html':  --> 7:58
  |
7 | <h2 id="recommendations">{{ t(id="page-recommendations") }</h2>
  |                                                          ^---
  |
  = expected `or`, `and`, `not`, `<=`, `>=`, `<`, `>`, `==`, `!=`, `+`, `-`, `*`, `/`, `%`, a filter, or a variable end (`}}`)
 = help: fix the template named above; the Tera documentation is at https://keats.github.io/tera/docs/

error: the image `/images/carte.png` is no file of the site
  ┌─ content/countries/co.md:4:1
  │
4 │ ![Carte](/images/carte.png)
  │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^ there is no /images/carte.png
  │
  = help: put the file under static/, and write its path there: static/images/map.png is `/images/map.png`

error: 2 problems found
"#
    );
}

#[test]
fn a_unit_written_as_a_symbol_is_shown_the_word_or_the_code() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "+++\nLe Chili",
        "\n[[indicators]]\nid = \"share\"\ntitle = \"Part\"\nkind = \"quantitative\"\nunit = \"%\"\n\n[[indicators]]\nid = \"funding\"\ntitle = \"Fonds\"\nkind = \"quantitative\"\nunit = \"US$\"\n+++\nLe Chili",
    );
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: `%` is a symbol: percentages have the unit `percent`
   ┌─ content/commitments/cl-integration.md:17:8
   │
17 │ unit = "%"
   │        ^^^ read as a unit like `people`, not as a percentage
   │
   = help: write unit = "percent": swivi then writes percentages as each language does (`19,6 %` in French, `19.6%` in English)

error: `US$` is a symbol: money has its currency's code as its unit
   ┌─ content/commitments/cl-integration.md:23:8
   │
23 │ unit = "US$"
   │        ^^^^^ read as a unit like `people`, not as money
   │
   = help: write the currency's ISO 4217 code, e.g. unit = "USD" for US dollars, "EUR" for euros, "MXN" for Mexican pesos: swivi then writes money as each language does (`$` alone stands for a dozen currencies in the Americas)

error: 2 problems found
"#
    );
}

#[test]
fn an_entry_named_twice_in_a_list_is_refused_at_the_second() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "pillars = [\"stability-assistance\"]",
        "pillars = [\"stability-assistance\", \"stability-assistance\"]",
    );
    site.write("content/commitments/cl-integration.md", &text);
    assert_eq!(
        check_fails(&site),
        r#"error: the pillar `stability-assistance` is named twice
  ┌─ content/commitments/cl-integration.md:4:36
  │
4 │ pillars = ["stability-assistance", "stability-assistance"]
  │                                    ^^^^^^^^^^^^^^^^^^^^^^ named already in this list
  │
  = help: name each once: remove this one

error: 1 problem found
"#
    );
}

#[test]
fn a_title_of_spaces_is_refused_at_its_place() {
    let site = Fixture::base();
    site.write("content/countries/co.md", "+++\ntitle = \"  \"\n+++\n");
    assert_eq!(
        check_fails(&site),
        r#"error: the title is empty
  ┌─ content/countries/co.md:2:9
  │
2 │ title = "  "
  │         ^^^^ every page and list shows the entry by its title
  │
  = help: write the title readers will see, in the site's default language

error: 1 problem found
"#
    );
}

#[test]
fn a_misnamed_canonical_file_is_its_only_error() {
    let site = Fixture::base();
    let text = site.read("content/countries/cl.md");
    site.remove("content/countries/cl.md");
    site.write("content/countries/CL.md", &text);
    // Its translation, cl.es.md, and the commitment of `cl` are not reported as well.
    assert_eq!(
        check_fails(&site),
        "error: content/countries/CL.md: `CL` is not a valid name for an entry
 = help: rename it to `cl.md`: names are in lower case, with hyphens between words

error: 1 problem found
"
    );
}

#[test]
fn a_character_the_build_reserves_is_an_error_at_its_place() {
    let site = Fixture::base();
    let text = site.read("content/countries/co.md").replacen(
        "title = \"",
        "title = \"\u{E002}fr\u{E003}",
        1,
    );
    site.write("content/countries/co.md", &text);
    let stderr = check_fails(&site);
    assert!(
        stderr.starts_with(
            "error: the character U+E002 (private use) is reserved by swivi\n  ┌─ content/countries/co.md:2:10\n"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("the character U+E003"), "{stderr}");
    assert!(stderr.ends_with("error: 2 problems found\n"), "{stderr}");
}

#[test]
fn a_status_colour_too_light_to_read_on_white() {
    let site = Fixture::base();
    let toml = site.read("site.toml");
    site.write(
        "site.toml",
        &format!("{toml}\n[[statuses]]\nid = \"not-assessed\"\n\n[[statuses]]\nid = \"in-progress\"\ncolour = \"#f0c000\"\n"),
    );
    let stderr = check_fails(&site);
    assert!(
        stderr.starts_with(
            r#"error: the colour of the status `in-progress`, #f0c000, has a contrast of 1.71:1 with the white page; text in it needs 4.5:1 (WCAG AA)
   ┌─ site.toml:18:10"#
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("colour = \"#f0c000\"\n   │          ^^^^^^^^^")
            && stderr.contains("= help: choose a darker colour"),
        "{stderr}"
    );
}

#[test]
fn a_brand_that_names_a_missing_logo_and_an_unreadable_accent() {
    let site = Fixture::base();
    let toml = site.read("site.toml");
    site.write(
        "site.toml",
        &format!("{toml}\n[brand]\nlogo = \"brand/logo.svg\"\naccent = \"light blue\"\n"),
    );
    let stderr = check_fails(&site);
    assert!(
        stderr.contains("error: `light blue` is not a colour swivi can check; the accent colour must be written `#rrggbb`"),
        "{stderr}"
    );
    // The logo is looked for once the colours are right.
    let toml = site.read("site.toml").replace("light blue", "#7a1f5c");
    site.write("site.toml", &toml);
    let stderr = check_fails(&site);
    assert!(
        stderr.starts_with("error: the logo `brand/logo.svg` is not in static/\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("= help: put the SVG file at static/brand/logo.svg"),
        "{stderr}"
    );
    site.write(
        "static/brand/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>",
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = site.read("public/fr/index.html");
    assert!(
        home.contains("<img alt height=40 src=/brand/logo.svg width=40>"),
        "{home}"
    );
}
