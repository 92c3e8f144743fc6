//! The only writer: minifies pages and puts the whole site in place at once.
//!
//! The site is written into a fresh folder beside the output folder, then swapped in by two
//! renames, so a failed or interrupted build leaves the previous site as it was. The output
//! folder carries a marker file; a folder without it that is not empty is refused, so the
//! build never replaces something it did not create. Nothing outside the output folder and its
//! two working siblings (`.<name>.swivi-new`, `.<name>.swivi-old`) is ever deleted.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

/// Marks a folder as swivi's output, safe to replace.
pub(crate) const MARKER: &str = ".swivi-output";

/// A file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutputFile {
    /// Relative path with `/` separators, e.g. `fr/countries/cl/index.html`.
    pub(crate) path: String,
    pub(crate) bytes: Vec<u8>,
    html: bool,
}

impl OutputFile {
    pub(crate) fn html(path: String, html: String) -> Self {
        OutputFile {
            path,
            bytes: html.into_bytes(),
            html: true,
        }
    }

    pub(crate) fn other(path: String, bytes: Vec<u8>) -> Self {
        OutputFile {
            path,
            bytes,
            html: false,
        }
    }

    pub(crate) fn is_html(&self) -> bool {
        self.html
    }
}

/// Minifies every HTML file, in parallel.
pub(crate) fn minify(files: Vec<OutputFile>) -> Vec<OutputFile> {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    cfg.minify_css = true;
    cfg.minify_doctype = false;
    files
        .into_par_iter()
        .map(|file| {
            if file.html {
                OutputFile {
                    bytes: minify_html::minify(&file.bytes, &cfg),
                    ..file
                }
            } else {
                file
            }
        })
        .collect()
}

#[derive(Debug)]
pub(crate) enum WriteError {
    NotOurs(PathBuf),
    BadPath(String),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::NotOurs(dir) => write!(
                f,
                "`{}` is not empty and was not made by swivi, so it will not be replaced; choose another folder with --output, or empty it",
                dir.display()
            ),
            WriteError::BadPath(path) => write!(
                f,
                "refusing to write `{path}`: it would land outside the output folder"
            ),
            WriteError::Io(path, error) => write!(f, "cannot write `{}`: {error}", path.display()),
        }
    }
}

/// Writes `files` as the new content of `out`, replacing the previous build whole.
pub(crate) fn write(out: &Path, files: &[OutputFile]) -> Result<(), WriteError> {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".to_owned());
    let new = out.with_file_name(format!(".{name}.swivi-new"));
    let old = out.with_file_name(format!(".{name}.swivi-old"));
    recover_interrupted_swap(out, &old)?;
    check_ours(out)?;
    check_ours(&new)?;
    check_ours(&old)?;
    remove_if_exists(&new)?;
    fs::create_dir_all(&new).map_err(|e| WriteError::Io(new.clone(), e))?;
    fs::write(
        new.join(MARKER),
        b"This folder is written by swivi build and replaced whole at each build.\n",
    )
    .map_err(|e| WriteError::Io(new.join(MARKER), e))?;
    for file in files {
        safe_relative(&file.path)?;
    }
    files.par_iter().try_for_each(|file| {
        let target = new.join(&file.path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| WriteError::Io(parent.to_path_buf(), e))?;
        }
        fs::write(&target, &file.bytes).map_err(|e| WriteError::Io(target, e))
    })?;
    if out.exists() {
        remove_if_exists(&old)?;
        fs::rename(out, &old).map_err(|e| WriteError::Io(out.to_path_buf(), e))?;
    }
    fs::rename(&new, out).map_err(|e| WriteError::Io(out.to_path_buf(), e))?;
    remove_if_exists(&old)
}

/// A build stopped between the two renames leaves the previous site in `old`: put it back.
fn recover_interrupted_swap(out: &Path, old: &Path) -> Result<(), WriteError> {
    if !out.exists() && old.join(MARKER).exists() {
        fs::rename(old, out).map_err(|e| WriteError::Io(out.to_path_buf(), e))?;
    }
    Ok(())
}

fn check_ours(dir: &Path) -> Result<(), WriteError> {
    if !dir.exists() || dir.join(MARKER).exists() {
        return Ok(());
    }
    let empty = dir.is_dir()
        && fs::read_dir(dir)
            .map_err(|e| WriteError::Io(dir.to_path_buf(), e))?
            .next()
            .is_none();
    if empty {
        Ok(())
    } else {
        Err(WriteError::NotOurs(dir.to_path_buf()))
    }
}

fn remove_if_exists(dir: &Path) -> Result<(), WriteError> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(WriteError::Io(dir.to_path_buf(), e)),
        _ => Ok(()),
    }
}

fn safe_relative(path: &str) -> Result<(), WriteError> {
    let ok = !path.is_empty()
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if ok {
        Ok(())
    } else {
        Err(WriteError::BadPath(path.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile::other(path.to_owned(), text.as_bytes().to_vec())
    }

    #[test]
    fn replaces_the_previous_build_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[file("a/index.html", "one"), file("old.txt", "x")]).unwrap();
        write(&out, &[file("a/index.html", "two")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "two");
        assert!(!out.join("old.txt").exists());
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"]);
    }

    #[test]
    fn refuses_a_folder_it_did_not_make() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("docs");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("thesis.txt"), "precious").unwrap();
        let error = write(&out, &[file("index.html", "x")]).unwrap_err();
        assert!(matches!(error, WriteError::NotOurs(_)));
        assert_eq!(
            fs::read_to_string(out.join("thesis.txt")).unwrap(),
            "precious"
        );
    }

    #[test]
    fn refuses_paths_that_climb_out() {
        let dir = tempfile::tempdir().unwrap();
        let error = write(&dir.path().join("public"), &[file("../evil", "x")]).unwrap_err();
        assert!(matches!(error, WriteError::BadPath(_)));
        assert!(!dir.path().join("evil").exists());
    }

    #[test]
    fn keeps_a_minified_page_intact() {
        let page = OutputFile::html("index.html".into(), "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><title>T</title></head>\n<body>\n  <p>Un   texte</p>\n</body>\n</html>\n".into());
        let out = String::from_utf8(minify(vec![page])[0].bytes.clone()).unwrap();
        assert!(
            out.contains("<html lang=fr>") || out.contains("<html lang=\"fr\">"),
            "{out}"
        );
        assert!(out.contains("<p>Un texte</p>"), "{out}");
    }
}
