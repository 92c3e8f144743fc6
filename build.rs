//! Embeds what `swivi init` writes into a new tracker and that a prebuilt binary has no other
//! way to carry: the default theme, the interface strings swivi has, and the deploy files
//! (`netlify.toml`, `tools/`, the GitHub workflows). Writes `starter.rs` in `OUT_DIR`: a list
//! of (path in the new tracker, bytes), in path order, so the binary is the same for the same
//! files. Cargo runs it again when any of those files, or a folder's list of files, changes.

use std::path::{Path, PathBuf};

/// Folders embedded whole, and single files.
const FOLDERS: &[&str] = &["themes/default", "i18n", "tools/netlify-cache"];
const FILES: &[&str] = &[
    "netlify.toml",
    "tools/install-swivi.sh",
    ".github/workflows/check.yml",
    ".github/workflows/pages.yml",
];

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by Cargo"));
    let mut paths: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
    for folder in FOLDERS {
        println!("cargo:rerun-if-changed={folder}");
        collect(&root, Path::new(folder), &mut paths);
    }
    paths.sort();
    let mut out = String::from("&[\n");
    for path in &paths {
        println!("cargo:rerun-if-changed={path}");
        // Named from the package's folder when compiled, not where it was when this ran: a
        // checkout moved, or another one built into the same target folder, still finds them.
        out.push_str(&format!(
            "    ({path:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?}))),\n",
            format!("/{path}")
        ));
    }
    out.push_str("]\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by Cargo")).join("starter.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Every file under `folder` (relative to `root`), as paths with `/`.
fn collect(root: &Path, folder: &Path, paths: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(root.join(folder))
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .collect();
    entries.sort();
    for entry in entries {
        let relative = folder.join(entry.file_name().expect("a named entry"));
        if entry.is_dir() {
            collect(root, &relative, paths);
        } else {
            paths.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}
