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
//! (`/es/countries/cl/`); `@/<section>/<slug>#<anchor>` keeps its anchor.
//!
//! Besides the HTML, rendering returns what later stages check: every `@/` link, every other
//! address the body links to or loads (Markdown links and images, and the addresses of raw
//! HTML), and what the sanitiser removes from the raw HTML, each with its place in the
//! Markdown.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::config::HtmlPolicy;

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Rendered {
    pub(crate) html: String,
    pub(crate) internal_links: Vec<InternalLink>,
    /// Every other address the body links to or loads, in the order written.
    pub(crate) addresses: Vec<Address>,
    /// What the sanitiser removes from the body's raw HTML, in the order written.
    pub(crate) removed: Vec<Removed>,
}

/// A link written `@/<section>/<slug>` or `@/<section>/<slug>#<anchor>`, with where it was
/// written, to be checked.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct InternalLink {
    pub(crate) section: String,
    pub(crate) slug: String,
    pub(crate) anchor: Option<String>,
    /// Byte range in the Markdown that was rendered.
    pub(crate) span: Range<usize>,
}

/// An address a body links to or loads, other than an `@/` link, as written (with the
/// character references of raw HTML decoded, as a browser reads them).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Address {
    pub(crate) url: String,
    /// The element that loads it into the page (`img`, `video`, `iframe`, …); `None` for a
    /// link the reader follows.
    pub(crate) loads: Option<&'static str>,
    /// Byte range in the Markdown that was rendered.
    pub(crate) span: Range<usize>,
}

/// Something of the raw HTML that the sanitiser removes: a tag, an attribute, an address.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Removed {
    /// Byte range in the Markdown that was rendered.
    pub(crate) span: Range<usize>,
    pub(crate) message: String,
    /// Why, and what to do.
    pub(crate) help: String,
}

