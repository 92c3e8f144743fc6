//! What a link to a page shows when it is sent by a messaging app, and what a phone adds to its
//! home screen: each page's description and Open Graph properties, read from the built page's
//! head as a browser parses it; the share image they name, decoded; the web app manifest and
//! the icons it names.

mod common;

use std::path::Path;

use common::Fixture;
use scraper::{Html, Selector};

/// The `content` of each `<meta>` of the page's head that `selector` picks.
fn contents(page: &Html, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).unwrap();
    page.select(&selector)
        .filter_map(|e| e.value().attr("content").or(e.value().attr("href")))
        .map(str::to_owned)
        .collect()
}

/// The one `content` (or `href`) `selector` picks.
fn one(page: &Html, selector: &str) -> String {
    let found = contents(page, selector);
    assert_eq!(found.len(), 1, "{selector}: {found:?}");
    found.into_iter().next().unwrap()
}

/// The width and height of the PNG at `path`, which must decode.
fn png_size(path: &Path) -> (u32, u32) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let decoder = png::Decoder::new(std::io::BufReader::new(file));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).expect("the image decodes");
    (info.width, info.height)
}

/// The colour of the pixel at `x`, `y` of the PNG at `path`.
fn pixel(path: &Path, x: u32, y: u32) -> [u8; 3] {
    let file = std::fs::File::open(path).unwrap();
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    let channels = info.color_type.samples();
    let at = (y * info.width + x) as usize * channels;
    [buffer[at], buffer[at + 1], buffer[at + 2]]
}

/// The file of the build at the full address `url` of the site at https://example.org/.
fn file_of(site: &Fixture, url: &str) -> std::path::PathBuf {
    let path = url
        .strip_prefix("https://example.org/")
        .unwrap_or_else(|| panic!("{url} is not on the site"));
    site.public().join(path)
}

const SUMMARY: &str = "Le Chili ouvre des voies régulières aux personnes migrantes de la région : des visas de travail, le regroupement familial et des permis humanitaires, avec des communautés d'accueil préparées à les recevoir et des services publics renforcés partout.";

