//! swivi: a static site generator for multilingual public trackers of government commitments.
//!
//! The modules follow the pipeline: `content` reads, `config` and `model` validate, `i18n`
//! holds interface strings, `progress` counts, `render`, `feeds`, `calendar`, `sitemap`, `netlify` and `offline` produce
//! the site, `output` writes it and `weight` measures it; `build` runs them in order and `cli` is the command line.
//!
//! The binary (`src/main.rs`) is [`run`]; [`fuzzing`] opens single stages to `cargo fuzz`.

mod addresses;
mod admin;
mod assets;
mod build;
mod calendar;
mod charts;
mod cli;
mod config;
mod content;
mod copies;
mod data;
mod diag;
mod feeds;
mod fingerprint;
pub mod fuzzing;
mod i18n;
mod map;
mod model;
mod netlify;
mod offline;
mod output;
mod progress;
mod publish;
mod redate;
mod render;
mod scaffold;
mod search;
mod serve;
mod sitemap;
mod translations;
mod weight;

use std::process::ExitCode;

use clap::Parser;

/// `swivi` with the command line it was given.
pub fn run() -> ExitCode {
    cli::run(cli::Cli::parse())
}
