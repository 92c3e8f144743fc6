//! The files Netlify reads from the published folder. `_redirects` sends a reader who opens
//! the site's root to the language their browser asks for (its `Accept-Language`), one rule
//! per language of `site.toml` in its order, forced (`302!`) since the root has a page of its
//! own; a reader whose languages the site lacks stays on that page, the language chooser,
//! which works without JavaScript. It then answers an address the site lacks with the
//! not-found page of the language whose folder it is in (Netlify applies such a rule only
//! where no file exists); elsewhere Netlify serves the root's `404.html` by itself. Other hosts
//! ignore the file.

use crate::model::Site;
use crate::output::OutputFile;
use crate::render::NOT_FOUND;

/// Where Netlify looks for redirect rules.
pub(crate) const REDIRECTS: &str = "_redirects";

pub(crate) fn redirects(site: &Site) -> OutputFile {
    let root = site.config.base_path();
    let mut text = String::from(
        "# Made by swivi from site.toml: the root sends each reader to their browser's language;\n# without a match, the root's language chooser.\n",
    );
    for language in &site.config.languages {
        let code = &language.code;
        text.push_str(&format!("{root}  {root}{code}/  302!  Language={code}\n"));
    }
    text.push_str("# An address the site lacks: the not-found page of its language.\n");
    for language in &site.config.languages {
        let code = &language.code;
        text.push_str(&format!(
            "{root}{code}/*  {root}{code}/{NOT_FOUND}index.html  404\n"
        ));
    }
    OutputFile::other(REDIRECTS.to_owned(), text.into_bytes())
}