/// The elements that load a file into the page, and the attributes that name it.
const LOADERS: [(&str, &[&str]); 10] = [
    ("img", &["src", "srcset"]),
    ("audio", &["src"]),
    ("video", &["src", "poster"]),
    ("source", &["src", "srcset"]),
    ("track", &["src"]),
    ("iframe", &["src"]),
    ("frame", &["src"]),
    ("embed", &["src"]),
    ("object", &["data"]),
    ("input", &["src"]),
];

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
/// It also says what it removes from raw HTML, from the same allowlist.
pub(crate) struct Sanitiser<'a> {
    cleaner: ammonia::Builder<'a>,
    tags: HashSet<&'a str>,
    attributes: HashSet<&'a str>,
    url_schemes: HashSet<&'a str>,
}

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
        let tags: HashSet<&str> = MARKDOWN_TAGS
            .into_iter()
            .chain(strings(&policy.tags))
            .collect();
        let attributes: HashSet<&str> = strings(&policy.attributes).collect();
        let url_schemes: HashSet<&str> = strings(&policy.url_schemes).collect();
        let mut cleaner = ammonia::Builder::default();
        cleaner
            .tags(tags.clone())
            .tag_attributes(map(&TAG_ATTRIBUTES))
            .generic_attributes(attributes.clone())
            .allowed_classes(map(&MARKDOWN_CLASSES))
            .url_schemes(url_schemes.clone())
            .url_relative(ammonia::UrlRelative::PassThrough)
            .clean_content_tags(HashSet::from(SWALLOWED))
            .strip_comments(true)
            .link_rel(None)
            .attribute_filter(|_, attribute, value| {
                (attribute != "id" || value.starts_with(FOOTNOTE_ID)).then_some(value.into())
            });
        Sanitiser {
            cleaner,
            tags,
            attributes,
            url_schemes,
        }
    }

    fn clean(&self, html: &str) -> String {
        self.cleaner.clean(html).to_string()
    }

    /// What the sanitiser removes from a start tag of raw HTML, and why. A tag that loads a
    /// file from another host is left out: that is an error of its own.
    fn removed_from(&self, tag: &StartTag, removed: &mut Vec<Removed>) {
        let name = tag.name.as_str();
        if !self.tags.contains(name) {
            if !loads_from_elsewhere(tag) {
                removed.push(Removed {
                    span: tag.span.clone(),
                    message: if SWALLOWED.contains(&name) {
                        format!("this `<{name}>` is removed from the page, with its content")
                    } else {
                        format!("this `<{name}>` is removed from the page (its text is kept)")
                    },
                    help: if crate::config::is_forbidden_tag(name) {
                        format!("`<{name}>` is never allowed in a body: it could run script, load content from elsewhere or take input; remove it")
                    } else {
                        format!("`{name}` is not among the tags of `[html] tags` in site.toml: add it there to keep it, or write the text in Markdown")
                    },
                });
            }
            return;
        }
        for attribute in &tag.attributes {
            let attr = attribute.name.as_str();
            if attr == "class" {
                let allowed = class_names(name);
                for class in attribute.value.split_ascii_whitespace() {
                    if !allowed.contains(&class) {
                        removed.push(Removed {
                            span: attribute.span.clone(),
                            message: format!("the class `{class}` is removed from this `<{name}>`"),
                            help: "classes are never allowed in a body: they would dress text as one of the page's own elements; remove it".to_owned(),
                        });
                    }
                }
            } else if !self.keeps_attribute(name, attr, &attribute.value) {
                removed.push(Removed {
                    span: attribute.span.clone(),
                    message: format!("`{attr}` is removed from this `<{name}>`"),
                    help: if crate::config::is_forbidden_attribute(attr) {
                        format!("`{attr}` is never allowed here: it could run script, load content from elsewhere or stand in for the page's own elements; remove it")
                    } else {
                        format!("`{attr}` is not among the attributes of `[html] attributes` in site.toml: add it there to keep it, or remove it")
                    },
                });
            } else if URL_ATTRIBUTES.contains(&attr)
                && let Some(mut refused) = self.refused_address(&attribute.value)
            {
                refused.span = attribute.span.clone();
                removed.push(refused);
            }
        }
    }

    fn keeps_attribute(&self, tag: &str, attribute: &str, value: &str) -> bool {
        let on_tag = TAG_ATTRIBUTES
            .iter()
            .any(|(t, names)| *t == tag && names.contains(&attribute));
        (on_tag || self.attributes.contains(attribute))
            && (attribute != "id" || value.starts_with(FOOTNOTE_ID))
    }

    /// Why the sanitiser removes the address `url` (its scheme is not allowed), as ammonia
    /// decides it; `None` when it keeps it. The span is left for the caller to set.
    fn refused_address(&self, url: &str) -> Option<Removed> {
        let scheme = match url::Url::parse(url) {
            Ok(parsed) if self.url_schemes.contains(parsed.scheme()) => return None,
            Ok(parsed) => parsed.scheme().to_owned(),
            Err(url::ParseError::RelativeUrlWithoutBase) => return None,
            Err(_) => {
                return Some(Removed {
                    span: 0..0,
                    message: format!("the address `{url}` is removed: it is not a valid address"),
                    help: "correct it: a page of this site is linked as `@/<section>/<slug>`, a file under static/ as `/<its path>`".to_owned(),
                });
            }
        };
        Some(Removed {
            span: 0..0,
            message: format!("the address `{url}` is removed, and the text is kept without it"),
            help: if crate::config::is_forbidden_scheme(&scheme) {
                format!("`{scheme}:` addresses are never allowed: they could run script; remove it")
            } else {
                format!(
                    "`{scheme}` is not among the schemes of `[html] url_schemes` in site.toml: add it there to keep it, or remove it"
                )
            },
        })
    }
}

/// The classes a tag of Markdown's keeps.
fn class_names(tag: &str) -> &'static [&'static str] {
    MARKDOWN_CLASSES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(&[], |(_, classes)| classes)
}

