//! Broken and outsized files: each gives a clear error that names the file (and the line and
//! column where there is one), or a correct page; never a crash. How long they take and how
//! much memory they use is measured by `benches/limits.sh`, not here.

mod common;

use common::Fixture;

fn build_fails_with(site: &Fixture, expected: &str) {
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(expected), "{}", run.stderr);
    assert!(!site.public().exists(), "nothing was written");
}

#[test]
fn a_50_mb_file_is_refused_with_its_size() {
    let site = Fixture::base();
    let body = "Une phrase du rapport.\n".repeat(50 * 1024 * 1024 / 23);
    site.write(
        "content/pages/huge.md",
        &format!("+++\ntitle = \"Rapport\"\n+++\n{body}"),
    );
    build_fails_with(
        &site,
        "error: `content/pages/huge.md` is 50.0 MB; a text file of the site may be at most 8 MB\n = help: split it into several entries; a large document belongs in static/, linked from an entry\n",
    );
}

#[test]
fn markdown_nested_10000_levels_deep_is_refused_where_it_goes_too_deep() {
    let site = Fixture::base();
    site.write(
        "content/pages/deep.md",
        &format!("+++\ntitle = \"Deep\"\n+++\n{} deep\n", ">".repeat(10_000)),
    );
    build_fails_with(
        &site,
        "error: this body nests blocks more than 100 levels deep\n  ┌─ content/pages/deep.md:4:101\n",
    );
    site.write(
        "content/pages/deep.md",
        &format!(
            "+++\ntitle = \"Deep\"\n+++\n{}deep\n",
            "<div>".repeat(10_000)
        ),
    );
    build_fails_with(
        &site,
        "error: this body has more than 5000 raw HTML tags\n  ┌─ content/pages/deep.md:4:1\n",
    );
    site.write(
        "content/pages/deep.md",
        &format!(
            "+++\ntitle = \"Deep\"\n+++\n{}deep\n",
            "<div>".repeat(1_000)
        ),
    );
    build_fails_with(
        &site,
        "error: the raw HTML of this body nests elements more than 100 levels deep\n  ┌─ content/pages/deep.md:4:1\n",
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_where_the_bad_byte_is() {
    let site = Fixture::base();
    std::fs::write(
        site.root().join("content/pages/latin.md"),
        b"+++\ntitle = \"Caf\xe9\"\n+++\n",
    )
    .unwrap();
    build_fails_with(
        &site,
        "error: `content/pages/latin.md` is not UTF-8 text (first bad byte at 2:13)\n = help: save the file as UTF-8 in your editor\n",
    );
}

#[test]
fn an_empty_file_is_refused_with_what_it_lacks() {
    let site = Fixture::base();
    site.write("content/pages/empty.md", "");
    build_fails_with(
        &site,
        "error: this file does not start with front matter\n  ┌─ content/pages/empty.md:1:1\n",
    );
}

#[test]
fn a_byte_order_mark_and_windows_line_endings_give_the_same_page() {
    let site = Fixture::base();
    let text = "+++\ntitle = \"Notes\"\ndate = \"2024-06\"\n+++\nLine one\nline two\n\n- a\n- b\n";
    site.write("content/pages/notes.md", text);
    assert_eq!(site.swivi(&["build"]).code, 0);
    let unix = site.read("public/fr/notes/index.html");
    assert!(
        unix.contains("<p>Line one\nline two</p>") || unix.contains("<p>Line one line two</p>"),
        "{unix}"
    );
    assert!(unix.contains("<li>a</li>"), "{unix}");

    site.write(
        "content/pages/notes.md",
        &format!("\u{feff}{}", text.replace('\n', "\r\n")),
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.read("public/fr/notes/index.html"), unix);
}

#[test]
fn the_footer_lists_a_bounded_number_of_free_pages() {
    let site = Fixture::base();
    for i in 0..30 {
        site.write(
            &format!("content/pages/p{i:02}.md"),
            &format!("+++\ntitle = \"Page {i}\"\n+++\n"),
        );
    }
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("public/fr/p29/index.html");
    let footer = &page[page.find("<footer").unwrap()..];
    assert_eq!(footer.matches("Page ").count(), 12, "{footer}");
    // The rest are not left without a link: the footer leads to the index of them all.
    assert!(
        footer.contains("<a href=/fr/pages/>Autres pages</a>"),
        "{footer}"
    );
    let index = site.read("public/fr/pages/index.html");
    let main = &index[index.find("<main").unwrap()..index.find("</main>").unwrap()];
    assert!(main.contains("<h1>Pages</h1>"), "{main}");
    for i in 0..30 {
        assert!(
            main.contains(&format!("<a href=/fr/p{i:02}/>Page {i}</a>")),
            "page {i} is not in the index: {main}"
        );
    }
    assert!(
        site.read("public/es/pages/index.html")
            .contains("<h1>Páginas</h1>")
    );
}

#[test]
fn a_site_with_few_free_pages_has_no_index_of_them() {
    let site = Fixture::base();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.public().join("fr/pages").exists());
    let home = site.read("public/fr/index.html");
    assert!(!home.contains("/fr/pages/"), "{home}");
}
