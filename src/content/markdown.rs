//! Markdown to HTML, and the links the text makes.
//!
//! Invariants of the HTML returned: raw HTML in the source is escaped and shown as text, never
//! passed through; links with a `javascript:`, `vbscript:` or `data:` scheme are dropped (their
//! text stays); a `#` heading becomes `<h2>`, since the page's title is the only `<h1>`. Links to
//! other entries are written `@/<section>/<slug>`; they come out as `@/<section>/<slug>/`, and
//! the renderer puts the reader's language in front (`/es/countries/cl/`).

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

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

pub(crate) fn render(markdown: &str) -> Rendered {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut internal_links = Vec::new();
    let mut dropped_links = 0usize;
    let mut events = Vec::new();
    for (event, span) in Parser::new_ext(markdown, options).into_offset_iter() {
        let event = match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
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
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                if is_dangerous(&dest_url) {
                    dropped_links += 1;
                    continue;
                }
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
            Event::End(TagEnd::Link) if dropped_links > 0 => {
                dropped_links -= 1;
                continue;
            }
            Event::Start(Tag::Image { dest_url, .. }) if is_dangerous(&dest_url) => {
                dropped_links += 1;
                continue;
            }
            Event::End(TagEnd::Image) if dropped_links > 0 => {
                dropped_links -= 1;
                continue;
            }
            other => other,
        };
        events.push(event);
    }
    let mut html_out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut html_out, events.into_iter());
    Rendered {
        html: html_out,
        internal_links,
    }
}

/// The page title is the only `<h1>`: a `#` heading in a body becomes `<h2>`.
fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        other => other,
    }
}

fn is_dangerous(url: &str) -> bool {
    let compact: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(12)
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| compact.starts_with(s))
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

    #[test]
    fn escapes_raw_html() {
        let out = render("Hello <script>alert(1)</script> *you*");
        assert!(!out.html.contains("<script>"), "{}", out.html);
        assert!(out.html.contains("&lt;script&gt;"), "{}", out.html);
        assert!(out.html.contains("<em>you</em>"));
    }

    #[test]
    fn drops_script_links_but_keeps_their_text() {
        let out = render("[click](javascript:alert(1)) and [ok](https://example.org)");
        assert!(!out.html.contains("javascript"), "{}", out.html);
        assert!(out.html.contains("click"));
        assert!(out.html.contains(r#"<a href="https://example.org">ok</a>"#));
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
