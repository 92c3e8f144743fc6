//! Slugs: the identities of entries, statuses and indicators, and the last segment of URLs.
//!
//! A slug is lower-case ASCII letters, digits and single hyphens, neither first nor last, so it
//! is safe in a path, a URL and an XML id on every system.

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

/// ISO 3166-1 alpha-2, lower case.
pub(crate) fn is_country_code(text: &str) -> bool {
    text.len() == 2 && text.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
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
