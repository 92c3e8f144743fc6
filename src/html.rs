//! HTML text: what every writer of HTML, SVG and XML escapes its text with. Its own module,
//! beneath the renderer and the address book alike, since both write into pages.

/// Escapes text for HTML and SVG: the five characters that could end a text or an attribute,
/// quoted or not. Templates escape with it too: Tera's own escaping also writes every `/` as
/// `&#x2F;`, which only lengthens links (and would hide the site paths of marked links from
/// [`crate::addresses::resolve`]).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(&mut out, text);
    out
}

/// [`escape`], appended to `out`. Runs of plain text are copied whole: pages are mostly
/// text, and escaping runs for every value a template writes.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    let mut plain = 0;
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        // The five are ASCII, so `i` is always a character boundary.
        out.push_str(&text[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escape_writes_the_five_as_entities_and_keeps_the_rest() {
        assert_eq!(
            escape("«a»<b class=\"x\">l'été & co</b>/"),
            "«a»&lt;b class=&quot;x&quot;&gt;l&#39;été &amp; co&lt;/b&gt;/"
        );
        assert_eq!(escape(""), "");
        assert_eq!(escape("&"), "&amp;");
    }
}
