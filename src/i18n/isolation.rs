//! Interface strings shown in a fallback language, isolated in HTML pages with that language's
//! `lang` and `dir`.
//!
//! Fluent's own answer, Unicode isolation marks around every placeable, would put invisible
//! characters into `<title>`, attributes, feeds and search text, and still not say which
//! language a text is in. Instead, a locale that marks fallbacks
//! ([`super::Locale::marking_fallbacks`], which only HTML pages are rendered with) returns a
//! message found in another language between private-use marks that name the language. Once
//! the page is rendered, [`resolve`] turns each marked text into what its place allows:
//! - in the text of the page: `<span lang="fr" dir="ltr">…</span>`, so that a screen reader
//!   speaks it in French and the bidirectional algorithm keeps it whole in an Arabic page;
//! - in SVG and in `<option>`, which hold no `<span>`: Unicode's isolates (LRI or RLI … PDI);
//! - inside a tag (attributes), `<title>`, an SVG's `<desc>`, `<script>`, `<style>`,
//!   `<textarea>` and comments: the text alone.
//!
//! The marks are private-use characters, as the marks of links in `addresses` are (and
//! distinct from them): templates, Tera's escaping and the HTML minifier leave them alone.

const START: char = '\u{E002}';
const LANGUAGE_END: char = '\u{E003}';
const END: char = '\u{E004}';

const LEFT_TO_RIGHT_ISOLATE: char = '\u{2066}';
const RIGHT_TO_LEFT_ISOLATE: char = '\u{2067}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// `text`, a message found in the language `lang`, marked for [`resolve`].
pub(crate) fn mark(lang: &str, text: &str) -> String {
    format!("{START}{lang}{LANGUAGE_END}{text}{END}")
}

/// What a marked text becomes where it stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Text of the page: a `<span>` with `lang` and `dir`.
    Text,
    /// Text that holds no elements but shows: Unicode isolates.
    Isolates,
    /// Not shown as text of the page: the text alone.
    Bare,
}

/// What ends a marked text that was opened.
#[derive(Clone, Copy)]
enum Closing {
    Nothing,
    Span,
    Isolate,
}

/// Elements whose content is text without elements (`desc`: an SVG's description).
const TEXT_ONLY: [&str; 6] = ["title", "desc", "script", "style", "textarea", "option"];

/// `html`, a rendered page, with every marked text given its language as its place allows.
pub(crate) fn resolve(html: String) -> String {
    if !html.contains(START) {
        return html;
    }
    let mut page = Page::default();
    let mut rest = html.as_str();
    while let Some(at) = rest.find(['<', START, END]) {
        page.out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = if rest.starts_with('<') {
            page.markup(rest)
        } else if let Some(after) = rest.strip_prefix(START) {
            let (lang, after) = after.split_once(LANGUAGE_END).unwrap_or(("", after));
            page.open(lang);
            after
        } else {
            page.close();
            &rest[END.len_utf8()..]
        };
    }
    page.out.push_str(rest);
    page.close_all();
    page.out
}

#[derive(Default)]
struct Page<'a> {
    out: String,
    /// The marked texts open at this point, innermost last, and the language of each.
    open: Vec<(Closing, &'a str)>,
    /// How many `<svg>` elements the text is in.
    svg: usize,
    /// The element of [`TEXT_ONLY`] the text is in.
    text_only: Option<&'static str>,
}

impl<'a> Page<'a> {
    fn place(&self) -> Place {
        match self.text_only {
            Some("option") => Place::Isolates,
            Some(_) => Place::Bare,
            None if self.svg > 0 => Place::Isolates,
            None => Place::Text,
        }
    }

    fn open(&mut self, lang: &'a str) {
        let dir = text_direction(lang);
        let same_as_around = self.open.last().is_some_and(|(_, around)| *around == lang);
        let closing = match self.place() {
            _ if same_as_around => Closing::Nothing,
            Place::Bare => Closing::Nothing,
            Place::Isolates => {
                self.out.push(if dir == "rtl" {
                    RIGHT_TO_LEFT_ISOLATE
                } else {
                    LEFT_TO_RIGHT_ISOLATE
                });
                Closing::Isolate
            }
            Place::Text => {
                // A language code of the site: letters, digits and hyphens, nothing to escape.
                self.out.push_str("<span lang=\"");
                self.out.push_str(lang);
                self.out.push_str("\" dir=\"");
                self.out.push_str(dir);
                self.out.push_str("\">");
                Closing::Span
            }
        };
        self.open.push((closing, lang));
    }

    fn close(&mut self) {
        match self.open.pop() {
            Some((Closing::Span, _)) => self.out.push_str("</span>"),
            Some((Closing::Isolate, _)) => self.out.push(POP_DIRECTIONAL_ISOLATE),
            Some((Closing::Nothing, _)) | None => {}
        }
    }

    /// Closes what is still open: a marked text never spans elements (it is one message),
    /// unless a template cut it, and then the page stays well formed.
    fn close_all(&mut self) {
        while !self.open.is_empty() {
            self.close();
        }
    }