/// The elements removed with their content.
const SWALLOWED: [&str; 2] = ["script", "style"];
/// The attributes whose value the sanitiser reads as an address (ammonia's list, for the tags
/// a body may keep).
const URL_ATTRIBUTES: [&str; 2] = ["href", "src"];

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
    let mut found = Found::default();
    let mut events = Vec::new();
    let (mut depth, mut raw_tags) = (0usize, 0usize);
    let mut raw_html_spans = Vec::new();
    // Each HTML block whole, and each inline tag: where the raw HTML's tags are read from.
    let mut raw_html = Vec::new();
    for (event, span) in Parser::new_ext(markdown, options).into_offset_iter() {
        match &event {
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) => raw_html.push(span.clone()),
            _ => {}
        }
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
        events.push(markup(event, span, sanitiser, &mut found));
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
    for span in raw_html {
        for tag in start_tags_of(&markdown[span.clone()], span.start) {
            sanitiser.removed_from(&tag, &mut found.removed);
            for address in addresses_of(&tag) {
                match internal_target(&address.url).filter(|_| address.loads.is_none()) {
                    Some(link) => found.internal_links.push(InternalLink {
                        span: address.span,
                        ..link
                    }),
                    None => found.addresses.push(address),
                }
            }
        }
    }
    // Raw HTML is read after the Markdown: in the order written, for the editor.
    found.internal_links.sort_by_key(|l| l.span.start);
    found.addresses.sort_by_key(|a| a.span.start);
    found.removed.sort_by_key(|r| r.span.start);
    Ok(Rendered {
        html,
        internal_links: found.internal_links,
        addresses: found.addresses,
        removed: found.removed,
    })
}

/// What rendering a body finds besides its HTML.
#[derive(Default)]
struct Found {
    internal_links: Vec<InternalLink>,
    addresses: Vec<Address>,
    removed: Vec<Removed>,
}

/// An event as swivi writes it: headings one level down, footnotes with their own ids,
/// links and images collected (with the addresses the sanitiser will remove).
fn markup<'a>(
    event: Event<'a>,
    span: Range<usize>,
    sanitiser: &Sanitiser,
    found: &mut Found,
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
                Some(link) => {
                    let anchor = link
                        .anchor
                        .as_ref()
                        .map_or(String::new(), |a| format!("#{a}"));
                    let url = format!("{INTERNAL_PREFIX}{}/{}/{anchor}", link.section, link.slug);
                    found.internal_links.push(InternalLink { span, ..link });
                    CowStr::from(url)
                }
                None => {
                    found.address(sanitiser, &dest_url, None, span);
                    dest_url
                }
            };
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        Event::Start(Tag::Image { ref dest_url, .. }) => {
            found.address(sanitiser, dest_url, Some("img"), span);
            event
        }
        other => other,
    }
}

impl Found {
    /// Notes the address of a Markdown link or image: to check, or removed by the sanitiser.
    fn address(
        &mut self,
        sanitiser: &Sanitiser,
        url: &str,
        loads: Option<&'static str>,
        span: Range<usize>,
    ) {
        match sanitiser.refused_address(url) {
            Some(refused) => self.removed.push(Removed { span, ..refused }),
            None => self.addresses.push(Address {
                url: url.to_owned(),
                loads,
                span,
            }),
        }
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

/// `@/countries/cl` → `countries`, `cl`; `@/commitments/a#update-2024-05-01` →
/// `commitments`, `a`, `update-2024-05-01`; `@/methodology`, which names no section, → no
/// section and `methodology`, for the check to say which section has it. The span is left
/// for the caller to set.
fn internal_target(url: &str) -> Option<InternalLink> {
    let path = url.strip_prefix(INTERNAL_PREFIX)?;
    let (path, anchor) = match path.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor.to_owned())),
        None => (path, None),
    };
    let path = path.trim_end_matches('/');
    let (section, slug) = path.split_once('/').unwrap_or(("", path));
    Some(InternalLink {
        section: section.to_owned(),
        slug: slug.to_owned(),
        anchor,
        span: 0..0,
    })
}

