//! Cite this page: how to cite an entry's page, in words on the page ([`Citation::sentence`])
//! and as files a reference manager imports, `citation.bib` (BibTeX, biblatex's `@online`)
//! and `citation.json` (CSL-JSON, which Zotero, Mendeley and citation processors read),
//! beside the page in each language.
//!
//! A citation names the tracker (its `site-title` in the language) as author, the entry's
//! title as the page shows it, the day the page last changed (none when nothing dates it),
//! its address, and the day of access: the day the site was built, which is the day a reader
//! reads what it says. Pure: it writes bytes; `output` writes the files.

use crate::addresses::{PageId, absolute};
use crate::i18n::Arg;
use crate::model::{Date, EntryKey, Site};
use crate::output::OutputFile;
use crate::present::Lens;

/// The two files of a citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Format {
    BibTex,
    CslJson,
}

impl Format {
    /// The file's name, beside the page.
    fn file_name(self) -> &'static str {
        match self {
            Format::BibTex => "citation.bib",
            Format::CslJson => "citation.json",
        }
    }

    /// The path of the citation of `entry`'s page below the language folder, beside the page
    /// (`countries/cl/citation.bib`).
    pub(crate) fn path(self, site: &Site, entry: EntryKey) -> String {
        format!("{}{}", PageId::Entry(entry).path(site), self.file_name())
    }

    pub(crate) const ALL: [Format; 2] = [Format::BibTex, Format::CslJson];
}

/// What a citation of one entry's page in one language says.
#[derive(Debug, PartialEq)]
pub(crate) struct Citation {
    /// The key a reference manager files it under: section, slug and language.
    key: String,
    /// The tracker, as the author.
    author: String,
    title: String,
    /// The language of the title (a fallback's when the entry is not translated).
    language: String,
    changed: Option<Date>,
    url: String,
    accessed: Date,
}

impl Citation {
    /// The citation of the page of `entry` in the lens's language.
    pub(crate) fn of(lens: &Lens<'_>, entry: EntryKey) -> Citation {
        let site = lens.site;
        let chain = lens.chain();
        let found = site.entry(entry);
        let (language, title) = found.title(chain);
        Citation {
            key: format!("{}-{}-{}", found.section.name(), found.slug, lens.code()),
            author: lens.locale.text("site-title"),
            title: title.to_owned(),
            language: if language.is_empty() {
                lens.code().to_owned()
            } else {
                language.to_owned()
            },
            changed: found.changed(chain),
            url: absolute(site, lens.code(), &PageId::Entry(entry).path(site)),
            accessed: site.today,
        }
    }

    /// The citation in words, in the lens's language: `cite-text`, or `cite-text-undated`
    /// when nothing dates the page.
    pub(crate) fn sentence(&self, lens: &Lens<'_>) -> String {
        let (author, title, url) = (
            Arg::Text(&self.author),
            Arg::Text(&self.title),
            Arg::Text(&self.url),
        );
        let accessed = Arg::Date(self.accessed);
        let sentence = match self.changed {
            Some(changed) => lens.locale.format(
                "cite-text",
                &[
                    ("author", author),
                    ("title", title),
                    ("date", Arg::Date(changed)),
                    ("url", url),
                    ("accessed", accessed),
                ],
            ),
            None => lens.locale.format(
                "cite-text-undated",
                &[
                    ("author", author),
                    ("title", title),
                    ("url", url),
                    ("accessed", accessed),
                ],
            ),
        };
        sentence.unwrap_or_default()
    }

    /// The file of `format`, at `path`.
    pub(crate) fn file(&self, format: Format, path: &str) -> OutputFile {
        let bytes = match format {
            Format::BibTex => self.bibtex().into_bytes(),
            Format::CslJson => self.csl_json(),
        };
        OutputFile::other(path.to_owned(), bytes)
    }

    /// biblatex's `@online` entry, with `year` too for BibTeX's own styles. No language: biblatex
    /// wants babel's names (`french`) where the site has BCP 47 codes, and CSL-JSON has it.
    fn bibtex(&self) -> String {
        let mut fields = vec![
            ("author", format!("{{{}}}", tex(&self.author))),
            ("title", tex(&self.title)),
        ];
        if let Some(changed) = self.changed {
            fields.push(("date", changed.to_string()));
            fields.push(("year", changed.year.to_string()));
        }
        fields.push(("url", self.url.clone()));
        fields.push(("urldate", self.accessed.to_string()));
        let mut out = format!("@online{{{},\n", self.key);
        for (name, value) in fields {
            out.push_str(&format!("  {name} = {{{value}}},\n"));
        }
        out.push_str("}\n");
        out
    }

    /// A CSL-JSON list of one item, of type `webpage`.
    fn csl_json(&self) -> Vec<u8> {
        let mut item = serde_json::json!({
            "id": self.key,
            "type": "webpage",
            "title": self.title,
            "author": [{ "literal": self.author }],
            "container-title": self.author,
            "URL": self.url,
            "accessed": date_parts(self.accessed),
            "language": self.language,
        });
        if let Some(changed) = self.changed {
            item["issued"] = date_parts(changed);
        }
        let mut bytes = serde_json::to_vec(&[item]).expect("a citation serialises");
        bytes.push(b'\n');
        bytes
    }
}

/// A date as CSL-JSON writes one, at its precision: `{"date-parts": [[2023, 5, 9]]}`.
fn date_parts(date: Date) -> serde_json::Value {
    let mut parts = vec![u32::from(date.year)];
    parts.extend(date.month.map(u32::from));
    parts.extend(date.day.map(u32::from));
    serde_json::json!({ "date-parts": [parts] })
}

/// `text` with the characters TeX gives a meaning escaped, so it reads as written.
fn tex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn citation(changed: Option<&str>) -> Citation {
        Citation {
            key: "commitments-us-funding-fr".to_owned(),
            author: "Suivi de la Déclaration".to_owned(),
            title: "Affecter 870 millions USD & 5 % {plus}".to_owned(),
            language: "fr".to_owned(),
            changed: changed.map(|d| Date::parse(d).unwrap()),
            url: "https://example.org/fr/commitments/us-funding/".to_owned(),
            accessed: Date::parse("2026-12-07").unwrap(),
        }
    }

    #[test]
    fn bibtex_names_the_tracker_as_one_author_and_escapes_what_tex_reads() {
        assert_eq!(
            citation(Some("2023-05-09")).bibtex(),
            "@online{commitments-us-funding-fr,\n  author = {{Suivi de la Déclaration}},\n  title = {Affecter 870 millions USD \\& 5 \\% \\{plus\\}},\n  date = {2023-05-09},\n  year = {2023},\n  url = {https://example.org/fr/commitments/us-funding/},\n  urldate = {2026-12-07},\n}\n"
        );
        assert!(!citation(None).bibtex().contains("\n  date = "));
    }

    #[test]
    fn csl_json_dates_at_the_precision_known() {
        let json: serde_json::Value =
            serde_json::from_slice(&citation(Some("2023-05")).csl_json()).unwrap();
        assert_eq!(
            json[0]["issued"]["date-parts"],
            serde_json::json!([[2023, 5]])
        );
        assert_eq!(
            json[0]["accessed"]["date-parts"],
            serde_json::json!([[2026, 12, 7]])
        );
        assert_eq!(json[0]["author"][0]["literal"], "Suivi de la Déclaration");
        assert_eq!(json[0]["type"], "webpage");
        let undated: serde_json::Value =
            serde_json::from_slice(&citation(None).csl_json()).unwrap();
        assert!(undated[0].get("issued").is_none());
    }
}
