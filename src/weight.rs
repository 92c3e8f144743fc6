//! Page weight: what a reader on a slow connection downloads, measured on the built files.
//!
//! Sizes are given raw and gzipped (level 6, what web servers use by default), since gzip is
//! what travels over the network.

use std::fmt;
use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;

use crate::output::Written;

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
    /// The scripts pages load: the search index's are counted apart.
    pub(crate) js: Size,
    /// The largest language's search index, as published (most of its files are gzipped
    /// already): what the search page downloads to search offline, and no other page loads.
    pub(crate) search: usize,
}

/// Whether the file is part of a language's search index.
fn in_search_index(path: &str) -> bool {
    path.split_once('/')
        .is_some_and(|(_, rest)| rest.starts_with(crate::addresses::SEARCH_BUNDLE))
}

/// The weight of the pages and assets among `files`, whose bytes `read` gives back: pages
/// ranked by size, and only the largest, the median page and the assets compressed.
/// The browser editor (`admin/`, Decap CMS) is not read by the public, so not counted.
pub(crate) fn measure(files: &[Written], read: impl Fn(&str) -> Option<Vec<u8>>) -> Weight {
    let files: Vec<&Written> = files
        .iter()
        .filter(|f| !crate::admin::is_admin(&f.path))
        .collect();
    let mut pages: Vec<&Written> = files.iter().copied().filter(|f| f.html).collect();
    pages.sort_by(|a, b| a.size.cmp(&b.size).then_with(|| a.path.cmp(&b.path)));
    let size = |file: &Written| read(&file.path).map(|bytes| Size::of(&bytes));
    let total = |extension: &str| {
        files
            .iter()
            .filter(|f| f.path.ends_with(extension) && !in_search_index(&f.path))
            .filter_map(|f| size(f))
            .fold(Size::default(), Size::add)
    };
    Weight {
        pages: pages.len(),
        median: pages
            .get(pages.len() / 2)
            .and_then(|&page| size(page))
            .unwrap_or_default(),
        largest: pages
            .last()
            .and_then(|&page| Some((page.path.clone(), size(page)?))),
        css: total(".css"),
        js: total(".js"),
        search: search_index(&files),
    }
}

/// The size of the largest language's search index.
fn search_index(files: &[&Written]) -> usize {
    let mut languages: std::collections::BTreeMap<&str, usize> = Default::default();
    for file in files.iter().filter(|f| in_search_index(&f.path)) {
        let language = file.path.split('/').next().unwrap_or_default();
        *languages.entry(language).or_default() += file.size;
    }
    languages.into_values().max().unwrap_or_default()
}

impl fmt::Display for Weight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Page weight, {} pages:", self.pages)?;
        if let Some((path, size)) = &self.largest {
            writeln!(f, "  largest page  {size}  {path}")?;
        }
        writeln!(f, "  median page   {}", self.median)?;
        writeln!(f, "  all CSS       {}", self.css)?;
        write!(f, "  all JS        {}", self.js)?;
        if self.search > 0 {
            write!(
                f,
                "\n  search index  {} per language, at most (the search page alone loads it)",
                kib(self.search)
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_pages_css_js_and_the_search_index() {
        let bytes = |path: &str| match path {
            "a/index.html" => Some(b"<p>swivi</p>".to_vec()),
            "b/index.html" => Some("<p>swivi</p>".repeat(100).into_bytes()),
            "c/index.html" => Some("<p>swivi</p>".repeat(10).into_bytes()),
            "style.css" => Some(b"body{margin:0}".to_vec()),
            "fr/pagefind/pagefind.js" => Some(b"export{}".to_vec()),
            "es/pagefind/pagefind.js" => Some(b"export{};".to_vec()),
            "es/pagefind/fragment/es_1.pf_fragment" => Some(b"x".to_vec()),
            _ => None,
        };
        let written = |path: &str| Written {
            path: path.to_owned(),
            size: bytes(path).unwrap().len(),
            html: path.ends_with(".html"),
            hash: 0,
        };
        let files: Vec<Written> = [
            "a/index.html",
            "b/index.html",
            "c/index.html",
            "style.css",
            "fr/pagefind/pagefind.js",
            "es/pagefind/pagefind.js",
            "es/pagefind/fragment/es_1.pf_fragment",
        ]
        .map(written)
        .into();
        let weight = measure(&files, bytes);
        assert_eq!(weight.pages, 3);
        assert_eq!(weight.largest.as_ref().unwrap().0, "b/index.html");
        assert_eq!(weight.median.raw, "<p>swivi</p>".len() * 10);
        assert!(weight.median.gzip < weight.median.raw);
        assert_eq!(weight.css.raw, 14);
        assert_eq!(weight.js, Size::default());
        assert_eq!(weight.search, 10);
    }
}
