//! Nothing is read from outside the site's folder and nothing is written outside the output
//! folder, whatever the content's names and links say.

mod common;

use std::os::unix::fs::symlink;

use common::Fixture;

#[test]
fn a_symbolic_link_out_of_the_site_is_refused_with_where_it_leads() {
    let site = Fixture::base();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.md");
    std::fs::write(&secret, "+++\ntitle = \"SECRET\"\n+++\n").unwrap();
    symlink(&secret, site.root().join("content/countries/pe.md")).unwrap();
    symlink(
        outside.path(),
        site.root().join("content/pillars/elsewhere"),
    )
    .unwrap();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 1);
    let real = outside.path().canonicalize().unwrap();
    for path in ["content/countries/pe.md", "content/pillars/elsewhere"] {
        let target = if path.ends_with(".md") {
            real.join("secret.md")
        } else {
            real.clone()
        };
        assert!(
            run.stderr.contains(&format!(
                "error: `{path}` is a symbolic link to `{}`, outside the site's folder\n = help: swivi reads only files inside the site's folder: copy the file in instead of linking to it\n",
                target.display()
            )),
            "{}",
            run.stderr
        );
    }
    assert!(!site.public().exists(), "nothing was written");
}

#[test]
fn a_symbolic_link_inside_the_site_is_followed() {
    let site = Fixture::base();
    site.write("shared/pe.md", "+++\ntitle = \"Pérou\"\n+++\n");
    symlink(
        site.root().join("shared/pe.md"),
        site.root().join("content/countries/pe.md"),
    )
    .unwrap();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("public/fr/countries/pe/index.html")
            .contains("Pérou")
    );
}

#[test]
fn a_file_name_is_never_a_path_or_markup() {
    let site = Fixture::base();
    site.write(
        "content/countries/x\"><img src=x onerror=alert(1)>.md",
        "+++\ntitle = \"X\"\n+++\n",
    );
    site.write("content/pages/..md", "+++\ntitle = \"Dots\"\n+++\n");
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "error: content/countries/x\"><img src=x onerror=alert(1)>.md: `x\"><img src=x onerror=alert(1)>` is not a valid name for an entry\n"
        ),
        "{}",
        run.stderr
    );
    assert!(!site.public().exists(), "nothing was written");
}

#[test]
fn the_html_allowlist_refuses_what_could_run_script() {
    let site = Fixture::base();
    let config = site.read("site.toml");
    site.write(
        "site.toml",
        &format!(
            "{config}\n[html]\ntags = [\"abbr\", \"script\"]\nattributes = [\"lang\", \"onclick\", \"class\"]\nurl_schemes = [\"https\", \"javascript\"]\n"
        ),
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "error: `script` cannot be allowed in `[html] tags`: with it, content could run script, load content from elsewhere or stand in for the page's own elements\n"
        ),
        "{}",
        run.stderr
    );
    for refused in [
        "`onclick` cannot be allowed in `[html] attributes`",
        // Classes would dress text as the page's own elements (and ammonia cannot keep both
        // any class and the footnotes' and table columns' own).
        "`class` cannot be allowed in `[html] attributes`",
        "`javascript` cannot be allowed in `[html] url_schemes`",
    ] {
        assert!(run.stderr.contains(refused), "{}", run.stderr);
    }
    assert!(
        run.stderr.contains("error: 4 problems found"),
        "{}",
        run.stderr
    );
}

#[test]
fn raw_html_keeps_what_the_allowlist_names() {
    let site = Fixture::base();
    let config = site.read("site.toml");
    site.write(
        "site.toml",
        &format!("{config}\n[html]\ntags = [\"mark\"]\nattributes = [\"lang\"]\n"),
    );
    site.write(
        "content/pages/cso-recommendations-2024.md",
        "+++\ntitle = \"Recommandations\"\ndate = \"2024-06\"\n+++\n<mark lang=\"es\" title=\"t\">kept</mark> <abbr>not on the list</abbr>\n",
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("public/fr/cso-recommendations-2024/index.html");
    assert!(
        page.contains("<mark lang=es>kept</mark> not on the list"),
        "{page}"
    );
}
