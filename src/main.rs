//! swivi: a static site generator for multilingual public trackers of government commitments.
//!
//! The modules follow the pipeline: `content` reads, `config` and `model` validate, `i18n`
//! holds interface strings, `progress` counts, `render`, `feeds`, `calendar`, `sitemap`, `netlify` and `offline` produce
//! the site, `output` writes it and `weight` measures it; `build` runs them in order and `cli` is the command line.

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
mod i18n;
mod map;
mod model;
mod netlify;
mod offline;
mod output;
mod progress;
mod publish;
mod render;
mod scaffold;
mod search;
mod serve;
mod sitemap;
mod translations;
mod weight;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    cli::run(cli::Cli::parse())
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
