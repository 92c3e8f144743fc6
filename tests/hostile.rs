//! Hostile content: the classic cross-site scripting payloads, written into every field that
//! reaches a page, a feed, a calendar or a data file, must come out as text or not at all.
//! Every file the build writes is read back with a parser of its kind (HTML as a browser parses
//! it, XML, JSON, CSV, iCalendar) and searched for anything that would run.

mod common;

use std::fs;
use std::path::Path;

use common::{Fixture, walkdir};
use scraper::{Html, Node};

/// Text that would run if a page wrote it unescaped: it closes the attribute, the element,
/// the title and any CDATA section it lands in, starts a spreadsheet formula, and carries a
/// template expression.
const TITLE: &str = r#"=HYPERLINK("https://evil.example","x")"'><script>alert(1)</script><img src=x onerror=alert(2)></title>]]>{{ 7*7 }}"#;
const NOTE: &str =
    r#"+cmd|' /C calc'!A0 <svg onload=alert(3)></textarea><iframe src="javascript:alert(4)">"#;
const SOURCE: &str = r#"@SUM(1+1)*cmd|' /C calc'!A0 "><a href="javascript:alert(5)">x</a>"#;
const UNIT: &str = r#"-2+3 <b onmouseover=alert(6)>"#;

/// Raw HTML in a body: what a sanitiser has to take out.
const BODY: &str = r#"Plain text, then the payloads, and an [ok link](https://example.org/).

[markdown link](javascript:alert(32)) and ![markdown image](data:image/svg+xml,<svg/onload=alert(33)>)

<script>alert(10)</script>
<img src="/x.png" onerror="alert(11)">
<svg><script>alert(12)</script></svg>
<iframe src="javascript:alert(13)"></iframe>
<object data="javascript:alert(14)"></object>
<embed src="javascript:alert(15)">
<form action="javascript:alert(16)"><button formaction="javascript:alert(17)">go</button></form>
<meta http-equiv="refresh" content="0;url=javascript:alert(18)">
<base href="javascript:alert(19)//">
<a href="JaVaScRiPt:alert(20)">mixed case</a>
<a href="&#106;avascript:alert(21)">entity</a>
<a href=" javascript:alert(22)">leading space</a>
<a href="java&#x09;script:alert(23)">tab</a>
<a href="vbscript:msgbox(24)">vbscript</a>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgyNSk8L3NjcmlwdD4=">data</a>
<div style="background:url(javascript:alert(26))" onmouseover="alert(27)">styled</div>
<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(28)&gt;">
<noscript><p title="</noscript><img src=x onerror=alert(29)>">
<details open ontoggle="alert(30)"><summary>toggle</summary></details>
<!-- <script>alert(31)</script> -->
"#;

