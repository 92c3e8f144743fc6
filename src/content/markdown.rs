//! Markdown to HTML, sanitised, and the links the text makes.
//!
//! Invariants of the HTML returned: it has been through the sanitiser ([ammonia]), so only
//! the tags and attributes of the site's allowlist are left ([`HtmlPolicy`]: what Markdown
//! itself writes, and what `[html]` in `site.toml` allows raw HTML to add) and no link or
//! image address has a scheme outside that list (`javascript:`, `vbscript:` and `data:`
//! never are: the link loses its address and keeps its text). Elements that hold script or
//! style lose their content with them. A `#` heading becomes `<h2>`, since the page's title is
//! the only `<h1>`. Links to other entries are written `@/<section>/<slug>`; they come out as
//! `@/<section>/<slug>/`, and the renderer puts the reader's language in front
//! (`/es/countries/cl/`).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::config::HtmlPolicy;

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Rendered {
    pub(crate) html: String,
    pub(crate) internal_links: Vec<InternalLink>,
}

/// A link written `@/<section>/<slug>`, with where it was written, to be checked.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct InternalLink {
    pub(crate) section: String,
    pub(crate) slug: String,
    /// Byte range in the Markdown that was rendered.
    pub(crate) span: Range<usize>,
}

/// The prefix of internal links, before and after rendering.
pub(crate) const INTERNAL_PREFIX: &str = "@/";

/// The tags pulldown-cmark writes for the Markdown swivi reads (tables, footnotes,
/// strikethrough), always kept; `h1` is not among them, since a body's `#` becomes `<h2>`.
const MARKDOWN_TAGS: [&str; 27] = [
    "a",
    "blockquote",
    "br",
    "code",
    "del",
    "div",
    "em",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];
/// The attributes Markdown writes on its tags, and the few a tag needs to mean anything.
const TAG_ATTRIBUTES: [(&str, &[&str]); 10] = [
    ("a", &["href", "hreflang"]),
    ("img", &["src", "alt", "width", "height"]),
    ("ol", &["start", "reversed"]),
    ("td", &["colspan", "rowspan"]),
    ("th", &["colspan", "rowspan", "scope"]),
    ("q", &["cite"]),
    ("blockquote", &["cite"]),
    ("time", &["datetime"]),
    ("details", &["open"]),
    // A footnote's definition is the target of its reference (ids that start with
    // `FOOTNOTE_ID` only, so raw HTML cannot take the id of one of the page's own elements).
    ("div", &["id"]),
];
/// What the id of every footnote starts with.
const FOOTNOTE_ID: &str = "fn-";
/// The classes Markdown gives footnotes and aligned table columns; no other class is kept.
const MARKDOWN_CLASSES: [(&str, &[&str]); 4] = [
    ("div", &["footnote-definition"]),
    ("sup", &["footnote-reference", "footnote-definition-label"]),
    ("th", &ALIGN_CLASSES),
    ("td", &ALIGN_CLASSES),
];
/// A column aligned with `:--`, `:-:` or `--:` gets one of these classes (the theme's
/// stylesheet aligns them, to the start, centre and end of a line in the page's direction),
/// and not pulldown-cmark's `style` attribute: the site's Content-Security-Policy runs no
/// inline style, and the sanitiser keeps no `style`.
const ALIGN_CLASSES: [&str; 3] = ["align-left", "align-center", "align-right"];

/// The HTML sanitiser of a site: made once from its [`HtmlPolicy`], shared by every thread.
pub(crate) struct Sanitiser<'a>(ammonia::Builder<'a>);

