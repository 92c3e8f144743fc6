//! The record of changes: every commit that changed an entry, on the entry's page, on the
//! site's page of changes and in its feed, read from the site's git history; nothing of it
//! where the history is incomplete.
//!
//! The fixture repositories are made with fixed dates and identities, without the machine's
//! git configuration.

mod common;

use common::{Fixture, Run, commit_all, git, part, run_with, shallow_clone};

/// 2025-01-15, the day every build here is made on.
const BUILD_DAY: &str = "1736899200";

/// The base site with the history of a correction: published on 1 March 2024; its Chilean
/// commitment's status corrected on 1 June 2024, with an explanation; its Spanish text
/// reworded on 2 June; a draft page added on 3 June and removed on 4 June. `site.toml` is
/// given `extra` first.
fn corrected_site(extra: &str) -> Fixture {
    let site = Fixture::base();
    let root = site.root();
    let settings = site.read("site.toml");
    site.write("site.toml", &format!("{extra}\n{settings}"));
    git(root, "1709294400 +0000", &["init", "--quiet"]);
    commit_all(root, "1709294400 +0000", "Publish the tracker");
    let canonical = "content/commitments/cl-integration.md";
    let text = site.read(canonical);
    site.write(
        canonical,
        &text.replace("status = \"not-assessed\"", "status = \"in-progress\""),
    );
    commit_all(
        root,
        "1717243200 +0000",
        "Correct the status of Chile's integration group\n\nThe meeting's summary says the group\nhas begun its work:\n- it met on 9 May 2023",
    );
    let translation = "content/commitments/cl-integration.es.md";
    let text = site.read(translation);
    site.write(translation, &text.replace("Dirigir", "Liderar"));
    commit_all(root, "1717329600 +0000", "Spanish wording");
    site.write(
        "content/pages/draft.md",
        "+++\ntitle = \"Brouillon\"\n+++\nÀ venir.\n",
    );
    commit_all(root, "1717416000 +0000", "Add a draft page");
    site.remove("content/pages/draft.md");
    commit_all(root, "1717502400 +0000", "Remove the draft page");
    site
}

