//! Slugs: the identities of entries, statuses and indicators, and the last segment of URLs.
//!
//! A slug is lower-case ASCII letters, digits and single hyphens, neither first nor last, so it
//! is safe in a path, a URL and an XML id on every system. Also here: what a source's web
//! address must be, for the model and for `swivi new` alike.

pub(crate) fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 100
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
}

/// What is wrong with `value` as the address of a source readers follow, if anything: it must
/// be a whole web address (`https://…` or `http://…` with a host), as a browser reads it, and
/// hold no space (a space in an address typed by hand is a typo; encoded, it is `%20`).
pub(crate) fn web_address_problem(value: &str) -> Option<&'static str> {
    if !(value.starts_with("https://") || value.starts_with("http://")) {
        return Some("is not a web address");
    }
    if value.chars().any(char::is_whitespace) {
        return Some("has a space in it, which no web address has");
    }
    match url::Url::parse(value) {
        Ok(url) if url.host_str().is_some_and(|h| !h.is_empty()) => None,
        _ => Some("is not a whole web address"),
    }
}

/// ISO 3166-1 alpha-2, lower case.
pub(crate) fn is_country_code(text: &str) -> bool {
    text.len() == 2 && text.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_source_address_is_a_whole_web_address() {
        assert_eq!(web_address_problem("https://www.oas.org/es/"), None);
        assert_eq!(web_address_problem("http://example.org/a%20b"), None);
        for (value, problem) in [
            ("www.oas.org", "is not a web address"),
            ("https://", "is not a whole web address"),
            (
                "https://exa mple.org",
                "has a space in it, which no web address has",
            ),
        ] {
            assert_eq!(web_address_problem(value), Some(problem), "{value}");
        }
    }

    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("cso-2024-11"));
        for bad in ["", "Cl", "a b", "-a", "a-", "a--b", "../x", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
        assert!(is_country_code("ht"));
        assert!(!is_country_code("hti"));
    }
}
