//! `swivi redate`: the corrected date of a commitment's update, written in its canonical file
//! and in every translation that names the update by that date, in one step.
//!
//! Translations name an update by its `id` when it has one, and correcting a date is then one
//! edit; this is for the updates that have none (every site written before ids). Pure: text in,
//! text out. Only the date values change, in the style they were written in, so the rest of
//! each file (comments, order, line endings) stays as the editor left it.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::content::frontmatter;
use crate::model::Date;

/// The updates of a canonical or translation file, by their dates only.
#[derive(Deserialize)]
struct Dated {
    #[serde(default)]
    updates: Vec<DatedUpdate>,
}

#[derive(Deserialize)]
struct DatedUpdate {
    #[serde(default)]
    date: Option<Spanned<Date>>,
}

/// The dates of the `[[updates]]` of a content file, with their places in `text`.
pub(crate) fn update_dates(text: &str) -> Result<Vec<(Date, Range<usize>)>, String> {
    let split = frontmatter::split(text)
        .map_err(|_| "this file has no front matter between `+++` lines".to_owned())?;
    let front_matter = &text[split.front_matter.clone()];
    let dated: Dated = toml::from_str(front_matter).map_err(|e| e.message().to_owned())?;
    let offset = split.front_matter.start;
    Ok(dated
        .updates
        .into_iter()
        .filter_map(|u| u.date)
        .map(|d| {
            let span = d.span();
            (*d.get_ref(), span.start + offset..span.end + offset)
        })
        .collect())
}

/// `text` with the date of each of its updates dated `old` written `new`, and how many.
pub(crate) fn redated(text: &str, old: Date, new: Date) -> Result<(String, usize), String> {
    let mut out = text.to_owned();
    let places: Vec<Range<usize>> = update_dates(text)?
        .into_iter()
        .filter(|(date, _)| *date == old)
        .map(|(_, place)| place)
        .collect();
    // From the last, so that the earlier places still index the text.
    for place in places.iter().rev() {
        let written = written_like(&text[place.clone()], new);
        out.replace_range(place.clone(), &written);
    }
    Ok((out, places.len()))
}

/// The translation files of the entry whose canonical file is `canonical`, among `files`
/// (every translation file of the site): `<slug>.<lang>.md` beside it.
pub(crate) fn translations_of<'a>(
    canonical: &Path,
    files: impl Iterator<Item = &'a PathBuf>,
) -> Vec<PathBuf> {
    let name = canonical.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let slug = name.split('.').next().unwrap_or("");
    files
        .filter(|file| file.parent() == canonical.parent() && file.as_path() != canonical)
        .filter(|file| {
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.split('.').next() == Some(slug) && name.matches('.').count() == 2
        })
        .cloned()
        .collect()
}

/// `date` written as `before` was: a bare TOML date stays bare when it can (a whole day).
fn written_like(before: &str, date: Date) -> String {
    let bare = !before.starts_with(['"', '\'']);
    if bare && date.day.is_some() {
        date.to_string()
    } else {
        format!("\"{date}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn rewrites_only_the_dates_of_the_updates_so_dated() {
        let text = "+++\r\ntitle = \"T\"\r\ndate = \"2023-05-09\"\r\n\r\n[[updates]]\r\ndate = \"2023-05-09\" # the meeting\r\nnote = \"n\"\r\n\r\n[[updates]]\r\ndate = 2024-01-02\r\nnote = \"m\"\r\n+++\r\nLe 2023-05-09.\r\n";
        let (out, count) = redated(text, date("2023-05-09"), date("2023-05-10")).unwrap();
        assert_eq!(count, 1);
        assert_eq!(
            out,
            text.replace(
                "date = \"2023-05-09\" # the meeting",
                "date = \"2023-05-10\" # the meeting"
            )
        );
        let (out, count) = redated(text, date("2024-01-02"), date("2024-01-03")).unwrap();
        assert_eq!(count, 1);
        assert!(out.contains("\r\ndate = 2024-01-03\r\n"), "{out}");
        let (out, _) = redated(text, date("2024-01-02"), date("2024-01")).unwrap();
        assert!(out.contains("\r\ndate = \"2024-01\"\r\n"), "{out}");
    }

    #[test]
    fn the_translations_of_an_entry_are_its_files_with_a_language() {
        let files: Vec<PathBuf> = [
            "content/commitments/c.es.md",
            "content/commitments/c.fr.md",
            "content/commitments/cd.es.md",
            "content/countries/c.es.md",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let of = |canonical: &str| translations_of(Path::new(canonical), files.iter());
        let both = [
            PathBuf::from("content/commitments/c.es.md"),
            PathBuf::from("content/commitments/c.fr.md"),
        ];
        assert_eq!(of("content/commitments/c.md"), both);
        assert_eq!(of("content/commitments/c.fr.md"), &both[..1]);
    }

    #[test]
    fn a_file_without_that_date_is_left_as_it_is() {
        let text = "+++\n[[updates]]\nid = \"a\"\nnote = \"n\"\n+++\n";
        assert_eq!(
            redated(text, date("2023"), date("2024")).unwrap(),
            (text.to_owned(), 0)
        );
        assert!(redated("no front matter", date("2023"), date("2024")).is_err());
    }
}
