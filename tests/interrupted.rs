//! A build killed at any moment loses nothing: the output folder holds either the previous
//! site or the new one, each complete, and the next build succeeds and cleans up after it.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Fixture, walkdir};

/// Every file under `dir`, by its path inside it.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir(dir)
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.strip_prefix(dir).unwrap().display().to_string();
            (name, fs::read(&p).unwrap())
        })
        .collect()
}

/// Starts `swivi build`, kills it (SIGKILL, as a power cut or the host's timeout would) after
/// `delay`, and says whether it had finished by then.
fn build_killed_after(site: &Fixture, delay: Duration) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_swivi"))
        .arg("build")
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("swivi starts");
    std::thread::sleep(delay);
    let finished = child.try_wait().unwrap().is_some();
    let _ = child.kill();
    child.wait().unwrap();
    finished
}

#[test]
fn a_build_killed_at_any_moment_leaves_a_complete_site() {
    let site = Fixture::base();
    assert_eq!(site.swivi(&["build"]).code, 0);
    let previous = files(&site.public());

    // The next site differs from the previous one; a build of it elsewhere is the reference.
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie, changée\"\n+++\n",
    );
    let reference = site.root().join("reference");
    let started = Instant::now();
    let run = site.swivi(&["build", "--output", "reference"]);
    let full = started.elapsed();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let next = files(&reference);
    fs::remove_dir_all(&reference).unwrap();
    assert_ne!(previous, next);

    // Killed from the very start to just after the end of a whole build, in twentieths.
    let mut killed = 0;
    for step in 0..=21u32 {
        let finished = build_killed_after(&site, full * step / 20);
        killed += usize::from(!finished);
        let now = files(&site.public());
        assert!(
            now == previous || now == next,
            "killed after {}/20 of a build, public/ is neither the previous site nor the next one",
            step
        );
        if now == next {
            // Back to the previous site, to be interrupted again.
            site.write(
                "content/countries/co.md",
                "+++\ntitle = \"Colombie\"\n+++\n",
            );
            let run = site.swivi(&["build"]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            assert_eq!(files(&site.public()), previous);
            site.write(
                "content/countries/co.md",
                "+++\ntitle = \"Colombie, changée\"\n+++\n",
            );
        }
    }
    assert!(
        killed >= 10,
        "only {killed} builds were killed before they finished"
    );

    // The next build succeeds and leaves nothing of the interrupted ones behind.
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(files(&site.public()), next);
    let mut left: Vec<String> = fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("public"))
        .collect();
    left.sort();
    assert_eq!(left, ["public"]);
}
