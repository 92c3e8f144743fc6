//! swivi: a static site generator for multilingual public trackers of government commitments.
//!
//! The modules follow the pipeline: `content` reads, `config` and `model` validate (their
//! lists indexed by typed `ids`; colours checked by `colour`), `i18n` holds interface strings, `progress` counts.
//! `addresses` is the address book (every page and file, its path, how links are written); `present` shows the model in one language, for every
//! output; `render` (HTML, escaped by `html`), `feeds`, `data`, `calendar`, `search`,
//! `sitemap`, `netlify`, `offline` and `share` (share images, the web app manifest) produce the site; `publish` lists every file a build
//! makes and makes them, taking what earlier builds made from `cache`, `output` writes them and `weight` measures them; `build` runs the
//! stages in order, `serve` answers from the same list, and `cli` is the command line.
//! No module imports another that imports it back: a test draws the graph of `src/`.
//!
//! The binary (`src/main.rs`) is [`run`]; [`fuzzing`] opens single stages to `cargo fuzz`.

mod addresses;
mod admin;
mod assets;
mod build;
mod cache;
mod calendar;
mod charts;
mod cite;
mod cli;
mod colour;
mod config;
mod content;
mod copies;
mod data;
mod diag;
mod feeds;
mod fingerprint;
pub mod fuzzing;
mod html;
mod i18n;
mod ids;
mod import;
mod init;
mod linkcheck;
mod map;
mod model;
mod netlify;
mod offline;
mod output;
mod present;
mod progress;
mod publish;
mod redate;
mod render;
mod scaffold;
mod search;
mod serve;
mod share;
mod sitemap;
mod translations;
mod weight;

use std::process::ExitCode;

use clap::Parser;

/// `swivi` with the command line it was given.
pub fn run() -> ExitCode {
    cli::run(cli::Cli::parse())
}