impl<'a> Sanitiser<'a> {
    pub(crate) fn new(policy: &'a HtmlPolicy) -> Self {
        // Every list is set here, none left to ammonia's defaults: the allowlist is ours.
        let map = |pairs: &[(&'static str, &'static [&'static str])]| -> HashMap<&'a str, HashSet<&'a str>> {
            pairs
                .iter()
                .map(|(tag, names)| (*tag, names.iter().copied().collect()))
                .collect()
        };
        let strings = |set: &'a BTreeSet<String>| set.iter().map(String::as_str);
        let mut builder = ammonia::Builder::default();
        builder
            .tags(
                MARKDOWN_TAGS
                    .into_iter()
                    .chain(strings(&policy.tags))
                    .collect(),
            )
            .tag_attributes(map(&TAG_ATTRIBUTES))
            .generic_attributes(strings(&policy.attributes).collect())
            .allowed_classes(map(&MARKDOWN_CLASSES))
            .url_schemes(strings(&policy.url_schemes).collect())
            .url_relative(ammonia::UrlRelative::PassThrough)
            .clean_content_tags(HashSet::from(["script", "style"]))
            .strip_comments(true)
            .link_rel(None)
            .attribute_filter(|_, attribute, value| {
                (attribute != "id" || value.starts_with(FOOTNOTE_ID)).then_some(value.into())
            });
        Sanitiser(builder)
    }

    fn clean(&self, html: &str) -> String {
        self.0.clean(html).to_string()
    }
}

/// How deep a body may nest blocks and elements: far beyond any real text, and well within
/// what every later stage (the sanitiser, the minifier) handles without a deep stack.
pub(crate) const MAX_NESTING: usize = 100;
/// How many raw HTML tags a body may hold: the sanitiser's work grows with tags times depth.
pub(crate) const MAX_RAW_TAGS: usize = 5_000;

/// A body that cannot be rendered as written (past one of the limits, or raw HTML that would
/// swallow the rest of it), and where in the Markdown.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Refused {
    /// Where the limit was passed or the element opens: one character, however long the
    /// block it opens.
    pub(crate) span: Range<usize>,
    pub(crate) message: String,
    pub(crate) help: &'static str,
}

pub(crate) fn render(markdown: &str, sanitiser: &Sanitiser) -> Result<Rendered, Refused> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut internal_links = Vec::new();
    let mut events = Vec::new();
    let (mut depth, mut raw_tags) = (0usize, 0usize);
    let mut raw_html_spans = Vec::new();
    for (event, span) in Parser::new_ext(markdown, options).into_offset_iter() {
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Html(raw) | Event::InlineHtml(raw) => {
                raw_html_spans.push(span.clone());
                raw_tags += start_tags(raw);
            }
            _ => {}
        }
        if depth > MAX_NESTING {
            return Err(Refused {
                span: span.start..span.start + 1,
                message: format!("this body nests blocks more than {MAX_NESTING} levels deep"),
                help: "no reader could follow so many quotes or lists inside each other: flatten them",
            });
        }
        if raw_tags > MAX_RAW_TAGS {
            return Err(Refused {
                span: span.start..span.start + 1,
                message: format!("this body has more than {MAX_RAW_TAGS} raw HTML tags"),
                help: "write it in Markdown, or split it into several entries",
            });
        }
        events.push(markup(event, span, &mut internal_links));
    }
    let mut html_out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut html_out, events.into_iter());
    if let Some(open) = never_closed(&html_out) {
        let at = raw_html_spans
            .iter()
            .find_map(|span: &Range<usize>| {
                find_ascii_lowercase(&markdown[span.clone()], open.start).map(|i| span.start + i)
            })
            .unwrap_or(0);
        return Err(Refused {
            span: at..at + 1,
            message: format!(
                "this {} is never closed: everything after it would be lost",
                open.name
            ),
            help: open.help,
        });
    }
    let html = sanitiser.clean(&aligned_by_class(html_out));
    if let Some(span) = raw_html_spans.first()
        && nesting(&html) > MAX_NESTING
    {
        return Err(Refused {
            span: span.start..span.start + 1,
            message: format!(
                "the raw HTML of this body nests elements more than {MAX_NESTING} levels deep"
            ),
            help: "close the elements it opens, or write it in Markdown",
        });
    }
    Ok(Rendered {
        html,
        internal_links,
    })
}

/// An event as swivi writes it: headings one level down, footnotes with their own ids,
/// internal links collected.
fn markup<'a>(
    event: Event<'a>,
    span: Range<usize>,
    internal_links: &mut Vec<InternalLink>,
) -> Event<'a> {
    match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: demote(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(demote(level))),
        Event::FootnoteReference(name) => {
            Event::FootnoteReference(format!("{FOOTNOTE_ID}{name}").into())
        }
        Event::Start(Tag::FootnoteDefinition(name)) => Event::Start(Tag::FootnoteDefinition(
            format!("{FOOTNOTE_ID}{name}").into(),
        )),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = match internal_target(&dest_url) {
                Some((section, slug)) => {
                    let url = format!("{INTERNAL_PREFIX}{section}/{slug}/");
                    internal_links.push(InternalLink {
                        section,
                        slug,
                        span,
                    });
                    CowStr::from(url)
                }
                None => dest_url,
            };
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        other => other,
    }
}

