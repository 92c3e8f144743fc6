//! Page weight: what a reader on a slow connection downloads, measured on the built files.
//!
//! Sizes are given raw and gzipped (level 6, what web servers use by default), since gzip is
//! what travels over the network.

use std::fmt;
use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;

use crate::output::OutputFile;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Size {
    pub(crate) raw: usize,
    pub(crate) gzip: usize,
}

impl Size {
    fn of(bytes: &[u8]) -> Size {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::new(6));
        // Writing into a Vec cannot fail.
        encoder.write_all(bytes).expect("gzip into memory");
        let gzip = encoder.finish().expect("gzip into memory").len();
        Size {
            raw: bytes.len(),
            gzip,
        }
    }

    fn add(self, other: Size) -> Size {
        Size {
            raw: self.raw + other.raw,
            gzip: self.gzip + other.gzip,
        }
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} gzip)", kib(self.raw), kib(self.gzip))
    }
}

fn kib(bytes: usize) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Weight {
    pub(crate) pages: usize,
    pub(crate) largest: Option<(String, Size)>,
    pub(crate) median: Size,
    pub(crate) css: Size,
    pub(crate) js: Size,
}

pub(crate) fn measure(files: &[OutputFile]) -> Weight {
    let mut pages: Vec<(String, Size)> = files
        .iter()
        .filter(|f| f.is_html())
        .map(|f| (f.path.clone(), Size::of(&f.bytes)))
        .collect();
    pages.sort_by(|a, b| a.1.gzip.cmp(&b.1.gzip).then_with(|| a.0.cmp(&b.0)));
    let total = |extension: &str| {
        files
            .iter()
            .filter(|f| f.path.ends_with(extension))
            .map(|f| Size::of(&f.bytes))
            .fold(Size::default(), Size::add)
    };
    Weight {
        pages: pages.len(),
        median: pages.get(pages.len() / 2).map(|p| p.1).unwrap_or_default(),
        largest: pages.last().cloned(),
        css: total(".css"),
        js: total(".js"),
    }
}

impl fmt::Display for Weight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Page weight, {} pages:", self.pages)?;
        if let Some((path, size)) = &self.largest {
            writeln!(f, "  largest page  {size}  {path}")?;
        }
        writeln!(f, "  median page   {}", self.median)?;
        writeln!(f, "  all CSS       {}", self.css)?;
        write!(f, "  all JS        {}", self.js)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_pages_css_and_js() {
        let page =
            |path: &str, n: usize| OutputFile::html(path.to_owned(), "<p>swivi</p>".repeat(n));
        let files = vec![
            page("a/index.html", 1),
            page("b/index.html", 100),
            page("c/index.html", 10),
            OutputFile::other("style.css".into(), b"body{margin:0}".to_vec()),
        ];
        let weight = measure(&files);
        assert_eq!(weight.pages, 3);
        assert_eq!(weight.largest.as_ref().unwrap().0, "b/index.html");
        assert_eq!(weight.median.raw, "<p>swivi</p>".len() * 10);
        assert!(weight.median.gzip < weight.median.raw);
        assert_eq!(weight.css.raw, 14);
        assert_eq!(weight.js, Size::default());
    }
}