/// A start tag of raw HTML, as written.
struct StartTag {
    /// In lower case, as HTML reads it.
    name: String,
    /// Byte range in the Markdown, from `<` to `>`.
    span: Range<usize>,
    attributes: Vec<Attribute>,
}

struct Attribute {
    /// In lower case, as HTML reads it.
    name: String,
    /// With its character references decoded, as a browser reads it; empty without a value.
    value: String,
    /// Byte range in the Markdown, the name and the value.
    span: Range<usize>,
}

/// The start tags of a piece of raw HTML that starts at `at` in the Markdown: the tags the
/// sanitiser will read, each with its attributes and where they are written. Comments,
/// end tags and declarations are skipped, and so is the content of `<script>` and
/// `<style>`, which the sanitiser removes whole.
fn start_tags_of(html: &str, at: usize) -> Vec<StartTag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(found) = html[i..].find('<') {
        let start = i + found;
        if html[start..].starts_with("<!--") {
            i = html[start..]
                .find("-->")
                .map_or(html.len(), |end| start + end + 3);
            continue;
        }
        if !bytes.get(start + 1).is_some_and(u8::is_ascii_alphabetic) {
            i = start + 1;
            continue;
        }
        let name_end = until(bytes, start + 1, |b| {
            !(b.is_ascii_alphanumeric() || b == b'-')
        });
        let name = html[start + 1..name_end].to_ascii_lowercase();
        let (attributes, end) = attributes_of(html, name_end, at);
        i = end;
        if SWALLOWED.contains(&name.as_str()) {
            let close = format!("</{name}");
            i = find_ascii_lowercase(&html[end..], &close).map_or(html.len(), |e| end + e);
        }
        tags.push(StartTag {
            name,
            span: at + start..at + end,
            attributes,
        });
    }
    tags
}

/// The attributes of a start tag from `from` (just after its name), and where the tag ends
/// (after its `>`, or at the end of `html`).
fn attributes_of(html: &str, from: usize, at: usize) -> (Vec<Attribute>, usize) {
    let bytes = html.as_bytes();
    let mut attributes = Vec::new();
    let mut i = from;
    loop {
        i = until(bytes, i, |b| !(b.is_ascii_whitespace() || b == b'/'));
        if i >= bytes.len() || bytes[i] == b'>' {
            return (attributes, (i + 1).min(bytes.len()));
        }
        let name_start = i;
        i = until(bytes, i + 1, |b| {
            b.is_ascii_whitespace() || b == b'=' || b == b'>' || b == b'/'
        });
        let name = html[name_start..i].to_ascii_lowercase();
        let after_space = until(bytes, i, |b| !b.is_ascii_whitespace());
        let mut value = "";
        if bytes.get(after_space) == Some(&b'=') {
            let value_start = until(bytes, after_space + 1, |b| !b.is_ascii_whitespace());
            (value, i) = match bytes.get(value_start) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = until(bytes, value_start + 1, |b| b == quote);
                    (&html[value_start + 1..end], (end + 1).min(bytes.len()))
                }
                _ => {
                    let end = until(bytes, value_start, |b| b.is_ascii_whitespace() || b == b'>');
                    (&html[value_start..end], end)
                }
            };
        }
        attributes.push(Attribute {
            name,
            value: html_escape::decode_html_entities(value).into_owned(),
            span: at + name_start..at + i,
        });
    }
}

/// The first index from `from` whose byte `stop` accepts, or the length of `bytes`.
fn until(bytes: &[u8], from: usize, stop: impl Fn(u8) -> bool) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|b| stop(*b)))
        .map_or(bytes.len(), |n| from + n)
}

