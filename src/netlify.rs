//! The files Netlify reads from the published folder: `_redirects`, which sends a reader who
//! opens the site's root to the language their browser asks for (its `Accept-Language`), one
//! rule per language of `site.toml` in its order; a reader whose languages the site lacks
//! stays on the root's language chooser, which works without JavaScript. Other hosts ignore
//! the file.

use crate::model::Site;
use crate::output::OutputFile;

/// Where Netlify looks for redirect rules.
pub(crate) const REDIRECTS: &str = "_redirects";

pub(crate) fn redirects(site: &Site) -> OutputFile {
    let root = site.config.base_path();
    let mut text = String::from(
        "# Made by swivi from site.toml: the root sends each reader to their browser's language;\n# without a match, the root's language chooser.\n",
    );
    for language in &site.config.languages {
        let code = &language.code;
        text.push_str(&format!("{root}  {root}{code}/  302  Language={code}\n"));
    }
    OutputFile::other(REDIRECTS.to_owned(), text.into_bytes())
}