fn build(site: &Fixture) -> Run {
    let run = site.swivi_on(BUILD_DAY.parse().unwrap(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    run
}

/// The hash of the commit `back` commits before the last one.
fn hash(site: &Fixture, back: usize) -> String {
    git(
        site.root(),
        "0 +0000",
        &["rev-parse", &format!("HEAD~{back}")],
    )
}

#[test]
fn a_corrected_status_is_on_the_record_of_its_page_with_the_editors_words() {
    let site = corrected_site("repository = \"https://github.com/example/tracker/\"");
    build(&site);
    let commit = |back: usize| {
        format!(
            "https://github.com/example/tracker/commit/{}",
            hash(&site, back)
        )
    };
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    assert_eq!(
        part(&page, "<details class=record>", "</details>"),
        format!(
            "<details class=record><summary>Registre des modifications de cette page (3)</summary> \
             <ol><li><time datetime=2024-06-02>2 juin 2024</time> · Traduction modifiée (espagnol) · <a href={}><bdi>Spanish wording</bdi></a></li>\
             <li><time datetime=2024-06-01>1 juin 2024</time> · Modifié · <a href={}><bdi>Correct the status of Chile's integration group</bdi></a></li>\
             <li><time datetime=2024-03-01>1 mars 2024</time> · Ajouté · <a href={}><bdi>Publish the tracker</bdi></a></li>\
             </ol> <p><a href=/fr/changes/>Toutes les modifications du suivi</a></p></details>",
            commit(2),
            commit(3),
            commit(4)
        )
    );
    let spanish = site.read("public/es/commitments/cl-integration/index.html");
    assert!(
        spanish.contains("<summary>Registro de cambios de esta página (3)</summary>"),
        "{spanish}"
    );
    assert!(
        page.contains("<li><a href=/fr/changes/>Registre des modifications</a>"),
        "the footer links to the site's record"
    );
    let colombia = site.read("public/fr/countries/co/index.html");
    assert!(
        colombia.contains("<summary>Registre des modifications de cette page (1)</summary>"),
        "an entry changed once has a record of one: {colombia}"
    );
}

#[test]
fn the_sites_record_lists_each_commit_with_the_pages_it_changed() {
    let site = corrected_site("repository = \"https://codeberg.org/example/tracker\"");
    build(&site);
    let page = site.read("public/fr/changes/index.html");
    let removal = hash(&site, 0);
    assert_eq!(
        part(
            &page,
            &format!("<li id=commit-{}>", &removal[..10]),
            "</ul></li>"
        ),
        format!(
            "<li id=commit-{}><h2 dir=auto>Remove the draft page</h2> \
             <p class=meta><time datetime=2024-06-04>4 juin 2024</time> · <a href=https://codeberg.org/example/tracker/commit/{removal}>Voir {} dans le dépôt</a></p> \
             <ul class=touched><li>Supprimé · <code>content/pages/draft.md</code></li></ul></li>",
            &removal[..10],
            &removal[..10]
        )
    );
    let correction = part(&page, "<h2 dir=auto>Correct the status", "</ul>");
    assert!(
        correction.contains(
            "<p class=message dir=auto>The meeting's summary says the group has begun its work:<br>- it met on 9 May 2023</p>"
        ),
        "the explanation, its wrapped lines joined, its list kept: {correction}"
    );
    assert!(
        correction.contains(
            "<li>Modifié · <a href=/fr/commitments/cl-integration/>Diriger le groupe sur l'intégration</a></li>"
        ),
        "{correction}"
    );
    let first = part(&page, "<h2 dir=auto>Publish the tracker</h2>", "</ul>");
    assert!(
        first.contains("<li>Ajouté · <a href=/fr/countries/cl/>Chili</a></li>"),
        "{first}"
    );
    assert_eq!(page.matches("<li id=commit-").count(), 5, "{page}");
    assert!(
        page.contains("<a href=https://codeberg.org/example/tracker>Toutes les modifications dans le dépôt du site</a>"),
        "{page}"
    );
}

#[test]
fn the_feed_of_corrections_has_an_entry_per_commit_linked_to_the_forge() {
    let site = corrected_site("repository = \"https://gitlab.com/example/tracker.git\"");
    build(&site);
    let feed = site.read("public/fr/changes/feed.xml");
    let doc = roxmltree::Document::parse(&feed).expect("the feed is XML");
    let root = doc.root_element();
    assert_eq!(
        child(root, "title").text(),
        Some("Suivi de la Déclaration de Los Angeles : registre des modifications")
    );
    assert_eq!(
        child(root, "updated").text(),
        Some("2024-06-04T12:00:00+00:00")
    );
    let entries: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name((ATOM, "entry")))
        .collect();
    assert_eq!(entries.len(), 5);
    let correction = entries[3];
    let id = hash(&site, 3);
    assert_eq!(
        child(correction, "title").text(),
        Some("Correct the status of Chile's integration group")
    );
    assert_eq!(
        child(correction, "id").text(),
        Some(format!("https://example.org/fr/changes/#commit-{}", &id[..10]).as_str())
    );
    assert_eq!(
        child(correction, "updated").text(),
        Some("2024-06-01T12:00:00+00:00")
    );
    assert_eq!(
        child(correction, "link").attribute("href"),
        Some(format!("https://gitlab.com/example/tracker/commit/{id}").as_str())
    );
    let content: String = child(correction, "content")
        .descendants()
        .filter_map(|n| n.text())
        .collect();
    assert!(
        content.contains("The meeting's summary says the group has begun its work:")
            && content.contains("Modifié · Diriger le groupe sur l'intégration"),
        "{content}"
    );
    let feeds = site.read("public/fr/feeds/index.html");
    assert!(
        feeds.contains("<code>https://example.org/fr/changes/feed.xml</code>"),
        "the list of feeds offers it"
    );
}

#[test]
fn without_a_repository_the_record_says_when_and_why_without_links() {
    let site = corrected_site("");
    build(&site);
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    let record = part(&page, "<details class=record>", "</details>");
    assert!(
        record.contains("<li><time datetime=2024-06-01>1 juin 2024</time> · Modifié · <bdi>Correct the status of Chile's integration group</bdi></li>"),
        "{record}"
    );
    assert!(
        !record.contains("github") && !record.contains("commit/"),
        "{record}"
    );
    let feed = site.read("public/fr/changes/feed.xml");
    let id = hash(&site, 3);
    let anchor = format!("https://example.org/fr/changes/#commit-{}", &id[..10]);
    assert!(
        feed.contains(&format!(
            "<link href=\"{anchor}\" rel=\"alternate\" type=\"text/html\"/>"
        )),
        "an entry leads to its place on the record's page: {feed}"
    );
    let changes = site.read("public/fr/changes/index.html");
    assert!(changes.contains(&format!("<li id=commit-{}>", &id[..10])));
    assert!(!changes.contains("dépôt"), "no repository to point to");
}

#[test]
fn a_shallow_clone_or_a_folder_without_git_has_no_record() {
    let origin = corrected_site("");
    let clone = shallow_clone(&origin);
    let target = clone.path().join("site");
    let run = run_with(&target, &["build"], &[("SOURCE_DATE_EPOCH", BUILD_DAY)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: this checkout is a shallow clone"),
        "{}",
        run.stderr
    );
    let no_record = |root: &std::path::Path| {
        assert!(!root.join("public/fr/changes").exists());
        let page =
            std::fs::read_to_string(root.join("public/fr/commitments/cl-integration/index.html"))
                .unwrap();
        assert!(!page.contains("class=record"), "{page}");
        assert!(!page.contains("/fr/changes/"), "{page}");
    };
    no_record(&target);
    let plain = Fixture::base();
    build(&plain);
    no_record(plain.root());
}

#[test]
fn a_repository_that_is_not_a_web_address_is_an_error() {
    let site = Fixture::base();
    let settings = site.read("site.toml");
    site.write(
        "site.toml",
        &format!("repository = \"git@github.com:example/tracker.git\"\n{settings}"),
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: `repository` must be the web address of the site's repository, not `git@github.com:example/tracker.git`\n  \
         ┌─ site.toml:1:14\n  │\n1 │ repository = \"git@github.com:example/tracker.git\"\n  │              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  │\n  \
         = help: write the address a browser opens, e.g. \"https://github.com/org/tracker\"\n\n\
         error: 1 problem found\n"
    );
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The first child element `name` of `node`.
fn child<'a, 'input>(node: roxmltree::Node<'a, 'input>, name: &str) -> roxmltree::Node<'a, 'input> {
    node.children()
        .find(|n| n.has_tag_name((ATOM, name)))
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn a_reworded_commit_is_shown_reworded_by_a_build_from_the_cache() {
    let site = corrected_site("");
    let canonical = "content/commitments/cl-integration.md";
    let text = site.read(canonical);
    site.write(
        canonical,
        &text.replace("dirige le groupe", "dirige bien le groupe"),
    );
    commit_all(site.root(), "1717588800 +0000", "Fix a typo");
    build(&site);
    let page = || site.read("public/fr/commitments/cl-integration/index.html");
    assert!(page().contains("· Modifié · <bdi>Fix a typo</bdi></li>"));
    assert!(
        site.root().join(".swivi-cache").is_dir(),
        "the second build reads a cache"
    );
    git(
        site.root(),
        "1717588800 +0000",
        &[
            "commit",
            "--quiet",
            "--amend",
            "--message",
            "Say that Chile leads the group well",
        ],
    );
    build(&site);
    assert!(
        page().contains("· Modifié · <bdi>Say that Chile leads the group well</bdi></li>"),
        "the page kept in the cache is made again: {}",
        page()
    );
    assert!(!page().contains("Fix a typo"));
}
