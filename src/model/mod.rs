//! The validated site: every entry, its facts and its text in each language.
//!
//! [`Site`] is the narrow middle of the pipeline. It is built by [`build`] from the loaded
//! files and holds no raw strings where a typed value belongs: references are indices into the
//! site's lists, dates are [`Date`]s, statuses are indices into the configured status set, and
//! bodies are HTML. Later stages read it and never see front matter.
//!
//! Invariants: every list is in slug order except pillars (by number); every reference
//! resolves, and every `@/` link of a body with its anchor (a body's links written as paths,
//! [`Site::links`], are checked against the site's addresses once they are known); every entry
//! has its text in the default language; a commitment's updates are in date order with
//! distinct dates, none before the commitment nor after [`Site::today`] (measured values
//! likewise, none before their baseline); the record of changes, the site's ([`Site::record`])
//! and each entry's, is newest first and empty without a git history.

mod commit;
mod convert;
pub(crate) mod date;
pub(crate) mod links;
mod loc;
pub(crate) mod raw;
mod record;
mod resolve;
pub(crate) mod schema;
mod site;
pub(crate) mod slug;
pub(crate) mod unit;

pub(crate) use commit::{EntryChange, Touch};
pub(crate) use convert::{Cache, build};
pub(crate) use date::Date;
pub(crate) use site::*;