/// The addresses a start tag links to (`<a href>`) or loads (`<img src>`, `<video poster>`,
/// each address of a `srcset`), at the attribute that names them.
fn addresses_of(tag: &StartTag) -> Vec<Address> {
    let loader = LOADERS.iter().find(|(name, _)| *name == tag.name);
    let mut addresses = Vec::new();
    for attribute in &tag.attributes {
        let (loads, urls): (Option<&'static str>, Vec<&str>) = match loader {
            Some((name, attributes)) if attributes.contains(&attribute.name.as_str()) => {
                let urls = if attribute.name == "srcset" {
                    srcset_urls(&attribute.value)
                } else {
                    vec![attribute.value.trim()]
                };
                (Some(*name), urls)
            }
            _ if tag.name == "a" && attribute.name == "href" => {
                (None, vec![attribute.value.trim()])
            }
            _ => continue,
        };
        for url in urls.into_iter().filter(|url| !url.is_empty()) {
            addresses.push(Address {
                url: url.to_owned(),
                loads,
                span: attribute.span.clone(),
            });
        }
    }
    addresses
}

/// The addresses of a `srcset` (`a.png 1x, b.png 2x`).
fn srcset_urls(srcset: &str) -> Vec<&str> {
    srcset
        .split(',')
        .filter_map(|candidate| candidate.split_ascii_whitespace().next())
        .collect()
}

