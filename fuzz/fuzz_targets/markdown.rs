//! A body through the Markdown stage and the HTML sanitiser.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(html) = swivi::fuzzing::markdown(data) {
        // Whatever the body, no tag that runs comes out of the sanitiser. Its output escapes
        // every `<` of text, so each `<` opens a tag; text may say `src="javascript:` freely.
        for tag in tags(&html) {
            let tag = tag.to_ascii_lowercase();
            for bad in [
                "<script", "<iframe", "<object", "<embed", "<svg", "<math", "<style",
            ] {
                assert!(!tag.starts_with(bad), "{tag} in {html}");
            }
            // Attribute names are what is outside the quoted values.
            let names: String = tag.split('"').step_by(2).collect();
            assert!(
                !names.contains(" on") && !names.contains(" style="),
                "{tag} in {html}"
            );
            for attribute in ["href=\"", "src=\""] {
                if let Some(at) = tag.find(attribute) {
                    let value = tag[at + attribute.len()..].trim_start();
                    for scheme in ["javascript:", "vbscript:", "data:"] {
                        assert!(!value.starts_with(scheme), "{tag} in {html}");
                    }
                }
            }
        }
    }
});

/// Each `<…>` of serialised HTML, a `>` inside a quoted attribute value included.
fn tags(html: &str) -> Vec<&str> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let mut quoted = false;
        let end = rest[start..]
            .char_indices()
            .find(|&(_, c)| {
                quoted ^= c == '"';
                c == '>' && !quoted
            })
            .map_or(rest.len(), |(i, _)| start + i + 1);
        tags.push(&rest[start..end]);
        rest = &rest[end..];
    }
    tags
}
