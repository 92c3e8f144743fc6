//! The feeds as a feed reader reads them (each read back by an Atom parser, the
//! `atom_syndication` crate's reader), as a person who opens one in a browser is shown them
//! (the stylesheet each names), and the page that lists every feed of the site.

mod common;

use atom_syndication::{Entry, Feed};
use common::Fixture;

/// The base fixture with a Chilean commitment known to the month, whose first update, known to
/// the month too, changes its status and cites a source with an address, and whose second
/// confirms it and cites one without; its text is French only.
fn site() -> Fixture {
    let site = Fixture::base();
    site.write(
        "content/commitments/cl-visas.md",
        "+++\ntitle = \"Délivrer des visas humanitaires\"\ncountry = \"cl\"\n\
         pillars = [\"stability-assistance\"]\ndate = \"2023-02\"\n\n\
         [[updates]]\ndate = \"2023-06\"\nstatus = \"in-progress\"\n\
         note = \"Les premiers visas sont délivrés.\"\n\
         source = \"Rapport du gouvernement chilien\"\n\
         source_url = \"https://example.gob.cl/rapport?a=1&b=2\"\n\n\
         [[updates]]\ndate = \"2024-01-15\"\nstatus = \"in-progress\"\n\
         note = \"Le programme continue.\"\nsource = \"Communiqué du ministère\"\n+++\n",
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

fn read(site: &Fixture, path: &str) -> (String, Feed) {
    let text = site.read(&format!("public/{path}"));
    let feed = Feed::read_from(text.as_bytes()).unwrap_or_else(|e| panic!("{path}: {e}"));
    (text, feed)
}

fn entry<'a>(feed: &'a Feed, title: &str) -> &'a Entry {
    feed.entries()
        .iter()
        .find(|e| e.title().as_str() == title)
        .unwrap_or_else(|| {
            let titles: Vec<&str> = feed.entries().iter().map(|e| e.title().as_str()).collect();
            panic!("no entry {title:?} among {titles:#?}")
        })
}

fn content(entry: &Entry) -> &str {
    let content = entry.content().expect("the entry has content");
    assert_eq!(content.content_type(), Some("xhtml"));
    content.value().expect("the content has a value")
}

#[test]
fn an_update_names_the_country_the_change_and_its_source_at_the_date_s_precision() {
    let site = site();
    let (text, feed) = read(&site, "fr/countries/cl/feed.xml");
    assert!(
        text.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"/fr/feed.xsl\"?>\n<feed "),
        "{text}"
    );

    // The first update changes the status: the title says from what to what.
    let changed = entry(
        &feed,
        "Chili : Délivrer des visas humanitaires — Non évalué → En cours",
    );
    let html = content(changed);
    assert!(
        html.contains(
            "<time datetime=\"2023-06\">juin 2023</time> · Chili · Statut : Non évalué → En cours"
        ),
        "{html}"
    );
    assert!(
        html.contains("<p>Les premiers visas sont délivrés.</p>"),
        "{html}"
    );
    assert!(
        html.contains("<p>Source : <a href=\"https://example.gob.cl/rapport?a=1&amp;b=2\">Rapport du gouvernement chilien</a></p>"),
        "{html}"
    );
    // Known to the month: Atom's `updated` is its first day, and no `published` claims one.
    assert_eq!(changed.updated().to_rfc3339(), "2023-06-01T00:00:00+00:00");
    assert!(changed.published().is_none());

    // The second confirms it: the status, no arrow; a day, so a `published`.
    let confirmed = entry(&feed, "Chili : Délivrer des visas humanitaires — En cours");
    assert!(content(confirmed).contains("Statut : En cours</p>"));
    // A source without an address is named, not linked.
    assert!(
        content(confirmed).contains("<p>Source : Communiqué du ministère</p>"),
        "{}",
        content(confirmed)
    );
    assert!(confirmed.published().is_some());

    // The commitment itself, dated to the month as its page says it.
    let new = entry(
        &feed,
        "Nouvel engagement, Chili : Délivrer des visas humanitaires",
    );
    assert!(
        content(new).contains("<time datetime=\"2023-02\">février 2023</time> · Chili"),
        "{}",
        content(new)
    );
    let page = site.read("public/fr/commitments/cl-visas/index.html");
    assert!(page.contains("février 2023") && page.contains("juin 2023"));
}