#[test]
fn a_shared_commitment_previews_as_itself() {
    let site = Fixture::base();
    site.write(
        "content/commitments/cl-pathways.md",
        &format!(
            "+++\ntitle = \"Ouvrir des voies régulières\"\nsummary = \"{SUMMARY}\"\ncountry = \"cl\"\npillars = [\"stability-assistance\"]\ndate = \"2022-10\"\n+++\nCorps.\n"
        ),
    );
    // The status of Chile's commitments has a colour of its own, which its image shows.
    site.write(
        "site.toml",
        &format!(
            "{}\n[[statuses]]\nid = \"not-assessed\"\ncolour = \"#7a1f5c\"\n\n[[statuses]]\nid = \"completed\"\ndone = true\n",
            site.read("site.toml")
        ),
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = Html::parse_document(&site.read("public/fr/commitments/cl-pathways/index.html"));

    // Its own title, description and address.
    assert_eq!(
        one(&page, "meta[property='og:title']"),
        "Ouvrir des voies régulières"
    );
    let description = one(&page, "meta[name=description]");
    assert_eq!(one(&page, "meta[property='og:description']"), description);
    assert!(description.chars().count() <= 200, "{description}");
    let kept = description
        .strip_suffix('…')
        .expect("the summary is shortened");
    assert!(SUMMARY.starts_with(kept), "{description}");
    let next = SUMMARY[kept.len()..].chars().next();
    assert!(
        matches!(next, Some(' ' | ',' | '.' | ':')),
        "cut at a word: {description}"
    );
    let address = "https://example.org/fr/commitments/cl-pathways/";
    assert_eq!(one(&page, "meta[property='og:url']"), address);
    assert_eq!(one(&page, "link[rel=canonical]"), address);
    assert_eq!(one(&page, "meta[property='og:type']"), "article");
    assert_eq!(
        one(&page, "meta[property='og:site_name']"),
        "Suivi de la Déclaration de Los Angeles"
    );
    assert_eq!(one(&page, "meta[property='og:locale']"), "fr_FR");
    assert_eq!(
        contents(&page, "meta[property='og:locale:alternate']"),
        ["es_ES"]
    );
    assert_eq!(
        one(&page, "meta[name='twitter:card']"),
        "summary_large_image"
    );

    // Its country's image, which the build wrote, at the size it states.
    let image = one(&page, "meta[property='og:image']");
    assert_eq!(image, "https://example.org/fr/countries/cl/share.png");
    assert_eq!(png_size(&file_of(&site, &image)), (1200, 630));
    // The middle of the bar of Chile's commitments, all of them not assessed.
    assert_eq!(pixel(&file_of(&site, &image), 600, 490), [0x7a, 0x1f, 0x5c]);
    assert_eq!(one(&page, "meta[property='og:image:width']"), "1200");
    assert_eq!(one(&page, "meta[property='og:image:height']"), "630");
    assert_eq!(one(&page, "meta[property='og:image:type']"), "image/png");
    assert!(one(&page, "meta[property='og:image:alt']").starts_with("Chili"));

    // The Spanish page is Spanish, with its own image.
    let page = Html::parse_document(&site.read("public/es/countries/cl/index.html"));
    assert_eq!(one(&page, "meta[property='og:locale']"), "es_ES");
    let image = one(&page, "meta[property='og:image']");
    assert_eq!(image, "https://example.org/es/countries/cl/share.png");
    assert_eq!(png_size(&file_of(&site, &image)), (1200, 630));
}

/// Every page of both languages has a description and an image of its own or of its
/// country, pillar or site, which the build wrote; the indexes say what they list rather
/// than repeat the site's description.
#[test]
fn every_page_says_what_it_is_and_names_an_image_the_build_wrote() {
    let site = Fixture::base();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = Html::parse_document(&site.read("public/fr/index.html"));
    let site_description = one(&home, "meta[name=description]");
    let mut pages = 0;
    for path in common::walkdir(&site.public()) {
        let relative = path
            .strip_prefix(site.public())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if !relative.ends_with("index.html") || relative.starts_with("admin/") {
            continue;
        }
        let page = Html::parse_document(&std::fs::read_to_string(&path).unwrap());
        if !contents(&page, "meta[name=robots]").is_empty() || relative == "index.html" {
            // The offline, not-found and search pages are not shared; the chooser is below.
            continue;
        }
        pages += 1;
        assert!(
            !one(&page, "meta[name=description]").is_empty(),
            "{relative}"
        );
        let image = one(&page, "meta[property='og:image']");
        assert!(file_of(&site, &image).is_file(), "{relative}: {image}");
        assert!(!one(&page, "meta[property='og:title']").is_empty());
        let manifest = one(&page, "link[rel=manifest]");
        assert!(
            site.public()
                .join(manifest.trim_start_matches('/'))
                .is_file()
        );
    }
    assert!(pages > 20, "{pages}");
    for index in [
        "countries",
        "pillars",
        "commitments",
        "meetings",
        "recommendations",
    ] {
        let page = Html::parse_document(&site.read(&format!("public/fr/{index}/index.html")));
        let description = one(&page, "meta[name=description]");
        assert_ne!(description, site_description, "{index}");
    }
    let chooser = Html::parse_document(&site.read("public/index.html"));
    let image = one(&chooser, "meta[property='og:image']");
    assert_eq!(image, "https://example.org/fr/share.png");
    assert_eq!(png_size(&file_of(&site, &image)), (1200, 630));
}

#[test]
fn each_language_has_a_manifest_whose_icons_the_build_drew() {
    let site = Fixture::base();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (lang, name) in [
        ("fr", "Suivi de la Déclaration de Los Angeles"),
        ("es", "Seguimiento de la Declaración de Los Ángeles"),
    ] {
        let text = site.read(&format!("public/{lang}/manifest.webmanifest"));
        let manifest: serde_json::Value =
            serde_json::from_str(&text).expect("the manifest is JSON");
        assert_eq!(manifest["name"], name);
        assert_eq!(manifest["lang"], lang);
        assert_eq!(manifest["start_url"], format!("/{lang}/"));
        assert_eq!(manifest["scope"], "/");
        assert_eq!(manifest["display"], "standalone");
        assert!(manifest["short_name"].as_str().unwrap().chars().count() <= 15);
        assert!(manifest["theme_color"].as_str().unwrap().starts_with('#'));
        let icons = manifest["icons"].as_array().unwrap();
        let sizes: Vec<&str> = icons.iter().map(|i| i["sizes"].as_str().unwrap()).collect();
        assert_eq!(sizes, ["192x192", "512x512"]);
        for icon in icons {
            let side: u32 = icon["sizes"]
                .as_str()
                .unwrap()
                .split('x')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            let path = site
                .public()
                .join(icon["src"].as_str().unwrap().trim_start_matches('/'));
            assert_eq!(png_size(&path), (side, side));
        }
    }
}

/// Share images are files of the published site only: the offline copies and the copy read
/// from disk do not carry them.
#[test]
fn copies_carry_no_share_images() {
    let site = Fixture::base();
    site.write(
        "site.toml",
        &format!(
            "{}\n[downloads]\noffline_copy = true\n",
            site.read("site.toml")
        ),
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let zip = std::fs::read(site.public().join("downloads/offline-fr.zip")).unwrap();
    let archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .map(|name| name.expect("a name").into_owned())
        .collect();
    assert!(names.iter().any(|n| n.ends_with("index.html")));
    assert!(
        !names
            .iter()
            .any(|n| n.ends_with(".png") || n.ends_with(".webmanifest")),
        "{names:?}"
    );
    let run = site.swivi(&["build", "--relative", "--output", "portable"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = common::walkdir(&site.root().join("portable"));
    assert!(!files.iter().any(|f| {
        f.extension()
            .is_some_and(|e| e == "png" || e == "webmanifest")
    }));
}