fn hostile_site() -> Fixture {
    let site = Fixture::base();
    // The image of the payloads: a link to a file the site does not have is an error.
    site.write("static/x.png", "");
    let toml = |s: &str| format!("'''{s}'''");
    site.write(
        "site.toml",
        &format!(
            r#"base_url = "https://example.org/"
default_language = "fr"

[[languages]]
code = "fr"
name = {name}

[[languages]]
code = "es"
name = "Español"

[downloads]
offline_copy = true

[admin]
"#,
            name = toml(&format!("Français{TITLE}"))
        ),
    );
    site.write(
        "content/countries/cl.md",
        &format!(
            "+++\ntitle = {}\nsummary = {}\n+++\n{BODY}",
            toml(TITLE),
            toml(NOTE)
        ),
    );
    site.write(
        "content/countries/cl.es.md",
        &format!(
            "+++\ntitle = {}\nunofficial = true\n+++\n{BODY}",
            toml(TITLE)
        ),
    );
    site.write(
        "content/pillars/emergency-response.md",
        &format!(
            "+++\ntitle = {}\nsummary = {}\nnumber = 4\n+++\n{BODY}",
            toml(TITLE),
            toml(NOTE)
        ),
    );
    site.write(
        "content/commitments/cl-integration.md",
        &format!(
            r#"+++
title = {title}
summary = {note}
country = "cl"
pillars = ["stability-assistance", "emergency-response"]
date = "2022-10"
recommendations = ["cso-2024-11"]

[[updates]]
date = "2023-05-09"
status = "in-progress"
note = {note}
source = {source}
source_url = "https://example.org/?q=%22%3E%3Cscript%3Ealert(7)%3C/script%3E&x=1"
meeting = "cam-2023-05-09"

[[indicators]]
id = "people"
title = {title}
kind = "quantitative"
unit = {unit}
baseline = {{ date = "2022-10", value = 0 }}
target = {{ date = "2025-12", value = 100 }}
values = [{{ date = "2023-05", value = 40 }}]

[[indicators]]
id = "plan"
title = {title}
kind = "qualitative"
milestones = [{{ date = "2023-05-09", note = {note} }}]
+++
{BODY}"#,
            title = toml(TITLE),
            note = toml(NOTE),
            source = toml(SOURCE),
            unit = toml(UNIT),
        ),
    );
    site.write(
        "content/commitments/cl-integration.es.md",
        &format!(
            "+++\ntitle = {title}\nunofficial = true\n\n[[updates]]\ndate = \"2023-05-09\"\nnote = {note}\n+++\n{BODY}",
            title = toml(TITLE),
            note = toml(NOTE)
        ),
    );
    site.write(
        "content/meetings/cam-2023-05-09.md",
        &format!(
            r#"+++
title = {title}
summary = {note}
start = "2023-05-09"
place = {note}
organisers = {source}
countries = ["cl"]

[[documents]]
title = {title}
url = "https://example.org/doc?a=1&b=%3Cscript%3E"
+++
{BODY}"#,
            title = toml(TITLE),
            note = toml(NOTE),
            source = toml(SOURCE),
        ),
    );
    site.write(
        "content/recommendations/cso-2024-11.md",
        &format!(
            "+++\ntitle = {}\nsummary = {}\ntheme = {}\ndocument = \"cso-recommendations-2024\"\ndate = \"2024-06\"\nnumber = 11\n+++\n{BODY}",
            toml(TITLE),
            toml(NOTE),
            toml(SOURCE)
        ),
    );
    site.write(
        "content/pages/cso-recommendations-2024.md",
        &format!(
            "+++\ntitle = {}\nsummary = {}\ndate = \"2024-06\"\n+++\n{BODY}",
            toml(TITLE),
            toml(NOTE)
        ),
    );
    // Interface strings come from the site's Fluent files, which editors change too.
    let fluent = site
        .read("i18n/fr.ftl")
        .lines()
        .map(|line| {
            if line.starts_with("site-title = ") {
                r#"site-title = Suivi"'><script>alert(40)</script><img src=x onerror=alert(41)>"#
                    .to_owned()
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    site.write("i18n/fr.ftl", &format!("{fluent}\n"));
    site
}

#[test]
fn no_payload_survives_in_any_file_the_build_writes() {
    let site = hostile_site();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let public = site.public();
    let mut problems = Vec::new();
    let mut kinds = std::collections::BTreeMap::<String, usize>::new();
    for path in walkdir(&public).into_iter().filter(|p| p.is_file()) {
        let name = path.strip_prefix(&public).unwrap().display().to_string();
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default();
        *kinds.entry(extension.clone()).or_default() += 1;
        match extension.as_str() {
            "html" => {
                let text = fs::read_to_string(&path).unwrap();
                problems.extend(
                    unsafe_html(&Html::parse_document(&text))
                        .into_iter()
                        .map(|p| format!("{name}: {p}")),
                );
            }
            "xml" => problems.extend(
                unsafe_xml(&path)
                    .into_iter()
                    .map(|p| format!("{name}: {p}")),
            ),
            "json" => {
                if let Err(e) =
                    serde_json::from_slice::<serde_json::Value>(&fs::read(&path).unwrap())
                {
                    problems.push(format!("{name}: not JSON: {e}"));
                }
            }
            "csv" => problems.extend(formulas(&path).into_iter().map(|p| format!("{name}: {p}"))),
            "ics" => {
                let text = fs::read(&path).unwrap();
                for calendar in ical::IcalParser::new(text.as_slice()) {
                    if let Err(e) = calendar {
                        problems.push(format!("{name}: not iCalendar: {e}"));
                    }
                }
            }
            "yml" => {
                // The editor's configuration is JSON after a comment line.
                let text = fs::read_to_string(&path).unwrap();
                let json = text.split_once('\n').map_or("", |(_, rest)| rest);
                if let Err(e) = serde_json::from_str::<serde_json::Value>(json) {
                    problems.push(format!("{name}: not JSON: {e}"));
                }
            }
            _ => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The check looked at every kind of file a reader or a program gets.
    for kind in ["html", "xml", "json", "csv", "ics", "yml"] {
        assert!(
            kinds.get(kind).is_some_and(|n| *n > 0),
            "no .{kind} file: {kinds:?}"
        );
    }
}

#[test]
fn payloads_in_fields_are_shown_as_text() {
    let site = hostile_site();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = Html::parse_document(&site.read("public/fr/commitments/cl-integration/index.html"));
    let h1 = text_of(&page, "h1");
    assert_eq!(h1, TITLE, "the title is shown as written");
    let body = text_of(&page, "main");
    for shown in [
        NOTE,
        SOURCE,
        "Plain text, then the payloads",
        "ok link",
        "mixed case",
    ] {
        assert!(body.contains(shown), "{shown:?} not shown in {body}");
    }
    let title = text_of(&page, "title");
    assert!(title.contains(TITLE), "{title}");
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_quoted_as_text() {
    let site = hostile_site();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut reader = csv::Reader::from_path(site.public().join("fr/data/commitments.csv")).unwrap();
    let cells: Vec<String> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
        .flat_map(|cells| cells.into_iter().filter(|c| c.contains("HYPERLINK")))
        .collect();
    // The commitment's title and its country's name: the text as written, after a `'`.
    assert!(!cells.is_empty());
    for cell in cells {
        assert_eq!(cell, format!("'{TITLE}"));
    }
}

fn text_of(page: &Html, selector: &str) -> String {
    let selector = scraper::Selector::parse(selector).unwrap();
    page.select(&selector)
        .next()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_default()
}

/// What in an HTML document could run script: a `<script>` that is not one of the site's
/// own files, an event handler, an address with a scheme that runs or smuggles a document,
/// elements that embed or redirect.
fn unsafe_html(document: &Html) -> Vec<String> {
    let mut problems = Vec::new();
    for node in document.tree.nodes() {
        let Node::Element(element) = node.value() else {
            continue;
        };
        let tag = element.name();
        match tag {
            "script" => {
                let own_file = element.attr("src").is_some_and(|src| !has_scheme(src));
                let data = element.attr("type").is_some_and(|t| t.contains("json"));
                if !own_file && !data {
                    let text: String = scraper::ElementRef::wrap(node)
                        .map(|e| e.text().collect())
                        .unwrap_or_default();
                    problems.push(format!("inline <script>: {text:?}"));
                }
            }
            "iframe" | "object" | "embed" | "frame" | "base" | "applet" => {
                problems.push(format!("<{tag}> element"));
            }
            // The site's own forms (search, filters) send to its own pages.
            "form" if element.attr("action").is_some_and(has_scheme) => {
                problems.push(format!("<form action={:?}>", element.attr("action")));
            }
            "meta"
                if element
                    .attr("http-equiv")
                    .is_some_and(|h| h.eq_ignore_ascii_case("refresh")) =>
            {
                problems.push("<meta http-equiv=refresh>".to_owned());
            }
            _ => {}
        }
        for (name, value) in element.attrs() {
            if name.starts_with("on") {
                problems.push(format!("<{tag} {name}={value:?}>"));
            }
            if [
                "href",
                "src",
                "action",
                "formaction",
                "data",
                "xlink:href",
                "srcdoc",
            ]
            .contains(&name)
                && runs(value)
            {
                problems.push(format!("<{tag} {name}={value:?}>"));
            }
        }
    }
    problems
}

fn has_scheme(url: &str) -> bool {
    url.split_once(':')
        .is_some_and(|(scheme, _)| !scheme.contains('/') && !scheme.is_empty())
}

/// Whether a browser would run or open as a document an address with this value.
fn runs(url: &str) -> bool {
    let compact: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| compact.starts_with(s))
}

/// Feeds and sitemaps must parse as XML, and the HTML a feed carries must be as safe as a
/// page.
fn unsafe_xml(path: &Path) -> Vec<String> {
    let text = fs::read_to_string(path).unwrap();
    let document = match roxmltree::Document::parse(&text) {
        Ok(document) => document,
        Err(e) => return vec![format!("not XML: {e}")],
    };
    let mut problems = Vec::new();
    for node in document.descendants().filter(|n| n.is_element()) {
        if node.attribute("type") == Some("html") {
            let fragment = Html::parse_fragment(node.text().unwrap_or_default());
            problems.extend(unsafe_html(&fragment));
        }
        for attribute in node.attributes() {
            if attribute.name() == "href" && runs(attribute.value()) {
                problems.push(format!("href={:?}", attribute.value()));
            }
        }
    }
    problems
}

/// Cells a spreadsheet would take for a formula.
fn formulas(path: &Path) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = record.unwrap();
        for cell in record.iter() {
            let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            if formula && cell.parse::<f64>().is_err() {
                problems.push(format!("formula cell {cell:?}"));
            }
        }
    }
    problems
}