/// pulldown-cmark's HTML with each aligned table cell's `style` made a class. The text it
/// replaces is only ever in a tag: in text and code, pulldown-cmark writes `"` as `&quot;`.
fn aligned_by_class(html: String) -> String {
    const STYLE: &str = " style=\"text-align: ";
    if !html.contains(STYLE) {
        return html;
    }
    ALIGN_CLASSES.iter().fold(html, |html, class| {
        let side = &class["align-".len()..];
        html.replace(&format!("{STYLE}{side}\""), &format!(" class=\"{class}\""))
    })
}

/// What raw HTML may open that holds everything up to its end, which the sanitiser then
/// removes with its content.
struct Swallower {
    start: &'static str,
    /// Whether `start` opens a tag, whose name must end there (`<scripts>` is another tag);
    /// a comment opens at once.
    tag: bool,
    end: &'static str,
    name: &'static str,
    help: &'static str,
}

const SWALLOWERS: [Swallower; 3] = [
    Swallower {
        start: "<script",
        tag: true,
        end: "</script",
        name: "`<script>`",
        help: "remove it: pages run no script from content (close it with `</script>` if the text after it is to stay)",
    },
    Swallower {
        start: "<style",
        tag: true,
        end: "</style",
        name: "`<style>`",
        help: "remove it: pages take no style from content (close it with `</style>` if the text after it is to stay)",
    },
    Swallower {
        start: "<!--",
        tag: false,
        end: "-->",
        name: "comment (`<!--`)",
        help: "close it with `-->`",
    },
];

/// The first `<script>`, `<style>` or comment of `html` (pulldown-cmark's, before the
/// sanitiser) that is never closed: the browser's HTML parser, and so the sanitiser, takes
/// everything after it for its content. Text never holds a `<` there (it is `&lt;`), so every
/// one found was written as raw HTML. Linear: each search starts where the last one ended.
fn never_closed(html: &str) -> Option<&'static Swallower> {
    let opening = |swallower: &Swallower, mut from: usize| loop {
        let i = from + find_ascii_lowercase(&html[from..], swallower.start)?;
        let next = html.as_bytes().get(i + swallower.start.len());
        if !swallower.tag
            || next.is_none_or(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
        {
            return Some(i);
        }
        from = i + 1;
    };
    let mut next = SWALLOWERS.each_ref().map(|swallower| opening(swallower, 0));
    let mut at = 0;
    loop {
        for (found, swallower) in next.iter_mut().zip(&SWALLOWERS) {
            if found.is_some_and(|i| i < at) {
                *found = opening(swallower, at);
            }
        }
        let (k, found) = (0..SWALLOWERS.len())
            .filter_map(|k| next[k].map(|i| (k, i)))
            .min_by_key(|&(_, i)| i)?;
        let swallower = &SWALLOWERS[k];
        let content = found + swallower.start.len();
        match find_ascii_lowercase(&html[content..], swallower.end) {
            Some(end) => at = content + end + swallower.end.len(),
            None => return Some(swallower),
        }
    }
}

/// Where `needle` (lower case) first is in `haystack`, whatever the case of its letters.
fn find_ascii_lowercase(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
}

/// How many start tags raw HTML may hold, at most: each `<` before a letter.
fn start_tags(raw: &str) -> usize {
    raw.as_bytes()
        .windows(2)
        .filter(|pair| pair[0] == b'<' && pair[1].is_ascii_alphabetic())
        .count()
}

