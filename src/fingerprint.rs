//! Stable 64-bit fingerprints: FNV-1a for the service worker's version and the source text a
//! translation was made from, XXH3 for the bytes of each file the build writes.
//!
//! Neither is a cryptographic hash; they only have to notice changes, the same on every
//! platform. FNV-1a is also the same in every release of swivi, because its fingerprints are
//! written into content files and compared years later. Files' fingerprints are only compared
//! within a build or a preview session, and there are gigabytes of them: XXH3 reads them
//! twenty times faster.

/// An FNV-1a hash being fed.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    /// Feeds `bytes` and a zero byte, so that ("ab", "c") and ("a", "bc") differ.
    pub(crate) fn field(mut self, bytes: &[u8]) -> Fnv {
        for &byte in bytes.iter().chain(&[0]) {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }

    pub(crate) fn hex(self) -> String {
        format!("{:016x}", self.0)
    }
}

/// The fingerprint of a file's bytes.
pub(crate) fn of_bytes(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// The fingerprint of a text a translator works from: labelled fields (`title`, `update
/// 2023-05-09`, …), each normalised so that line endings and trailing spaces, which editors
/// and git change on their own, do not count as a change. Twelve hex digits, short enough to
/// read in a front matter and to compare by eye.
pub(crate) fn of_text<'a>(fields: impl IntoIterator<Item = (String, &'a str)>) -> String {
    let mut hash = Fnv::new();
    for (label, text) in fields {
        hash = hash
            .field(label.as_bytes())
            .field(normalise(text).as_bytes());
    }
    hash.hex()[..12].to_owned()
}

fn normalise(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(fields: &[(&str, &str)]) -> String {
        of_text(fields.iter().map(|(l, t)| (l.to_string(), *t)))
    }

    #[test]
    fn changes_with_the_text_and_its_label_only() {
        let base = of(&[("title", "Accueil"), ("body", "Un texte.\n\nDeux.")]);
        assert_eq!(base.len(), 12);
        assert_eq!(
            base,
            of(&[
                ("title", "Accueil"),
                ("body", "Un texte.  \r\n\r\nDeux.\n\n")
            ])
        );
        assert_ne!(
            base,
            of(&[("title", "Accueil"), ("body", "Un texte.\n\nTrois.")])
        );
        assert_ne!(
            base,
            of(&[("summary", "Accueil"), ("body", "Un texte.\n\nDeux.")])
        );
    }

    #[test]
    fn is_the_same_in_every_release() {
        // Fingerprints live in content files: this value (FNV-1a of "title\0Accueil\0", as
        // any FNV-1a implementation computes it) must never change.
        assert_eq!(of(&[("title", "Accueil")]), "d3a3b45dfb16");
    }
}