#[test]
fn a_note_shown_in_another_language_says_so_as_the_page_does() {
    let site = site();
    let (_, feed) = read(&site, "es/commitments/cl-visas/feed.xml");
    let update = feed
        .entries()
        .iter()
        .find(|e| e.title().as_str().ends_with("No evaluado → En curso"))
        .expect("the update, in Spanish");
    let html = content(update);
    let notice = "Este texto todavía no está disponible en español; se muestra en francés.";
    assert!(
        html.contains(&format!(
            "<p class=\"notice fallback\">{notice}</p><p xml:lang=\"fr\" lang=\"fr\">Les premiers visas sont délivrés.</p>"
        )),
        "{html}"
    );
    let page = site.read("public/es/commitments/cl-visas/index.html");
    assert!(page.contains(notice), "the page gives the same notice");
}

#[test]
fn a_feed_opened_in_a_browser_is_shown_by_its_language_s_stylesheet() {
    let site = site();
    let stylesheet = site.read("public/es/feed.xsl");
    let doc = roxmltree::Document::parse(&stylesheet).expect("the stylesheet is XML");
    assert_eq!(
        doc.root_element().tag_name().namespace(),
        Some("http://www.w3.org/1999/XSL/Transform")
    );
    for said in [
        "<html lang=\"es\" dir=\"ltr\">",
        "Canal Atom",
        "Para seguirlo, copie esta dirección en su lector de canales:",
        "value=\"{atom:link[@rel='self']/@href}\"",
        "href=\"/es/feeds/\"",
        "href=\"/es/\"",
    ] {
        assert!(stylesheet.contains(said), "{said} in {stylesheet}");
    }
    // It loads the site's own stylesheet, by its published (hashed) name.
    let style = stylesheet
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    assert!(
        site.root().join("public").join(&style[1..]).is_file(),
        "{style}"
    );
    // Every feed of the language names it, the translators' too.
    let (text, _) = read(&site, "es/translations/feed.xml");
    assert!(text.contains("<?xml-stylesheet type=\"text/xsl\" href=\"/es/feed.xsl\"?>"));
    // The published headers give it the site's policy, which lets a page load a stylesheet
    // (and so an XSLT file) from the site itself.
    let headers = site.read("public/_headers");
    let rule = headers
        .split("\n/")
        .find(|rule| rule.starts_with("es/*\n") || rule.starts_with("es/feed.xsl\n"))
        .expect("a rule for the stylesheet");
    assert!(rule.contains("script-src 'self'"), "{rule}");
}

#[test]
fn the_feeds_page_gives_the_address_of_every_feed() {
    let site = site();
    let page = site.read("public/fr/feeds/index.html");
    for path in [
        "fr/feed.xml",
        "fr/meetings/calendar.ics",
        "fr/countries/cl/feed.xml",
        "fr/countries/co/feed.xml",
        "fr/pillars/stability-assistance/feed.xml",
        "fr/pillars/emergency-response/feed.xml",
        "fr/commitments/cl-integration/feed.xml",
        "fr/commitments/cl-visas/feed.xml",
    ] {
        let address = format!("<code>https://example.org/{path}</code>");
        assert!(page.contains(&address), "{address} in {page}");
        assert!(site.root().join("public").join(path).is_file(), "{path}");
    }
    // The Spanish one offers the translators' feed too; every page's footer links to it.
    let es = site.read("public/es/feeds/index.html");
    assert!(es.contains("<code>https://example.org/es/translations/feed.xml</code>"));
    let home = site.read("public/es/index.html");
    assert!(
        home.contains("<a href=/es/feeds/>Todos los canales de este sitio</a>"),
        "{home}"
    );
}