/// How deep the sanitiser's output nests elements. Its HTML is serialised by html5ever: text
/// never holds a `<` (it is `&lt;`), attribute values are in double quotes, every element but
/// the void ones is closed, and no comment or script is left; so tags can be counted.
fn nesting(html: &str) -> usize {
    const VOID: [&str; 3] = ["br", "hr", "img"];
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    while let Some(found) = bytes[at..].iter().position(|b| *b == b'<') {
        let start = at + found + 1;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name_end = bytes[name_start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |n| name_start + n);
        let name = &html[name_start..name_end];
        // The end of the tag, past any quoted attribute value.
        let mut quoted = false;
        let end = bytes[name_end..]
            .iter()
            .position(|b| {
                quoted ^= *b == b'"';
                *b == b'>' && !quoted
            })
            .map_or(bytes.len(), |n| name_end + n);
        if closing {
            depth = depth.saturating_sub(1);
        } else if !VOID.contains(&name) {
            depth += 1;
            deepest = deepest.max(depth);
        }
        at = end;
    }
    deepest
}

/// The page title is the only `<h1>`: a `#` heading in a body becomes `<h2>`.
fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        other => other,
    }
}

/// `@/countries/cl` → `("countries", "cl")`.
fn internal_target(url: &str) -> Option<(String, String)> {
    let path = url.strip_prefix(INTERNAL_PREFIX)?;
    let path = path.trim_end_matches('/');
    let (section, slug) = path.split_once('/')?;
    Some((section.to_owned(), slug.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(markdown: &str) -> Rendered {
        try_render(markdown).expect("within the limits")
    }

    fn try_render(markdown: &str) -> Result<Rendered, Refused> {
        let policy = crate::config::HtmlPolicy::default();
        super::render(markdown, &Sanitiser::new(&policy))
    }

    #[test]
    fn everything_markdown_writes_is_kept() {
        let text = "## Part\n\n> *quoted* **strong** ~~gone~~ `code`\n\n- one\n- two\n\n3. three\n\n\
                    | a | b |\n|---|---|\n| 1 | 2 |\n\n```\nblock\n```\n\n---\n\n![alt](/i.png) [l](/x/)  \nnext";
        assert_eq!(
            render(text).html,
            "<h2>Part</h2>\n<blockquote>\n<p><em>quoted</em> <strong>strong</strong> <del>gone</del> <code>code</code></p>\n</blockquote>\n\
             <ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol start=\"3\">\n<li>three</li>\n</ol>\n\
             <table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody></table>\n\
             <pre><code>block\n</code></pre>\n<hr>\n<p><img src=\"/i.png\" alt=\"alt\"> <a href=\"/x/\">l</a><br>\nnext</p>\n"
        );
    }

    #[test]
    fn aligned_columns_keep_their_alignment_as_a_class() {
        let text = "| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n\n\
                    `style=\"text-align: left\"` <td style=\"color: red\">x</td>";
        let html = render(text).html;
        assert!(
            html.starts_with(
                "<table><thead><tr><th class=\"align-left\">a</th><th class=\"align-center\">b</th>\
                 <th class=\"align-right\">c</th><th>d</th></tr></thead><tbody>\n\
                 <tr><td class=\"align-left\">1</td><td class=\"align-center\">2</td>\
                 <td class=\"align-right\">3</td><td>4</td></tr>\n</tbody></table>\n"
            ),
            "{html}"
        );
        // Code keeps its text, and raw HTML gets no style.
        assert!(
            html.contains(r#"<code>style="text-align: left"</code>"#),
            "{html}"
        );
        assert!(!html.contains(" style="), "{html}");
    }

    #[test]
    fn nesting_counts_elements_not_what_attributes_say() {
        assert_eq!(
            nesting("<p>a<br>b</p><div title=\"<i><i><i>\"><em>x</em></div>"),
            2
        );
        assert_eq!(nesting(&"<div>".repeat(7)), 7);
    }

    #[test]
    fn bodies_nested_past_the_limit_are_refused_where_they_go_too_deep() {
        let quotes = format!("Fine.\n\n{} deep\n", ">".repeat(10_000));
        let error = try_render(&quotes).unwrap_err();
        assert_eq!(
            error.message,
            "this body nests blocks more than 100 levels deep"
        );
        // At the quote that goes one level too deep.
        assert_eq!(error.span, 107..108);
        let lists = format!("{}x\n", "- ".repeat(10_000));
        assert!(try_render(&lists).is_err());
        let divs = format!("Fine.\n\n{}deep", "<div>".repeat(10_000));
        let error = try_render(&divs).unwrap_err();
        assert_eq!(error.message, "this body has more than 5000 raw HTML tags");
        let divs = format!("Fine.\n\n{}deep", "<div>".repeat(150));
        let error = try_render(&divs).unwrap_err();
        assert_eq!(
            error.message,
            "the raw HTML of this body nests elements more than 100 levels deep"
        );
        assert_eq!(error.span.start, 7);
        assert!(try_render(&format!("{} fine", ">".repeat(50))).is_ok());
    }

    #[test]
    fn keeps_allowed_raw_html_and_removes_script_with_its_content() {
        let out = render("Hello <script>alert(1)</script> <abbr title=\"x\">CAM</abbr> *you*");
        assert_eq!(
            out.html,
            "<p>Hello  <abbr title=\"x\">CAM</abbr> <em>you</em></p>\n"
        );
    }

    #[test]
    fn refuses_a_script_style_or_comment_that_would_swallow_the_rest() {
        for (text, name, at) in [
            (
                "Intro.\n\n<STYLE>p { color: red }\n\nThe rest.",
                "`<style>`",
                8,
            ),
            ("Intro <script src=x> and the rest.", "`<script>`", 6),
            (
                "Intro.\n\n> <!-- a note\n\nThe rest.",
                "comment (`<!--`)",
                10,
            ),
            (
                "<style>a{}</style> <!-- ok --> <script>\n\nThe rest.",
                "`<script>`",
                31,
            ),
        ] {
            let error = try_render(text).unwrap_err();
            assert_eq!(
                error.message,
                format!("this {name} is never closed: everything after it would be lost"),
                "{text}"
            );
            assert_eq!(error.span, at..at + 1, "{text}");
        }
        // Closed, or only written as text, they lose nothing but themselves.
        for text in [
            "A <style>p{}</style> b <!-- c --> d <script>x</script> e",
            "`<style>` and <styled> and &lt;!-- and \\<script>",
            "```\n<script>\n```\n",
        ] {
            assert!(try_render(text).is_ok(), "{text}");
        }
    }

    #[test]
    fn removes_event_handlers_and_unknown_tags_but_keeps_their_text() {
        let out = render("<div onclick=\"alert(1)\"><marquee>moving</marquee></div>");
        assert_eq!(out.html, "<div>moving</div>");
    }

    #[test]
    fn drops_script_addresses_but_keeps_the_link_text() {
        let out = render(
            "[click](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java\tscript:x) \
             ![i](data:text/html;base64,PHNjcmlwdD4=) <a href=\"vbscript:x\">d</a> [ok](https://example.org)",
        );
        // A tab is not allowed in a Markdown address: `[c](…)` stays text, not a link.
        assert_eq!(
            out.html,
            "<p><a>click</a> <a>b</a> [c](java\tscript:x) <img alt=\"i\"> <a>d</a> <a href=\"https://example.org\">ok</a></p>\n"
        );
    }

    #[test]
    fn footnotes_keep_their_classes_and_targets() {
        let out = render("Text[^1].\n\n[^1]: A note.");
        assert!(
            out.html
                .contains(r##"<sup class="footnote-reference"><a href="#fn-1">1</a></sup>"##),
            "{}",
            out.html
        );
        assert!(
            out.html
                .contains(r#"<div class="footnote-definition" id="fn-1">"#),
            "{}",
            out.html
        );
        // Raw HTML cannot take the id of one of the page's own elements.
        let out = render("<div id=\"main\">x</div>");
        assert_eq!(out.html, "<div>x</div>");
    }

    #[test]
    fn collects_internal_links_with_their_place() {
        let text = "See [Chile](@/countries/cl).";
        let out = render(text);
        assert_eq!(out.internal_links.len(), 1);
        let link = &out.internal_links[0];
        assert_eq!(
            (link.section.as_str(), link.slug.as_str()),
            ("countries", "cl")
        );
        assert_eq!(&text[link.span.clone()], "[Chile](@/countries/cl)");
        assert!(out.html.contains(r#"href="@/countries/cl/""#));
    }

    #[test]
    fn headings_start_below_the_page_title() {
        assert!(render("# Part").html.contains("<h2>Part</h2>"));
        assert!(render("## Part").html.contains("<h2>Part</h2>"));
        assert!(render("### Part").html.contains("<h3>Part</h3>"));
    }
}
