//! Building a site as a user does: what is written, what is kept, what is refused.

mod common;

use std::fs;

use common::{Fixture, walkdir};

#[test]
fn builds_every_page_in_every_language() {
    let site = Fixture::base();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Built 74 pages in 2 languages"),
        "{}",
        run.stdout
    );
    for lang in ["fr", "es"] {
        for page in [
            "index.html",
            "countries/index.html",
            "countries/cl/index.html",
            "pillars/emergency-response/index.html",
            "commitments/cl-integration/index.html",
            "meetings/cam-2023-05-09/index.html",
            "recommendations/cso-2024-11/index.html",
            "cso-recommendations-2024/index.html",
            "search/index.html",
        ] {
            let html = site.read(&format!("public/{lang}/{page}"));
            assert!(
                html.contains(&format!("<html dir=ltr lang={lang}>")),
                "{lang}/{page}"
            );
        }
    }
    assert!(site.public().join("index.html").exists());
    assert!(site.public().join("fr/feed.xml").exists());
}

#[test]
fn a_missing_translation_is_shown_in_the_fallback_language_with_a_notice() {
    let site = Fixture::base();
    site.swivi(&["build"]);
    let html = site.read("public/es/countries/co/index.html");
    assert!(
        html.contains("<h1><span dir=ltr lang=fr>Colombie</span></h1>"),
        "{html}"
    );
    let commitment = site.read("public/es/commitments/cl-integration/index.html");
    assert!(
        commitment.contains("<div class=body dir=ltr lang=fr><p>Le Chili dirige"),
        "{commitment}"
    );
    assert!(
        commitment.contains("<p class=\"notice fallback\">"),
        "{commitment}"
    );
    assert!(
        commitment
            .contains("<div class=note><p>Chile dirige el grupo sobre integración.</p></div>"),
        "{commitment}"
    );
}

#[test]
fn a_pillar_without_commitments_says_so() {
    let site = Fixture::base();
    site.swivi(&["build"]);
    let html = site.read("public/fr/pillars/emergency-response/index.html");
    assert!(
        html.contains("Aucun engagement n'a été pris au titre de ce pilier."),
        "{html}"
    );
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let site = Fixture::base();
    assert_eq!(site.swivi(&["build"]).code, 0);
    let before: Vec<(String, Vec<u8>)> = snapshot(&site);
    site.write("content/countries/co.md", "+++\ntitle = \n+++\n");
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .ends_with("error: 1 problem found; nothing was written, ./public is as it was\n"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&site), before);
}

#[test]
fn check_writes_nothing() {
    let site = Fixture::base();
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "No errors: 74 pages in 2 languages would be built\n"
    );
    assert!(!site.public().exists());
}