    /// Copies the tag or comment `rest` starts with, without marks, and notes where the text
    /// after it stands; returns what follows it.
    fn markup(&mut self, rest: &'a str) -> &'a str {
        if let Some(element) = self.text_only {
            let closes = rest
                .get(2..2 + element.len())
                .is_some_and(|name| rest.starts_with("</") && name.eq_ignore_ascii_case(element));
            if !closes {
                self.out.push('<');
                return &rest[1..];
            }
        }
        self.close_all();
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map_or(rest.len(), |end| end + 3)
        } else {
            tag_end(rest)
        };
        let tag = &rest[..end];
        push_bare(&mut self.out, tag);
        let closing = tag.starts_with("</");
        let after = &tag[if closing { 2 } else { 1 }..];
        let length = after
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .unwrap_or(after.len());
        let name = &after[..length];
        let is = |element: &str| name.eq_ignore_ascii_case(element);
        let empty = tag.ends_with("/>");
        if is("svg") && closing {
            self.svg = self.svg.saturating_sub(1);
        } else if is("svg") && !empty {
            self.svg += 1;
        } else if closing {
            self.text_only = self.text_only.filter(|element| !is(element));
        } else if !empty {
            self.text_only = TEXT_ONLY.into_iter().find(|element| is(element));
        }
        &rest[end..]
    }
}

/// The length of the tag `rest` starts with, to its `>` outside quotes (or the end).
fn tag_end(rest: &str) -> usize {
    let mut quote = None;
    for (i, c) in rest.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    rest.len()
}

/// `text` without marks.
fn push_bare(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find([START, END]) {
        out.push_str(&rest[..at]);
        rest = match rest[at..].strip_prefix(START) {
            Some(after) => after
                .split_once(LANGUAGE_END)
                .map_or(after, |(_, text)| text),
            None => &rest[at + END.len_utf8()..],
        };
    }
    out.push_str(rest);
}

/// The direction a language is written in: `rtl` for the scripts written right to left.
pub(crate) fn text_direction(code: &str) -> &'static str {
    let primary = code.split('-').next().unwrap_or(code);
    if ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb"].contains(&primary) {
        "rtl"
    } else {
        "ltr"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(text: &str) -> String {
        mark("fr", text)
    }

    #[test]
    fn text_of_the_page_gets_a_span_with_lang_and_dir() {
        let page = format!(
            "<p class=\"meta\">{}</p>",
            fr("Non vérifié depuis le 9 mai 2023")
        );
        assert_eq!(
            resolve(page),
            "<p class=\"meta\"><span lang=\"fr\" dir=\"ltr\">Non vérifié depuis le 9 mai 2023</span></p>"
        );
        assert_eq!(
            resolve(format!("<p>{}</p>", mark("ar", "مرحبا"))),
            "<p><span lang=\"ar\" dir=\"rtl\">مرحبا</span></p>"
        );
    }

    #[test]
    fn titles_attributes_scripts_and_comments_get_the_text_alone() {
        let page = format!(
            "<html><head><title>{} · Suivi</title></head><body><nav aria-label=\"{}\" title='{}'><!-- {} --><script>let a = \"<b>{}\";</script></nav></body></html>",
            fr("Pays"),
            fr("Langues"),
            fr("x > y"),
            fr("note"),
            fr("s")
        );
        assert_eq!(
            resolve(page),
            "<html><head><title>Pays · Suivi</title></head><body><nav aria-label=\"Langues\" title='x > y'><!-- note --><script>let a = \"<b>s\";</script></nav></body></html>"
        );
    }

    #[test]
    fn svg_and_options_get_unicode_isolates() {
        let page = format!(
            "<svg viewBox=\"0 0 1 1\"><title>{}</title><text x=\"1\">{}</text></svg><select><option value=\"\">{}</option></select><p>{}</p>",
            fr("Valeurs"),
            fr("120 personnes"),
            fr("Tous"),
            fr("après")
        );
        assert_eq!(
            resolve(page),
            "<svg viewBox=\"0 0 1 1\"><title>Valeurs</title><text x=\"1\">\u{2066}120 personnes\u{2069}</text></svg><select><option value=\"\">\u{2066}Tous\u{2069}</option></select><p><span lang=\"fr\" dir=\"ltr\">après</span></p>"
        );
    }

    #[test]
    fn a_text_in_the_language_around_it_is_not_marked_again() {
        let nested = fr(&format!("Flux : {}", fr("Chili")));
        assert_eq!(
            resolve(format!("<p>{nested}</p>")),
            "<p><span lang=\"fr\" dir=\"ltr\">Flux : Chili</span></p>"
        );
        let other = fr(&format!("Flux : {}", mark("en", "Chile")));
        assert_eq!(
            resolve(format!("<p>{other}</p>")),
            "<p><span lang=\"fr\" dir=\"ltr\">Flux : <span lang=\"en\" dir=\"ltr\">Chile</span></span></p>"
        );
    }

    #[test]
    fn a_marked_text_cut_by_a_template_still_closes_before_the_next_tag() {
        let cut = format!("{START}fr{LANGUAGE_END}Non vérifié");
        assert_eq!(
            resolve(format!("<p>{cut}</p><p>x{END}</p>")),
            "<p><span lang=\"fr\" dir=\"ltr\">Non vérifié</span></p><p>x</p>"
        );
    }

    #[test]
    fn a_page_without_marks_is_left_as_it_is() {
        assert_eq!(resolve("<p>a</p>".into()), "<p>a</p>");
    }
}
