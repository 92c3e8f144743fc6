//! The `swivi` command: the pipeline is the library (`src/lib.rs`).

use std::process::ExitCode;

fn main() -> ExitCode {
    swivi::run()
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
