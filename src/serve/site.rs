//! The site as `swivi serve` holds it: prepared (read, checked, modelled, templates loaded),
//! not built. A page or a feed is made when a browser asks for it, with the very functions
//! `swivi build` uses, and kept until the next rebuild; so a save costs reading the changed
//! files, the model and the pages that are open, not the whole site.
//!
//! The files that need all the others (open data, offline copies, the pages that list them,
//! the sitemap) come from one full build into memory, made the first time one of them is
//! asked for. Every path the site has is known without making it, so any other path is
//! answered "not found" at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::addresses::Resolve;
use crate::build::Prepared;
use crate::config::LanguageId;
use crate::diag::{Diagnostic, Diagnostics};
use crate::feeds::Events;
use crate::ids::List;
use crate::output::Memory;
use crate::publish::{Makers, Output};
use crate::search;

/// A file's bytes, or the errors that kept it from being made.
pub(crate) type Made = Result<Arc<Vec<u8>>, String>;

/// Every file of a full build, or its errors.
type Whole = Result<HashMap<String, Arc<Vec<u8>>>, String>;

/// One language's search index, by path.
type SearchFiles = HashMap<String, Arc<Vec<u8>>>;

pub(crate) struct Site {
    prepared: Prepared,
    outputs: HashMap<String, Output>,
    made: Mutex<HashMap<String, Made>>,
    events: OnceLock<Events>,
    whole: OnceLock<Whole>,
    /// Each language's search index, made the first time one of its files is asked for.
    search: List<LanguageId, OnceLock<SearchFiles>>,
}

impl Site {
    pub(crate) fn new(mut prepared: Prepared) -> Site {
        // Made already when the bodies' links were checked against it.
        let outputs = prepared
            .addresses
            .take()
            .unwrap_or_else(|| prepared.outputs());
        let search = prepared
            .site
            .config
            .languages
            .iter()
            .map(|_| OnceLock::new())
            .collect();
        Site {
            prepared,
            outputs,
            made: Mutex::new(HashMap::new()),
            events: OnceLock::new(),
            whole: OnceLock::new(),
            search,
        }
    }

    /// The file at `path` (relative, `/` separators), made if need be; `None` if the site has
    /// no such file. The service worker is never served.
    pub(crate) fn file(&self, path: &str) -> Option<Made> {
        let Some(&output) = self.outputs.get(path) else {
            return self.search_file(path);
        };
        if let Some(made) = self.made(path) {
            return Some(made);
        }
        let made = self.make(path, output);
        self.made
            .lock()
            .expect("not poisoned")
            .insert(path.to_owned(), made.clone());
        Some(made)
    }

    /// The file at `path` if it was made already; never makes it.
    pub(crate) fn made(&self, path: &str) -> Option<Made> {
        self.made.lock().expect("not poisoned").get(path).cloned()
    }

    /// Whether the site has a file at `path`, without making it.
    pub(crate) fn has(&self, path: &str) -> bool {
        self.outputs.contains_key(path)
    }

    fn make(&self, path: &str, output: Output) -> Made {
        let prepared = &self.prepared;
        let published = Resolve::Rooted {
            base_path: prepared.site.config.base_path(),
        };
        let renderer = prepared.renderer();
        let feeds = self.feeds();
        let makers = Makers {
            renderer: &renderer,
            feeds: &feeds,
        };
        let Some(file) = makers.make(path, output, &published) else {
            let whole = self.whole.get_or_init(|| self.build_whole());
            return match whole {
                Ok(files) => files.get(path).cloned().ok_or_else(|| {
                    format!("the full build made no `{path}`, which serve expected")
                }),
                Err(errors) => Err(errors.clone()),
            };
        };
        let file = file.map_err(text)?;
        // As `swivi build` refuses to publish a page without a message it could not write.
        let failures = prepared.locales.failures();
        if !failures.is_empty() {
            let mut errors = Diagnostics::default();
            errors.extend(failures);
            return Err(errors.render_plain());
        }
        Ok(Arc::new(file.bytes))
    }

    /// A file of a language's search index: Pagefind names them by their content, so they
    /// are known only once the index is made.
    fn search_file(&self, path: &str) -> Option<Made> {
        if !self.prepared.site.config.search {
            return None;
        }
        let languages = &self.prepared.site.config.languages;
        let l = languages
            .position(|language| path.starts_with(&search::bundle_path(&language.code)))?;
        let files = self.search[l].get_or_init(|| {
            search::bundle(&self.prepared.site, l, &self.prepared.memo)
                .into_iter()
                .map(|file| (file.path, Arc::new(file.bytes)))
                .collect()
        });
        files.get(path).cloned().map(Ok)
    }

    fn feeds(&self) -> crate::feeds::Feeds<'_> {
        let events = self.events.get_or_init(|| Events::of(&self.prepared.site));
        self.prepared.feeds(events)
    }

    fn build_whole(&self) -> Whole {
        let files = Memory::default();
        match self.prepared.publish(&files) {
            Ok(_) => Ok(files
                .into_files()
                .into_iter()
                .map(|file| (file.path, Arc::new(file.bytes)))
                .collect()),
            Err(errors) => Err(errors.sorted().render_plain()),
        }
    }
}

fn text(diagnostic: Diagnostic) -> String {
    let mut diagnostics = Diagnostics::default();
    diagnostics.push(diagnostic);
    diagnostics.render_plain()
}