/// Whether a start tag loads a file from an address with a host (`https://…`, `//…`): an
/// error of its own, whatever the sanitiser does with the tag.
fn loads_from_elsewhere(tag: &StartTag) -> bool {
    addresses_of(tag)
        .iter()
        .any(|a| a.loads.is_some() && a.url.contains("//"))
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
    fn an_internal_link_keeps_its_anchor() {
        let text = "See [the update](@/commitments/a#update-2024-05-01) and <a href=\"@/countries/cl\">Chile</a>.";
        let out = render(text);
        let links: Vec<(&str, &str, Option<&str>, &str)> = out
            .internal_links
            .iter()
            .map(|l| {
                (
                    l.section.as_str(),
                    l.slug.as_str(),
                    l.anchor.as_deref(),
                    &text[l.span.clone()],
                )
            })
            .collect();
        assert_eq!(
            links,
            [
                (
                    "commitments",
                    "a",
                    Some("update-2024-05-01"),
                    "[the update](@/commitments/a#update-2024-05-01)"
                ),
                ("countries", "cl", None, "href=\"@/countries/cl\""),
            ]
        );
        assert!(
            out.html
                .contains(r#"href="@/commitments/a/#update-2024-05-01""#),
            "{}",
            out.html
        );
    }

    #[test]
    fn collects_every_other_address_with_what_loads_it() {
        let text = "[a](../b/) ![map](//cdn.example/m.png) [c](mailto:x@example.org)\n\n\
                    <video poster=\"/p.png\"><source srcset=\"/s1.webm 1x, https://h.example/s2.webm 2x\"></video>\n\n\
                    <img src=\"&#104;ttps://h.example/x.png\"> [footnote](#fn-1)";
        let out = render(text);
        let addresses: Vec<(&str, Option<&str>, &str)> = out
            .addresses
            .iter()
            .map(|a| (a.url.as_str(), a.loads, &text[a.span.clone()]))
            .collect();
        assert_eq!(
            addresses,
            [
                ("../b/", None, "[a](../b/)"),
                (
                    "//cdn.example/m.png",
                    Some("img"),
                    "![map](//cdn.example/m.png)"
                ),
                ("mailto:x@example.org", None, "[c](mailto:x@example.org)"),
                ("/p.png", Some("video"), "poster=\"/p.png\""),
                (
                    "/s1.webm",
                    Some("source"),
                    "srcset=\"/s1.webm 1x, https://h.example/s2.webm 2x\""
                ),
                (
                    "https://h.example/s2.webm",
                    Some("source"),
                    "srcset=\"/s1.webm 1x, https://h.example/s2.webm 2x\""
                ),
                (
                    "https://h.example/x.png",
                    Some("img"),
                    "src=\"&#104;ttps://h.example/x.png\""
                ),
                ("#fn-1", None, "[footnote](#fn-1)"),
            ]
        );
    }

    #[test]
    fn says_what_the_sanitiser_removes_from_raw_html_and_why() {
        let text = "<marquee>moving</marquee> <span style=\"color: red\" data-x=\"1\" lang=\"es\">a</span>\n\n\
                    <div class=\"footnote-definition box\" id=\"main\">\n<script>alert(1)</script>\n<iframe src=\"/local.html\"></iframe>\n</div>\n\n\
                    <a href=\"javascript:alert(1)\">x</a> [y](ftp://example.org/f) <iframe src=\"https://h.example/v\"></iframe>";
        let out = render(text);
        let removed: Vec<(&str, &str)> = out
            .removed
            .iter()
            .map(|r| (&text[r.span.clone()], r.message.as_str()))
            .collect();
        assert_eq!(
            removed,
            [
                (
                    "<marquee>",
                    "this `<marquee>` is removed from the page (its text is kept)"
                ),
                (
                    "style=\"color: red\"",
                    "`style` is removed from this `<span>`"
                ),
                ("data-x=\"1\"", "`data-x` is removed from this `<span>`"),
                (
                    "class=\"footnote-definition box\"",
                    "the class `box` is removed from this `<div>`"
                ),
                ("id=\"main\"", "`id` is removed from this `<div>`"),
                (
                    "<script>",
                    "this `<script>` is removed from the page, with its content"
                ),
                (
                    "<iframe src=\"/local.html\">",
                    "this `<iframe>` is removed from the page (its text is kept)"
                ),
                (
                    "href=\"javascript:alert(1)\"",
                    "the address `javascript:alert(1)` is removed, and the text is kept without it"
                ),
                (
                    "[y](ftp://example.org/f)",
                    "the address `ftp://example.org/f` is removed, and the text is kept without it"
                ),
            ]
        );
        let help = |i: usize| out.removed[i].help.as_str();
        assert_eq!(
            help(0),
            "`marquee` is not among the tags of `[html] tags` in site.toml: add it there to keep it, or write the text in Markdown"
        );
        assert_eq!(
            help(1),
            "`style` is never allowed here: it could run script, load content from elsewhere or stand in for the page's own elements; remove it"
        );
        assert_eq!(
            help(2),
            "`data-x` is not among the attributes of `[html] attributes` in site.toml: add it there to keep it, or remove it"
        );
        assert_eq!(
            help(6),
            "`<iframe>` is never allowed in a body: it could run script, load content from elsewhere or take input; remove it"
        );
        assert_eq!(
            help(7),
            "`javascript:` addresses are never allowed: they could run script; remove it"
        );
        assert_eq!(
            help(8),
            "`ftp` is not among the schemes of `[html] url_schemes` in site.toml: add it there to keep it, or remove it"
        );
        // What is kept is not reported: Markdown's own tags and classes, allowed attributes.
        let kept = render(
            "<abbr title=\"x\" lang=\"es\">CAM</abbr> <td class=\"align-left\">1</td> <a href=\"/x/\">x</a> <div id=\"fn-1\">n</div>",
        );
        assert_eq!(kept.removed, []);
    }

    #[test]
    fn reads_raw_tags_as_html_does() {
        let tags = start_tags_of(
            "<!-- <img src=a> --><IMG SRC = 'b c' alt=d\ndata-e>text</img><script>\"<img src=x>\"</script><p/>",
            10,
        );
        let read: Vec<(&str, Vec<(&str, &str)>)> = tags
            .iter()
            .map(|t| {
                (
                    t.name.as_str(),
                    t.attributes
                        .iter()
                        .map(|a| (a.name.as_str(), a.value.as_str()))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("img", vec![("src", "b c"), ("alt", "d"), ("data-e", "")]),
                ("script", vec![]),
                ("p", vec![]),
            ]
        );
        assert_eq!(tags[0].span, 30..60);
    }

    #[test]
    fn headings_start_below_the_page_title() {
        assert!(render("# Part").html.contains("<h2>Part</h2>"));
        assert!(render("## Part").html.contains("<h2>Part</h2>"));
        assert!(render("### Part").html.contains("<h3>Part</h3>"));
    }
}
