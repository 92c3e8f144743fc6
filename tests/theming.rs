//! What docs/theming.md promises a site can do without copying the theme: replace one
//! template, add a logo, change the colours.

mod common;

use common::Fixture;

#[test]
fn a_template_of_the_site_replaces_the_theme_s_of_that_name_only() {
    let site = Fixture::base();
    site.write(
        "templates/pillar.html",
        "{% extends \"base.html\" %}{% block main %}<p class=\"ours\">{{ page.number }} · {{ page.title.text }}</p>{% endblock main %}",
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pillar = std::fs::read_dir(site.public().join("fr/pillars"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .expect("a pillar's page");
    let html = std::fs::read_to_string(pillar.join("index.html")).unwrap();
    assert!(html.contains("<p class=ours>"), "{html}");
    // The theme's other templates are still the theme's.
    let home = site.read("public/fr/index.html");
    assert!(!home.contains("class=ours"), "{home}");
    assert!(home.contains("<main"), "{home}");
}

#[test]
fn a_logo_and_colours_in_static_are_on_every_page() {
    let site = Fixture::base();
    let before = site.swivi(&["build"]);
    assert_eq!(before.code, 0, "{}", before.stderr);
    let home = site.read("public/fr/index.html");
    assert!(
        !home.contains("<img") && !home.contains("colours"),
        "{home}"
    );
    site.write(
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>",
    );
    site.write("static/colours.css", ":root{--link:#7a1f5c}\n");
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in ["public/fr/index.html", "public/es/countries/index.html"] {
        let html = site.read(page);
        let brand = html.find("class=brand").expect("the header's link home");
        let brand = &html[brand..brand + html[brand..].find("</a>").unwrap()];
        assert!(brand.contains("src=/logo."), "{brand}");
        assert!(html.contains("<link href=/colours."), "{html}");
    }
    let chooser = site.read("public/index.html");
    assert!(chooser.contains("<link href=/colours."), "{chooser}");
}
