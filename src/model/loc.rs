//! Where the TOML of an entry's file starts, to turn the spans of its errors into places in
//! the file: what the conversion and the resolution of references both report with.

use std::ops::Range;
use std::sync::Arc;

use crate::content::EntryFile;
use crate::diag::{Diagnostic, SourceFile};

/// Where in a file the TOML being checked starts, to turn its spans into file positions.
#[derive(Clone)]
pub(super) struct Loc {
    pub(super) file: Arc<SourceFile>,
    pub(super) offset: usize,
}

impl Loc {
    pub(super) fn of(entry: &EntryFile) -> Loc {
        Loc {
            file: Arc::clone(&entry.file),
            offset: entry.front_matter.start,
        }
    }

    pub(super) fn error(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(message).at(&self.file, span.start + self.offset..span.end + self.offset)
    }
}
