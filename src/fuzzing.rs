//! Entry points for the fuzzers of `fuzz/`: each takes arbitrary bytes and runs one stage of
//! the build on them as the build would, diagnostics included, with nothing read from or
//! written to disk. Invariant: whatever the bytes, each returns (no panic, no hang); what it
//! returns is what a user would see, so a fuzzer can also check it.

use std::sync::Arc;

use crate::config::{self, HtmlPolicy};
use crate::content::markdown::{self, Sanitiser};
use crate::content::{self, Section};
use crate::diag::{Diagnostics, SourceFile};
use crate::model::{self, Date};

/// The settings every entry point builds with: two languages, the default statuses.
const SITE_TOML: &str = "base_url = \"https://example.org/\"\ndefault_language = \"fr\"\n\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n\n[[languages]]\ncode = \"es\"\nname = \"Español\"\n";

fn config() -> config::Config {
    let file = SourceFile::new("site.toml", SITE_TOML);
    config::parse(&file, None, &mut Diagnostics::default())
        .expect("the fuzzers' site.toml is valid")
}

/// A content file, split into front matter and body and made into the site's model: the
/// first byte picks the section and whether the file is a translation, the rest is the file.
/// Returns the diagnostics as `swivi check` prints them.
pub fn content_file(data: &[u8]) -> String {
    let Some((&pick, rest)) = data.split_first() else {
        return String::new();
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return String::new();
    };
    let section = Section::ALL[usize::from(pick) % Section::ALL.len()];
    let lang = (pick & 0x80 != 0).then_some("es");
    let path = content::entry_path(section, "x");
    let file = SourceFile::new(path, text);
    let config = config();
    let mut diags = Diagnostics::default();
    let entries = [content::split_entry(section, "x", lang, file, &mut diags)];
    let today = Date::parse("2026-01-01").expect("a date");
    let _ = model::build(
        &config,
        &entries,
        None,
        today,
        &mut model::Cache::default(),
        &mut diags,
    );
    diags.render_plain()
}

/// A Markdown body through the Markdown stage and the sanitiser, with the default allowlist.
pub fn markdown(data: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(data).ok()?;
    let policy = HtmlPolicy::default();
    markdown::render(text, &Sanitiser::new(&policy))
        .ok()
        .map(|rendered| rendered.html)
}

/// A Fluent file of interface strings loaded as the build loads `i18n/fr.ftl`. Returns the
/// diagnostics as `swivi check` prints them.
pub fn fluent(data: &[u8]) -> String {
    let Ok(text) = std::str::from_utf8(data) else {
        return String::new();
    };
    let config = config();
    let file = SourceFile::new("i18n/fr.ftl", text);
    let mut diags = Diagnostics::default();
    let _ = crate::i18n::load(&config, &[("fr".to_owned(), Arc::clone(&file))], &mut diags);
    diags.render_plain()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_entry_point_reports_what_the_build_would() {
        let mut commitment = vec![2u8];
        commitment.extend_from_slice(b"+++\ntitle = 1\n+++\n");
        let report = content_file(&commitment);
        assert!(report.contains("content/commitments/x.md:2:9"), "{report}");
        assert_eq!(markdown(b"*a*").as_deref(), Some("<p><em>a</em></p>\n"));
        let report = fluent(b"hello = {\n");
        assert!(report.contains("i18n/fr.ftl:1"), "{report}");
    }

    /// Found by the `fluent` fuzzer: fluent-syntax 0.12 panicked on an escape cut short by a
    /// character that is not ASCII.
    #[test]
    fn a_short_escape_before_an_accent_is_an_error_not_a_panic() {
        for text in ["a = { \"\\u0è\" }\n", "a = { \"\\Uè\" }\n"] {
            let report = fluent(text.as_bytes());
            assert!(
                report.contains(
                    "error: Fluent syntax error: an escape sequence needs its hexadecimal digits"
                ),
                "{report}"
            );
        }
        assert!(crate::i18n::broken_escape("a = { \"\\u00E9\" } \\u C:\\users\n").is_none());
    }
}