#[test]
fn timings_name_each_stage_of_a_build_and_of_a_check() {
    let site = Fixture::base();
    let stages = |stdout: &str| -> Vec<String> {
        stdout
            .lines()
            .filter(|line| line.ends_with(" s") && !line.starts_with("Built"))
            .map(|line| line.rsplitn(3, ' ').nth(2).unwrap().trim().to_owned())
            .collect()
    };
    let check = site.swivi(&["check", "--timings"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let prepared = [
        "read files",
        "interface strings",
        "model",
        "templates",
        "translation report",
        "links",
    ];
    let mut checked = prepared.to_vec();
    checked.push("pages, icons");
    assert_eq!(stages(&check.stdout), checked, "{}", check.stdout);
    assert!(
        check
            .stdout
            .ends_with("No errors: 74 pages in 2 languages would be built\n")
    );
    let build = site.swivi(&["build", "--timings", "--no-cache"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let built = stages(&build.stdout);
    assert_eq!(built[..prepared.len()], prepared, "{}", build.stdout);
    assert_eq!(
        built.last().map(String::as_str),
        Some("swap"),
        "{}",
        build.stdout
    );
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_create() {
    let site = Fixture::base();
    site.write("public/notes.txt", "mine");
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: `./public` is not empty and was not made by swivi, so it will not be replaced; choose another folder with --output, or empty it\n"
    );
    assert_eq!(site.read("public/notes.txt"), "mine");
}

#[test]
fn output_and_base_url_options() {
    let site = Fixture::base();
    let run = site.swivi(&[
        "build",
        "--output",
        "preview",
        "--base-url",
        "https://preview.example.net/pr-7",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = site.read("preview/fr/index.html");
    assert!(
        html.contains("href=https://preview.example.net/pr-7/fr/ rel=canonical"),
        "{html}"
    );
    assert!(html.contains("href=/pr-7/fr/countries/"), "{html}");
    assert!(!site.public().exists());
    assert!(
        site.read("preview/_redirects")
            .contains("/pr-7/  /pr-7/fr/  302!  Language=fr\n"),
        "the root's redirects follow the address"
    );
}

#[test]
fn on_netlify_the_root_sends_readers_to_their_browser_s_language() {
    let site = Fixture::base();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        site.read("public/_redirects"),
        "# Made by swivi from site.toml: the root sends each reader to their browser's language;\n\
         # without a match, the root's language chooser.\n\
         /  /fr/  302!  Language=fr\n\
         /  /es/  302!  Language=es\n\
         # An address the site lacks: the not-found page of its language.\n\
         /fr/*  /fr/404/index.html  404\n\
         /es/*  /es/404/index.html  404\n"
    );
    // Without a match, the chooser is what the root serves.
    assert!(site.read("public/index.html").contains("hreflang=es"));
}

#[test]
fn each_language_has_a_not_found_page_and_the_root_one_speaks_them_all() {
    let site = Fixture::base();
    let run = site.swivi(&["build", "--base-url", "https://example.org/lad/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let fr = site.read("public/fr/404/index.html");
    assert!(fr.contains("<title>Page introuvable"), "{fr}");
    assert!(fr.contains("<meta content=noindex name=robots>"), "{fr}");
    // Served at any address, so its links start from the site's root.
    assert!(fr.contains("href=/lad/fr/countries/"), "{fr}");
    assert!(
        site.read("public/es/404/index.html")
            .contains("<h1>Página no encontrada</h1>")
    );
    let root = site.read("public/404.html");
    assert!(root.contains("Page introuvable"), "{root}");
    assert!(root.contains("Página no encontrada"), "{root}");
    assert!(root.contains("href=/lad/es/"), "{root}");
    assert!(
        root.contains("<meta content=noindex name=robots>"),
        "{root}"
    );
    // Neither is a page for search engines to list.
    let sitemaps: String = std::fs::read_dir(site.public())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().contains("sitemap"))
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect();
    assert!(sitemaps.contains("/lad/fr/countries/"), "{sitemaps}");
    assert!(!sitemaps.contains("404"), "{sitemaps}");
}

#[test]
fn two_builds_give_the_same_bytes() {
    let site = Fixture::base();
    site.swivi(&["build"]);
    let first = snapshot(&site);
    site.swivi(&["build"]);
    assert_eq!(snapshot(&site), first);
}

#[test]
fn help_explains_every_option() {
    let site = Fixture::base();
    let build = site.swivi(&["build", "--help"]).stdout;
    for option in ["--root <DIR>", "--output <DIR>", "--base-url <URL>"] {
        assert!(build.contains(option), "{build}");
    }
    let top = site.swivi(&["--help"]).stdout;
    assert!(top.contains("build") && top.contains("check"), "{top}");
}

fn snapshot(site: &Fixture) -> Vec<(String, Vec<u8>)> {
    walkdir(&site.public())
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| (p.display().to_string(), fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn check_lists_interface_strings_missing_in_a_language() {
    let site = Fixture::base();
    let spanish = site.read("i18n/es.ftl");
    let without: String = spanish
        .lines()
        .filter(|line| !line.starts_with("nav-meetings =") && !line.starts_with("home-latest ="))
        .map(|line| format!("{line}\n"))
        .collect();
    site.write("i18n/es.ftl", &without);
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "warning: i18n/es.ftl: 2 messages are missing in `es`, shown in `fr` instead: home-latest, nav-meetings
 = help: add these messages to the file, translated

"
    );
    assert_eq!(
        run.stdout,
        "No errors: 74 pages in 2 languages would be built; 1 warning\n"
    );
    site.swivi(&["build"]);
    let html = site.read("public/es/index.html");
    assert!(
        html.contains("><span dir=ltr lang=fr>Réunions</span></a>"),
        "the French string stands in, in its language: {html}"
    );
}

#[test]
fn indicators_show_baseline_target_latest_value_and_progress() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "+++\nLe Chili",
        "[[indicators]]\nid = \"people-regularised\"\ntitle = \"Personnes régularisées\"\nkind = \"quantitative\"\nunit = \"people\"\n\
         baseline = { date = \"2022\", value = 1000 }\ntarget = { date = \"2026\", value = 21000 }\n\
         [[indicators.values]]\ndate = \"2023\"\nvalue = 6000\n\
         [[indicators.values]]\ndate = \"2024\"\nvalue = 11000.5\n\n\
         [[indicators]]\nid = \"secretariat\"\ntitle = \"Secrétariat\"\nkind = \"qualitative\"\n\
         [[indicators.milestones]]\ndate = \"2024-06\"\nnote = \"Statuts adoptés\"\n+++\nLe Chili",
    );
    site.write("content/commitments/cl-integration.md", &text);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = site.read("public/fr/commitments/cl-integration/index.html");
    for expected in [
        "<h3>Personnes régularisées</h3>",
        "<dd>1\u{202f}000 people (<time datetime=2022>2022</time>)</dd>",
        "<dd>21\u{202f}000 people (<time datetime=2026>2026</time>)</dd>",
        "<dd>11\u{202f}000,5 people (<time datetime=2024>2024</time>)</dd>",
        "50\u{a0}% du chemin entre la valeur de référence et la cible",
        // 2024 is half of 2022–2026 in time, and half the way is covered: on track.
        "<span class=\"judgement judgement-on-track\">En bonne voie</span>",
        // The chart says in words what it draws.
        "<desc id=indicator-people-regularised-chart-desc>6\u{202f}000 people (2023); 11\u{202f}000,5 people (2024); \
         Valeur de référence: 1\u{202f}000 people (2022); Cible: 21\u{202f}000 people (2026)</desc>",
        "<h3>Secrétariat</h3>",
        "<time datetime=2024-06>juin 2024</time>",
        "Statuts adoptés",
    ] {
        assert!(html.contains(expected), "missing {expected:?} in {html}");
    }
}

#[test]
fn a_relative_build_links_every_page_to_a_file_on_disk() {
    let site = Fixture::base();
    let run = site.swivi(&["build", "--relative"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let public = site.public();
    let mut checked = 0;
    for page in walkdir(&public)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
    {
        let html = fs::read_to_string(&page).unwrap();
        for link in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            if link.starts_with("https://") || link.starts_with('#') {
                continue;
            }
            assert!(
                !link.starts_with('/'),
                "{}: {link} is not relative",
                page.display()
            );
            let target = page.parent().unwrap().join(link.split('#').next().unwrap());
            assert!(
                target.is_file(),
                "{}: {link} leads to no file",
                page.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 400, "only {checked} links checked");
    let page = site.read("public/es/commitments/cl-integration/index.html");
    assert!(page.contains("href=../../../style."), "{page}");
    assert!(
        page.contains("href=../../../fr/commitments/cl-integration/index.html"),
        "{page}"
    );
}

/// Values of `name=` attributes in minified HTML, quoted or not.
fn attribute_values(html: &str, name: &str) -> Vec<String> {
    let pattern = format!(" {name}=");
    html.match_indices(&pattern)
        .map(|(i, _)| {
            let rest = &html[i + pattern.len()..];
            match rest.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    rest[1..].split(quote).next().unwrap_or_default().to_owned()
                }
                _ => rest.split([' ', '>']).next().unwrap_or_default().to_owned(),
            }
        })
        .collect()
}

#[test]
fn each_language_can_be_downloaded_as_a_copy_that_works_from_disk() {
    let site = Fixture::base();
    let settings = site.read("site.toml") + "\n[downloads]\noffline_copy = true\n";
    site.write("site.toml", &settings);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("public/es/downloads/index.html");
    assert!(page.contains("href=/downloads/offline-es.zip"), "{page}");
    assert!(page.contains("href=/downloads/offline-fr.zip"), "{page}");

    let bytes = fs::read(site.public().join("downloads/offline-es.zip")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect();
    assert!(names.contains(&"offline-es/index.html".to_owned()));
    // Opened first, the copy's index.html is its language's home, not the site's chooser,
    // whose other languages need the web.
    let mut first = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("offline-es/index.html").unwrap(),
        &mut first,
    )
    .unwrap();
    let home = site.read("public/es/index.html");
    let h1 = |html: &str| {
        html.split("<h1>")
            .nth(1)
            .unwrap()
            .split("</h1>")
            .next()
            .unwrap()
            .to_owned()
    };
    assert!(first.contains(" lang=es>"), "{first}");
    assert_eq!(h1(&first), h1(&home));
    assert!(first.contains("href=es/countries/index.html"), "{first}");
    assert!(names.contains(&"offline-es/es/countries/cl/index.html".to_owned()));
    assert!(
        !names.iter().any(|n| n.starts_with("offline-es/fr/")),
        "one language per copy"
    );
    let mut checked = 0;
    for name in names.iter().filter(|n| n.ends_with(".html")) {
        let mut html = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut html).unwrap();
        assert!(!html.contains('\u{E000}'), "{name}: a link left unresolved");
        for link in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            if link.starts_with('#') {
                continue;
            }
            if link.starts_with("https://") {
                assert!(
                    link.starts_with("https://example.org/"),
                    "{name}: {link} leaves the site"
                );
                continue;
            }
            let dir = std::path::Path::new(name).parent().unwrap();
            let target = normalize(&dir.join(link.split('#').next().unwrap()));
            assert!(
                names.contains(&target),
                "{name}: {link} leads to no file of the copy"
            );
            checked += 1;
        }
    }
    assert!(checked > 150, "only {checked} links checked");
    // The page script comes along: the commitments filter works from disk too.
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("offline-es/swivi.") && n.ends_with(".js")),
        "{names:?}"
    );
    // Feeds are for feed readers, which fetch them from the web: the copy links to the
    // published ones.
    assert!(!names.iter().any(|n| n.ends_with(".xml")), "{names:?}");
    let mut country = String::new();
    std::io::Read::read_to_string(
        &mut archive
            .by_name("offline-es/es/countries/cl/index.html")
            .unwrap(),
        &mut country,
    )
    .unwrap();
    assert!(
        country.contains("href=https://example.org/es/countries/cl/feed.xml"),
        "{country}"
    );
}

/// `a/b/../c` → `a/c`, as a browser resolves a relative link.
fn normalize(path: &std::path::Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    parts.join("/")
}

#[test]
fn a_commitment_without_news_for_too_long_is_flagged_and_counted() {
    let site = Fixture::base();
    let settings = site.read("site.toml").replace(
        "default_language = \"fr\"",
        "default_language = \"fr\"\nstale_after_months = 12",
    );
    site.write("site.toml", &settings);
    // The fixture's only update is dated 9 May 2023.
    const MAY_2024: u64 = 1_715_212_800; // 2024-05-09: twelve months, not more
    const JUNE_2024: u64 = 1_717_200_000; // 2024-06-01
    assert_eq!(site.swivi_on(MAY_2024, &["build"]).code, 0);
    assert!(
        !site
            .read("public/fr/commitments/cl-integration/index.html")
            .contains("Non vérifié")
    );
    assert_eq!(site.swivi_on(JUNE_2024, &["build"]).code, 0);
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(
        page.contains("<span class=stale>Non vérifié depuis le 9 mai 2023</span>"),
        "{page}"
    );
    let country = site.read("public/es/countries/cl/index.html");
    assert!(
        country
            .contains("<p class=stale>1 compromiso sin verificar desde hace más de 12 meses</p>"),
        "{country}"
    );
}

#[test]
fn pages_are_minified_only_when_the_site_asks() {
    let site = Fixture::base();
    let settings = site.read("site.toml").replace("minify_html = true\n", "");
    site.write("site.toml", &settings);
    let run = site.swivi(&["build", "--base-url", "https://example.org/lad/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = site.read("public/fr/countries/cl/index.html");
    for expected in [
        "<html lang=\"fr\" dir=\"ltr\">\n",
        "<link rel=\"canonical\" href=\"https://example.org/lad/fr/countries/cl/\">",
        "<a href=\"/lad/es/countries/cl/\" hreflang=\"es\"",
        "<link rel=\"stylesheet\" href=\"/lad/style.",
    ] {
        assert!(html.contains(expected), "{expected} in {html}");
    }
    assert!(!html.contains("&#x2F;"), "a `/` needs no escaping: {html}");
    let minified_settings = settings.replace(
        "default_language = \"fr\"\n",
        "default_language = \"fr\"\nminify_html = true\n",
    );
    site.write("site.toml", &minified_settings);
    site.swivi(&["build", "--base-url", "https://example.org/lad/"]);
    let minified = site.read("public/fr/countries/cl/index.html");
    assert!(minified.contains("<html dir=ltr lang=fr>"), "{minified}");
    assert!(minified.len() < html.len());
}

/// The `href` of the first `<link rel=stylesheet>` of `html` (minified: attributes unquoted).
fn stylesheet_of(html: &str) -> String {
    let link = html
        .split("<link ")
        .find(|l| l.contains("rel=stylesheet"))
        .unwrap();
    let href = link.split("href=").nth(1).unwrap();
    href.split([' ', '>']).next().unwrap().to_owned()
}

#[test]
fn assets_carry_the_hash_of_their_bytes_and_hosts_keep_them_a_year() {
    let site = Fixture::base();
    let run = site.swivi(&["build", "--base-url", "https://example.org/lad/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let href = stylesheet_of(&site.read("public/fr/countries/cl/index.html"));
    let name = href.strip_prefix("/lad/").unwrap().to_owned();
    assert!(
        name.len() == "style.0123456789.css".len() && name.starts_with("style."),
        "{name}"
    );
    // The theme's stylesheet, after the colours of site.toml.
    let published = site.read(&format!("public/{name}"));
    let theme = site.read("themes/default/static/style.css");
    let colours = published
        .strip_suffix(&theme)
        .expect("the theme's rules, at the end");
    assert!(
        colours.contains(":root{--accent:#0b57a4}\n.status-not-assessed{--status:#5b6472}\n"),
        "{colours}"
    );
    assert!(!site.root().join("public/style.css").exists());
    assert!(
        site.read("public/index.html")
            .contains(&format!("href={href}"))
    );
    assert!(site.read("public/sw.js").contains(&format!("\"{href}\"")));
    let headers = site.read("public/_headers");
    assert!(
        headers.contains(&format!(
            "\n{href}\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: SAMEORIGIN\n  Cache-Control: public, max-age=31536000, immutable\n"
        )),
        "{headers}"
    );
    assert!(
        headers.contains("\n/lad/fr/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: SAMEORIGIN\n  Cache-Control: public, max-age=0, must-revalidate\n"),
        "{headers}"
    );
    assert!(headers.contains("\n/lad/sw.js\n"), "{headers}");
    // Netlify adds up the rules that match a path: each path matches one, but the cards other
    // sites may frame (tests/embed.rs).
    let rules: Vec<&str> = headers.lines().filter(|l| l.starts_with('/')).collect();
    let french: Vec<&&str> = rules.iter().filter(|r| r.starts_with("/lad/fr/")).collect();
    assert_eq!(
        french,
        [
            &"/lad/fr/*",
            &"/lad/fr/:section/:slug/embed/",
            &"/lad/fr/:section/:slug/embed/index.html"
        ]
    );

    // A changed stylesheet is a new name, which every page follows.
    let style = site.read("themes/default/static/style.css");
    site.write(
        "themes/default/static/style.css",
        &format!("{style}\nmain{{color:red}}"),
    );
    let run = site.swivi(&["build", "--base-url", "https://example.org/lad/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let changed = stylesheet_of(&site.read("public/fr/countries/cl/index.html"));
    assert_ne!(changed, href);
    assert!(!site.root().join(format!("public/{name}")).exists());
}

#[test]
fn the_site_s_own_static_files_keep_their_names() {
    let site = Fixture::base();
    site.write(
        "static/images/map.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("static/style.css", "body{color:black}");
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.read("public/images/map.svg").starts_with("<svg"));
    // The site's stylesheet replaces the theme's, under a hashed name all the same, after
    // the colours of site.toml.
    let href = stylesheet_of(&site.read("public/fr/index.html"));
    let published = site.read(&format!("public{href}"));
    assert!(
        published.starts_with("/* Made by swivi from site.toml")
            && published.ends_with("}\nbody{color:black}"),
        "{published}"
    );
    assert!(site.read("public/_headers").contains("\n/images/*\n"));
}

#[test]
fn an_anchor_link_leads_to_the_element_with_that_id() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "+++\nLe Chili",
        "[[indicators]]\nid = \"secretariat\"\ntitle = \"Secrétariat\"\nkind = \"qualitative\"\n\
         [[indicators.milestones]]\ndate = \"2024-06\"\nnote = \"Statuts adoptés\"\n+++\nLe Chili",
    );
    site.write("content/commitments/cl-integration.md", &text);
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\nVoir [la mise à jour](@/commitments/cl-integration#update-2023-05-09), \
         [le secrétariat](@/commitments/cl-integration#indicator-secretariat) et \
         [la même](../../commitments/cl-integration/#update-2023-05-09).\n",
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for lang in ["fr", "es"] {
        let country = scraper::Html::parse_document(
            &site.read(&format!("public/{lang}/countries/co/index.html")),
        );
        let links = scraper::Selector::parse(".body a").unwrap();
        let hrefs: Vec<&str> = country
            .select(&links)
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(
            hrefs,
            [
                format!("/{lang}/commitments/cl-integration/#update-2023-05-09").as_str(),
                &format!("/{lang}/commitments/cl-integration/#indicator-secretariat"),
                // The body in French, shown on both languages' pages, as written.
                "../../commitments/cl-integration/#update-2023-05-09",
            ]
        );
        let commitment = scraper::Html::parse_document(&site.read(&format!(
            "public/{lang}/commitments/cl-integration/index.html"
        )));
        for (id, text) in [
            ("update-2023-05-09", "2023"),
            ("indicator-secretariat", "Secrétariat"),
        ] {
            let selector = scraper::Selector::parse(&format!("#{id}")).unwrap();
            let found: Vec<String> = commitment
                .select(&selector)
                .map(|e| e.text().collect())
                .collect();
            assert_eq!(found.len(), 1, "{lang}: one element with the id {id}");
            assert!(found[0].contains(text), "{lang} #{id}: {}", found[0]);
        }
    }
}

#[test]
fn an_update_with_an_id_is_anchored_by_it_so_a_corrected_date_breaks_no_link() {
    let site = Fixture::base();
    let text = site.read("content/commitments/cl-integration.md").replace(
        "date = \"2023-05-09\"",
        "id = \"cam-report\"\ndate = \"2023-05-08\"",
    );
    site.write("content/commitments/cl-integration.md", &text);
    let translation = site
        .read("content/commitments/cl-integration.es.md")
        .replace("date = \"2023-05-09\"", "id = \"cam-report\"");
    site.write("content/commitments/cl-integration.es.md", &translation);
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\nVoir [la mise à jour](@/commitments/cl-integration#update-cam-report).\n",
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let commitment = scraper::Html::parse_document(
        &site.read("public/fr/commitments/cl-integration/index.html"),
    );
    let selector = scraper::Selector::parse("#update-cam-report").unwrap();
    let found: Vec<String> = commitment
        .select(&selector)
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(found.len(), 1, "one element with the id update-cam-report");
    assert!(found[0].contains("2023"), "{}", found[0]);
    // The date no longer names it.
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie\"\n+++\nVoir [la mise à jour](@/commitments/cl-integration#update-2023-05-08).\n",
    );
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("= help: this page's anchors are `update-cam-report`"),
        "{}",
        run.stderr
    );
}

#[test]
fn figures_say_no_more_than_the_data() {
    let site = Fixture::base();
    let toml = site.read("site.toml");
    site.write("site.toml", &format!("stale_after_months = 6\n{toml}"));
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Nobody has assessed the one commitment: no share completed, and the map says so.
    let home = site.read("public/fr/index.html");
    assert!(
        home.contains("<ul class=figures><li>1 engagement</li><li>Évalués : 0 sur 1</li></ul>"),
        "{home}"
    );
    assert!(!home.contains("Réalisés"), "{home}");
    let countries = site.read("public/fr/countries/index.html");
    assert!(
        countries.contains("<li class=status-not-assessed><span aria-hidden=true class=swatch></span> Non évalué</li>"),
        "{countries}"
    );
    assert!(
        countries.contains("<rect class=\"seg status-not-assessed\""),
        "the tile of Chile has its bar: {countries}"
    );
    assert!(home.contains("non vérifié"), "{home}");

    // Once it is completed: the share, in the status's colour, and no "not verified since".
    let commitment = site
        .read("content/commitments/cl-integration.md")
        .replace("status = \"not-assessed\"", "status = \"completed\"");
    site.write("content/commitments/cl-integration.md", &commitment);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = site.read("public/fr/index.html");
    assert!(
        home.contains("<li>Évalués : 1 sur 1</li><li>Réalisés : 1 (100\u{a0}%)</li>"),
        "{home}"
    );
    assert!(home.contains("class=\"seg status-completed\""), "{home}");
    assert!(!home.contains("non vérifié"), "{home}");
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(!page.contains("class=stale"), "{page}");
    let css = site.read(&format!("public{}", stylesheet_of(&page)));
    assert!(css.contains(".status-completed{--status:#1a6b34}"), "{css}");
}

#[test]
fn a_recommendation_made_at_a_meeting_of_several_days_is_dated_by_all_of_them() {
    let site = Fixture::base();
    let meeting = site.read("content/meetings/cam-2023-05-09.md").replace(
        "start = \"2023-05-09\"\n",
        "start = \"2023-05-09\"\nend = \"2023-05-11\"\n",
    );
    site.write("content/meetings/cam-2023-05-09.md", &meeting);
    site.write(
        "content/recommendations/cam-2023-01.md",
        "+++\ntitle = \"Une recommandation\"\nmeeting = \"cam-2023-05-09\"\n+++\nTexte.\n",
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("public/fr/recommendations/cam-2023-01/index.html");
    assert!(
        page.contains("(<time datetime=2023-05-09>9–11 mai 2023</time>)"),
        "not only the first day: {page}"
    );
    let index = site.read("public/es/recommendations/index.html");
    assert!(
        index.contains("<time datetime=2023-05-09>9–11 de mayo de 2023</time>"),
        "{index}"
    );
}
